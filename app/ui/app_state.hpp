#pragma once
// The window's view state: what is selected, filtered, being placed or typed. Project data is
// never mirrored here; panels read the project every frame and ask for changes as actions.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/project/actions.hpp"
#include "app/map/thematic.hpp"
#include "app/domain/application.hpp"
#include "app/exchange/application_import.hpp"
#include "app/decision/evidence.hpp"

namespace ui {

struct ListFilter {
    int status = -1;          // index into allValues<Status>(), -1: all
    std::string ags;          // empty: all municipalities
    int eligibility = 0;      // 0 all, 1 eligible only, 2 not eligible only
};

// What the window shows and where the user is: selection, filters, the theme, the decision
// being looked at, the last message. Read and written by the panels every frame.
struct ViewState {
    std::optional<std::int64_t> selected;  // application id
    ListFilter filter;
    map::MapTheme theme = map::MapTheme::ApplicationsPerMunicipality;
    std::optional<map::MapTheme> savedTheme;  // last written to the project (view setting)
    bool placingSite = false;  // the next click on the map sets the selected site
    std::string status;  // last message for the user (saved, refused, ...)
    bool confirmDelete = false;
    // The committee member at the keyboard: scores are entered for them, the log names them.
    std::optional<std::int64_t> currentMember;
    std::optional<std::int64_t> confirmRemoveMember;
    // The decision: weights while a slider is held (written on release), the set hovered in
    // the ranking or chart, the set picked instead of the recommendation.
    std::optional<decision::Weights> liveWeights;
    // The radius r (km) while its slider is held; written as one edit on release.
    std::optional<float> liveRadiusKm;
    std::optional<std::vector<std::int64_t>> hoveredSet;
    std::optional<std::vector<std::int64_t>> pickedSet;
    bool selectionTabOpen = false;
    // The map shows a set's coverage (radius in km) instead of the chosen theme.
    std::optional<double> coverageShownKm;
    // The decision report ("Bericht erstellen …"): members anonymised, and where the last one
    // went or why it failed.
    bool reportAnonymous = false;
    std::string reportMessage;
    // The application list's rows in their shown order (filter and sort), for stepping
    // through them with the arrow keys; written by the list each frame it is drawn.
    std::vector<std::int64_t> listOrder;
    bool listOrderKnown = false;
};

// Text being typed that is not in the project yet: the form's working copy of the selected
// application, a new member, the reason for a choice. Nothing here is lost when an edit is
// refused.
struct FormDrafts {
    // The form's working copy of the selected application; edits are applied from it.
    std::optional<domain::Application> draft;
    // The application as it was when the draft was taken: on a shared project, what the user
    // changed is told from what others changed meanwhile (project::UpdateApplication::base).
    std::optional<domain::Application> draftBase;
    std::vector<std::string> draftProblems;
    // The draft holds edits not yet written (a field is still active, or a problem blocks it).
    bool draftDirty = false;
    std::string coordinateText;
    std::string newMemberName, newMemberRole;
    std::string choiceReason;
};

// Results derived from the project and kept between frames because they are expensive; each
// remembers what it was made for and is recomputed when that changes.
struct DerivedCache {
    // Label points, centroid and main town of the district, computed once (GEOS) when needed.
    std::optional<decision::DistrictGeometry> district;
    // The applications failing a formal check, for the map and its legend; recomputed when the
    // project changes (eligibility tests points in polygons), not every frame.
    std::vector<std::int64_t> ineligible;
    std::optional<std::uint64_t> ineligibleRevision;
};

// The three parts together, as the panels take them. The parts are separate types so that code
// needing one of them (the map content reads the cache, the form its drafts) can say so.
struct UiState : ViewState, FormDrafts, DerivedCache {};

// The import dialog: a file is read and checked ("Prüfen"), its applications shown as a
// preview with every problem; "Importieren" applies them all at once, or nothing.
struct ImportDialogState {
    bool open = false;
    std::string path;  // starts empty: "Durchsuchen …" or typed, Return checks it
    std::optional<exchange::ApplicationFile> preview;
    std::string checkedPath;  // the file the preview belongs to
};

// What the panels ask the window to do this frame.
struct Requests {
    std::vector<project::Action> actions;
    bool undo = false;
    bool redo = false;
    bool openImport = false;
    bool writeReport = false;  // "Bericht erstellen …" (ui/report_command.hpp)
    // "Projekt" menu or a dropped .gpkg: close this project and open that one (the window
    // loop ends and ui/window_session.hpp opens the next).
    std::optional<std::string> openProject;
};

}  // namespace ui
