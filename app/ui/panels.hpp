#pragma once
// The ImGui panels beside the map, one file each. Panels read the model every frame and
// return what the user asked for; they never change the project themselves.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/decision/pipeline.hpp"
#include "app/render/map_renderer.hpp"
#include "app/render/png.hpp"
#include "app/domain/map_data.hpp"
#include "app/print/paper.hpp"
#include "app/project/project.hpp"
#include "app/ui/app_state.hpp"
#include "app/ui/export_command.hpp"
#include "app/ui/selection_model.hpp"
#include "app/ui/map_view.hpp"

namespace ui {

struct Presentation;

struct SidePanelResult {
    bool fitDistrict = false;
    bool openExport = false;
    std::optional<std::size_t> hoveredRow;  // municipality under the mouse in the list
    float footerTop = 0.f;  // where the sources and the status area begin (ImGui y)
};

// The side panel: tabs for the applications (list), the municipalities (population and
// area, the hovered one in detail), the call and the map settings; the data sources and the
// last status message at the bottom. `x`, `width`, `height` in ImGui (window) coordinates.
// `style` is the map's display style (view state, not project data); `presentation` holds
// the theme, UI scale and map-only view the "Karte" tab and the "Nur Karte" button change.
// `formOver`: the application's form lies over the panel above its footer (a narrow window,
// FrameLayout::formOverPanel): the tabs are not drawn, the sources and status stay visible.
// The panel never comes to the front over the form or a dialog when clicked.
SidePanelResult drawSidePanel(const project::Project& project, UiState& state, Requests& requests,
                              SelectionModel& selection, std::optional<std::size_t> highlighted,
                              map::MapStyle& style, Presentation& presentation, float x,
                              float width, float height, const std::string& status,
                              bool formOver = false);

// Line widths and label size of the map, in screen pixels.
void drawDisplaySettings(map::MapStyle& style);

// The tooltip at the mouse for the municipality under it.
void drawMunicipalityTooltip(const domain::Municipality& m);


// The export dialog's state lives with the window; the dialog edits it.
struct ExportDialogState {
    bool open = false;
    char path[512] = "karte.png";
    int factor = 1;
    int paper = -1;  // -1: the screen's size (times factor); else an index into print::kPaperSizes
    int dpi = print::kPaperDpis[0];  // for a paper PNG
    int format = 0;  // 0 PNG, 1 PDF, 2 SVG: sets the file name's extension
    bool sheet = false;
};

// The window's view settings kept in the project (project::Project::viewSetting): the thematic
// layer. load: into the state when the project has one; save: when it changed (not on
// read-only projects).
void loadViewSettings(const project::Project& project, UiState& state);
void saveViewSettings(project::Project& project, UiState& state);

// Draws the dialog while state.open; returns a request when "Speichern" (or Enter) was
// pressed. `enter` / `escape`: those keys were pressed since the last frame.
std::optional<ExportRequest> drawExportDialog(ExportDialogState& state, int mapWidth, int mapHeight,
                                              bool enter, bool escape);

// Numbers in the current language (i18n/format.hpp): 94149 -> "94.149", 84.78 -> "84,8" in German.
std::string formatInteger(long long value);
std::string formatDecimal(double value, int decimals);

}  // namespace ui
