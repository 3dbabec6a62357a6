#pragma once
// Ear-clipping triangulation of map fills: fast, deterministic, and total. Unlike
// geo::tessellate (GEOS constrained Delaunay), it never throws on bad geometry and adds no
// vertices: every triangle corner is one of the input's vertices. No OpenGL here.
//
// What you get, for every input:
//  - The call terminates and does not crash, whatever the rings look like: either orientation,
//    repeated points, collinear runs, zero-area spikes, self-touching rings, holes touching the
//    shell or each other, self-intersecting rings (e.g. after line simplification), rings of
//    fewer than three points, non-finite coordinates (such points are skipped).
//  - Every index is valid and every triangle is strictly counter-clockwise (positive area) in
//    the input's coordinates (x east, y north).
//  - The same input gives the same triangles, bit for bit.
// For a valid polygon (simple rings; holes inside the shell; rings meeting at most in single
// points) the triangles cover the polygon exactly, without overlaps: their summed area equals
// the polygon's area up to rounding. For an invalid polygon they cover its valid parts; what
// lies in a twisted or overlapping region may stay uncovered.
//
// Exactly collinear vertices and repeated points are not used as triangle corners (they would
// make zero-area triangles). A neighbour's triangle edge may therefore pass through such a
// vertex of a shared boundary (a T-junction); the areas are unaffected.

#include <cstdint>
#include <vector>

#include "geo/tessellate.hpp"
#include "geo/types.hpp"

namespace geo {

// Triangulates every part of `polygon` (outer ring and holes, each in either orientation).
// The mesh's vertices are ALL input vertices, as they are, in input order: part by part, the
// outer ring then its holes, each ring without its (not repeated) closing vertex. Vertices the
// triangles do not use (repeated, collinear or non-finite points) are kept, so vertex k of the
// mesh is always the k-th input vertex. Indices are three per triangle, counter-clockwise.
// Throws std::length_error only if the polygon has 2^32 vertices or more.
TriangleMesh earcut(const MultiPolygon& polygon);

// Appends one part's triangulation to existing buffers (no intermediate mesh), for callers
// that collect many polygons into one vertex and one index buffer:
//  - `vertices` gets all of the part's vertices as in earcut() (outer ring, then the holes);
//  - `indices` gets three per triangle, referring to `vertices`: the part's k-th vertex has
//    index vertices.size() (as it was on entry) + k.
// Nothing already in the buffers is changed. Same guarantees as earcut(). A part with n
// vertices and h holes gives at most n + 2h - 2 triangles: reserve the buffers for all parts
// beforehand, as growing them in many small steps costs more than the triangulation. Throws
// std::length_error if the indices would not fit into 32 bits.
void earcutInto(const Polygon& part, std::vector<Vec2>& vertices,
                std::vector<std::uint32_t>& indices);

// The same for a float vertex buffer as uploaded to the GPU: the part's vertices are appended
// to `xy` as pairs (float(x - origin.x), float(y - origin.y)), and the k-th of them has index
// xy.size() / 2 (as it was on entry) + k. Throws std::invalid_argument, changing nothing, if
// `xy.size()` is odd; std::length_error as above. The triangulation is
// computed in double precision on the input coordinates, so the triangles are the same as
// earcut()'s; after the conversion to float a tiny triangle may become degenerate.
void earcutInto(const Polygon& part, Vec2 origin, std::vector<float>& xy,
                std::vector<std::uint32_t>& indices);

}  // namespace geo
