#pragma once
// How the map is drawn, independent of the drawing code: sizes and colours (MapStyle), the
// point symbols, and the dark-theme fill. The OpenGL renderer and the cairo map sheets both
// read these, so the screen, PNG, PDF and SVG show the same picture.

#include "app/map/map_scene.hpp"
#include "geo/types.hpp"

namespace map {

struct MapStyle {
    // Multiplies every size in pixels below: 2 on a HiDPI screen, or for an export that shows
    // the same view at twice the resolution.
    float scale = 1.f;
    float outlinePx = 1.5f;
    float districtOutlinePx = 3.5f;
    float highlightOutlinePx = 3.f;
    float labelPx = 24.f;
    float contextLabelPx = 17.f;
    float haloPx = 2.5f;
    float overlayTextPx = 15.f;
    float markerPx = 12.f;  // half the symbol's box
    bool labels = true;
    bool decorations = true;  // the scale bar; the attribution is always drawn (licence)
    // Dark theme: the municipality and neighbour fills (thematic colours included) go
    // through darkMapFill, so light labels stay readable and more still looks like more.
    bool darkFills = false;

    Rgba background = Rgba::hex(0xF4F6F7);
    Rgba outline = Rgba::hex(0x4D4D4D);
    Rgba districtOutline = Rgba::hex(0x1F1F1F);
    Rgba neighbourOutline = Rgba::hex(0xA5A5A0);
    Rgba label = Rgba::hex(0x141414);
    Rgba contextLabel = Rgba::hex(0x6E6E6E);
    Rgba halo = Rgba::hex(0xFFFFFF, 0.92f);
    Rgba highlightFill = Rgba::hex(0xFFFFFF, 0.45f);
    Rgba highlightOutline = Rgba::hex(0x000000);
    Rgba panel = Rgba::hex(0xFFFFFF, 0.95f);
    Rgba overlayText = Rgba::hex(0x1A1A1A);
    Rgba markerRing = Rgba::hex(0xFFFFFF);
    Rgba selectedRing = Rgba::hex(0x000000);
    Rgba flaggedRing = Rgba::hex(0xC0002A);  // sites that fail a formal check
};

// The fill colour for a dark map: lightness inverted into a dark band (a near-white "none"
// class becomes the darkest, the strongest class of a sequential ramp the lightest), hue and
// chroma kept, so a sequential scheme keeps its order on a dark background and qualitative
// colours stay apart by hue. Alpha is kept.
Rgba darkMapFill(Rgba fill);

enum class MarkerShape { Circle, Diamond, Square, TriangleUp, TriangleDown, Cross };

// A point symbol on the map (an application's site).
struct Marker {
    geo::Vec2 position;  // world, EPSG:25832
    MarkerShape shape = MarkerShape::Circle;
    Rgba color;
    bool selected = false;  // drawn larger, with a dark ring, on top
    bool flagged = false;   // fails a formal check: a thick red ring
};

}  // namespace map
