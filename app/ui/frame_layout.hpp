#pragma once
// Where things go in a frame: map | form of the selected application | side panel, or the map
// alone in the map-only view; and where the overlays on the map sit (legend, banner, card).
// Plain arithmetic on sizes, so a test checks it without a window. ImGui coordinates are the
// window's screen coordinates; the map's rectangle is also given in framebuffer pixels.

#include "app/ui/presentation.hpp"
#include "app/ui/window_setup.hpp"

namespace ui {

struct FrameLayout {
    FrameSize size;
    bool mapOnly = false;     // this frame draws the map-only view
    float panelWidth = 0.f;   // side panel (0 in the map-only view)
    float formWidth = 0.f;    // form of the selected application beside the side panel (0
                              // when none is open or it lies over the side panel's column)
    bool formOverPanel = false;  // the form is drawn in the side panel's column instead
    float mapWidth = 0.f;     // the map, from x = 0, in screen coordinates
    float height = 0.f;       // window height in screen coordinates
    float uiScale = 1.f;
    float styleScale = 1.f;   // the map style's scale: pixel ratio × UI scale
    float panelMinWidth = 0.f, panelMaxWidth = 0.f;  // limits of dragging the panel's edge
};

// The layout for this frame. Keys and buttons may switch the view during the frame; the
// layout follows next frame, so a frame draws what it laid out. The side panel is the dragged
// width or min(600 × UI scale, 40 % of the window), clamped to [min(320, 30 %), 60 %] of the
// window; the form min(520 × UI scale, 28 %) when `formOpen`. Where the form beside the panel
// would leave the map less than kMinMapWidth × UI scale (1280×800, 1366×768, 1600×900), the
// form takes the side panel's column over the panel instead (formOverPanel) and the map keeps
// its width; closing the form (×, Esc) shows the panel again.
inline constexpr float kMinMapWidth = 700.f;
FrameLayout layoutFrame(const FrameSize& size, const Presentation& presentation, bool formOpen);

// The bottom of the map legend (ImGui y): above the scale bar, and above the attribution too
// when the two do not fit side by side on the map (a narrow map at a large UI scale).
// `attributionTextPx`: the attribution's width in the map's overlay font at style scale 1.
float legendBottom(const FrameLayout& layout, float attributionTextPx, float pad);

// The top of the application card at the map's top right: below the way back in the map-only
// view, below the population line and rank of a shown set. `frameHeight`: ImGui's frame height.
float cardTop(const FrameLayout& layout, bool setShown, float frameHeight, float pad);

// How far overlays reach into the map from each edge, in ImGui (screen) coordinates.
struct MapInsets {
    float left = 0, top = 0, right = 0, bottom = 0;
};

// Where the legend sits: a column at the map's left or right edge, or a row along its bottom,
// always above the scale bar and attribution.
enum class LegendSide { Left, Bottom, Right };

struct LegendPlacement {
    LegendSide side = LegendSide::Left;
    float x = 0, y = 0;  // the legend's lower-left corner (ImGui coordinates)
    MapInsets free;      // what the banner, the bottom strip and the legend leave of the map
};

// The legend goes to the side where it costs the district least: each side is tried and the
// one leaving the largest scale for the district's bounding box (`districtWidth` ×
// `districtHeight`, any unit) in the rest of the map wins; on a tie left, then bottom, then
// right. `around`: the insets without the legend (banner at the top, the scale bar and
// attribution strip at the bottom). `legendWidth/Height`: the legend's size (0 when none is
// drawn: nothing is taken). Plain arithmetic, tested without a window.
LegendPlacement placeLegend(const FrameLayout& layout, const MapInsets& around, float legendWidth,
                            float legendHeight, double districtWidth, double districtHeight,
                            float pad);

}  // namespace ui
