#pragma once
// Choosing a file from the window: the desktop's own chooser when one is installed (zenity,
// started at run time in a worker thread so the window keeps drawing; the result is polled per
// frame), otherwise one drawn in the window (a folder listing filtered by extension). Used for
// opening a project, importing applications and saving the map.
//
// The in-window chooser's model (FolderListing) has no ImGui: tested in
// tests/ui/file_chooser_test.cpp.

#include <filesystem>
#include <future>
#include <optional>
#include <string>
#include <vector>

namespace ui {

enum class ChooserPurpose { OpenProject, ImportTable, SaveMap };

// Lower-case extensions with the dot the purpose accepts: .gpkg; .csv, .xlsx; .png, .pdf, .svg.
std::vector<std::string> chooserExtensions(ChooserPurpose purpose);

// True when `path`'s extension (any case) is one of `extensions`.
bool hasExtension(const std::filesystem::path& path, const std::vector<std::string>& extensions);

struct FolderEntry {
    std::string name;
    bool folder = false;
};

// The listing of the in-window chooser: the folder's subfolders (hidden ones left out), then
// the files with a wanted extension, each group sorted by name (case-insensitively).
struct FolderListing {
    std::filesystem::path folder;
    std::vector<std::string> extensions;
    std::vector<FolderEntry> entries;
    std::string error;  // the folder could not be read (entries empty)

    // Lists `dir` (made absolute); on failure keeps the folder and sets `error`.
    void enter(const std::filesystem::path& dir);
    void up();  // the parent folder
    // A click on an entry: a folder is entered (nullopt), a file is the choice.
    std::optional<std::filesystem::path> activate(const FolderEntry& entry);
    // The path for saving under `name` in the current folder; `defaultExtension` is appended
    // when the name has none of the wanted extensions. nullopt for an empty name.
    std::optional<std::filesystem::path> saveAs(const std::string& name,
                                                const std::string& defaultExtension) const;
};

// The zenity command line for a purpose (argv), or an empty vector when zenity is not
// installed or there is no display; BK_NO_NATIVE_CHOOSER=1 forces the in-window chooser.
std::vector<std::string> nativeChooserCommand(ChooserPurpose purpose,
                                              const std::filesystem::path& startFolder,
                                              const std::string& suggestedName);

// One file chooser as a dialog holds it. start() opens it; poll() is called every frame while
// it is open and returns the chosen path once (nullopt while waiting or after cancel).
class FileChooser {
  public:
    void start(ChooserPurpose purpose, const std::filesystem::path& startFolder,
               const std::string& suggestedName = {});
    bool isOpen() const { return open_; }
    // Draws the in-window chooser (a modal) or, while the desktop's one is open, nothing but a
    // hint; returns the chosen file when the user has chosen. `escape`: Esc was pressed since
    // the last frame (the window's own key events), which closes the in-window chooser.
    std::optional<std::string> poll(bool escape = false);
    void cancel();

  private:
    bool open_ = false;
    bool openPopupNow_ = false;
    ChooserPurpose purpose_ = ChooserPurpose::OpenProject;
    FolderListing listing_;
    std::string name_;  // the file name typed when saving
    std::optional<std::future<std::optional<std::string>>> native_;
    std::optional<std::string> drawInWindow(bool escape);
};

}  // namespace ui
