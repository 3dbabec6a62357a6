#include "geo/viewport.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace geo {

Viewport::Viewport(Vec2 center, double metresPerPixel, double widthPx, double heightPx)
    : center_(center),
      metresPerPixel_(metresPerPixel),
      width_(std::max(1.0, widthPx)),
      height_(std::max(1.0, heightPx)) {
    assert(metresPerPixel > 0);
}

Viewport Viewport::fit(const Box& extent, double widthPx, double heightPx, double marginPx) {
    double w = std::max(1.0, widthPx - 2 * marginPx);
    double h = std::max(1.0, heightPx - 2 * marginPx);
    double ew = std::max(extent.width(), 1e-9);
    double eh = std::max(extent.height(), 1e-9);
    double mpp = std::max(ew / w, eh / h);
    return Viewport(extent.center(), mpp, widthPx, heightPx);
}

Vec2 Viewport::worldToPixel(Vec2 world) const {
    return {(world.x - center_.x) / metresPerPixel_ + width_ / 2,
            height_ / 2 - (world.y - center_.y) / metresPerPixel_};
}

Vec2 Viewport::pixelToWorld(Vec2 pixel) const {
    return {center_.x + (pixel.x - width_ / 2) * metresPerPixel_,
            center_.y + (height_ / 2 - pixel.y) * metresPerPixel_};
}

Box Viewport::visibleExtent() const {
    double hw = width_ / 2 * metresPerPixel_;
    double hh = height_ / 2 * metresPerPixel_;
    return {center_.x - hw, center_.y - hh, center_.x + hw, center_.y + hh};
}

Viewport Viewport::panned(Vec2 deltaPx) const {
    Viewport v = *this;
    v.center_.x -= deltaPx.x * metresPerPixel_;
    v.center_.y += deltaPx.y * metresPerPixel_;
    return v;
}

Viewport Viewport::zoomedAt(Vec2 pixel, double factor) const {
    Vec2 anchor = pixelToWorld(pixel);
    Viewport v = *this;
    v.metresPerPixel_ = metresPerPixel_ / factor;
    // Keep `anchor` under `pixel`: solve pixelToWorld(pixel) == anchor for the new centre.
    v.center_.x = anchor.x - (pixel.x - width_ / 2) * v.metresPerPixel_;
    v.center_.y = anchor.y - (height_ / 2 - pixel.y) * v.metresPerPixel_;
    return v;
}

Viewport Viewport::resized(double widthPx, double heightPx) const {
    return Viewport(center_, metresPerPixel_, widthPx, heightPx);
}

Viewport Viewport::scaled(double factor) const {
    return Viewport(center_, metresPerPixel_ / factor, width_ * factor, height_ * factor);
}

Viewport Viewport::clampedScale(double minMpp, double maxMpp) const {
    Viewport v = *this;
    v.metresPerPixel_ = std::clamp(metresPerPixel_, minMpp, maxMpp);
    return v;
}

Viewport::ClipTransform Viewport::clipTransform(Vec2 origin) const {
    double sx = 2.0 / (width_ * metresPerPixel_);
    double sy = 2.0 / (height_ * metresPerPixel_);
    return {static_cast<float>(sx), static_cast<float>(sy),
            static_cast<float>((origin.x - center_.x) * sx),
            static_cast<float>((origin.y - center_.y) * sy)};
}

ScaleBar niceScaleBar(double metresPerPixel, double maxPx) {
    double maxMetres = metresPerPixel * maxPx;
    if (!(maxMetres > 0)) return {};
    double power = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double best = power;
    for (double step : {1.0, 2.0, 5.0})
        if (step * power <= maxMetres) best = step * power;
    return {best, best / metresPerPixel};
}

}  // namespace geo
