// Where the district goes on the map: the legend on the side where it costs the district
// least, the district fitted into the part no legend, banner or scale bar covers, and keys 1–9
// moving a zoomed-in map so the whole pair with its rings is in that part. Pure arithmetic, no
// window.

#include <gtest/gtest.h>

#include "app/ui/frame_layout.hpp"
#include "app/ui/map_view.hpp"
#include "tests/support/map_fixtures.hpp"

namespace {

ui::FrameLayout mapOf(float width, float height) {
    ui::FrameLayout l;
    l.mapWidth = width;
    l.height = height;
    l.size.windowWidth = static_cast<int>(width);
    l.size.windowHeight = static_cast<int>(height);
    return l;
}

// The legend's rectangle as placed: x, y is its lower-left corner.
struct Rect {
    float x0, y0, x1, y1;
};
Rect legendRect(const ui::LegendPlacement& p, float w, float h) { return {p.x, p.y - h, p.x + w, p.y}; }

// True when the free part (map minus insets) and the rectangle do not overlap.
bool apart(const ui::FrameLayout& l, const ui::MapInsets& f, const Rect& r) {
    const float fx0 = f.left, fy0 = f.top, fx1 = l.mapWidth - f.right, fy1 = l.height - f.bottom;
    return r.x1 <= fx0 || r.x0 >= fx1 || r.y1 <= fy0 || r.y0 >= fy1;
}

TEST(LegendPlacement, ATallDistrictOnATallMapPutsTheLegendInAColumn) {
    // 1280×800 with the side panel: a map of 768×800; Kreis Düren is taller than wide.
    const ui::FrameLayout l = mapOf(768, 800);
    const ui::MapInsets around{0, 40, 0, 66};
    const ui::LegendPlacement p = ui::placeLegend(l, around, 250, 220, 35, 50, 10);
    EXPECT_EQ(p.side, ui::LegendSide::Left);
    EXPECT_FLOAT_EQ(p.free.left, 270.f);
    EXPECT_FLOAT_EQ(p.free.top, 40.f);
    EXPECT_FLOAT_EQ(p.free.bottom, 66.f);
    EXPECT_FLOAT_EQ(p.y, 800.f - 66.f) << "the legend stands on the scale bar's strip";
    EXPECT_TRUE(apart(l, p.free, legendRect(p, 250, 220)));
}

TEST(LegendPlacement, AWideDistrictOnAWideMapPutsTheLegendInARow) {
    const ui::FrameLayout l = mapOf(1200, 800);
    const ui::LegendPlacement p = ui::placeLegend(l, {0, 40, 0, 60}, 260, 120, 60, 20, 10);
    EXPECT_EQ(p.side, ui::LegendSide::Bottom);
    EXPECT_FLOAT_EQ(p.free.bottom, 60.f + 120.f + 10.f);
    EXPECT_FLOAT_EQ(p.free.left, 0.f);
    EXPECT_TRUE(apart(l, p.free, legendRect(p, 260, 120)));
}

TEST(LegendPlacement, NoLegendTakesNothing) {
    const ui::FrameLayout l = mapOf(1000, 800);
    const ui::LegendPlacement p = ui::placeLegend(l, {0, 40, 0, 60}, 0, 0, 35, 50, 10);
    EXPECT_FLOAT_EQ(p.free.left, 0.f);
    EXPECT_FLOAT_EQ(p.free.right, 0.f);
    EXPECT_FLOAT_EQ(p.free.bottom, 60.f);
}

TEST(LegendPlacement, TheFreePartNeverMeetsTheLegendAtAnySizeAndScale) {
    // The sizes of the issue, the legend growing with the UI scale.
    const float sizes[][3] = {{768, 800, 1}, {820, 768, 1}, {1152, 1080, 1}, {2304, 2160, 2},
                              {1280, 800, 1}, {3840, 2160, 2}};
    for (const auto& s : sizes) {
        const ui::FrameLayout l = mapOf(s[0], s[1]);
        const float w = 260 * s[2], h = 230 * s[2];
        const ui::LegendPlacement p =
            ui::placeLegend(l, {0, 40 * s[2], 0, 66 * s[2]}, w, h, 35, 50, 10 * s[2]);
        EXPECT_TRUE(apart(l, p.free, legendRect(p, w, h))) << s[0] << "×" << s[1];
        EXPECT_GE(p.x, 0.f);
        EXPECT_LE(p.x + w, l.mapWidth);
    }
}

geo::Box square(double x0, double y0, double size) { return {x0, y0, x0 + size, y0 + size}; }

TEST(FitInto, TheExtentFillsTheFreePartNotTheWholeMap) {
    const geo::Box district = square(300000, 5600000, 10000);
    const ui::PixelInsets insets{300, 50, 0, 100};
    const geo::Viewport v = ui::fitInto(district, 1000, 1000, insets, 0);
    EXPECT_DOUBLE_EQ(v.widthPx(), 1000);
    EXPECT_DOUBLE_EQ(v.heightPx(), 1000);
    const geo::Vec2 topLeft = v.worldToPixel({district.minx, district.maxy});
    const geo::Vec2 bottomRight = v.worldToPixel({district.maxx, district.miny});
    // 700 × 850 free: the square is 700 px wide, from x = 300, centred in y within 50..900.
    EXPECT_NEAR(topLeft.x, 300, 1e-6);
    EXPECT_NEAR(bottomRight.x, 1000, 1e-6);
    EXPECT_NEAR(topLeft.y, 50 + (850 - 700) / 2.0, 1e-6);
    EXPECT_NEAR(bottomRight.y, 50 + (850 + 700) / 2.0, 1e-6);
}

TEST(FitInto, InsetsThatLeaveTooLittleAreIgnored) {
    const geo::Box district = square(300000, 5600000, 10000);
    const geo::Viewport v = ui::fitInto(district, 1000, 1000, {800, 0, 0, 0}, 0);
    EXPECT_EQ(v, geo::Viewport::fit(district, 1000, 1000, 0));
}

TEST(ViewRevealing, ABoxInViewStaysWhereItIs) {
    const geo::Viewport v({305000, 5605000}, 10, 1000, 1000);
    EXPECT_FALSE(ui::viewRevealing(v, square(304000, 5604000, 2000), {100, 0, 0, 0}, 10));
}

TEST(ViewRevealing, ABoxThatFitsIsPannedIntoTheFreePartAtTheSameScale) {
    const geo::Viewport v({305000, 5605000}, 10, 1000, 1000);
    const geo::Box box = square(312000, 5601000, 3000);  // right of and below the view
    const ui::PixelInsets insets{300, 40, 0, 60};
    std::optional<geo::Viewport> to = ui::viewRevealing(v, box, insets, 10);
    ASSERT_TRUE(to);
    EXPECT_DOUBLE_EQ(to->metresPerPixel(), 10) << "no zoom when the box fits";
    const geo::Vec2 a = to->worldToPixel({box.minx, box.maxy});
    const geo::Vec2 b = to->worldToPixel({box.maxx, box.miny});
    EXPECT_GE(a.x, 300);
    EXPECT_GE(a.y, 40);
    EXPECT_LE(b.x, 1000);
    EXPECT_LE(b.y, 940);
}

TEST(ViewRevealing, ABoxTooLargeForTheScaleZoomsOutJustEnough) {
    const geo::Viewport v({305000, 5605000}, 10, 1000, 1000);
    const geo::Box box = square(290000, 5590000, 30000);  // 3000 px at this scale
    const ui::PixelInsets insets{300, 40, 0, 60};
    std::optional<geo::Viewport> to = ui::viewRevealing(v, box, insets, 10);
    ASSERT_TRUE(to);
    EXPECT_GT(to->metresPerPixel(), 10);
    EXPECT_NEAR(to->metresPerPixel(), 30000.0 / (700 - 20), 1e-9);
    const geo::Vec2 a = to->worldToPixel({box.minx, box.maxy});
    const geo::Vec2 b = to->worldToPixel({box.maxx, box.miny});
    EXPECT_GE(a.x, 300 - 1e-6);
    EXPECT_LE(b.x, 1000 + 1e-6);
    EXPECT_GE(a.y, 40 - 1e-6);
    EXPECT_LE(b.y, 940 + 1e-6);
}

using testdata::squareDistrict;

TEST(MapViewLayout, TheDistrictIsFittedAgainIntoWhatTheLegendLeaves) {
    domain::MapData data = squareDistrict();
    ui::MapView view(data);
    view.setRect({0, 0, 1000, 1000});
    view.setInsets({300, 40, 0, 60});
    const geo::Vec2 a = view.viewport().worldToPixel({300000, 5610000});
    const geo::Vec2 b = view.viewport().worldToPixel({310000, 5600000});
    EXPECT_GE(a.x, 300);
    EXPECT_GE(a.y, 40);
    EXPECT_LE(b.x, 1000);
    EXPECT_LE(b.y, 940);
    EXPECT_GT(b.x - a.x, 600) << "and fills it";
}

TEST(MapViewLayout, KeysOneToNineWhileZoomedInGlideToThePairWithItsRings) {
    domain::MapData data = squareDistrict();
    ui::MapView view(data);
    view.setRect({0, 0, 1000, 1000});
    view.setInsets({300, 40, 0, 60});
    view.animate(10);
    view.zoomBy(8);  // zoomed in on the middle
    const geo::Box pair = square(300500, 5600500, 4000);  // two sites and their rings
    view.reveal(pair);
    ASSERT_TRUE(view.gliding());
    view.animate(12);  // the glide has ended
    EXPECT_FALSE(view.gliding());
    const geo::Vec2 a = view.viewport().worldToPixel({pair.minx, pair.maxy});
    const geo::Vec2 b = view.viewport().worldToPixel({pair.maxx, pair.miny});
    EXPECT_GE(a.x, 300 - 1e-6);
    EXPECT_GE(a.y, 40 - 1e-6);
    EXPECT_LE(b.x, 1000 + 1e-6);
    EXPECT_LE(b.y, 940 + 1e-6);

    // The user pans away: the same pair does not pull the map back every frame.
    const geo::Viewport panned = view.viewport().panned({400, 0});
    view.handleMouse({500, 500, false, 0, false}, {});
    view.handleMouse({500, 500, true, 0, false}, {});
    view.handleMouse({900, 500, true, 0, false}, {});
    view.handleMouse({900, 500, false, 0, false}, {});
    EXPECT_EQ(view.viewport(), panned);
    view.reveal(pair);
    EXPECT_FALSE(view.gliding());
}

TEST(MapViewLayout, TheDistrictsFitDoesNotMoveForAPair) {
    domain::MapData data = squareDistrict();
    ui::MapView view(data);
    view.setRect({0, 0, 1000, 1000});
    const geo::Viewport fitted = view.viewport();
    view.reveal(square(290000, 5590000, 30000));  // rings reaching far beyond the district
    EXPECT_FALSE(view.gliding());
    EXPECT_EQ(view.viewport(), fitted);
}

}  // namespace
