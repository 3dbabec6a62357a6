#include "app/map/map_style.hpp"

#include <algorithm>
#include <cmath>

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

void applyLightColours(MapStyle& s) {
    const MapStyle d;
    s.background = d.background;
    s.outline = d.outline;
    s.districtOutline = d.districtOutline;
    s.neighbourOutline = d.neighbourOutline;
    s.label = d.label;
    s.contextLabel = d.contextLabel;
    s.halo = d.halo;
    s.highlightFill = d.highlightFill;
    s.highlightOutline = d.highlightOutline;
    s.panel = d.panel;
    s.overlayText = d.overlayText;
    s.markerRing = d.markerRing;
    s.selectedRing = d.selectedRing;
    s.flaggedRing = d.flaggedRing;
    s.darkFills = false;
}

void applyDarkColours(MapStyle& s) {
    // Fills through darkMapFill, light names on a dark halo, light outlines.
    s.background = Rgba::hex(0x15181B);
    s.outline = Rgba::hex(0x9AA1A8);
    s.districtOutline = Rgba::hex(0xF0F0F0);
    s.neighbourOutline = Rgba::hex(0x5F666D);
    s.label = Rgba::hex(0xF2F2F2);
    s.contextLabel = Rgba::hex(0xB4BAC0);
    s.halo = Rgba::hex(0x101214, 0.92f);
    s.highlightFill = Rgba::hex(0xFFFFFF, 0.22f);
    s.highlightOutline = Rgba::hex(0xFFFFFF);
    s.panel = Rgba::hex(0x1C1F23, 0.95f);
    s.overlayText = Rgba::hex(0xEDEDED);
    s.markerRing = Rgba::hex(0x101214);
    s.selectedRing = Rgba::hex(0xFFFFFF);
    s.flaggedRing = Rgba::hex(0xFF5C7A);
    s.darkFills = true;
}

StatusSymbol statusSymbol(domain::Status status) {
    switch (status) {
        case domain::Status::Eingegangen: return {MarkerShape::Circle, Rgba::hex(0x56B4E9)};
        case domain::Status::InPruefung: return {MarkerShape::Diamond, Rgba::hex(0xE69F00)};
        case domain::Status::Foerderfaehig: return {MarkerShape::Square, Rgba::hex(0x009E73)};
        case domain::Status::NichtFoerderfaehig: return {MarkerShape::Cross, Rgba::hex(0xD55E00)};
        case domain::Status::Ausgewaehlt: return {MarkerShape::TriangleUp, Rgba::hex(0x0072B2)};
        case domain::Status::Abgelehnt: return {MarkerShape::TriangleDown, Rgba::hex(0x8C8C8C)};
    }
    return {MarkerShape::Circle, Rgba::hex(0x56B4E9)};
}

Pointing pointing(MarkerShape shape) {
    switch (shape) {
        case MarkerShape::TriangleUp: return Pointing::Up;
        case MarkerShape::TriangleDown: return Pointing::Down;
        default: return Pointing::None;
    }
}

std::vector<geo::Vec2> symbolOutline(MarkerShape shape) {
    switch (shape) {
        case MarkerShape::Circle: return {};
        case MarkerShape::Diamond: {
            const double d = 0.62 * std::sqrt(2.0);
            return {{0, -d}, {d, 0}, {0, d}, {-d, 0}};
        }
        case MarkerShape::Square: {
            const double a = 0.66;
            return {{-a, -a}, {a, -a}, {a, a}, {-a, a}};
        }
        case MarkerShape::TriangleUp:
        case MarkerShape::TriangleDown: {
            // Apex up (negative y) for TriangleUp; the centroid lies a little below the
            // symbol's centre so the triangle looks centred.
            const double s = pointing(shape) == Pointing::Up ? 1 : -1;
            return {{0, -s * 0.95}, {0.82, s * 0.62}, {-0.82, s * 0.62}};
        }
        case MarkerShape::Cross: {
            // A plus of two bars 0.48 wide as one outline, turned by 45° into an X.
            const double a = 0.78, b = 0.24;
            const double pts[][2] = {{b, a},   {b, b},   {a, b},   {a, -b},  {b, -b},  {b, -a},
                                     {-b, -a}, {-b, -b}, {-a, -b}, {-a, b},  {-b, b},  {-b, a}};
            std::vector<geo::Vec2> out;
            for (const auto& p : pts)
                out.push_back({(p[0] - p[1]) / std::sqrt(2.0), (p[0] + p[1]) / std::sqrt(2.0)});
            return out;
        }
    }
    return {};
}

}  // namespace map
