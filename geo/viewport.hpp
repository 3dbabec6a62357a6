#pragma once
// The mapping between world coordinates (metres, y north) and pixels (y down, origin at the
// top-left of the framebuffer). A small value type: copy it, compare it, round-trip through it.

#include "geo/types.hpp"

namespace geo {

class Viewport {
  public:
    Viewport() = default;
    // center: world point at the middle of the image; metresPerPixel > 0; size in pixels.
    Viewport(Vec2 center, double metresPerPixel, double widthPx, double heightPx);

    // The viewport of the given pixel size that shows `extent` whole, centred, with
    // `marginPx` pixels kept free on every side (equal scale on both axes: never squashed).
    static Viewport fit(const Box& extent, double widthPx, double heightPx, double marginPx = 0);

    Vec2 center() const { return center_; }
    double metresPerPixel() const { return metresPerPixel_; }
    double widthPx() const { return width_; }
    double heightPx() const { return height_; }

    Vec2 worldToPixel(Vec2 world) const;
    Vec2 pixelToWorld(Vec2 pixel) const;
    // The world rectangle the image covers.
    Box visibleExtent() const;

    // Moves the map by a pixel delta (dragging: the point under the cursor follows it).
    Viewport panned(Vec2 deltaPx) const;
    // Zooms by `factor` (> 1 zooms in) keeping the world point under `pixel` fixed.
    Viewport zoomedAt(Vec2 pixel, double factor) const;
    // Same centre and scale for a new pixel size (window resize).
    Viewport resized(double widthPx, double heightPx) const;
    // The same world extent rendered at a size `factor` times larger (for high-res export).
    Viewport scaled(double factor) const;
    // Clamps the scale to [minMpp, maxMpp].
    Viewport clampedScale(double minMpp, double maxMpp) const;

    // Affine map world -> OpenGL clip space for vertices stored relative to `origin`:
    // clip = (v * scale) + offset, computed in double so float vertices keep precision.
    struct ClipTransform {
        float scaleX, scaleY, offsetX, offsetY;
    };
    ClipTransform clipTransform(Vec2 origin) const;

    friend bool operator==(const Viewport&, const Viewport&) = default;

  private:
    Vec2 center_{};
    double metresPerPixel_ = 1.0;
    double width_ = 1.0;
    double height_ = 1.0;
};

// A "nice" scale bar length (1, 2 or 5 times a power of ten metres) whose pixel length is at
// most maxPx at the given scale. Returns {metres, pixels}.
struct ScaleBar {
    double metres = 0;
    double pixels = 0;
};
ScaleBar niceScaleBar(double metresPerPixel, double maxPx);

}  // namespace geo
