#pragma once
// The ImGui panels beside the map, one file each. Panels read the model every frame and
// return what the user asked for; they never change the project themselves.

#include <optional>
#include <string>

#include "app/render/map_renderer.hpp"
#include "app/store/map_data.hpp"
#include "app/store/project.hpp"
#include "app/ui/app_state.hpp"
#include "app/ui/selection_model.hpp"
#include "app/ui/map_view.hpp"

namespace ui {

struct SidePanelResult {
    bool fitDistrict = false;
    bool openExport = false;
    std::optional<std::size_t> hoveredRow;  // municipality under the mouse in the list
};

// The side panel: tabs for the applications (list), the municipalities (population and
// area, the hovered one in detail), the call and the map settings; the data sources and the
// last status message at the bottom. `x`, `width`, `height` in ImGui (window) coordinates.
// `style` is the map's display style (view state, not project data).
SidePanelResult drawSidePanel(const store::Project& project, UiState& state, Requests& requests,
                              SelectionModel& selection, std::optional<std::size_t> highlighted,
                              render::MapStyle& style, float x, float width, float height,
                              const std::string& status);

// Line widths and label size of the map, in screen pixels.
void drawDisplaySettings(render::MapStyle& style);

// The tooltip at the mouse for the municipality under it.
void drawMunicipalityTooltip(const store::Municipality& m);

struct ExportRequest {
    std::string path;
    int factor = 1;  // output size = map area size * factor
};

// The export dialog's state lives with the window; the dialog edits it.
struct ExportDialogState {
    bool open = false;
    char path[512] = "karte.png";
    int factor = 1;
};

// Draws the dialog while state.open; returns a request when "Speichern" (or Enter) was
// pressed. `enter` / `escape`: those keys were pressed since the last frame.
std::optional<ExportRequest> drawExportDialog(ExportDialogState& state, int mapWidth, int mapHeight,
                                              bool enter, bool escape);

// Numbers in the current language (i18n/format.hpp): 94149 -> "94.149", 84.78 -> "84,8" in German.
std::string formatInteger(long long value);
std::string formatDecimal(double value, int decimals);

}  // namespace ui
