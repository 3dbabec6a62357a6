#include "app/ui/map_view.hpp"

#include <algorithm>
#include <cmath>

#include "geo/measure.hpp"

namespace ui {
namespace {
// Zoom limits: from the whole of NRW down to a street block.
constexpr double kMinMetresPerPixel = 0.5;
constexpr double kMaxMetresPerPixel = 2000;
}  // namespace

MapView::MapView(const store::MapData& data, render::MapRenderer& renderer)
    : data_(data), renderer_(renderer) {}

void MapView::setRect(const PixelRect& rect) {
    bool sizeChanged = rect.width != rect_.width || rect.height != rect_.height;
    rect_ = rect;
    if (!initialised_) {
        fitDistrict();
        initialised_ = true;
    } else if (sizeChanged) {
        view_ = view_.resized(std::max(1.0, rect.width), std::max(1.0, rect.height));
    }
}

void MapView::fitDistrict() {
    double margin = 0.04 * std::min(rect_.width, rect_.height);
    view_ = geo::Viewport::fit(data_.extent(), std::max(1.0, rect_.width),
                               std::max(1.0, rect_.height), margin);
}

void MapView::zoomBy(double factor) {
    view_ = view_.zoomedAt({view_.widthPx() / 2, view_.heightPx() / 2}, factor)
                .clampedScale(kMinMetresPerPixel, kMaxMetresPerPixel);
}

std::optional<std::size_t> MapView::pick(geo::Vec2 world) const {
    for (std::size_t i = 0; i < data_.municipalities.size(); ++i) {
        const store::Municipality& m = data_.municipalities[i];
        if (geo::bounds(m.shape).contains(world) && geo::contains(m.shape, world)) return i;
    }
    return std::nullopt;
}

void MapView::handleMouse(double x, double y, bool leftDown, double wheel, bool captured) {
    geo::Vec2 local{x - rect_.x, y - rect_.y};
    bool inside = rect_.contains(x, y) && !captured;
    if (dragging_ && leftDown) {
        view_ = view_.panned({x - lastX_, y - lastY_});
    } else {
        dragging_ = leftDown && inside;
    }
    lastX_ = x;
    lastY_ = y;
    if (inside && wheel != 0) {
        double target = view_.metresPerPixel() / std::pow(1.25, wheel);
        double clamped = std::clamp(target, kMinMetresPerPixel, kMaxMetresPerPixel);
        view_ = view_.zoomedAt(local, view_.metresPerPixel() / clamped);
    }
    hovered_ = inside ? pick(view_.pixelToWorld(local)) : std::nullopt;
}

void MapView::draw(const render::MapStyle& style, int framebufferHeight,
                   std::optional<std::size_t> highlight) {
    // GL's window origin is bottom-left; the rectangle is kept top-left like ImGui's.
    int glY = framebufferHeight - static_cast<int>(rect_.y + rect_.height);
    renderer_.render(view_, style, highlight, static_cast<int>(rect_.x), glY);
}

}  // namespace ui
