#pragma once
// The start view: shown when the window starts without a project or the project cannot be
// opened. Open a project (file chooser), pick a recently opened one, create a new one (district
// key and boundary source; the boundary import runs in a worker thread with its progress on
// screen), or drop a .gpkg onto the window. Why a project could not be opened is said here, in
// the window.
//
// The state and its events are plain C++ (tested in tests/ui/start_view_test.cpp without GL);
// drawStartView() is the per-frame ImGui drawing, ui/window_session.hpp the loop around it.

#include <atomic>
#include <filesystem>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "app/exchange/boundary_import.hpp"
#include "app/ui/file_chooser.hpp"

namespace ui {

// The fields of "Neues Projekt".
struct NewProjectForm {
    std::string districtKey = "05358";
    std::string source;  // a VG250 folder (gemeinden.*, kreise.* or VG250_GEM.shp, VG250_KRS.shp) or a file
    std::string file;    // the project to write (.gpkg added when missing)
};

// The import's options for the form: the municipalities and districts found in a folder, the
// project file made absolute with ".gpkg". Returns the problem in words instead when the key is
// no five digits, the source is missing or the file is empty.
struct NewProjectPlan {
    exchange::BoundaryImportOptions options;
    std::string problem;
};
NewProjectPlan planNewProject(const NewProjectForm& form);

// The worker's progress, written by the import thread and read by the window.
struct CreationProgress {
    std::mutex mutex;
    std::string stage;
    long long done = 0;
    long long total = -1;
};

struct StartViewState {
    enum class Mode { Choose, NewProject, Creating };
    Mode mode = Mode::Choose;
    std::vector<std::string> recent;  // newest first (recent_files.hpp)
    std::string message;  // what went wrong last: a project that cannot be opened, a drop, …
    // Set by an event when a project is to be opened: the session leaves the start view.
    std::optional<std::string> chosen;
    NewProjectForm form;
    std::shared_ptr<CreationProgress> progress;
    std::optional<std::future<std::string>> creation;  // the error text, empty on success
    std::string creatingFile;
    FileChooser chooser;
    bool choosingSource = false;  // the chooser picks the boundary source, not a project
};

// Events. chooseProject: a project was picked (chooser, recent list, drop) – it is opened
// next. dropPaths: files dropped onto the window; the first .gpkg is chosen, a spreadsheet or
// anything else explained in `message`.
void chooseProject(StartViewState& state, const std::string& path);
void dropPaths(StartViewState& state, const std::vector<std::string>& paths);
// "Anlegen": checks the form (problem in `message`) and starts the import in a thread.
// `import` is what runs there (exchange::importBoundaries; tests pass their own).
using BoundaryImporter = std::function<exchange::BoundaryImportReport(
    const exchange::BoundaryImportOptions&, const std::function<void(const exchange::ImportProgress&)>&)>;
bool startNewProject(StartViewState& state, BoundaryImporter import = exchange::importBoundaries);
// Called every frame while creating: when the import has ended, opens the new project or says
// why it failed (back to the form). Returns true when it ended this call.
bool pollNewProject(StartViewState& state);
// Blocks until a running import ends (for tests and for closing the window mid-import).
void waitForNewProject(StartViewState& state);

// The line "Grenzen werden eingelesen: Gemeinden 120 / 396".
std::string creationProgressText(const CreationProgress& progress);

// Draws the start view filling the window (`width`×`height`, ImGui coordinates).
void drawStartView(StartViewState& state, float width, float height, bool escape);

}  // namespace ui
