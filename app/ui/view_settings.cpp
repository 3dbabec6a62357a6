// The window's view settings kept in the project file (not audited, not undoable), so that
// `snapshot` draws the thematic layer the window showed.

#include <exception>

#include "app/print/map_sheet.hpp"
#include "app/ui/panels.hpp"

namespace ui {

void loadViewSettings(const project::Project& project, UiState& state) {
    if (auto t = project.viewSetting("theme")) {
        if (*t == print::sheetThemeName(print::SheetTheme::Municipalities))
            state.theme = map::MapTheme::Municipalities;
        else if (*t == print::sheetThemeName(print::SheetTheme::ApplicationsPerMunicipality))
            state.theme = map::MapTheme::ApplicationsPerMunicipality;
        state.savedTheme = state.theme;
    }
}

void saveViewSettings(project::Project& project, UiState& state) {
    if (state.savedTheme == state.theme || project.readOnly()) return;
    // Written even when unchanged from the default, so a snapshot draws what the window showed.
    print::SheetTheme t = state.theme == map::MapTheme::ApplicationsPerMunicipality
                              ? print::SheetTheme::ApplicationsPerMunicipality
                              : print::SheetTheme::Municipalities;
    try {
        project.setViewSetting("theme", print::sheetThemeName(t));
    } catch (const std::exception&) {
        // A view setting is a convenience: a file that cannot take it keeps working.
    }
    state.savedTheme = state.theme;
}

}  // namespace ui
