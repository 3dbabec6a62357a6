// Population within r of sites: against analytic circle areas (a circle inside a square, a
// circle cut by a straight boundary, the lens of two circles, a hole), against the GEOS union
// of the buffers on the real municipalities, and the contract (symmetry, repeats, ranges).
#include "geo/coverage.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <stdexcept>
#include <vector>

#include "geo/measure.hpp"
#include "geo/vector_source.hpp"
#include "shapes.hpp"

namespace {

using geo::CoverageModel;
using geo::PopulatedArea;
using geo::Vec2;
using geo::testshapes::kX;
using geo::testshapes::kY;
using geo::testshapes::rect;

constexpr double kPi = std::numbers::pi;
// The buffer is a regular 256-gon inscribed in the circle: this much of πr² is missing.
const double kPolygonShare = 128 * std::sin(2 * kPi / 256) / kPi;  // 1 − 1.0e-4

Vec2 at(double x, double y) {
    return {kX + x, kY + y};
}

// The lens of two circles of radius r at distance d.
double lens(double r, double d) {
    return 2 * r * r * std::acos(d / (2 * r)) - d / 2 * std::sqrt(4 * r * r - d * d);
}

// The real Kreis Düren municipalities with their populations (ctest fixture), and their extent.
std::vector<PopulatedArea> kreisDuerenAreas(geo::Box& box) {
    const geo::VectorSource source(BK_BINARY_DIR "/tests/kreis-dueren.gpkg", "gemeinden");
    std::vector<PopulatedArea> areas;
    source.forEach({"population"}, [&](const geo::FeatureView& f) {
        areas.push_back({f.polygons(), std::stod(f.field(0).value_or("0"))});
        box.extend(geo::bounds(areas.back().shape));
        return true;
    });
    return areas;
}

// The part of a circle beyond a chord at distance d from its centre.
double segment(double r, double d) {
    return r * r * std::acos(d / r) - d * std::sqrt(r * r - d * d);
}

TEST(Coverage, CircleInsideASquare) {
    // 40 km × 40 km, 1.6 million people: 1 per 1,000 m².
    const CoverageModel model({{{{rect(0, 0, 40000, 40000), {}}}, 1.6e6}}, {at(20000, 20000)},
                              10000);
    EXPECT_DOUBLE_EQ(model.totalPopulation(), 1.6e6);
    EXPECT_DOUBLE_EQ(model.radiusMetres(), 10000);
    const double circle = kPi * 1e8 / 1000;  // 314,159 people within the true circle
    // Exactly the inscribed 256-gon, and within its tolerance of the circle.
    EXPECT_NEAR(model.coveredPopulation({0}), circle * kPolygonShare, 1e-6);
    EXPECT_NEAR(model.coveredPopulation({0}) / circle, 1, 1.01e-4);
    EXPECT_NEAR(model.coveredShares({0})[0], kPi * 1e8 * kPolygonShare / 1.6e9, 1e-12);
}

TEST(Coverage, CircleCutByABoundary) {
    // Two municipalities of 20 km × 20 km with 100,000 and 50,000 people; the site lies 2 km
    // east of their common border, so a circular segment of its 5 km circle lies in the west.
    const std::vector<PopulatedArea> areas = {{{{rect(0, 0, 20000, 20000), {}}}, 1e5},
                                              {{{rect(20000, 0, 40000, 20000), {}}}, 5e4}};
    const CoverageModel model(areas, {at(22000, 10000)}, 5000);
    const double west = segment(5000, 2000), east = kPi * 25e6 - west;
    const double expected = 1e5 * west / 4e8 + 5e4 * east / 4e8;
    // The polygon misses (1 − kPolygonShare)·πr² of the circle, at most at the higher density.
    const double gap = (1 - kPolygonShare) * kPi * 25e6 * 1e5 / 4e8;
    EXPECT_LE(model.coveredPopulation({0}), expected);
    EXPECT_GE(model.coveredPopulation({0}), expected - gap);
    const std::vector<double> shares = model.coveredShares({0});
    EXPECT_NEAR(shares[0] / (west / 4e8), 1, 2e-4);
    EXPECT_NEAR(shares[1] / (east / 4e8), 1, 1.01e-4);
}

TEST(Coverage, TwoOverlappingCirclesCountTheLensOnce) {
    const double r = 5000, d = 8000;
    const CoverageModel model({{{{rect(0, 0, 40000, 40000), {}}}, 1.6e6}},
                              {at(15000, 20000), at(23000, 20000), at(35000, 35000)}, r);
    const double trueUnion = (2 * kPi * r * r - lens(r, d)) / 1000;
    const double covered = model.coveredPopulation({0, 1});
    // Inscribed polygons: never more than the circles, and at most their gap less.
    EXPECT_LE(covered, trueUnion);
    EXPECT_GE(covered, trueUnion - 2 * (1 - kPolygonShare) * kPi * r * r / 1000);
    EXPECT_EQ(model.coveredPopulation({1, 0}), covered);
    EXPECT_EQ(model.coveredPopulation({0, 1, 1, 0}), covered);
    // The third site is 12 km and more away: three sites go through the GEOS union.
    const double three = model.coveredPopulation({0, 1, 2});
    EXPECT_NEAR(three, covered + kPi * r * r * kPolygonShare / 1000,
                (1 - kPolygonShare) * kPi * r * r / 1000);
}

TEST(Coverage, PairFarApartIsTheSumOfBoth) {
    const CoverageModel model({{{{rect(0, 0, 40000, 40000), {}}}, 1.6e6}},
                              {at(10000, 10000), at(30000, 30000)}, 5000);
    EXPECT_DOUBLE_EQ(model.coveredPopulation({0, 1}),
                     model.coveredPopulation({0}) + model.coveredPopulation({1}));
}

TEST(Coverage, ThreeCirclesInARowThroughTheUnion) {
    const double r = 5000;
    const CoverageModel model({{{{rect(0, 0, 60000, 40000), {}}}, 2.4e6}},
                              {at(10000, 20000), at(18000, 20000), at(26000, 20000)}, r);
    const double trueUnion = (3 * kPi * r * r - 2 * lens(r, 8000)) / 1000;
    const double covered = model.coveredPopulation({0, 1, 2});
    EXPECT_LE(covered, trueUnion);
    EXPECT_NEAR(covered / trueUnion, 1, 1.01e-4);
}

// Three or more sites where only one buffer meets an area: the union path returned that part's
// size and leaked a copy of it (2.7 MB per `rank` with four places). The value is checked here;
// the leak is caught by the sanitizer job (tests/sanitize/run.sh, LeakSanitizer), which runs
// this test.
TEST(Coverage, ThreeSitesWithOnlyOneMeetingAnArea) {
    const double r = 2000;
    const CoverageModel model({{{{rect(0, 0, 10000, 10000), {}}}, 1e6},
                               {{{rect(50000, 0, 60000, 10000), {}}}, 1e6}},
                              {at(5000, 5000), at(55000, 5000), at(30000, 30000)}, r);
    const double oneCircle = kPi * r * r / 1e8 * 1e6;  // density 1e6 / 1e8 m²
    for (int repeat = 0; repeat < 3; ++repeat) {
        EXPECT_NEAR(model.coveredPopulation({0, 1, 2}) / (2 * oneCircle), 1, 1.01e-4);
        const std::vector<double> shares = model.coveredShares({0, 1, 2});
        ASSERT_EQ(shares.size(), 2u);
        EXPECT_NEAR(shares[0], kPi * r * r / 1e8, 1e-4);
    }
}

TEST(Coverage, HoleInsideBothCircles) {
    // A square with a 2 km × 2 km hole (another municipality, say) inside both circles:
    // the hole is no one's land here. Checks the signs of holes in the analytic overlap.
    geo::Polygon holed{rect(0, 0, 40000, 40000), {rect(19000, 19000, 21000, 21000)}};
    std::reverse(holed.holes[0].begin(), holed.holes[0].end());  // clockwise, as usual
    const double r = 5000;
    const CoverageModel model({{{holed}, 1.6e6 - 4000}}, {at(17000, 20000), at(23000, 20000)}, r);
    // Density stays 1 per 1,000 m².
    const double single = (kPi * r * r - 4e6) / 1000;
    EXPECT_NEAR(model.coveredPopulation({0}) / single, 1, 1.01e-4 * kPi * r * r / (single * 1000));
    const double pair = (2 * kPi * r * r - lens(r, 6000) - 4e6) / 1000;
    const double covered = model.coveredPopulation({0, 1});
    EXPECT_LE(covered, pair);
    EXPECT_GE(covered, pair - 2 * (1 - kPolygonShare) * kPi * r * r / 1000);
}

TEST(Coverage, EdgeCases) {
    const CoverageModel model(
        {{{{rect(0, 0, 10000, 10000), {}}}, 1000}, {{{rect(10000, 0, 20000, 10000), {}}}, 0}},
        {at(5000, 5000), at(-50000, 5000)}, 20000);
    EXPECT_EQ(model.coveredPopulation({}), 0);
    // The circle holds the whole first square.
    EXPECT_NEAR(model.coveredPopulation({0}), 1000, 1e-6);
    EXPECT_EQ(model.coveredPopulation({1}), 0) << "a site far outside covers nobody";
    EXPECT_NEAR(model.coveredPopulation({0, 1}), 1000, 1e-6);
    EXPECT_NEAR(model.coveredShares({0})[1], 1, 1e-9) << "shares are of the surface";
    EXPECT_THROW((void)model.coveredPopulation({0, 2}), std::out_of_range);

    CoverageModel none({{{{rect(0, 0, 10000, 10000), {}}}, 1000}}, {at(5000, 5000)}, 0);
    EXPECT_EQ(none.coveredPopulation({0}), 0);

    CoverageModel moved = std::move(none);
    EXPECT_EQ(moved.totalPopulation(), 1000);
}

TEST(Coverage, CircleRing) {
    const geo::Ring ring = geo::circleRing(at(0, 0), 1000, 8);
    ASSERT_EQ(ring.size(), 32u);
    for (Vec2 p : ring) EXPECT_NEAR(geo::length(p - at(0, 0)), 1000, 1e-6);
    EXPECT_NEAR(std::abs(geo::signedArea(ring)), 16 * 1e6 * std::sin(2 * kPi / 32), 1e-3);
}

// The pair formula against the GEOS union of the two clipped buffers (what three sites use,
// the third far away) on the real municipalities, for sites on a grid over the district.
TEST(CoverageKreisDueren, PairFormulaAgreesWithTheGeosUnion) {
    geo::Box box;
    const std::vector<PopulatedArea> areas = kreisDuerenAreas(box);
    ASSERT_EQ(areas.size(), 15u);
    std::vector<Vec2> sites;
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 5; ++j)
            sites.push_back(
                {box.minx + box.width() * (i + 0.5) / 4, box.miny + box.height() * (j + 0.5) / 5});
    sites.push_back({box.minx - 1e6, box.miny});  // covers nothing
    const std::size_t far = sites.size() - 1;
    const double r = 10000;
    const CoverageModel model(areas, sites, r);
    EXPECT_NEAR(model.totalPopulation(), 275392, 0.5);

    double maxDensity = 0;
    for (const PopulatedArea& a : areas)
        maxDensity = std::max(maxDensity, a.population / geo::area(a.shape));
    const double tolerance = (1 - kPolygonShare) * kPi * r * r * maxDensity;  // ≈ 11 people
    int overlapping = 0;
    for (std::size_t i = 0; i < far; ++i) {
        for (std::size_t k = i + 1; k < far; ++k) {
            const double pair = model.coveredPopulation({i, k});
            const double geosUnion = model.coveredPopulation({i, k, far});
            EXPECT_NEAR(pair, geosUnion, tolerance) << i << ", " << k;
            EXPECT_LE(pair, geosUnion + 1e-6);
            EXPECT_GE(pair, std::max(model.coveredPopulation({i}), model.coveredPopulation({k})));
            overlapping += geo::length(sites[i] - sites[k]) < 2 * r ? 1 : 0;
        }
    }
    EXPECT_GT(overlapping, 50) << "the grid should give many overlapping pairs";
}

}  // namespace

namespace {

// The covered population of a set from the demand units: the units it reaches.
double unitsCovered(const std::vector<geo::DemandUnit>& units, const std::vector<std::size_t>& set) {
    double sum = 0;
    for (const geo::DemandUnit& u : units)
        for (std::uint32_t s : u.sites)
            if (std::find(set.begin(), set.end(), s) != set.end()) {
                sum += u.population;
                break;
            }
    return sum;
}

// Two overlapping circles and a third apart in one square: the arrangement has three faces
// reached (only 0, both, only 1) and the third circle's, so four units; the lens is the unit
// of both sites and is counted once.
TEST(DemandUnits, TwoOverlappingCirclesMakeThreeUnitsAndTheThirdOne) {
    const double r = 5000, d = 8000;
    const CoverageModel model({{{{rect(0, 0, 40000, 40000), {}}}, 1.6e6}},
                              {at(15000, 20000), at(23000, 20000), at(35000, 35000)}, r);
    const std::vector<geo::DemandUnit> units = model.demandUnits();
    ASSERT_EQ(units.size(), 4u);
    EXPECT_EQ(units[0].sites, (std::vector<std::uint32_t>{0}));
    EXPECT_EQ(units[1].sites, (std::vector<std::uint32_t>{0, 1}));
    EXPECT_EQ(units[2].sites, (std::vector<std::uint32_t>{1}));
    EXPECT_EQ(units[3].sites, (std::vector<std::uint32_t>{2}));
    // The lens, density 1 per 1,000 m², within the polygon's gap of the true lens.
    EXPECT_NEAR(units[1].population, lens(r, d) / 1000, 2 * (1 - kPolygonShare) * kPi * r * r / 1000);
    for (const std::vector<std::size_t>& set :
         {std::vector<std::size_t>{0}, {1}, {2}, {0, 1}, {0, 2}, {0, 1, 2}})
        EXPECT_NEAR(unitsCovered(units, set), model.coveredPopulation(set),
                    2 * (1 - kPolygonShare) * kPi * r * r / 1000);
}

// A hole inside both circles belongs to no unit; an area without population gives none.
TEST(DemandUnits, HolesAndEmptyAreasGiveNoPopulation) {
    geo::Polygon holed{rect(0, 0, 40000, 40000), {rect(19000, 19000, 21000, 21000)}};
    std::reverse(holed.holes[0].begin(), holed.holes[0].end());
    const double r = 5000;
    const CoverageModel model({{{holed}, 1.6e6 - 4000}, {{{rect(40000, 0, 80000, 40000), {}}}, 0}},
                              {at(17000, 20000), at(23000, 20000), at(40000, 20000)}, r);
    const std::vector<geo::DemandUnit> units = model.demandUnits();
    double sum = 0;
    for (const geo::DemandUnit& u : units) sum += u.population;
    EXPECT_NEAR(sum, model.coveredPopulation({0, 1, 2}), 1e-6 * sum);
    EXPECT_NEAR(unitsCovered(units, {0, 1}), model.coveredPopulation({0, 1}),
                2 * (1 - kPolygonShare) * kPi * r * r / 1000);
}

// On the real municipalities: for sites on a grid, every set of three covers by its units what
// the GEOS union of its buffers covers.
TEST(DemandUnitsKreisDueren, UnitsAddUpToTheGeosUnionOfAnySet) {
    geo::Box box;
    const std::vector<PopulatedArea> areas = kreisDuerenAreas(box);
    std::vector<Vec2> sites;
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j)
            sites.push_back(
                {box.minx + box.width() * (i + 0.5) / 4, box.miny + box.height() * (j + 0.5) / 4});
    const CoverageModel model(areas, sites, 8000);
    const std::vector<geo::DemandUnit> units = model.demandUnits();
    EXPECT_GT(units.size(), sites.size());
    std::vector<std::size_t> all(sites.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    EXPECT_NEAR(unitsCovered(units, all), model.coveredPopulation(all), 1.0);
    for (std::size_t a = 0; a < sites.size(); a += 3)
        for (std::size_t b = a + 1; b < sites.size(); b += 2)
            for (std::size_t c = b + 1; c < sites.size(); c += 5)
                EXPECT_NEAR(unitsCovered(units, {a, b, c}), model.coveredPopulation({a, b, c}), 1.0)
                    << a << ", " << b << ", " << c;
}

}  // namespace
