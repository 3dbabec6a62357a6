#include "geo/viewport.hpp"

#include <gtest/gtest.h>

namespace {

constexpr double kEps = 1e-6;

void expectNear(geo::Vec2 a, geo::Vec2 b, double eps = kEps) {
    EXPECT_NEAR(a.x, b.x, eps);
    EXPECT_NEAR(a.y, b.y, eps);
}

TEST(Viewport, WorldPixelRoundTrip) {
    geo::Viewport v({322000, 5630000}, 37.5, 1600, 900);
    for (geo::Vec2 w : {geo::Vec2{322000, 5630000}, {300000, 5600000}, {350123.4, 5655432.1}})
        expectNear(v.pixelToWorld(v.worldToPixel(w)), w, 1e-6);
    for (geo::Vec2 p : {geo::Vec2{0, 0}, {1600, 900}, {12.5, 877.25}})
        expectNear(v.worldToPixel(v.pixelToWorld(p)), p, 1e-9);
}

TEST(Viewport, NorthIsUpAndEastIsRight) {
    geo::Viewport v({0, 0}, 1, 100, 100);
    expectNear(v.worldToPixel({0, 0}), {50, 50});
    EXPECT_LT(v.worldToPixel({0, 10}).y, 50);  // north: smaller y (up)
    EXPECT_GT(v.worldToPixel({10, 0}).x, 50);  // east: right
}

TEST(Viewport, FitKeepsAspectAndCentres) {
    geo::Box extent{0, 0, 2000, 1000};  // 2:1
    geo::Viewport v = geo::Viewport::fit(extent, 800, 800, 0);
    EXPECT_DOUBLE_EQ(v.metresPerPixel(), 2.5);  // width decides
    expectNear(v.worldToPixel({0, 500}), {0, 400});
    expectNear(v.worldToPixel({2000, 500}), {800, 400});
    // Equal scale on both axes: 1000 m of height is 400 px, centred.
    expectNear(v.worldToPixel({1000, 1000}), {400, 200});
    geo::Viewport withMargin = geo::Viewport::fit(extent, 800, 800, 50);
    expectNear(withMargin.worldToPixel({0, 500}), {50, 400});
}

TEST(Viewport, ZoomKeepsPointUnderCursor) {
    geo::Viewport v({1000, 1000}, 10, 640, 480);
    geo::Vec2 cursor{100, 380};
    geo::Vec2 before = v.pixelToWorld(cursor);
    geo::Viewport z = v.zoomedAt(cursor, 2.0);
    EXPECT_DOUBLE_EQ(z.metresPerPixel(), 5);
    expectNear(z.pixelToWorld(cursor), before);
    expectNear(z.zoomedAt(cursor, 0.5).pixelToWorld(cursor), before);
}

TEST(Viewport, PanFollowsTheMouse) {
    geo::Viewport v({0, 0}, 2, 100, 100);
    geo::Vec2 grabbed = v.pixelToWorld({10, 10});
    geo::Viewport p = v.panned({30, -20});
    expectNear(p.worldToPixel(grabbed), {40, -10});
}

TEST(Viewport, ScaledShowsTheSameExtent) {
    geo::Viewport v({5, 7}, 3, 320, 200);
    geo::Viewport big = v.scaled(4);
    EXPECT_EQ(big.widthPx(), 1280);
    EXPECT_EQ(big.heightPx(), 800);
    EXPECT_EQ(big.visibleExtent(), v.visibleExtent());
}

TEST(Viewport, ClipTransformMapsExtentToUnitSquare) {
    geo::Viewport v({1000, 2000}, 2, 200, 100);
    geo::Vec2 origin{900, 1950};
    auto t = v.clipTransform(origin);
    geo::Box e = v.visibleExtent();
    auto clipX = [&](double x) { return (x - origin.x) * t.scaleX + t.offsetX; };
    auto clipY = [&](double y) { return (y - origin.y) * t.scaleY + t.offsetY; };
    EXPECT_NEAR(clipX(e.minx), -1, 1e-6);
    EXPECT_NEAR(clipX(e.maxx), 1, 1e-6);
    EXPECT_NEAR(clipY(e.miny), -1, 1e-6);
    EXPECT_NEAR(clipY(e.maxy), 1, 1e-6);
}

TEST(ScaleBar, PicksNiceLengths) {
    geo::ScaleBar b = geo::niceScaleBar(50, 170);  // at most 8.5 km
    EXPECT_DOUBLE_EQ(b.metres, 5000);
    EXPECT_DOUBLE_EQ(b.pixels, 100);
    EXPECT_DOUBLE_EQ(geo::niceScaleBar(10, 170).metres, 1000);
    EXPECT_DOUBLE_EQ(geo::niceScaleBar(1, 170).metres, 100);
    EXPECT_DOUBLE_EQ(geo::niceScaleBar(120, 170).metres, 20000);
}

}  // namespace
