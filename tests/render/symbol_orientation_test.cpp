// The status triangles point the same way in the OpenGL map (window and PNG snapshot) as in
// the legends and the prints: ▲ "Ausgewählt" towards the top of the image, ▼ "Abgelehnt" down.

#include <cmath>

#include "app/map/map_style.hpp"
#include "app/render/snapshot.hpp"
#include "geo/viewport.hpp"
#include "render_fixture.hpp"

namespace {

using testing_render::pixel;
using testing_render::RenderTest;

class SymbolOrientationTest : public RenderTest {};

// How many pixels of row y between x0 and x1 have the colour `rgb` (within a tolerance).
int countInRow(const render::Image& img, int y, int x0, int x1, unsigned rgb) {
    int n = 0;
    for (int x = x0; x <= x1; ++x) {
        unsigned c = pixel(img, x, y);
        auto d = [&](int shift) {
            return std::abs(static_cast<int>((c >> shift) & 0xFF) -
                            static_cast<int>((rgb >> shift) & 0xFF));
        };
        n += d(16) < 24 && d(8) < 24 && d(0) < 24 ? 1 : 0;
    }
    return n;
}

// Which way the symbol of half-size r around (cx, cy) points: a triangle is narrow near its
// apex and wide near its base.
map::Pointing measuredPointing(const render::Image& img, geo::Vec2 c, double r, unsigned rgb) {
    int x0 = static_cast<int>(c.x - r), x1 = static_cast<int>(c.x + r);
    int upper = countInRow(img, static_cast<int>(c.y - 0.45 * r), x0, x1, rgb);
    int lower = countInRow(img, static_cast<int>(c.y + 0.45 * r), x0, x1, rgb);
    if (upper == 0 || lower == 0) return map::Pointing::None;
    if (upper * 2 < lower) return map::Pointing::Up;
    if (lower * 2 < upper) return map::Pointing::Down;
    return map::Pointing::None;
}

TEST_F(SymbolOrientationTest, TrianglesPointAsTheirStatusSaysInTheGlImage) {
    render::MapRenderer renderer(scene(), font());
    geo::Viewport view = geo::Viewport::fit(scene().extent, 600, 400, 0);
    const unsigned rgb = 0xFF00FF;  // a colour nothing else on the map has
    const map::Rgba colour = map::Rgba::hex(rgb);
    std::vector<map::Marker> markers;
    const domain::Status statuses[] = {domain::Status::Ausgewaehlt, domain::Status::Abgelehnt};
    std::vector<geo::Vec2> at = {{200, 200}, {400, 200}};
    for (std::size_t i = 0; i < 2; ++i)
        markers.push_back({view.pixelToWorld(at[i]), map::statusSymbol(statuses[i]).shape, colour});
    renderer.setMarkers(markers);
    map::MapStyle style;
    style.labels = false;
    style.decorations = false;
    style.markerPx = 40;
    render::Image img = render::renderImage(renderer, view, style);
    EXPECT_EQ(measuredPointing(img, at[0], 40, rgb), map::Pointing::Up) << "Ausgewählt: ▲";
    EXPECT_EQ(measuredPointing(img, at[1], 40, rgb), map::Pointing::Down) << "Abgelehnt: ▼";
}

}  // namespace
