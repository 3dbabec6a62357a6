#include "geo/tessellate.hpp"

#include <array>
#include <cmath>
#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>

#include "geo/error.hpp"
#include "geo/geos_util.hpp"

namespace geo {

namespace {

// Exact-coordinate hash: the triangles reuse the input coordinates bit for bit, so equal
// vertices are equal doubles. Adding 0.0 folds -0.0 into +0.0, which compare equal.
struct ExactHash {
    std::size_t operator()(Vec2 p) const {
        const std::size_t hx = std::hash<double>{}(p.x + 0.0);
        const std::size_t hy = std::hash<double>{}(p.y + 0.0);
        return hx ^ (hy + 0x9e3779b97f4a7c15ULL + (hx << 6) + (hx >> 2));
    }
};

class MeshBuilder {
  public:
    void addTriangle(std::array<Vec2, 3> corners) {
        const double doubleArea = cross(corners[1] - corners[0], corners[2] - corners[0]);
        if (doubleArea == 0) return;  // a sliver adds no area and would break the CCW promise
        if (doubleArea < 0) std::swap(corners[1], corners[2]);
        for (Vec2 corner : corners) mesh_.indices.push_back(indexOf(corner));
    }

    TriangleMesh take() { return std::move(mesh_); }

  private:
    std::uint32_t indexOf(Vec2 p) {
        const auto [it, inserted] =
            index_.try_emplace(p, static_cast<std::uint32_t>(mesh_.vertices.size()));
        if (inserted) mesh_.vertices.push_back(p);
        return it->second;
    }

    TriangleMesh mesh_;
    std::unordered_map<Vec2, std::uint32_t, ExactHash> index_;
};

std::array<Vec2, 3> triangleCorners(const geos::Context& context, const GEOSGeometry& triangle) {
    const GEOSGeometry* ring = GEOSGetExteriorRing_r(context.handle(), &triangle);
    const GEOSCoordSequence* sequence =
        ring ? GEOSGeom_getCoordSeq_r(context.handle(), ring) : nullptr;
    unsigned size = 0;
    if (!sequence || !GEOSCoordSeq_getSize_r(context.handle(), sequence, &size) || size != 4) {
        context.fail("read a triangle");
    }
    std::array<double, 8> xy{};
    if (!GEOSCoordSeq_copyToBuffer_r(context.handle(), sequence, xy.data(), 0, 0)) {
        context.fail("read a triangle");
    }
    return {Vec2{xy[0], xy[1]}, Vec2{xy[2], xy[3]}, Vec2{xy[4], xy[5]}};
}

// GEOS's hole joiner gives up on some valid polygons ("Unable to find a convex corner", e.g.
// for a hole that touches the shell; libgeos/geos#1283). Cutting such a polygon in two across
// the middle of its extent and triangulating the halves on their own gets around it, as a cut
// through the hole opens it. Cuts add vertices on the cut line only, and the halves' areas add
// up to the whole. Eight levels of cuts allow up to 256 pieces before giving up.
constexpr int kMaxCutDepth = 8;

std::array<Box, 2> halves(const geos::Context& context, const GEOSGeometry& geometry) {
    Box extent;
    if (!GEOSGeom_getExtent_r(context.handle(), &geometry, &extent.minx, &extent.miny, &extent.maxx,
                              &extent.maxy)) {
        context.fail("measure a polygon's extent");
    }
    Box first = extent;
    Box second = extent;
    if (extent.width() >= extent.height()) {
        first.maxx = second.minx = extent.center().x;
    } else {
        first.maxy = second.miny = extent.center().y;
    }
    return {first, second};
}

void triangulate(const geos::Context& context, const GEOSGeometry& polygonal, int cutsLeft,
                 MeshBuilder& builder) {
    GEOSGeometry* result = GEOSConstrainedDelaunayTriangulation_r(context.handle(), &polygonal);
    if (!result) {
        if (cutsLeft == 0) context.fail("triangulate a polygon");
        for (const Box& half : halves(context, polygonal)) {
            triangulate(context, *geos::intersectBox(context, polygonal, half), cutsLeft - 1,
                        builder);
        }
        return;
    }
    const geos::GeometryPtr triangles = context.own(result, "triangulate a polygon");
    const int count = GEOSGetNumGeometries_r(context.handle(), triangles.get());
    if (count < 0) context.fail("count the triangles");
    for (int i = 0; i < count; ++i) {
        const GEOSGeometry* triangle = GEOSGetGeometryN_r(context.handle(), triangles.get(), i);
        if (!triangle) context.fail("read a triangle");
        builder.addTriangle(triangleCorners(context, *triangle));
    }
}

}  // namespace

double TriangleMesh::area() const {
    double doubleArea = 0;
    for (std::size_t i = 0; i + 2 < indices.size(); i += 3) {
        const Vec2 a = vertices[indices[i]];
        doubleArea += std::abs(cross(vertices[indices[i + 1]] - a, vertices[indices[i + 2]] - a));
    }
    return doubleArea / 2;
}

TriangleMesh tessellate(const MultiPolygon& polygon) {
    const geos::Context context;
    const geos::GeometryPtr geometry = geos::toGeos(context, polygon);
    // GEOS triangulates some invalid polygons without complaint, but then the triangles do not
    // cover the polygon; refusing them keeps the area promise.
    if (const std::string reason = geos::invalidReason(context, *geometry); !reason.empty()) {
        throw GeoError("Cannot tessellate an invalid polygon: " + reason + ".");
    }
    MeshBuilder builder;
    triangulate(context, *geometry, kMaxCutDepth, builder);
    return builder.take();
}

}  // namespace geo
