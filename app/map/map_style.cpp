#include "app/map/map_style.hpp"

#include <algorithm>

namespace map {

Rgba darkMapFill(Rgba fill) {
    // The band of lightness (HSL) the fills take: above the background (0x15181B, L 0.09),
    // below what keeps the light labels at 4.5:1.
    constexpr float kDarkest = 0.16f, kLightest = 0.70f;
    float mx = std::max({fill.r, fill.g, fill.b}), mn = std::min({fill.r, fill.g, fill.b});
    float chroma = mx - mn, lightness = (mx + mn) / 2;
    float target = kDarkest + (1 - lightness) * (kLightest - kDarkest);
    chroma = std::min(chroma, 2 * target);  // the most chroma a colour of that lightness has
    // Hue as the position of each channel between min and max: rebuild with the new chroma
    // around the new lightness.
    auto channel = [&](float c) {
        float t = mx > mn ? (c - mn) / (mx - mn) : 0.5f;
        return std::clamp(target - chroma / 2 + t * chroma, 0.f, 1.f);
    };
    return {channel(fill.r), channel(fill.g), channel(fill.b), fill.a};
}

}  // namespace map
