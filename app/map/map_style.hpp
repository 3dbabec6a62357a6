#pragma once
// How the map is drawn, independent of the drawing code: sizes and colours (MapStyle), the
// point symbols, and the dark-theme fill. The OpenGL renderer and the cairo map sheets both
// read these, so the screen, PNG, PDF and SVG show the same picture.

#include <vector>

#include "app/domain/application.hpp"
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
    // Text sizes are line heights (ascent - descent); a capital is about 0.63 of it high. On a
    // 1920×1080 projector at scale 1 the overlay texts (scale bar, attribution) and the
    // neighbouring districts' names have capitals of at least 16 px (kMinProjectorCapPx), the
    // municipalities' names larger still.
    float labelPx = 28.f;
    float contextLabelPx = 26.f;
    float haloPx = 2.5f;
    float overlayTextPx = 26.f;
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

// The height of a capital letter that a projector's audience reads from the back of the room.
inline constexpr float kMinProjectorCapPx = 16.f;

// The fill of the neighbouring districts around the district (light map; dark through
// darkMapFill).
inline constexpr Rgba kNeighbourFill = Rgba::hex(0xE4E4E0);

// The dark theme's map colours (background, outlines, labels, halo, overlay panel, marker
// rings, darkFills on); sizes and switches stay as they are. The light colours are MapStyle's
// defaults: applyLightColours puts them back.
void applyDarkColours(MapStyle& style);
void applyLightColours(MapStyle& style);

// The fill colour for a dark map: lightness inverted into a dark band (a near-white "none"
// class becomes the darkest, the strongest class of a sequential ramp the lightest), hue and
// chroma kept, so a sequential scheme keeps its order on a dark background and qualitative
// colours stay apart by hue. Alpha is kept.
Rgba darkMapFill(Rgba fill);

enum class MarkerShape { Circle, Diamond, Square, TriangleUp, TriangleDown, Cross };

// The one definition of the status symbols, read by every output: the map markers (OpenGL and
// cairo PNG/PDF/SVG), the window's legend and lists (ImGui) and the printed legends.
struct StatusSymbol {
    MarkerShape shape;
    Rgba color;
};

// A shape and a colour from the Okabe–Ito palette (colour-blind safe) per status; the shape
// alone tells the statuses apart in greyscale prints. "Ausgewählt" is the triangle pointing up
// (▲, chosen), "Abgelehnt" the one pointing down (▼).
StatusSymbol statusSymbol(domain::Status status);

// Which way a symbol points on the screen or page: up is towards the top edge, whatever the
// output's y axis.
enum class Pointing { None, Up, Down };
Pointing pointing(MarkerShape shape);

// The outline of a polygonal symbol (Diamond, Square, TriangleUp, TriangleDown, Cross) in
// units of the symbol's half-size, y pointing DOWN as on the screen and the page (ImGui, cairo);
// an output whose y axis points up (OpenGL clip space) mirrors y. Empty for the circle, whose
// radius is kCircleRadius.
std::vector<geo::Vec2> symbolOutline(MarkerShape shape);
inline constexpr double kCircleRadius = 0.78;

// A point symbol on the map (an application's site).
struct Marker {
    geo::Vec2 position;  // world, EPSG:25832
    MarkerShape shape = MarkerShape::Circle;
    Rgba color;
    bool selected = false;  // drawn larger, with a dark ring, on top
    bool flagged = false;   // fails a formal check: a thick red ring
};

}  // namespace map
