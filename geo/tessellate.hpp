#pragma once
// CPU tessellation of polygons into triangles, done once when a layer is loaded; the result
// is uploaded to the GPU as-is. No OpenGL here, so it is testable on its own.

#include <cstdint>
#include <vector>

#include "geo/types.hpp"

namespace geo {

struct TriangleMesh {
    std::vector<Vec2> vertices;
    std::vector<std::uint32_t> indices;  // three per triangle, counter-clockwise

    // Sum of the triangles' areas, in squared CRS units.
    double area() const;
};

// Triangulates a (multi)polygon with holes and concave rings (GEOS constrained Delaunay
// triangulation). The triangles cover exactly the polygon: their summed area equals the
// polygon's area. Vertices are shared between triangles (indexed): the input's vertices, plus
// vertices on cut lines where GEOS gave up on a valid polygon (e.g. a hole touching the shell)
// and the polygon was cut into pieces. Throws GeoError on an invalid polygon (with GEOS's
// reason) or if GEOS fails.
TriangleMesh tessellate(const MultiPolygon& polygon);

}  // namespace geo
