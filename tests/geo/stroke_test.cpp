#include "geo/stroke.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace geo {
namespace {

const Ring kSquare{{0, 0}, {10, 0}, {10, 10}, {0, 10}};

// Positions as the vertex shader would place them for a line `halfWidth` world units wide
// on each side.
std::vector<Vec2> extruded(const StrokeMesh& mesh, double halfWidth) {
    std::vector<Vec2> points;
    for (const StrokeVertex& v : mesh.vertices)
        points.push_back(v.position + v.extrude * halfWidth);
    return points;
}

void expectValidCounterClockwiseTriangles(const StrokeMesh& mesh) {
    ASSERT_EQ(mesh.indices.size() % 3, 0u);
    const std::vector<Vec2> points = extruded(mesh, 0.01);
    for (std::size_t i = 0; i < mesh.indices.size(); i += 3) {
        ASSERT_LT(mesh.indices[i], points.size());
        ASSERT_LT(mesh.indices[i + 1], points.size());
        ASSERT_LT(mesh.indices[i + 2], points.size());
        const Vec2 a = points[mesh.indices[i]];
        EXPECT_GT(cross(points[mesh.indices[i + 1]] - a, points[mesh.indices[i + 2]] - a), 0)
            << "triangle " << i / 3;
    }
}

const StrokeVertex* vertexWithExtrude(const StrokeMesh& mesh, Vec2 position, Vec2 extrude) {
    for (const StrokeVertex& v : mesh.vertices) {
        if (v.position == position && length(v.extrude - extrude) < 1e-12) return &v;
    }
    return nullptr;
}

TEST(Stroke, SquareHasTwoVerticesPerCornerAndMiterSqrt2) {
    StrokeMesh mesh;
    appendClosedRing(mesh, kSquare);
    EXPECT_EQ(mesh.vertices.size(), 8u);
    EXPECT_EQ(mesh.indices.size(), 24u);  // four quads
    for (const StrokeVertex& v : mesh.vertices) {
        EXPECT_NEAR(length(v.extrude), std::sqrt(2.0), 1e-12);
    }
    // +extrude points into the counter-clockwise ring, -extrude out of it.
    EXPECT_NE(vertexWithExtrude(mesh, {0, 0}, {1, 1}), nullptr);
    EXPECT_NE(vertexWithExtrude(mesh, {0, 0}, {-1, -1}), nullptr);
    EXPECT_NE(vertexWithExtrude(mesh, {10, 0}, {-1, 1}), nullptr);
    EXPECT_NE(vertexWithExtrude(mesh, {10, 10}, {-1, -1}), nullptr);
    EXPECT_NE(vertexWithExtrude(mesh, {0, 10}, {1, -1}), nullptr);
    expectValidCounterClockwiseTriangles(mesh);
}

TEST(Stroke, MiterKeepsTheLineWidthAlongBothSegments) {
    StrokeMesh mesh;
    appendClosedRing(mesh, kSquare);
    // The outer corner of a 2-unit-wide outline lies 1 unit from both edges it joins.
    const StrokeVertex* corner = vertexWithExtrude(mesh, {10, 10}, {1, 1});
    ASSERT_NE(corner, nullptr);
    const Vec2 outer = corner->position + corner->extrude;
    EXPECT_DOUBLE_EQ(outer.x, 11.0);
    EXPECT_DOUBLE_EQ(outer.y, 11.0);
}

TEST(Stroke, StraightJoinsHaveUnitExtrude) {
    StrokeMesh mesh;
    appendClosedRing(mesh, {{0, 0}, {5, 0}, {10, 0}, {10, 10}, {5, 10}, {0, 10}});
    EXPECT_EQ(mesh.vertices.size(), 12u);
    const StrokeVertex* bottom = vertexWithExtrude(mesh, {5, 0}, {0, 1});
    const StrokeVertex* top = vertexWithExtrude(mesh, {5, 10}, {0, -1});
    ASSERT_NE(bottom, nullptr);
    ASSERT_NE(top, nullptr);
    EXPECT_DOUBLE_EQ(length(bottom->extrude), 1.0);
    EXPECT_DOUBLE_EQ(length(top->extrude), 1.0);
    expectValidCounterClockwiseTriangles(mesh);
}

TEST(Stroke, SharpSpikeIsBeveled) {
    // The tip at (100, 5) turns by about 174 degrees: its miter would be about 20 long.
    const Ring spike{{0, 0}, {100, 5}, {0, 10}};
    const double limit = 3.0;
    StrokeMesh mesh;
    appendClosedRing(mesh, spike, limit);
    // Two miter joins of two vertices, one bevel join of four; three quads and a bevel.
    EXPECT_EQ(mesh.vertices.size(), 8u);
    EXPECT_EQ(mesh.indices.size(), 3u * 6u + 3u);
    std::size_t atTip = 0;
    for (const StrokeVertex& v : mesh.vertices) {
        EXPECT_LE(length(v.extrude), limit);
        EXPECT_GE(length(v.extrude), 1.0 - 1e-12);
        if (v.position == Vec2{100, 5}) {
            ++atTip;
            EXPECT_NEAR(length(v.extrude), 1.0, 1e-12);  // the two segments' own normals
        }
    }
    EXPECT_EQ(atTip, 4u);
    expectValidCounterClockwiseTriangles(mesh);

    // With a generous limit the same tip is mitered, and its miter is long.
    StrokeMesh mitered;
    appendClosedRing(mitered, spike, 50.0);
    EXPECT_EQ(mitered.vertices.size(), 6u);
    const double tipMiter =
        std::max(length(mitered.vertices[2].extrude), length(mitered.vertices[3].extrude));
    EXPECT_NEAR(tipMiter, std::hypot(100.0, 5.0) / 5.0, 1e-9);
}

TEST(Stroke, BevelTriangleJoinsTheOuterCorners) {
    const Ring spike{{0, 0}, {100, 5}, {0, 10}};
    StrokeMesh mesh;
    appendClosedRing(mesh, spike);
    // The ring is counter-clockwise, so the tip is a left turn and its outer side is the
    // -extrude side: the bevel must reach both segments' outer normals there.
    const double len = std::hypot(100.0, 5.0);
    const Vec2 outerIn{5 / len, -100 / len};
    const Vec2 outerOut{5 / len, 100 / len};
    const Vec2 tip{100, 5};
    std::size_t bevels = 0;
    for (std::size_t i = 0; i < mesh.indices.size(); i += 3) {
        const StrokeVertex& a = mesh.vertices[mesh.indices[i]];
        const StrokeVertex& b = mesh.vertices[mesh.indices[i + 1]];
        const StrokeVertex& c = mesh.vertices[mesh.indices[i + 2]];
        if (a.position != tip || b.position != tip || c.position != tip) continue;
        ++bevels;
        auto has = [&](Vec2 extrude) {
            return length(a.extrude - extrude) < 1e-12 || length(b.extrude - extrude) < 1e-12 ||
                   length(c.extrude - extrude) < 1e-12;
        };
        EXPECT_TRUE(has(outerIn));
        EXPECT_TRUE(has(outerOut));
    }
    EXPECT_EQ(bevels, 1u);
}

TEST(Stroke, DuplicatePointsAreSkipped) {
    StrokeMesh clean;
    appendClosedRing(clean, kSquare);
    StrokeMesh noisy;
    appendClosedRing(noisy,
                     {{0, 0}, {0, 0}, {10, 0}, {10, 10}, {10, 10}, {10, 10}, {0, 10}, {0, 0}});
    ASSERT_EQ(noisy.vertices.size(), clean.vertices.size());
    EXPECT_EQ(noisy.indices, clean.indices);
    for (std::size_t i = 0; i < clean.vertices.size(); ++i) {
        EXPECT_EQ(noisy.vertices[i].position, clean.vertices[i].position);
        EXPECT_EQ(noisy.vertices[i].extrude, clean.vertices[i].extrude);
    }
}

TEST(Stroke, DegenerateRingsAddNothing) {
    StrokeMesh mesh;
    appendClosedRing(mesh, {});
    appendClosedRing(mesh, {{3, 4}});
    appendClosedRing(mesh, {{3, 4}, {3, 4}, {3, 4}});
    EXPECT_TRUE(mesh.vertices.empty());
    EXPECT_TRUE(mesh.indices.empty());
}

TEST(Stroke, TwoPointRingIsALineWithFlatEnds) {
    StrokeMesh mesh;
    appendClosedRing(mesh, {{0, 0}, {10, 0}});
    // Both ends turn back on themselves and are beveled: four vertices each.
    EXPECT_EQ(mesh.vertices.size(), 8u);
    for (const StrokeVertex& v : mesh.vertices) EXPECT_DOUBLE_EQ(length(v.extrude), 1.0);
}

TEST(Stroke, OutlineCoversOuterRingsAndHolesWithOffsetIndices) {
    Ring hole{{2, 2}, {2, 8}, {8, 8}, {8, 2}};  // clockwise, as holes usually are
    const MultiPolygon polygon{{kSquare, {hole}}, {{{20, 0}, {30, 0}, {25, 8}}, {}}};
    const StrokeMesh mesh = strokeOutline(polygon);
    EXPECT_EQ(mesh.vertices.size(), 8u + 8u + 6u);
    EXPECT_EQ(mesh.indices.size(), 24u + 24u + 18u);
    EXPECT_EQ(*std::max_element(mesh.indices.begin(), mesh.indices.end()), 21u);
    // The second ring's indices start after the first ring's vertices.
    EXPECT_EQ(*std::min_element(mesh.indices.begin() + 24, mesh.indices.begin() + 48), 8u);
    // +extrude of a clockwise hole points out of the hole, into the polygon's area.
    EXPECT_NE(vertexWithExtrude(mesh, {2, 2}, {-1, -1}), nullptr);
    expectValidCounterClockwiseTriangles(mesh);
}

}  // namespace
}  // namespace geo
