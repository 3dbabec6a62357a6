#include "geo/geos_util.hpp"

#include <gtest/gtest.h>

#include <string>

#include "geo/error.hpp"

namespace geo {
namespace {

const Ring kSquare{{320000, 5630000}, {320100, 5630000}, {320100, 5630100}, {320000, 5630100}};
const Ring kHole{{320010, 5630010}, {320010, 5630020}, {320020, 5630020}, {320020, 5630010}};

TEST(GeosUtil, RoundTripAddsAndDropsTheClosingVertex) {
    const geos::Context context;
    const MultiPolygon polygon{{kSquare, {kHole}}, {{{0, 0}, {1, 0}, {0, 1}}, {}}};
    const geos::GeometryPtr geometry = geos::toGeos(context, polygon);
    EXPECT_EQ(GEOSGeomTypeId_r(context.handle(), geometry.get()), GEOS_MULTIPOLYGON);
    // GEOS counts the closing vertices: (4 + 1) + (4 + 1) + (3 + 1).
    EXPECT_EQ(GEOSGetNumCoordinates_r(context.handle(), geometry.get()), 14);
    double area = 0;
    ASSERT_EQ(GEOSArea_r(context.handle(), geometry.get(), &area), 1);
    EXPECT_DOUBLE_EQ(area, 10000 - 100 + 0.5);

    const MultiPolygon back = geos::fromGeos(context, *geometry);
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back[0].outer, kSquare);
    ASSERT_EQ(back[0].holes.size(), 1u);
    EXPECT_EQ(back[0].holes[0], kHole);
    EXPECT_EQ(back[1].outer, polygon[1].outer);
    EXPECT_TRUE(back[1].holes.empty());
}

TEST(GeosUtil, SinglePolygonAndEmpty) {
    const geos::Context context;
    const geos::GeometryPtr polygon = geos::toGeos(context, Polygon{kSquare, {}});
    EXPECT_EQ(GEOSGeomTypeId_r(context.handle(), polygon.get()), GEOS_POLYGON);
    const MultiPolygon back = geos::fromGeos(context, *polygon);
    ASSERT_EQ(back.size(), 1u);
    EXPECT_EQ(back[0].outer, kSquare);

    const geos::GeometryPtr empty = geos::toGeos(context, MultiPolygon{});
    EXPECT_EQ(GEOSisEmpty_r(context.handle(), empty.get()), 1);
    EXPECT_TRUE(geos::fromGeos(context, *empty).empty());
}

TEST(GeosUtil, FromGeosKeepsOnlyPolygonalParts) {
    const geos::Context context;
    GEOSWKTReader* reader = GEOSWKTReader_create_r(context.handle());
    const geos::GeometryPtr collection = context.own(
        GEOSWKTReader_read_r(context.handle(), reader,
                             "GEOMETRYCOLLECTION(POINT(1 2), LINESTRING(0 0, 1 1), "
                             "POLYGON((0 0, 2 0, 2 2, 0 0)), POLYGON EMPTY, "
                             "GEOMETRYCOLLECTION(MULTIPOLYGON(((5 5, 6 5, 6 6, 5 5)))))"),
        "read WKT");
    GEOSWKTReader_destroy_r(context.handle(), reader);
    const MultiPolygon polygons = geos::fromGeos(context, *collection);
    ASSERT_EQ(polygons.size(), 2u);
    EXPECT_EQ(polygons[0].outer, (Ring{{0, 0}, {2, 0}, {2, 2}}));
    EXPECT_EQ(polygons[1].outer, (Ring{{5, 5}, {6, 5}, {6, 6}}));
}

TEST(GeosUtil, FailuresCarryGeosMessage) {
    const geos::Context context;
    try {
        geos::toGeos(context, Polygon{{{1, 1}}, {}});
        FAIL() << "expected GeoError";
    } catch (const GeoError& error) {
        const std::string message = error.what();
        EXPECT_EQ(message.rfind("GEOS could not build a ring: ", 0), 0u) << message;
        EXPECT_NE(message.find("Invalid number of points in LinearRing"), std::string::npos)
            << message;
    }
    EXPECT_TRUE(context.predicate(1, "test"));
    EXPECT_FALSE(context.predicate(0, "test"));
    EXPECT_THROW(context.predicate(2, "test"), GeoError);
}

TEST(GeosUtil, InvalidReasonAndIntersectBox) {
    const geos::Context context;
    const geos::GeometryPtr square = geos::toGeos(context, Polygon{kSquare, {kHole}});
    EXPECT_EQ(geos::invalidReason(context, *square), "");
    const MultiPolygon clipped = geos::fromGeos(
        context, *geos::intersectBox(context, *square, Box{320050, 5630050, 320200, 5630200}));
    ASSERT_EQ(clipped.size(), 1u);
    EXPECT_EQ(bounds(clipped), (Box{320050, 5630050, 320100, 5630100}));
}

}  // namespace
}  // namespace geo
