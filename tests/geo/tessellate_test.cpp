#include "geo/tessellate.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <string>

#include "geo/error.hpp"
#include "geo/measure.hpp"
#include "shapes.hpp"

namespace geo {
namespace {

using testshapes::kX;
using testshapes::kY;
using testshapes::rect;
using testshapes::shifted;

std::size_t inputVertexCount(const MultiPolygon& polygon) {
    std::size_t count = 0;
    for (const Polygon& part : polygon) {
        count += part.outer.size();
        for (const Ring& hole : part.holes) count += hole.size();
    }
    return count;
}

// The properties every tessellation must have; the expected area is computed independently.
TriangleMesh expectExactCover(const MultiPolygon& polygon, double expectedArea) {
    const TriangleMesh mesh = tessellate(polygon);
    EXPECT_FALSE(mesh.indices.empty());
    EXPECT_EQ(mesh.indices.size() % 3, 0u);
    EXPECT_NEAR(mesh.area(), expectedArea, 1e-6 * expectedArea);

    for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
        EXPECT_LT(mesh.indices[i], mesh.vertices.size());
        EXPECT_LT(mesh.indices[i + 1], mesh.vertices.size());
        EXPECT_LT(mesh.indices[i + 2], mesh.vertices.size());
        const Vec2 a = mesh.vertices.at(mesh.indices[i]);
        const Vec2 b = mesh.vertices.at(mesh.indices[i + 1]);
        const Vec2 c = mesh.vertices.at(mesh.indices[i + 2]);
        EXPECT_GT(cross(b - a, c - a), 0) << "triangle " << i / 3 << " is not counter-clockwise";
    }

    auto hasVertex = [&](Vec2 p) {
        return std::find(mesh.vertices.begin(), mesh.vertices.end(), p) != mesh.vertices.end();
    };
    for (const Polygon& part : polygon) {
        for (Vec2 p : part.outer) EXPECT_TRUE(hasVertex(p)) << p.x << " " << p.y;
        for (const Ring& hole : part.holes) {
            for (Vec2 p : hole) EXPECT_TRUE(hasVertex(p)) << p.x << " " << p.y;
        }
    }
    return mesh;
}

// Indexed and straight from GEOS: each input vertex exactly once, nothing added.
void expectExactCoverWithInputVertices(const MultiPolygon& polygon, double expectedArea) {
    const TriangleMesh mesh = expectExactCover(polygon, expectedArea);
    EXPECT_EQ(mesh.vertices.size(), inputVertexCount(polygon));
}

TEST(Tessellate, Square) {
    const MultiPolygon square{{rect(0, 0, 100, 100), {}}};
    const TriangleMesh mesh = tessellate(square);
    EXPECT_EQ(mesh.vertices.size(), 4u);
    EXPECT_EQ(mesh.indices.size(), 6u);
    EXPECT_DOUBLE_EQ(mesh.area(), 10000.0);
    expectExactCoverWithInputVertices(square, 10000);
}

TEST(Tessellate, ClockwiseSquareGivesCounterClockwiseTriangles) {
    Ring ring = rect(0, 0, 10, 20);
    std::reverse(ring.begin(), ring.end());
    expectExactCoverWithInputVertices({{ring, {}}}, 200);
}

TEST(Tessellate, ConcaveLShape) {
    // 30 x 30 minus the 20 x 20 upper right: 900 - 400.
    const MultiPolygon shape{
        {shifted({{0, 0}, {30, 0}, {30, 10}, {10, 10}, {10, 30}, {0, 30}}), {}}};
    expectExactCoverWithInputVertices(shape, 500);
}

TEST(Tessellate, ConcaveUShape) {
    // 50 x 40 minus the 30 x 30 notch: 2000 - 900.
    const MultiPolygon shape{
        {shifted({{0, 0}, {50, 0}, {50, 40}, {40, 40}, {40, 10}, {10, 10}, {10, 40}, {0, 40}}),
         {}}};
    expectExactCoverWithInputVertices(shape, 1100);
}

TEST(Tessellate, OneHole) {
    const MultiPolygon shape{{rect(0, 0, 100, 100), {rect(20, 30, 60, 70)}}};
    expectExactCoverWithInputVertices(shape, 10000 - 1600);
}

TEST(Tessellate, TwoHolesOneClockwise) {
    Ring second = rect(70, 10, 90, 90);
    std::reverse(second.begin(), second.end());
    const MultiPolygon shape{{rect(0, 0, 100, 100), {rect(10, 10, 50, 40), second}}};
    expectExactCoverWithInputVertices(shape, 10000 - 1200 - 1600);
}

TEST(Tessellate, ConcaveShellWithHole) {
    const MultiPolygon shape{
        {shifted({{0, 0}, {60, 0}, {60, 20}, {20, 20}, {20, 60}, {0, 60}}), {rect(5, 5, 15, 15)}}};
    expectExactCoverWithInputVertices(shape, 3600 - 1600 - 100);
}

TEST(Tessellate, MultiPolygon) {
    const MultiPolygon shape{{rect(0, 0, 10, 10), {}},
                             {rect(20, 0, 50, 10), {rect(25, 2, 30, 8)}},
                             {shifted({{0, 20}, {30, 20}, {15, 40}}), {}}};
    expectExactCoverWithInputVertices(shape, 100 + (300 - 30) + 300);
}

TEST(Tessellate, AreaMatchesMeasureOnAStar) {
    Ring star;
    for (int i = 0; i < 40; ++i) {
        const double angle = 2 * std::numbers::pi * i / 40;
        const double radius = i % 2 ? 400 : 1000;
        star.push_back({kX + radius * std::cos(angle), kY + radius * std::sin(angle)});
    }
    const MultiPolygon shape{{star, {rect(-50, -50, 50, 50)}}};
    expectExactCoverWithInputVertices(shape, area(shape));
}

TEST(Tessellate, HoleTouchingTheShell) {
    // Valid, but GEOS 3.11's triangulator gives up on it ("Unable to find a convex corner"):
    // tessellate cuts it in two and triangulates the halves.
    const MultiPolygon shape{{rect(0, 0, 100, 100), {shifted({{0, 50}, {30, 40}, {30, 60}})}}};
    const TriangleMesh mesh = expectExactCover(shape, 10000 - 300);
    EXPECT_GT(mesh.vertices.size(), inputVertexCount(shape));  // the cut's own vertices
}

TEST(Tessellate, HoleTouchingTheShellNearACornerAndChainedHoles) {
    const MultiPolygon corner{
        {rect(0, 0, 10000, 10000), {shifted({{10000, 9000}, {9990, 9010}, {9990, 8990}})}}};
    expectExactCover(corner, 1e8 - 100);
    const MultiPolygon chain{
        {rect(0, 0, 100, 100),
         {shifted({{0, 50}, {30, 40}, {30, 60}}), shifted({{30, 60}, {50, 70}, {40, 80}})}}};
    expectExactCover(chain, 10000 - 300 - 150);
}

TEST(Tessellate, EmptyGivesEmptyMesh) {
    const TriangleMesh mesh = tessellate({});
    EXPECT_TRUE(mesh.vertices.empty());
    EXPECT_TRUE(mesh.indices.empty());
    EXPECT_EQ(mesh.area(), 0);
}

TEST(Tessellate, InvalidPolygonThrowsWithReason) {
    const MultiPolygon bowTie{{shifted({{0, 0}, {10, 10}, {10, 0}, {0, 10}}), {}}};
    try {
        tessellate(bowTie);
        FAIL() << "expected GeoError";
    } catch (const GeoError& error) {
        EXPECT_NE(std::string(error.what()).find("Self-intersection"), std::string::npos)
            << error.what();
    }
}

TEST(Tessellate, TooShortRingThrows) {
    const MultiPolygon line{{shifted({{0, 0}, {10, 10}}), {}}};
    EXPECT_THROW(tessellate(line), GeoError);
}

}  // namespace
}  // namespace geo
