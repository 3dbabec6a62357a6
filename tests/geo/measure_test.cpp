#include "geo/measure.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "geo/error.hpp"
#include "shapes.hpp"

namespace geo {
namespace {

using testshapes::kX;
using testshapes::kY;
using testshapes::rect;
using testshapes::shifted;

Vec2 at(double x, double y) {
    return {kX + x, kY + y};
}

// A rows x columns grid of size x size squares, `gap` apart, in row-major order.
std::vector<MultiPolygon> grid(int rows, int columns, double size, double gap) {
    std::vector<MultiPolygon> cells;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const double x = c * (size + gap);
            const double y = r * (size + gap);
            cells.push_back({{rect(x, y, x + size, y + size), {}}});
        }
    }
    return cells;
}

using Pairs = std::vector<std::pair<std::size_t, std::size_t>>;

TEST(Measure, SignedAreaFollowsOrientation) {
    Ring ring = rect(0, 0, 100, 50);
    EXPECT_DOUBLE_EQ(signedArea(ring), 5000.0);
    std::reverse(ring.begin(), ring.end());
    EXPECT_DOUBLE_EQ(signedArea(ring), -5000.0);
    EXPECT_EQ(signedArea({at(0, 0), at(1, 1)}), 0.0);
}

TEST(Measure, AreaSubtractsHolesWhateverTheirOrientation) {
    Ring clockwiseHole = rect(10, 10, 30, 30);
    std::reverse(clockwiseHole.begin(), clockwiseHole.end());
    const MultiPolygon a{{rect(0, 0, 100, 100), {rect(10, 10, 30, 30)}}};
    const MultiPolygon b{{rect(0, 0, 100, 100), {clockwiseHole}}};
    EXPECT_DOUBLE_EQ(area(a), 9600.0);
    EXPECT_DOUBLE_EQ(area(b), 9600.0);
    const MultiPolygon two{{rect(0, 0, 100, 100), {rect(10, 10, 30, 30)}},
                           {rect(200, 0, 210, 10), {}}};
    EXPECT_DOUBLE_EQ(area(two), 9700.0);
    EXPECT_EQ(area({}), 0.0);
}

TEST(Measure, ContainsExcludesHoles) {
    const MultiPolygon polygon{{rect(0, 0, 100, 100), {rect(10, 10, 30, 30)}},
                               {rect(200, 0, 210, 10), {}}};
    EXPECT_TRUE(contains(polygon, at(50, 50)));
    EXPECT_TRUE(contains(polygon, at(5, 20)));
    EXPECT_FALSE(contains(polygon, at(20, 20)));  // in the hole
    EXPECT_TRUE(contains(polygon, at(205, 5)));   // second part
    EXPECT_FALSE(contains(polygon, at(150, 50)));
    EXPECT_FALSE(contains(polygon, at(-1, 50)));
    EXPECT_FALSE(contains({}, at(0, 0)));
}

TEST(Measure, ContainsInConcaveShape) {
    const MultiPolygon u{
        {shifted({{0, 0}, {50, 0}, {50, 40}, {40, 40}, {40, 10}, {10, 10}, {10, 40}, {0, 40}}),
         {}}};
    EXPECT_TRUE(contains(u, at(5, 35)));
    EXPECT_TRUE(contains(u, at(45, 35)));
    EXPECT_FALSE(contains(u, at(25, 35)));  // in the notch
    EXPECT_TRUE(contains(u, at(25, 5)));
}

TEST(Measure, InvalidReason) {
    EXPECT_EQ(invalidReason({{rect(0, 0, 10, 10), {}}}), "");
    EXPECT_EQ(invalidReason({{rect(0, 0, 10, 10), {rect(2, 2, 4, 4)}}}), "");

    const std::string bowTie = invalidReason({{shifted({{0, 0}, {10, 10}, {10, 0}, {0, 10}}), {}}});
    EXPECT_NE(bowTie.find("Self-intersection"), std::string::npos) << bowTie;
    EXPECT_NE(bowTie.find("320005 5630005"), std::string::npos) << bowTie;

    const std::string holeOutside = invalidReason({{rect(0, 0, 10, 10), {rect(20, 20, 30, 30)}}});
    EXPECT_NE(holeOutside.find("Hole lies outside shell"), std::string::npos) << holeOutside;

    const std::string tooShort = invalidReason({{shifted({{0, 0}, {10, 0}}), {}}});
    EXPECT_NE(tooShort.find("Too few points"), std::string::npos) << tooShort;

    // GEOS cannot even build a ring from a single point; its message is the reason.
    const std::string point = invalidReason({{shifted({{0, 0}}), {}}});
    EXPECT_NE(point.find("LinearRing"), std::string::npos) << point;
}

TEST(Measure, LabelPointOfAnLShapeIsInTheCornerSquare) {
    // Arms 20 wide. The inscribed circle sits in the corner square, touching the two outer
    // walls and the reflex corner (20, 20): c = sqrt(2) * (20 - c), so c = r = 20 * (2 - sqrt 2).
    const MultiPolygon l{{shifted({{0, 0}, {60, 0}, {60, 20}, {20, 20}, {20, 60}, {0, 60}}), {}}};
    const double tolerance = 0.01;
    const auto [centre, radius] = labelPoint(l, tolerance);
    const double expected = 20 * (2 - std::sqrt(2.0));
    EXPECT_NEAR(radius, expected, 0.05);
    EXPECT_NEAR(centre.x - kX, expected, 0.1);
    EXPECT_NEAR(centre.y - kY, expected, 0.1);
    EXPECT_TRUE(contains(l, centre));
    // Away from the boundary: the circle's radius from every wall and the reflex corner.
    EXPECT_GE(std::min(centre.x - kX, centre.y - kY), radius - 1e-9);
    EXPECT_GE(length(centre - at(20, 20)), radius - 1e-9);
}

TEST(Measure, LabelPointUsesTheLargestPartAndAvoidsHoles) {
    const MultiPolygon polygon{{rect(0, 0, 10, 10), {}},
                               {rect(100, 0, 200, 100), {rect(140, 40, 160, 60)}}};
    const auto [centre, radius] = labelPoint(polygon, 0.01);
    EXPECT_TRUE(contains(polygon, centre));
    EXPECT_GT(centre.x - kX, 100.0);
    // The hole in the middle pushes the circle into a corner band: the best circle touches
    // the hole's corner and two outer walls, so its radius is well below the square's 50.
    EXPECT_GT(radius, 20.0);
    EXPECT_LT(radius, 40.0);
    EXPECT_THROW(labelPoint({}, 1.0), GeoError);
}

TEST(Measure, AdjacentPairsOnAGridIncludeCornerTouches) {
    // 0 1 2
    // 3 4 5
    // 6 7 8   (row 0 at the bottom)
    const Pairs pairs = adjacentPairs(grid(3, 3, 1000, 0), 0.0);
    const Pairs expected{{0, 1}, {0, 3}, {0, 4}, {1, 2}, {1, 3}, {1, 4}, {1, 5},
                         {2, 4}, {2, 5}, {3, 4}, {3, 6}, {3, 7}, {4, 5}, {4, 6},
                         {4, 7}, {4, 8}, {5, 7}, {5, 8}, {6, 7}, {7, 8}};
    EXPECT_EQ(pairs, expected);
}

TEST(Measure, AdjacentPairsBridgeGapsWithinTolerance) {
    const std::vector<MultiPolygon> cells = grid(3, 3, 1000, 2.0);
    EXPECT_TRUE(adjacentPairs(cells, 1.0).empty());
    // Edge neighbours are 2 apart, diagonal neighbours 2 * sqrt(2) apart.
    EXPECT_EQ(adjacentPairs(cells, 2.5).size(), 12u);
    EXPECT_EQ(adjacentPairs(cells, 3.0).size(), 20u);
}

TEST(Measure, AdjacentPairsCountOverlapsAndSkipEmptyPolygons) {
    const std::vector<MultiPolygon> polygons{{{rect(0, 0, 10, 10), {}}},
                                             {},
                                             {{rect(5, 5, 20, 20), {}}},
                                             {{rect(2, 2, 3, 3), {}}},
                                             {{rect(50, 50, 60, 60), {}}}};
    const Pairs expected{{0, 2}, {0, 3}};
    EXPECT_EQ(adjacentPairs(polygons, 0.0), expected);
}

TEST(Measure, ColourGraphGivesNeighboursDifferentColours) {
    const Pairs edges = adjacentPairs(grid(3, 3, 1000, 0), 0.0);
    const std::vector<int> colours = colourGraph(9, edges, 4);
    ASSERT_EQ(colours.size(), 9u);
    for (const auto& [a, b] : edges) EXPECT_NE(colours[a], colours[b]) << a << "-" << b;
    const std::set<int> used(colours.begin(), colours.end());
    EXPECT_EQ(used.size(), 4u);  // the 2 x 2 corner blocks are cliques of four
    EXPECT_GE(*used.begin(), 0);
    EXPECT_LT(*used.rbegin(), 4);
    EXPECT_EQ(colourGraph(9, edges, 4), colours);
}

TEST(Measure, ColourGraphLargerGrid) {
    const Pairs edges = adjacentPairs(grid(5, 6, 100, 0), 0.0);
    const std::vector<int> colours = colourGraph(30, edges, 6);
    for (const auto& [a, b] : edges) EXPECT_NE(colours[a], colours[b]) << a << "-" << b;
    for (int c : colours) {
        EXPECT_GE(c, 0);
        EXPECT_LT(c, 6);
    }
}

TEST(Measure, ColourGraphOrderIsHighestDegreeFirst) {
    // A path 0 - 1 - 2 plus an isolated 3: vertex 1 chooses first and takes colour 0.
    EXPECT_EQ(colourGraph(4, {{0, 1}, {1, 2}}, 4), (std::vector<int>{1, 0, 1, 0}));
    // Duplicate edges and self-loops change nothing.
    EXPECT_EQ(colourGraph(4, {{1, 0}, {0, 1}, {1, 2}, {2, 2}}, 4), (std::vector<int>{1, 0, 1, 0}));
}

TEST(Measure, ColourGraphReusesAsLittleAsPossibleWhenShort) {
    // K5 with four colours: exactly one pair has to share.
    Pairs edges;
    for (std::size_t a = 0; a < 5; ++a) {
        for (std::size_t b = a + 1; b < 5; ++b) edges.emplace_back(a, b);
    }
    const std::vector<int> colours = colourGraph(5, edges, 4);
    std::size_t clashes = 0;
    for (const auto& [a, b] : edges) clashes += colours[a] == colours[b] ? 1 : 0;
    EXPECT_EQ(clashes, 1u);
    for (int c : colours) EXPECT_LT(c, 4);
}

TEST(Measure, ClipToBox) {
    const MultiPolygon polygon{{rect(0, 0, 100, 100), {rect(40, 40, 60, 60)}}};
    const Box box{kX + 50, kY + 20, kX + 150, kY + 80};
    const MultiPolygon clipped = clip(polygon, box);
    // 50 x 60 minus the clipped hole's 10 x 20.
    EXPECT_NEAR(area(clipped), 3000.0 - 200.0, 1e-6);
    const Box extent = bounds(clipped);
    EXPECT_DOUBLE_EQ(extent.minx, kX + 50);
    EXPECT_DOUBLE_EQ(extent.miny, kY + 20);
    EXPECT_DOUBLE_EQ(extent.maxx, kX + 100);
    EXPECT_DOUBLE_EQ(extent.maxy, kY + 80);
    for (const Polygon& part : clipped) EXPECT_NE(part.outer.front(), part.outer.back());
    EXPECT_TRUE(contains(clipped, at(55, 30)));
    EXPECT_FALSE(contains(clipped, at(55, 50)));  // in the hole
}

TEST(Measure, ClipKeepsAHoleThatTouchesTheShellOnTheBoxEdge) {
    const MultiPolygon polygon{{rect(0, 0, 100, 100), {shifted({{0, 50}, {30, 40}, {30, 60}})}}};
    // The upper left quarter, less the part of the hole above y = 50 (half of its 300).
    const MultiPolygon clipped = clip(polygon, Box{kX, kY + 50, kX + 50, kY + 100});
    EXPECT_NEAR(area(clipped), 2500.0 - 150.0, 1e-6);
    EXPECT_TRUE(contains(clipped, at(10, 90)));
    EXPECT_FALSE(contains(clipped, at(25, 52)));
}

TEST(Measure, ClipKeepsSeparatePartsAndDropsMisses) {
    const MultiPolygon u{
        {shifted({{0, 0}, {50, 0}, {50, 40}, {40, 40}, {40, 10}, {10, 10}, {10, 40}, {0, 40}}),
         {}}};
    // A band across both arms above the base: two separate pieces.
    const MultiPolygon arms = clip(u, Box{kX - 10, kY + 20, kX + 60, kY + 30});
    EXPECT_EQ(arms.size(), 2u);
    EXPECT_NEAR(area(arms), 2 * 10 * 10, 1e-6);
    EXPECT_TRUE(clip(u, Box{kX + 100, kY, kX + 200, kY + 100}).empty());
    EXPECT_TRUE(clip(u, Box{}).empty());
}

}  // namespace
}  // namespace geo
