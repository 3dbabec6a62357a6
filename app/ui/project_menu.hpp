#pragma once
// The "Projekt" menu at the top of the side panel: a new project, open another one (file
// chooser), the recently opened ones. Choosing asks the window for Requests::openProject (an
// empty path: the start view, for a new project); the window loop closes this project and
// ui/window_session.hpp opens the next. Also what a file dropped onto the map window does.

#include <string>
#include <vector>

#include "app/project/project.hpp"
#include "app/ui/app_state.hpp"

namespace ui {

// The "Projekt" button and its menu, drawn where the cursor is.
void drawProjectMenu(const project::Project& project, Requests& requests);

// Files dropped onto the map window: the first .gpkg other than the open project asks to open
// it; else the first .csv or .xlsx opens the import dialog on it (checked at once). Returns
// the status text for anything else ("nur .gpkg, .csv oder .xlsx …"), empty when handled.
std::string handleDroppedPaths(const project::Project& project,
                               const std::vector<std::string>& paths, Requests& requests,
                               ImportDialogState& importDialog);

}  // namespace ui
