#pragma once
// Draws a MapScene with OpenGL 3.3 core into the currently bound framebuffer: the window's or
// an offscreen one (snapshots), so both show the same picture. Geometry is uploaded once in
// the constructor; moving the view only changes uniforms.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/map/map_scene.hpp"
#include "app/map/map_style.hpp"
#include "geo/viewport.hpp"

namespace render {

using map::Marker;
using map::MarkerShape;
using map::MapStyle;
using map::Rgba;

class SdfFont;

class MapRenderer {
  public:
    // Uploads the scene's meshes and the font atlas. Requires a current GL 3.3 core context.
    MapRenderer(const map::MapScene& scene, const SdfFont& font);
    ~MapRenderer();
    MapRenderer(const MapRenderer&) = delete;
    MapRenderer& operator=(const MapRenderer&) = delete;

    // Renders the view into the bound framebuffer, into the rectangle of the viewport's pixel
    // size whose lower-left corner is (x, y) in framebuffer pixels; nothing outside it is
    // touched. `highlight` is an index into MapData::municipalities.
    void render(const geo::Viewport& view, const map::MapStyle& style,
                std::optional<std::size_t> highlight = std::nullopt, int x = 0, int y = 0);

    // Replaces the point symbols (uploaded once here, not per frame).
    void setMarkers(const std::vector<map::Marker>& markers);
    // The view cache, for a window: while the view moves, the areas and lines are not drawn
    // anew each frame but taken from a picture drawn for an earlier view, moved and scaled
    // (up to 1.6 times); a view that rests (rendered twice in a row) is drawn exactly. Only
    // where the view holds more than about 33,000 triangles (100,000 indices of areas and
    // lines); smaller views are drawn directly.
    // Off by default: a snapshot renders once, exactly.
    void setViewCache(bool on);
    bool viewCache() const;
    // Whether the last render took the areas and lines from the view cache.
    // Whether the last frame showed its view exactly: names laid out for it (not kept from
    // an earlier scale while the view moved) and the areas drawn for it. A window that stops
    // drawing should not stop on an inexact frame: it draws once more (the same view again
    // is drawn exactly).
    bool lastFrameExact() const;
    bool lastFrameFromCache() const;
    // Thematic colours per municipality (index into MapData::municipalities), replacing the
    // qualitative palette; an empty vector restores it.
    void setMunicipalityColors(const std::vector<map::Rgba>& colors);

    // Labels drawn in the last render (after collision removal).
    std::size_t placedLabels() const;
    // Those labels as drawn in `view` (the last render's): text, a neighbouring district's or
    // not, and the box (halo included) in the view's pixels. For the window's layout record.
    struct DrawnLabel {
        std::string text;
        bool context = false;
        geo::Box box;
    };
    std::vector<DrawnLabel> drawnLabels(const geo::Viewport& view) const;
    // The top of the scale bar and attribution at the map's bottom edge, in the last render's
    // pixels (y down from the image's top): what lies above it is free for a legend.
    double bottomOverlayTop() const;
    // Bytes uploaded to the GPU since construction: stays constant while the view only moves.
    std::size_t uploadedBytes() const;
    // The scene level (MapScene::levels) the last render drew.
    std::size_t levelDrawn() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace render
