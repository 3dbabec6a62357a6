#pragma once
// Thick outlines for the OpenGL core profile, which has no wide lines: each ring becomes a
// strip of triangles whose vertices carry the world position of the line's centre and an
// extrusion vector. The vertex shader moves each vertex by extrude * (width_px / 2) in screen
// space, so one mesh draws crisp outlines of any pixel width at any zoom without re-upload.

#include <cstdint>
#include <vector>

#include "geo/types.hpp"

namespace geo {

// extrude is in world axes (y north; flip y for pixels). +extrude is the left normal of the
// ring's direction of travel: it points into a counter-clockwise ring.
struct StrokeVertex {
    Vec2 position;  // world position on the ring
    Vec2 extrude;   // unit normal scaled by the miter length (|extrude| >= 1, <= miterLimit)
};

struct StrokeMesh {
    // In pairs: the vertex at an even index has +extrude, the next one -extrude (the renderer
    // uses this to know which edge of the line a vertex lies on).
    std::vector<StrokeVertex> vertices;
    std::vector<std::uint32_t> indices;  // triangles
};

// Appends the closed ring's outline to mesh with miter joins. Where the miter would be longer
// than miterLimit (sharp spikes), the join is beveled so nothing shoots out of the corner.
// Consecutive duplicate points are skipped; rings with fewer than 2 distinct points add nothing.
void appendClosedRing(StrokeMesh& mesh, const Ring& ring, double miterLimit = 3.0);

// Appends an open polyline (e.g. a boundary arc between two junctions) with miter joins and
// square caps: each end is extended by half the line's width, so that the lines meeting at a
// junction leave no notch. Consecutive duplicates are skipped; fewer than 2 distinct points
// add nothing. Vertices come in +extrude / -extrude pairs as for rings.
void appendOpenLine(StrokeMesh& mesh, const std::vector<Vec2>& line, double miterLimit = 3.0);

// All rings (outer and holes) of a multipolygon.
StrokeMesh strokeOutline(const MultiPolygon& polygon, double miterLimit = 3.0);

}  // namespace geo
