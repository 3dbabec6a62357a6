#pragma once
// For tests: the record of what one frame placed where, written next to the text dump as
// "<dump>.layout.json" (--frames N --dump-text F). It lists
//  - "windows": every ImGui window drawn (kind legend, banner, card, panel, splitter, dialog,
//    tooltip, child), its name and rectangle, and "scrollsY": whether it scrolls vertically
//    (its content is taller than it);
//  - "overlays": what is drawn straight into ImGui's draw lists without a window of its own
//    (the set's banner at the top of the map, its distance and site labels);
//  - "labels": every map label as the renderer placed it (kind municipality or neighbour);
//  - "lines": every text line drawn (text, window, box, and "clip": the rectangle it was
//    clipped to, so a test that clicks on words knows what of it is visible);
//  - "clipped": every text line cut at the left or right ("axis": "x") or at the top or bottom
//    (a scrolled list's edge row, "axis": "y"), from text_dump's renderedLines();
//  - "map" and "free": the map's rectangle and the part no legend, banner or scale bar covers.
// Rectangles are {"x", "y", "w", "h"} in ImGui (screen) coordinates, y down.

#include <imgui.h>

#include <string>
#include <vector>

#include "app/render/map_renderer.hpp"
#include "app/ui/map_view.hpp"

namespace ui {

// Overlays drawn into draw lists register their boxes here each frame (cleared by
// clearRecordedOverlays at the start of the frame's UI).
void clearRecordedOverlays();
void recordOverlay(const std::string& kind, const std::string& name, ImVec2 min, ImVec2 max);

// The record of the frame just rendered (call after ImGui::Render() and the map's draw):
// `labels` in the map view's pixels, `map` the map's rectangle and its insets in framebuffer
// pixels, `pixelRatio` framebuffer pixels per ImGui unit.
std::string layoutRecordJson(const std::vector<render::MapRenderer::DrawnLabel>& labels,
                             const MapView& map, double pixelRatio);

// Writes layoutRecordJson to `path` through fileio's safe output. Throws when it cannot.
void writeLayoutRecord(const std::string& path,
                       const std::vector<render::MapRenderer::DrawnLabel>& labels,
                       const MapView& map, double pixelRatio);

}  // namespace ui
