// The topology of a polygon coverage and its simplification per level of detail: hand-made
// coverages (two squares, a hole, an enclave, three features meeting at a point, a wiggly
// border simplified at several tolerances, islands) and the real municipalities of Kreis Düren,
// NRW and Germany (VG250 through the npm package, reprojected to EPSG:25832).
#include "geo/topology.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <iostream>
#include <unordered_map>
#include <numbers>
#include <string>
#include <utility>
#include <vector>

#include "geo/crs.hpp"
#include "geo/measure.hpp"
#include "geo/vector_source.hpp"
#include "shapes.hpp"

namespace {

using geo::Arc;
using geo::MultiPolygon;
using geo::Ring;
using geo::Vec2;
using geo::testshapes::kX;
using geo::testshapes::kY;
using geo::testshapes::rect;
using geo::testshapes::shifted;

Vec2 at(double x, double y) {
    return {kX + x, kY + y};
}

Ring reversedRing(Ring r) {
    std::reverse(r.begin(), r.end());
    return r;
}

// True when `a` is `b` started at another vertex (same direction), each vertex within `eps`.
bool sameUpToRotation(const Ring& a, const Ring& b, double eps = 0) {
    if (a.size() != b.size()) return false;
    if (a.empty()) return true;
    auto same = [eps](Vec2 p, Vec2 q) { return eps == 0 ? p == q : length(p - q) <= eps; };
    for (std::size_t shift = 0; shift < b.size(); ++shift) {
        if (!same(b[shift], a[0])) continue;
        bool all = true;
        for (std::size_t i = 0; all && i < a.size(); ++i) all = same(a[i], b[(shift + i) % b.size()]);
        if (all) return true;
    }
    return false;
}

// The polygon equals the input up to the start vertex of each ring, same order of parts/holes,
// each vertex within `eps` (exactly when 0).
::testing::AssertionResult sameRings(const MultiPolygon& got, const MultiPolygon& want,
                                     double eps = 0) {
    if (got.size() != want.size())
        return ::testing::AssertionFailure() << got.size() << " parts instead of " << want.size();
    for (std::size_t p = 0; p < want.size(); ++p) {
        if (!sameUpToRotation(got[p].outer, want[p].outer, eps))
            return ::testing::AssertionFailure() << "outer ring of part " << p << " differs";
        if (got[p].holes.size() != want[p].holes.size())
            return ::testing::AssertionFailure() << "part " << p << " has " << got[p].holes.size()
                                                 << " holes instead of " << want[p].holes.size();
        for (std::size_t h = 0; h < want[p].holes.size(); ++h)
            if (!sameUpToRotation(got[p].holes[h], want[p].holes[h], eps))
                return ::testing::AssertionFailure() << "hole " << h << " of part " << p << " differs";
    }
    return ::testing::AssertionSuccess();
}

// The arcs that have `p` as an endpoint.
std::vector<std::size_t> arcsEndingAt(const geo::Topology& t, Vec2 p) {
    std::vector<std::size_t> out;
    for (std::size_t a = 0; a < t.arcs.size(); ++a)
        if (t.arcs[a].points.front() == p || t.arcs[a].points.back() == p) out.push_back(a);
    return out;
}

// The one arc whose points are exactly `points` in one direction or the other.
const Arc* findArc(const geo::Topology& t, std::vector<Vec2> points) {
    for (const Arc& arc : t.arcs) {
        if (arc.points == points) return &arc;
        std::reverse(points.begin(), points.end());
        if (arc.points == points) return &arc;
        std::reverse(points.begin(), points.end());
    }
    return nullptr;
}

// Per arc: the features of the rings that use it (one entry per use).
std::vector<std::vector<int>> usesPerArc(const geo::Topology& t) {
    std::vector<std::vector<int>> uses(t.arcs.size());
    for (std::size_t f = 0; f < t.features.size(); ++f)
        for (const geo::ArcPolygon& p : t.features[f]) {
            for (const geo::ArcRef& r : p.outer) uses[r.arc].push_back(static_cast<int>(f));
            for (const geo::ArcRing& h : p.holes)
                for (const geo::ArcRef& r : h) uses[r.arc].push_back(static_cast<int>(f));
        }
    return uses;
}

TEST(Topology, TwoSquaresShareOneArc) {
    const std::vector<MultiPolygon> features = {{{rect(0, 0, 10, 10), {}}},
                                                {{rect(10, 0, 20, 10), {}}}};
    const geo::Topology t = geo::buildTopology(features);
    ASSERT_EQ(t.arcs.size(), 3u);
    EXPECT_EQ(t.stats.junctions, 2u);
    EXPECT_EQ(t.stats.sharedArcs, 1u);
    EXPECT_EQ(t.stats.outerArcs, 2u);
    EXPECT_EQ(t.stats.sharedVertices, 2u);
    EXPECT_EQ(t.stats.sharedEdges, 1u);
    EXPECT_EQ(t.stats.outerEdges, 6u);
    EXPECT_EQ(t.stats.sideConflicts, 0u);

    const Arc* shared = findArc(t, {at(10, 0), at(10, 10)});
    ASSERT_NE(shared, nullptr);
    // Walking north along x = 10, the western square (feature 0) is on the left.
    const bool north = shared->points.front() == at(10, 0);
    EXPECT_EQ(shared->left, north ? 0 : 1);
    EXPECT_EQ(shared->right, north ? 1 : 0);
    EXPECT_FALSE(shared->outer());
    for (const Arc& arc : t.arcs) {
        if (&arc == shared) continue;
        EXPECT_TRUE(arc.outer());
        EXPECT_FALSE(arc.closed());
        EXPECT_EQ(arc.points.size(), 4u);  // three outer edges of one square
        // Both squares run counter-clockwise: each one lies on the left of its outer arc.
        EXPECT_EQ(arc.right, -1);
        EXPECT_EQ(arc.left, arc.points[1].x < kX + 10 ? 0 : 1);
    }
    // Each square's ring: its own outer arc and the shared arc, one of them reversed.
    const std::vector<std::vector<int>> uses = usesPerArc(t);
    for (std::size_t f = 0; f < 2; ++f) {
        ASSERT_EQ(t.features[f].size(), 1u);
        EXPECT_EQ(t.features[f][0].outer.size(), 2u);
        EXPECT_TRUE(sameRings(geo::assemble(t, f), features[f]));
    }
    EXPECT_EQ(uses[static_cast<std::size_t>(shared - t.arcs.data())], (std::vector<int>{0, 1}));
}

TEST(Topology, RingWithAHoleIsTwoClosedArcsWithTheFeatureOnTheInside) {
    // Outer ring counter-clockwise, hole clockwise: the feature lies left of both.
    const Ring outer = rect(0, 0, 30, 30), hole = reversedRing(rect(10, 10, 20, 20));
    const std::vector<MultiPolygon> features = {{{outer, {hole}}}};
    const geo::Topology t = geo::buildTopology(features);
    ASSERT_EQ(t.arcs.size(), 2u);
    EXPECT_EQ(t.stats.junctions, 0u);
    EXPECT_EQ(t.stats.closedArcs, 2u);
    for (const Arc& arc : t.arcs) {
        EXPECT_TRUE(arc.closed());
        EXPECT_EQ(arc.points.size(), 5u);  // four corners, the first repeated
        EXPECT_EQ(arc.left, 0);
        EXPECT_EQ(arc.right, -1);
    }
    EXPECT_TRUE(sameRings(geo::assemble(t, 0), features[0]));

    // Orientation comes from the rings, not from a convention: clockwise outer ring,
    // counter-clockwise hole puts the feature on the right of both, and assembling keeps it so.
    const std::vector<MultiPolygon> flipped = {{{reversedRing(outer), {reversedRing(hole)}}}};
    const geo::Topology u = geo::buildTopology(flipped);
    for (const Arc& arc : u.arcs) {
        EXPECT_EQ(arc.left, -1);
        EXPECT_EQ(arc.right, 0);
    }
    const MultiPolygon back = geo::assemble(u, 0);
    EXPECT_TRUE(sameRings(back, flipped[0]));
    EXPECT_LT(geo::signedArea(back[0].outer), 0);
    EXPECT_GT(geo::signedArea(back[0].holes[0]), 0);
}

TEST(Topology, EnclosedFeatureSharesOneClosedArcWithTheHoleAroundIt) {
    const Ring inner = shifted({{10, 10}, {20, 10}, {22, 15}, {20, 20}, {10, 20}});
    const std::vector<MultiPolygon> features = {{{rect(0, 0, 30, 30), {reversedRing(inner)}}},
                                                {{inner, {}}}};
    const geo::Topology t = geo::buildTopology(features);
    ASSERT_EQ(t.arcs.size(), 2u);
    EXPECT_EQ(t.stats.junctions, 0u);
    EXPECT_EQ(t.stats.closedArcs, 2u);
    EXPECT_EQ(t.stats.sharedArcs, 1u);
    EXPECT_EQ(t.stats.sharedVertices, 5u);
    const geo::ArcRef hole = t.features[0][0].holes.at(0).at(0);
    const geo::ArcRef enclave = t.features[1][0].outer.at(0);
    EXPECT_EQ(hole.arc, enclave.arc);
    EXPECT_NE(hole.reversed, enclave.reversed);
    const Arc& arc = t.arcs[enclave.arc];
    EXPECT_TRUE(arc.closed());
    EXPECT_FALSE(arc.outer());
    EXPECT_EQ(arc.left, enclave.reversed ? 0 : 1);
    EXPECT_EQ(arc.right, enclave.reversed ? 1 : 0);
    EXPECT_TRUE(sameRings(geo::assemble(t, 0), features[0]));
    EXPECT_TRUE(sameRings(geo::assemble(t, 1), features[1]));

    // At any tolerance the enclave keeps a triangle, and the hole is that very triangle.
    for (double tol : {1.0, 5.0, 1000.0}) {
        const geo::SimplifiedArcs s = geo::simplify(t, tol);
        const MultiPolygon a = geo::assemble(t, s, 0), b = geo::assemble(t, s, 1);
        ASSERT_EQ(b.size(), 1u);
        EXPECT_GE(b[0].outer.size(), 3u) << tol;
        EXPECT_GT(geo::signedArea(b[0].outer), 0) << tol;
        ASSERT_EQ(a[0].holes.size(), 1u);
        EXPECT_TRUE(sameUpToRotation(a[0].holes[0], reversedRing(b[0].outer))) << tol;
    }
    EXPECT_EQ(geo::assemble(t, geo::simplify(t, 1000), 1)[0].outer.size(), 3u);
}

TEST(Topology, ThreeFeaturesMeetAtAJunction) {
    // Two squares below, one wide rectangle above: they meet at (10, 10).
    const std::vector<MultiPolygon> features = {
        {{rect(0, 0, 10, 10), {}}},
        {{rect(10, 0, 20, 10), {}}},
        {{shifted({{0, 10}, {10, 10}, {20, 10}, {20, 20}, {0, 20}}), {}}}};
    const geo::Topology t = geo::buildTopology(features);
    EXPECT_EQ(t.stats.junctions, 4u);  // (10,10), (0,10), (20,10), (10,0)
    EXPECT_EQ(t.arcs.size(), 6u);
    EXPECT_EQ(t.stats.sharedArcs, 3u);
    EXPECT_EQ(t.stats.outerArcs, 3u);
    EXPECT_EQ(arcsEndingAt(t, at(10, 10)).size(), 3u);
    struct Border {
        std::vector<Vec2> points;
        int a, b;
    };
    for (const Border& border : {Border{{at(10, 0), at(10, 10)}, 0, 1},
                                 Border{{at(0, 10), at(10, 10)}, 0, 2},
                                 Border{{at(10, 10), at(20, 10)}, 1, 2}}) {
        const Arc* arc = findArc(t, border.points);
        ASSERT_NE(arc, nullptr);
        EXPECT_EQ(std::min(arc->left, arc->right), border.a);
        EXPECT_EQ(std::max(arc->left, arc->right), border.b);
    }
    const std::vector<std::vector<int>> uses = usesPerArc(t);
    for (std::size_t a = 0; a < t.arcs.size(); ++a) {
        std::vector<int> sides;
        for (int side : {t.arcs[a].left, t.arcs[a].right})
            if (side >= 0) sides.push_back(side);
        std::vector<int> used = uses[a];
        std::sort(sides.begin(), sides.end());
        std::sort(used.begin(), used.end());
        EXPECT_EQ(used, sides) << "arc " << a;
    }
    for (std::size_t f = 0; f < features.size(); ++f)
        EXPECT_TRUE(sameRings(geo::assemble(t, f), features[f])) << f;
}

// The run of `ring` from `from` to `to` in ring order (both included); empty when absent.
std::vector<Vec2> runBetween(const Ring& ring, Vec2 from, Vec2 to) {
    const auto start = std::find(ring.begin(), ring.end(), from);
    if (start == ring.end()) return {};
    std::vector<Vec2> run;
    for (std::size_t i = static_cast<std::size_t>(start - ring.begin());; i = (i + 1) % ring.size()) {
        run.push_back(ring[i]);
        if (ring[i] == to) return run;
        if (run.size() > ring.size()) return {};
    }
}

double distanceToPolyline(Vec2 p, const std::vector<Vec2>& line) {
    double best = std::numeric_limits<double>::infinity();
    for (std::size_t i = 0; i + 1 < line.size(); ++i) {
        const Vec2 ab = line[i + 1] - line[i], ap = p - line[i];
        const double t = std::clamp(dot(ap, ab) / dot(ab, ab), 0.0, 1.0);
        best = std::min(best, length(ap - ab * t));
    }
    return best;
}

TEST(Topology, WigglySharedBorderStaysSharedAtEveryTolerance) {
    // A border 1 km long from (0,0) north to (0,1000), wiggling by up to 35 m, between a
    // western and an eastern field.
    std::vector<Vec2> border;
    for (int i = 0; i <= 400; ++i) {
        const double y = 2.5 * i;
        border.push_back(at(i == 0 || i == 400 ? 0 : 30 * std::sin(y / 37) + 5 * std::sin(y / 7), y));
    }
    Ring west(border.begin(), border.end());
    west.push_back(at(-500, 1000));
    west.push_back(at(-500, 0));
    Ring east = reversedRing(Ring(border.begin(), border.end()));
    east.push_back(at(500, 0));
    east.push_back(at(500, 1000));
    const std::vector<MultiPolygon> features = {{{west, {}}}, {{east, {}}}};
    const geo::Topology t = geo::buildTopology(features);
    ASSERT_EQ(t.arcs.size(), 3u);
    EXPECT_EQ(t.stats.sharedEdges, 400u);
    for (std::size_t f = 0; f < 2; ++f) EXPECT_TRUE(sameRings(geo::assemble(t, f), features[f]));

    std::size_t previous = std::numeric_limits<std::size_t>::max();
    for (double tol : {0.0, 0.5, 2.0, 5.0, 20.0, 100.0, 1000.0}) {
        SCOPED_TRACE(tol);
        const geo::SimplifiedArcs s = geo::simplify(t, tol);
        const MultiPolygon w = geo::assemble(t, s, 0), e = geo::assemble(t, s, 1);
        const std::vector<Vec2> westRun = runBetween(w[0].outer, at(0, 0), at(0, 1000));
        std::vector<Vec2> eastRun = runBetween(e[0].outer, at(0, 1000), at(0, 0));
        std::reverse(eastRun.begin(), eastRun.end());
        ASSERT_GE(westRun.size(), 2u);
        EXPECT_EQ(westRun, eastRun);  // the identical simplified border in both rings
        // Douglas–Peucker's bound: no input vertex of the border farther than tol from it.
        for (Vec2 p : border) EXPECT_LE(distanceToPolyline(p, westRun), tol + 1e-9);
        EXPECT_LE(s.vertexCount(), previous);
        previous = s.vertexCount();
        EXPECT_GE(w[0].outer.size(), 3u);
        EXPECT_GE(e[0].outer.size(), 3u);
        // Where the corners survive, the two fields still tile the 1 km × 1 km square.
        if (tol < 500) {
            EXPECT_NEAR(geo::area(w) + geo::area(e), 1e6, 1e-6);
        }
    }
    EXPECT_EQ(geo::simplify(t, 0).vertexCount(), t.stats.arcVertices);
    EXPECT_LT(geo::simplify(t, 20).vertexCount(), 30u);
}

TEST(Topology, SmallRingsKeepATriangleOrAreDroppedOnRequest) {
    // Feature 0: a 2 km square and a small round island (radius 10 m, 60 vertices);
    // feature 1: only a small island of the same kind, which is its largest part.
    auto circle = [](double cx, double cy, double r) {
        Ring ring;
        for (int i = 0; i < 60; ++i) {
            const double a = 2 * std::numbers::pi * i / 60;
            ring.push_back(at(cx + r * std::cos(a), cy + r * std::sin(a)));
        }
        return ring;
    };
    const std::vector<MultiPolygon> features = {
        {{rect(0, 0, 2000, 2000), {}}, {circle(3000, 0, 10), {}}},
        {{circle(5000, 0, 10), {}}}};
    const geo::Topology t = geo::buildTopology(features);
    EXPECT_EQ(t.largestPart[0], 0u);
    EXPECT_EQ(t.largestPart[1], 0u);

    const geo::SimplifiedArcs kept = geo::simplify(t, 100);
    const MultiPolygon a = geo::assemble(t, kept, 0), b = geo::assemble(t, kept, 1);
    ASSERT_EQ(a.size(), 2u);
    EXPECT_EQ(a[1].outer.size(), 3u);  // the island is a triangle, counter-clockwise like before
    EXPECT_GT(geo::signedArea(a[1].outer), 0);
    ASSERT_EQ(b.size(), 1u);
    EXPECT_EQ(b[0].outer.size(), 3u);
    EXPECT_EQ(a[0].outer.size(), 4u);  // the square's corners are 1 km off any chord

    // Dropping islands below 100 m × 100 m: feature 0 loses its island, feature 1 keeps its
    // only part.
    const geo::SimplifiedArcs dropped = geo::simplify(t, 100, 100.0 * 100.0);
    EXPECT_EQ(geo::assemble(t, dropped, 0).size(), 1u);
    EXPECT_EQ(geo::assemble(t, dropped, 0)[0].outer, a[0].outer);
    EXPECT_EQ(geo::assemble(t, dropped, 1).size(), 1u);
    EXPECT_EQ(std::count(dropped.dropped.begin(), dropped.dropped.end(), true), 1);
    EXPECT_EQ(dropped.vertexCount(), kept.vertexCount() - 4);  // the triangle, first repeated
}

TEST(Topology, OverlappingFeaturesAreCountedAsSideConflicts) {
    // The same square twice: one arc, both claiming its left side.
    const std::vector<MultiPolygon> features = {{{rect(0, 0, 10, 10), {}}},
                                                {{rect(0, 0, 10, 10), {}}}};
    const geo::Topology t = geo::buildTopology(features);
    ASSERT_EQ(t.arcs.size(), 1u);
    EXPECT_EQ(t.arcs[0].left, 0);
    EXPECT_EQ(t.stats.sideConflicts, 1u);
}

TEST(Topology, VerticesWithinTheSnapDistanceAreMerged) {
    // The eastern square's copy of the shared edge is off by 10 nm, as in the npm data.
    const Ring east = shifted({{10, 1e-8}, {20, 0}, {20, 10}, {10 + 1e-8, 10}});
    const std::vector<MultiPolygon> features = {{{rect(0, 0, 10, 10), {}}}, {{east, {}}}};
    const geo::Topology exact = geo::buildTopology(features, 0);
    EXPECT_EQ(exact.stats.sharedArcs, 0u);
    EXPECT_EQ(exact.stats.outerArcs, 2u);  // two closed rings that merely touch

    const geo::Topology snapped = geo::buildTopology(features);  // 1 mm
    EXPECT_EQ(snapped.stats.snappedVertices, 2u);
    EXPECT_EQ(snapped.stats.sharedArcs, 1u);
    ASSERT_NE(findArc(snapped, {at(10, 0), at(10, 10)}), nullptr);  // the first feature's copy
    EXPECT_TRUE(sameRings(geo::assemble(snapped, 1), features[1], 1e-7));
    EXPECT_FALSE(sameRings(geo::assemble(snapped, 1), features[1]));
    // A vertex 2 mm away stays a vertex of its own.
    const Ring far = shifted({{10, 0.002}, {20, 0}, {20, 10}, {10, 10}});
    EXPECT_EQ(geo::buildTopology({{{rect(0, 0, 10, 10), {}}}, {{far, {}}}}).stats.snappedVertices,
              0u);
}

TEST(Topology, RepeatedVerticesAreDropped) {
    const Ring ring = shifted({{0, 0}, {10, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}});
    const geo::Topology t = geo::buildTopology({{{ring, {}}}});
    EXPECT_EQ(t.stats.inputVertices, 6u);
    EXPECT_EQ(t.stats.repeatedVertices, 2u);
    EXPECT_TRUE(sameRings(geo::assemble(t, 0), {{rect(0, 0, 10, 10), {}}}));
}

// ---- The real municipalities -------------------------------------------------------------

struct Municipalities {
    std::vector<std::string> ags;
    std::vector<MultiPolygon> shapes;
};

// All land areas (GF = 4) of a VG250 file in EPSG:25832.
Municipalities readAreas(const std::string& path) {
        Municipalities m;
        const geo::VectorSource source(path);
        const geo::Transformer toProject(source.crsWkt(), geo::kProjectCrs);
        source.forEach({"AGS", "GF"}, [&](const geo::FeatureView& f) {
            if (f.field(1).value_or("") != "4") return true;
            m.ags.push_back(f.field(0).value_or(""));
            MultiPolygon shape = f.polygons();
            toProject.forward(shape);
            m.shapes.push_back(std::move(shape));
            return true;
        });
        return m;
}

// The municipalities, read once per test run.
const Municipalities& germany() {
    static const Municipalities all = readAreas(BK_VG250_DIR "/gemeinden.geo.json");
    return all;
}

bool haveRealData() {
    return !std::string(BK_VG250_DIR).empty() &&
           std::filesystem::exists(BK_VG250_DIR "/gemeinden.geo.json");
}

#define REQUIRE_REAL_DATA()                                                          \
    do {                                                                             \
        if (!haveRealData())                                                         \
            GTEST_SKIP() << "no VG250 data: configure with -DBK_VG250_DIR=<folder with " \
                            "gemeinden.geo.json> (data/setup.sh does)";              \
    } while (false)

std::vector<MultiPolygon> withPrefix(const std::string& prefix,
                                     const Municipalities& m = germany()) {
    std::vector<MultiPolygon> out;
    for (std::size_t i = 0; i < m.ags.size(); ++i)
        if (m.ags[i].rfind(prefix, 0) == 0) out.push_back(m.shapes[i]);
    return out;
}

double totalArea(const std::vector<MultiPolygon>& shapes) {
    double sum = 0;
    for (const MultiPolygon& s : shapes) sum += geo::area(s);
    return sum;
}

// Directed edges of assembled rings, compared exactly.
struct Edge {
    Vec2 from, to;
    friend bool operator==(const Edge&, const Edge&) = default;
};
struct EdgeHash {
    std::size_t operator()(const Edge& e) const {
        std::size_t h = 0;
        for (double v : {e.from.x, e.from.y, e.to.x, e.to.y})
            h = h * 0x9E3779B97F4A7C15ULL + std::hash<double>{}(v);
        return h;
    }
};

// Length of the arcs with a feature on one side only.
double outerLength(const geo::Topology& t) {
    double sum = 0;
    for (const Arc& arc : t.arcs)
        if (arc.outer())
            for (std::size_t i = 0; i + 1 < arc.points.size(); ++i)
                sum += length(arc.points[i + 1] - arc.points[i]);
    return sum;
}

// The properties every level of detail must have, checked on the municipalities whose AGS
// starts with `prefix`.
void checkCoverage(const std::string& prefix, std::size_t expectedFeatures) {
    const std::vector<MultiPolygon> features = withPrefix(prefix);
    ASSERT_EQ(features.size(), expectedFeatures);
    const geo::Topology t = geo::buildTopology(features);
    // Where neighbours did not share their vertices exactly, their common boundary would be two
    // outer arcs: the outer boundary would be longer than that of the districts around them.
    static const Municipalities districts = readAreas(BK_VG250_DIR "/kreise.geo.json");
    const double outer = outerLength(t);
    const double districtOuter = outerLength(geo::buildTopology(withPrefix(prefix, districts)));
    std::cout << "  outer boundary " << outer / 1000 << " km, of the districts "
              << districtOuter / 1000 << " km\n";
    const geo::TopologyStats& st = t.stats;
    std::cout << "  " << features.size() << " features: " << st.inputVertices << " vertices ("
              << st.distinctVertices << " distinct, " << st.snappedVertices << " snapped, " << st.sharedVertices
              << " shared by two or more features), " << st.junctions << " junctions, " << st.arcs
              << " arcs (" << st.sharedArcs << " shared, " << st.outerArcs << " outer, "
              << st.closedArcs << " closed), " << st.sharedEdges << " shared and "
              << st.outerEdges << " outer edges, " << st.sideConflicts << " side conflicts\n";
    // A consistent coverage: no two features claim the same side of a boundary, and every edge
    // appears once, as one arc.
    EXPECT_EQ(st.sideConflicts, 0u);
    EXPECT_EQ(st.repeatedVertices, 0u);
    EXPECT_NEAR(outer, districtOuter, 1e-6 * districtOuter);
    EXPECT_EQ(2 * st.sharedEdges + st.outerEdges, st.inputVertices);

    // Every arc is used by exactly the features on its sides: twice when shared, once when outer.
    const std::vector<std::vector<int>> uses = usesPerArc(t);
    std::size_t wrongUse = 0;
    for (std::size_t a = 0; a < t.arcs.size(); ++a) {
        std::vector<int> sides;
        for (int side : {t.arcs[a].left, t.arcs[a].right})
            if (side >= 0) sides.push_back(side);
        std::vector<int> used = uses[a];
        std::sort(sides.begin(), sides.end());
        std::sort(used.begin(), used.end());
        wrongUse += used == sides ? 0 : 1;
    }
    EXPECT_EQ(wrongUse, 0u);

    // Without simplification every feature comes back, exactly but for snapped vertices.
    const double inputArea = totalArea(features);
    std::size_t differing = 0;
    double worstAreaError = 0;
    for (std::size_t f = 0; f < features.size(); ++f) {
        const MultiPolygon back = geo::assemble(t, f);
        differing += sameRings(back, features[f], 0.001) ? 0 : 1;
        const double a = geo::area(features[f]);
        // Same vertices in the same order: the area differs only by the summation order.
        worstAreaError = std::max(worstAreaError, std::abs(geo::area(back) - a) / a);
    }
    EXPECT_EQ(differing, 0u);
    // Snapped vertices moved by about 1e-8 m in the real data: the areas by about 1e-12.
    EXPECT_LT(worstAreaError, 1e-10);

    std::size_t previous = geo::simplify(t, 0).vertexCount();
    EXPECT_EQ(previous, st.arcVertices);
    for (double tol : {5.0, 20.0, 80.0, 320.0, 1280.0}) {
        SCOPED_TRACE(tol);
        const geo::SimplifiedArcs s = geo::simplify(t, tol);
        // The assembled rings: each directed edge at most once, and an edge whose reverse is
        // absent lies on an outer arc -- no gaps, no overlaps, nothing drawn twice.
        std::unordered_map<Edge, int, EdgeHash> edges;
        std::vector<MultiPolygon> assembled;
        std::size_t shortRings = 0;
        for (std::size_t f = 0; f < features.size(); ++f) {
            assembled.push_back(geo::assemble(t, s, f));
            for (const geo::Polygon& p : assembled.back()) {
                std::vector<const Ring*> rings{&p.outer};
                for (const Ring& h : p.holes) rings.push_back(&h);
                for (const Ring* r : rings) {
                    shortRings += r->size() < 3 ? 1 : 0;
                    for (std::size_t i = 0; i < r->size(); ++i)
                        ++edges[{(*r)[i], (*r)[(i + 1) % r->size()]}];
                }
            }
        }
        EXPECT_EQ(shortRings, 0u);
        std::size_t twice = 0, total = 0;
        for (const auto& [edge, n] : edges) {
            twice += n > 1 ? 1 : 0;
            total += static_cast<std::size_t>(n);
        }
        std::size_t sharedEdges = 0, outerEdges = 0, unpairedShared = 0;
        double outerLength = 0, outerSegments = 0;
        for (std::size_t a = 0; a < t.arcs.size(); ++a) {
            const std::vector<Vec2>& p = s.arcs[a];
            if (!t.arcs[a].outer()) {
                sharedEdges += p.size() - 1;
                for (std::size_t i = 0; i + 1 < p.size(); ++i)
                    unpairedShared += edges.count({p[i], p[i + 1]}) == 1 &&
                                              edges.count({p[i + 1], p[i]}) == 1
                                          ? 0
                                          : 1;
                continue;
            }
            outerEdges += p.size() - 1;
            for (std::size_t i = 0; i + 1 < p.size(); ++i) outerLength += length(p[i + 1] - p[i]);
            outerSegments += static_cast<double>(p.size() - 1);
        }
        EXPECT_EQ(twice, 0u);  // no edge drawn twice in one direction: no overlap
        EXPECT_EQ(unpairedShared, 0u);  // every shared edge in both neighbours: no gap
        EXPECT_EQ(total, 2 * sharedEdges + outerEdges);  // and nothing else

        // Only the outer boundary changes the total area, and Douglas–Peucker keeps it within
        // tol of every simplified segment: within a stadium of 2·tol·length + π·tol² each.
        const double area = totalArea(assembled);
        const double bound = 2 * tol * outerLength + std::numbers::pi * tol * tol * outerSegments;
        EXPECT_LE(std::abs(area - inputArea), bound);
        EXPECT_LT(std::abs(area - inputArea) / inputArea, tol <= 80 ? 1e-3 : 2e-2);

        const std::size_t count = s.vertexCount();
        EXPECT_LT(count, previous);
        std::cout << "  tolerance " << tol << " m: " << count << " arc vertices, total area "
                  << (area - inputArea) / inputArea * 100 << " % off\n";
        previous = count;
    }
}

TEST(TopologyRealData, KreisDueren) {
    REQUIRE_REAL_DATA();
    checkCoverage("05358", 15);
}

TEST(TopologyRealData, NordrheinWestfalen) {
    REQUIRE_REAL_DATA();
    checkCoverage("05", 396);
}

TEST(TopologyRealData, Germany) {
    REQUIRE_REAL_DATA();
    checkCoverage("", 11299);
}

}  // namespace
