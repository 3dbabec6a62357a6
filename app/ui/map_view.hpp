#pragma once
// The map area of the window: input (pan, zoom, hover) and drawing through MapRenderer.
// Reads the model every frame; keeps only view state (viewport, drag, hover).

#include <optional>

#include "app/render/map_renderer.hpp"
#include "app/store/map_data.hpp"
#include "geo/viewport.hpp"

namespace ui {

// A rectangle of the framebuffer in pixels, top-left origin.
struct PixelRect {
    double x = 0, y = 0, width = 0, height = 0;
    bool contains(double px, double py) const {
        return px >= x && py >= y && px < x + width && py < y + height;
    }
};

class MapView {
  public:
    MapView(const store::MapData& data, render::MapRenderer& renderer);

    // Follows the map rectangle (window resize, panel width). The first call fits the
    // district; later calls keep centre and scale.
    void setRect(const PixelRect& rect);
    // Mouse position in framebuffer pixels; `captured` when ImGui wants the mouse.
    void handleMouse(double x, double y, bool leftDown, double wheel, bool captured);
    void zoomBy(double factor);  // around the centre
    void fitDistrict();
    // Draws into the window's framebuffer; `highlight` is the municipality hovered on the map
    // or in the list.
    void draw(const render::MapStyle& style, int framebufferHeight,
              std::optional<std::size_t> highlight);

    const geo::Viewport& viewport() const { return view_; }
    const PixelRect& rect() const { return rect_; }
    std::optional<std::size_t> hovered() const { return hovered_; }
    std::optional<std::size_t> pick(geo::Vec2 world) const;

  private:
    const store::MapData& data_;
    render::MapRenderer& renderer_;
    PixelRect rect_;
    geo::Viewport view_;
    bool initialised_ = false;
    bool dragging_ = false;
    double lastX_ = 0, lastY_ = 0;
    std::optional<std::size_t> hovered_;
};

}  // namespace ui
