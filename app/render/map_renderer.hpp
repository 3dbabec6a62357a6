#pragma once
// Draws a MapScene with OpenGL 3.3 core into the currently bound framebuffer: the window's or
// an offscreen one (snapshots), so both show the same picture. Geometry is uploaded once in
// the constructor; moving the view only changes uniforms.

#include <cstddef>
#include <memory>
#include <optional>

#include "app/render/map_scene.hpp"
#include "geo/viewport.hpp"

namespace render {

class SdfFont;

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

class MapRenderer {
  public:
    // Uploads the scene's meshes and the font atlas. Requires a current GL 3.3 core context.
    MapRenderer(const MapScene& scene, const SdfFont& font);
    ~MapRenderer();
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    // Renders the view into the bound framebuffer, into the rectangle of the viewport's pixel
    // size whose lower-left corner is (x, y) in framebuffer pixels; nothing outside it is
    // touched. `highlight` is an index into MapData::municipalities.
    void render(const geo::Viewport& view, const MapStyle& style,
                std::optional<std::size_t> highlight = std::nullopt, int x = 0, int y = 0);

    // Replaces the point symbols (uploaded once here, not per frame).
    void setMarkers(const std::vector<Marker>& markers);
    // Thematic colours per municipality (index into MapData::municipalities), replacing the
    // qualitative palette; an empty vector restores it.
    void setMunicipalityColors(const std::vector<Rgba>& colors);

    // Labels drawn in the last render (after collision removal).
    std::size_t placedLabels() const;
    // Bytes uploaded to the GPU since construction: stays constant while the view only moves.
    std::size_t uploadedBytes() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace render
