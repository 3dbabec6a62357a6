#pragma once
// Carrying out what the panels and the map asked for this frame (ui/app_state.hpp Requests):
// the edits, one action at a time through project::Project::apply, then undo and redo. Runs
// after ImGui::Render() and before the map is drawn, so a frame shows the project as it is.

#include <string>

#include "app/project/project.hpp"
#include "app/ui/app_state.hpp"

namespace ui {

// Applies `requests` and clears them, all but `openProject` (the window loop's to carry out).
// `status` gets one line per step: what was done, in words (status_area.hpp editDoneText:
// "6 Bewerbungen importiert", "Bewertungen aufgedeckt", else the action's description),
// "Fehler: …" for a refused one, and where a moved site landed.
// A refused edit leaves the project unchanged. A refused form edit (UpdateApplication) keeps
// the form's draft and shows the problems in it; a new application is selected by the id the
// edit created; placing a site ends with the move. A selection whose application is gone (undo
// of an add, delete) is cleared.
void applyRequests(project::Project& project, UiState& state, Requests& requests,
                   std::string& status);

}  // namespace ui
