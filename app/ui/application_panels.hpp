#pragma once
// Panels for the applications: the list with filters, the form of the selected one, the call
// settings. They read the project and put what the user asks for into `Requests`.

#include <imgui.h>

#include "app/decision/pipeline.hpp"
#include "app/map/map_scene.hpp"
#include "app/project/project.hpp"
#include "geo/viewport.hpp"
#include "app/ui/app_state.hpp"
#include "app/ui/selection_model.hpp"

namespace ui {

// The list with status / municipality / eligibility filters; selecting a row selects the
// application. Also the buttons New, Import, Undo, Redo.
void drawApplicationList(const project::Project& project, UiState& state, Requests& requests);

// What "Neue Bewerbung" adds: the next free Nr "B-nn", a placeholder title and no Kommune
// (municipalityAgs empty) until the user chooses one in the form; until then the application
// fails the check "Kommune stimmt mit Standort überein" and no municipality counts it.
domain::Application newApplication(const project::Project& project);

// The form of the selected application in its own window at (x, 0) of the given size.
// Changes are applied field by field as soon as a field is left and the whole is valid.
// Everything below the title scrolls (the checks, the scoring, the fields), a form opened for
// another application starts at its top; labels stand beside the fields, or above them when
// the form is too narrow for both; check lines and the Begründung and Konzept texts wrap.
void drawApplicationForm(const project::Project& project, UiState& state, Requests& requests,
                         float x, float width, float height);

// The call's settings (title, deadline, places, amounts, contact, criteria).
void drawCallSettings(const project::Project& project, Requests& requests);

// The import dialog with its preview; "Importieren" asks for one ImportApplications action.
void drawImportDialog(const project::Project& project, ImportDialogState& state,
                      Requests& requests, bool escape);

// The legend over the map, its lower-left corner at (x, y): the choropleth classes (when that theme is on)
// and the status symbols of the sites shown.
void drawMapLegend(const project::Project& project, const UiState& state, float x, float y);

// The committee: who is at the keyboard, the members (add, remove), blind mode and "Aufdecken".
void drawCommitteePanel(const project::Project& project, UiState& state, Requests& requests);

// The scoring of the selected application by the current member, with the evidence beside
// each criterion and, once revealed, everybody's scores and the aggregate.
void drawScoring(const project::Project& project, UiState& state, Requests& requests,
                 const domain::Application& application);

// The decision: weights, radius and aggregation, the recommended set, the ranking of all sets,
// merit against Verteilung with the Pareto front, acceptability, stability, and recording the
// committee's choice (a reason when it is not the recommendation).
void drawSelectionPanel(const project::Project& project, UiState& state, Requests& requests,
                        SelectionModel& model);

// The set on the map: r-km rings, lines between the sites labelled with the distance and its
// acceptability, the sites' Nr, and the population reached at the top of the map; under it a
// blue line for every other set that comes first in at least 1 % of the weightings, as thick
// as its acceptability and labelled with it. Drawn over the map (ImGui
// background list); `mapOrigin` and `mapWidth` in ImGui coordinates.
void drawSetOverlay(const SelectionModel& model, const decision::RankedSet& set,
                    decision::ShownKind kind, const geo::Viewport& view, double pixelsPerPoint,
                    ImVec2 mapOrigin, float mapWidth);
// Municipality colour by the share of its surface within r of the shown set.
map::Rgba reachedColor(double share);

// Selects another application (or none): the form's unsaved edits are written first; when
// they are invalid the selection stays and the status says why. Returns nothing; see state.
void selectApplication(const project::Project& project, UiState& state, Requests& requests,
                       std::optional<std::int64_t> id);

// Asks for the form's unsaved edits to be written; false (and a status message) when they are
// invalid and have to be corrected first.
bool flushDraft(const project::Project& project, UiState& state, Requests& requests);

// The decision's part of the call: the rubric texts per criterion and level, and the grouping
// of the municipalities into regions.
void drawDecisionCallSettings(const project::Project& project, UiState& state, Requests& requests);

// Loads the selected application into the form's working copy (after a selection change, an
// undo or an import).
void reloadDraft(const project::Project& project, UiState& state);

}  // namespace ui
