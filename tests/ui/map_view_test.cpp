// The map's mouse handling without a window or GL: clicking, dragging and placing sites, and
// panning, on a hand-made 10 km square municipality.

#include <gtest/gtest.h>

#include "app/ui/map_view.hpp"
#include "tests/support/map_fixtures.hpp"

namespace {

using testdata::squareDistrict;

domain::Application at(std::int64_t id, double x, double y) {
    domain::Application a;
    a.id = id;
    a.nr = "B-0" + std::to_string(id);
    a.site = geo::Vec2{x, y};
    return a;
}

class MapViewTest : public ::testing::Test {
  protected:
    void SetUp() override {
        view.setRect({0, 0, 1000, 1000});
        apps = {at(1, 303000, 5605000), at(2, 307000, 5605000)};
    }
    geo::Vec2 px(std::int64_t id) const {
        return view.viewport().worldToPixel(*apps[static_cast<size_t>(id - 1)].site);
    }
    // Press at `from`, move in steps to `to`, release there; returns the release's event.
    ui::MapEvent drag(geo::Vec2 from, geo::Vec2 to, const ui::SiteContext& sites) {
        view.handleMouse({from.x, from.y, false, 0, false}, sites);
        view.handleMouse({from.x, from.y, true, 0, false}, sites);
        for (int i = 1; i <= 5; ++i) {
            geo::Vec2 p = from + (to - from) * (i / 5.0);
            ui::MapEvent e = view.handleMouse({p.x, p.y, true, 0, false}, sites);
            EXPECT_FALSE(e.siteMovedTo) << "nothing is written while the button is held";
        }
        return view.handleMouse({to.x, to.y, false, 0, false}, sites);
    }
    domain::MapData data = squareDistrict();
    ui::MapView view{data};
    std::vector<domain::Application> apps;
};

TEST_F(MapViewTest, ClickOnASymbolSelectsItsApplication) {
    ui::SiteContext sites{&apps, std::nullopt, false, true, 14};
    geo::Vec2 p = px(2) + geo::Vec2{5, -3};  // a little off the centre still hits
    ui::MapEvent e = drag(p, p, sites);
    ASSERT_TRUE(e.clickedSite);
    EXPECT_EQ(*e.clickedSite, 2);
    EXPECT_FALSE(e.siteMovedTo);
    // Far from every symbol: no selection.
    e = drag({100, 100}, {100, 100}, sites);
    EXPECT_FALSE(e.clickedSite);
}

TEST_F(MapViewTest, DraggingTheSelectedSiteMovesItAndNotTheMap) {
    ui::SiteContext sites{&apps, 1, false, true, 14};
    geo::Viewport before = view.viewport();
    geo::Vec2 target = px(1) + geo::Vec2{120, -80};
    geo::Vec2 expected = before.pixelToWorld(target);
    ui::MapEvent e = drag(px(1), target, sites);
    ASSERT_TRUE(e.siteMovedTo);
    EXPECT_NEAR(e.siteMovedTo->x, expected.x, 1e-6);
    EXPECT_NEAR(e.siteMovedTo->y, expected.y, 1e-6);
    EXPECT_EQ(view.viewport(), before);
    EXPECT_FALSE(view.draggedSite()) << "the drag is over";
}

TEST_F(MapViewTest, DraggingAnotherSymbolPansTheMapAndMovesNothing) {
    ui::SiteContext sites{&apps, 1, false, true, 14};
    geo::Vec2 centreBefore = view.viewport().center();
    ui::MapEvent e = drag(px(2), px(2) + geo::Vec2{100, 0}, sites);
    EXPECT_FALSE(e.siteMovedTo);
    EXPECT_FALSE(e.clickedSite);
    // The map followed the mouse 100 px to the right: the centre moved west.
    double metres = 100 * view.viewport().metresPerPixel();
    EXPECT_NEAR(view.viewport().center().x, centreBefore.x - metres, 1e-6);
}

TEST_F(MapViewTest, TheSelectedSiteWinsOverANeighbourUnderTheSamePixels) {
    apps[1].site = geo::Vec2{303010, 5605000};  // 10 m from site 1: the same pixels
    ui::SiteContext sites{&apps, 1, false, true, 14};
    ui::MapEvent e = drag(px(2), px(2) + geo::Vec2{50, 50}, sites);
    EXPECT_TRUE(e.siteMovedTo) << "the selected site 1 is dragged, not the map";
}

TEST_F(MapViewTest, PlacingSetsTheSiteWhereClicked) {
    ui::SiteContext sites{&apps, 2, true, true, 14};
    geo::Vec2 click{640, 220};
    geo::Vec2 expected = view.viewport().pixelToWorld(click);
    ui::MapEvent e = drag(click, click, sites);
    ASSERT_TRUE(e.siteMovedTo);
    EXPECT_NEAR(e.siteMovedTo->x, expected.x, 1e-6);
    EXPECT_NEAR(e.siteMovedTo->y, expected.y, 1e-6);
}

TEST_F(MapViewTest, AReadOnlyProjectMovesNoSite) {
    ui::SiteContext sites{&apps, 1, true, false, 14};
    EXPECT_FALSE(drag(px(1), px(1) + geo::Vec2{80, 0}, sites).siteMovedTo);
    EXPECT_FALSE(drag({500, 500}, {500, 500}, sites).siteMovedTo);
}

TEST_F(MapViewTest, ClicksOverAPanelAreIgnored) {
    ui::SiteContext sites{&apps, std::nullopt, false, true, 14};
    geo::Vec2 p = px(2);
    view.handleMouse({p.x, p.y, true, 0, true}, sites);
    ui::MapEvent e = view.handleMouse({p.x, p.y, false, 0, true}, sites);
    EXPECT_FALSE(e.clickedSite);
}

TEST_F(MapViewTest, HoverFindsTheMunicipalityAndTheSite) {
    ui::SiteContext sites{&apps, std::nullopt, false, true, 14};
    geo::Vec2 p = px(1);
    view.handleMouse({p.x, p.y, false, 0, false}, sites);
    ASSERT_TRUE(view.hovered());
    EXPECT_EQ(*view.hovered(), 0u);
    ASSERT_TRUE(view.hoveredSite());
    EXPECT_EQ(*view.hoveredSite(), 1);
    view.handleMouse({2, 2, false, 0, false}, sites);  // outside the square
    EXPECT_FALSE(view.hovered());
}

}  // namespace

namespace {

bool showsWholeSquare(const ui::MapView& v) {
    geo::Box seen = v.viewport().visibleExtent();
    return seen.minx <= 300000 && seen.maxx >= 310000 && seen.miny <= 5600000 &&
           seen.maxy >= 5610000;
}

}  // namespace

TEST_F(MapViewTest, AFittedViewIsFittedAgainWhenTheMapAreaChanges) {
    // The window reaches its size a few frames late, or a wider panel (UI scale) narrows the
    // map: the whole district stays in view and fills the new area.
    double before = view.viewport().metresPerPixel();
    view.setRect({0, 0, 400, 1000});
    EXPECT_TRUE(showsWholeSquare(view));
    EXPECT_GT(view.viewport().metresPerPixel(), before * 2.0);
    view.setRect({0, 0, 2000, 2000});
    EXPECT_TRUE(showsWholeSquare(view));
    EXPECT_LT(view.viewport().metresPerPixel(), before);
}

TEST_F(MapViewTest, AMovedViewKeepsItsScaleWhenTheMapAreaChanges) {
    view.zoomBy(2.0);
    double zoomed = view.viewport().metresPerPixel();
    geo::Vec2 centre = view.viewport().center();
    view.setRect({0, 0, 400, 1000});
    EXPECT_DOUBLE_EQ(view.viewport().metresPerPixel(), zoomed);
    EXPECT_NEAR(view.viewport().center().x, centre.x, 1e-6);
    view.fitDistrict();
    view.setRect({0, 0, 1000, 1000});
    EXPECT_TRUE(showsWholeSquare(view));
}
