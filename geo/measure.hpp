#pragma once
// Spatial measures on plain geometry: areas, validity, containment, label points and the
// adjacency of polygons. Uses GEOS where it matters; callers never see a GEOS handle.

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "geo/types.hpp"

namespace geo {

// Signed shoelace area of a ring: positive when counter-clockwise.
double signedArea(const Ring& ring);

// Area of a (multi)polygon: outer rings minus holes, whatever the ring orientation.
double area(const MultiPolygon& polygon);

// Even-odd point-in-polygon test over all rings (holes excluded). Points on the boundary may
// go either way.
bool contains(const MultiPolygon& polygon, Vec2 point);

// Empty string when GEOS considers the polygon valid, else GEOS's reason
// (e.g. "Self-intersection[322000 5630000]").
std::string invalidReason(const MultiPolygon& polygon);

// A valid polygon made of an invalid one by GEOS MakeValid (the "structure" method: shells
// unioned, holes subtracted, collapsed parts dropped), keeping only the polygonal parts.
// `areaBefore` is the shoelace area of the input (outer rings minus holes), `areaAfter` the
// repaired polygon's area. Throws GeoError with GEOS's words when GEOS fails or the result is
// still invalid or empty.
struct RepairedPolygon {
    MultiPolygon shape;
    double areaBefore = 0;
    double areaAfter = 0;
    // |areaAfter - areaBefore| / areaBefore (0 when both are 0, 1 when only the input is 0).
    double relativeChange() const;
};
RepairedPolygon makeValid(const MultiPolygon& polygon);

// The union of polygons (GEOS unary union), e.g. the outline of a Land from its districts.
MultiPolygon unite(const std::vector<MultiPolygon>& polygons);

// A point well inside the polygon for placing its label: the centre of the maximum inscribed
// circle of the largest part (GEOS MaximumInscribedCircle), to a tolerance of `tolerance`
// CRS units. Second of the pair is that circle's radius.
std::pair<Vec2, double> labelPoint(const MultiPolygon& polygon, double tolerance);

// Pairs (i, j), i < j, of polygons that touch or overlap (share at least a boundary point
// within `tolerance` CRS units). Polygons that meet only at a corner count as adjacent, so they
// get different colours too. Used to give neighbouring municipalities different colours.
std::vector<std::pair<std::size_t, std::size_t>> adjacentPairs(
    const std::vector<MultiPolygon>& polygons, double tolerance);

// Greedy graph colouring: a colour index per polygon, neighbours never equal, using at most
// `colours` colours where the graph allows (otherwise colours are reused as little as possible).
std::vector<int> colourGraph(std::size_t count,
                             const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                             int colours);

// Intersection of the polygon with a rectangle (GEOS clip), e.g. the part of a neighbouring
// district that is near the study area. Empty when they do not meet.
MultiPolygon clip(const MultiPolygon& polygon, const Box& box);

}  // namespace geo
