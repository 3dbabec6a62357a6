#include "geo/topology.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <unordered_map>
#include <utility>

namespace geo {

namespace {

constexpr std::uint32_t kNone = std::numeric_limits<std::uint32_t>::max();
constexpr double kInf = std::numeric_limits<double>::infinity();

std::uint64_t bitsOf(double v) {
    if (v == 0) v = 0;  // -0.0 and 0.0 are the same coordinate
    return std::bit_cast<std::uint64_t>(v);
}

std::uint64_t mix(std::uint64_t z) {  // splitmix64's finaliser
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Distinct coordinates: an open-addressing table of vertex indices (linear probing), keyed by
// the exact bits; std::unordered_map costs an allocation per entry, which dominates with
// millions of vertices. With snap > 0, a point missing from it is looked up in a grid and merged
// into the nearest vertex within `snap`. The grid's cells are 64 × snap wide, so a point needs
// to look beyond its own cell only when it lies within `snap` of the cell's border (about 6 %
// of the points), and real vertices, metres apart, almost never share a cell.
class VertexTable {
  public:
    VertexTable(std::size_t expected, double snap) : cellSize_(64 * snap), snap_(snap) {
        std::size_t capacity = 16;
        while (capacity < 2 * expected) capacity *= 2;
        slots_.assign(capacity, kNone);
        mask_ = capacity - 1;
        coords_.reserve(expected);
        if (snap_ > 0) cells_.assign(capacity, kNone);
    }

    // The index of `p`, a new one when neither it nor a vertex within `snap` was seen before.
    // `snapped` is set when p was merged into another vertex.
    std::uint32_t intern(Vec2 p, bool* snapped = nullptr) {
        const std::uint64_t bx = bitsOf(p.x), by = bitsOf(p.y);
        std::size_t i = mix(bx ^ mix(by)) & mask_;
        while (true) {
            const std::uint32_t id = slots_[i];
            if (id == kNone) break;
            if (bitsOf(coords_[id].x) == bx && bitsOf(coords_[id].y) == by) return id;
            i = (i + 1) & mask_;
        }
        if (snap_ > 0) {
            const std::uint32_t near = nearest(p);
            if (near != kNone) {
                if (snapped) *snapped = true;
                return near;
            }
        }
        const auto id = static_cast<std::uint32_t>(coords_.size());
        slots_[i] = id;
        coords_.push_back(p);
        if (snap_ > 0) {
            std::size_t j = cellSlot(cell(p.x), cell(p.y));
            while (cells_[j] != kNone) j = (j + 1) & mask_;
            cells_[j] = id;
        }
        return id;
    }

    const std::vector<Vec2>& coords() const { return coords_; }

  private:
    std::int64_t cell(double v) const { return static_cast<std::int64_t>(std::floor(v / cellSize_)); }
    std::size_t cellSlot(std::int64_t x, std::int64_t y) const {
        return mix(static_cast<std::uint64_t>(x) ^ mix(static_cast<std::uint64_t>(y))) & mask_;
    }

    // The vertex nearest to p within snap_, or kNone.
    std::uint32_t nearest(Vec2 p) const {
        const std::int64_t cx = cell(p.x), cy = cell(p.y);
        // Neighbouring cells only where p is within snap_ of the border towards them.
        const double ox = p.x - static_cast<double>(cx) * cellSize_;
        const double oy = p.y - static_cast<double>(cy) * cellSize_;
        const std::int64_t x0 = ox < snap_ ? -1 : 0, x1 = ox > cellSize_ - snap_ ? 1 : 0;
        const std::int64_t y0 = oy < snap_ ? -1 : 0, y1 = oy > cellSize_ - snap_ ? 1 : 0;
        std::uint32_t best = kNone;
        double bestD2 = snap_ * snap_;
        for (std::int64_t dx = x0; dx <= x1; ++dx)
            for (std::int64_t dy = y0; dy <= y1; ++dy)
                for (std::size_t j = cellSlot(cx + dx, cy + dy); cells_[j] != kNone;
                     j = (j + 1) & mask_) {
                    const Vec2 q = coords_[cells_[j]];
                    if (cell(q.x) != cx + dx || cell(q.y) != cy + dy) continue;
                    const Vec2 d = q - p;
                    if (dot(d, d) <= bestD2) {
                        bestD2 = dot(d, d);
                        best = cells_[j];
                    }
                }
        return best;
    }

    double cellSize_, snap_;
    std::vector<std::uint32_t> slots_;
    std::vector<std::uint32_t> cells_;  // vertex indices, hashed by their grid cell
    std::vector<Vec2> coords_;
    std::size_t mask_ = 0;
};

// One input ring after dropping repeated vertices: its vertex indices in ids[begin, begin+size).
struct RingInput {
    int feature = 0;
    std::size_t polygon = 0;  // index in the output ArcFeature
    bool hole = false;
    bool featureOnLeft = true;
    std::size_t begin = 0;
    std::size_t size = 0;
};

double shoelace(const Ring& ring) {
    double sum = 0;
    const Vec2 o = ring.front();  // relative to a vertex: UTM coordinates lose digits otherwise
    for (std::size_t i = 1; i + 1 < ring.size(); ++i)
        sum += cross(ring[i] - o, ring[i + 1] - o);
    return sum / 2;
}

// Squared distance from p to the segment ab (to a when a == b).
double squaredSegmentDistance(Vec2 p, Vec2 a, Vec2 b) {
    const Vec2 ab = b - a, ap = p - a;
    const double len2 = dot(ab, ab);
    double t = len2 > 0 ? dot(ap, ab) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const Vec2 d = ap - ab * t;
    return dot(d, d);
}

// Douglas–Peucker's split of points (lo, hi): the interior point farthest from the segment
// lo–hi (the first of equals), and its distance. Requires hi >= lo + 2.
std::pair<std::size_t, double> farthest(const std::vector<Vec2>& p, std::size_t lo,
                                        std::size_t hi) {
    std::size_t best = lo + 1;
    double bestD2 = -1;
    for (std::size_t i = lo + 1; i < hi; ++i) {
        const double d2 = squaredSegmentDistance(p[i], p[lo], p[hi]);
        if (d2 > bestD2) {
            bestD2 = d2;
            best = i;
        }
    }
    return {best, std::sqrt(bestD2)};
}

// Douglas–Peucker weights of one arc: weight[i] is the largest tolerance at which the
// recursion keeps point i, i.e. the smallest split distance on its path from the root, so that
// "weight > t" is exactly Douglas–Peucker at t. Points already set to +infinity (pins) stay.
void computeWeights(Arc& arc) {
    const std::size_t n = arc.points.size();
    arc.weight.front() = kInf;
    arc.weight.back() = kInf;
    struct Range {
        std::size_t lo, hi;
        double cap;
    };
    std::vector<Range> stack{{0, n - 1, kInf}};
    while (!stack.empty()) {
        const Range r = stack.back();
        stack.pop_back();
        if (r.hi < r.lo + 2) continue;
        const auto [m, d] = farthest(arc.points, r.lo, r.hi);
        double& w = arc.weight[m];
        w = w == kInf ? kInf : std::min(d, r.cap);
        stack.push_back({r.lo, m, w});
        stack.push_back({m, r.hi, w});
    }
}

// Keeps at least 3 distinct vertices in a ring whose arcs end at fewer than 3 distinct
// junctions: pins `need` interior points, always the most important of the splits not yet
// taken (the Douglas–Peucker roots of the ring's arcs first, then their children), so that
// every pinned point's ancestors are pinned as well and the distance bound still holds.
void pinPoints(std::vector<Arc>& arcs, const ArcRing& ring, std::size_t need) {
    struct Split {
        std::uint32_t arc;
        std::size_t lo, hi, m;
        double d;
    };
    std::vector<Split> frontier;
    auto push = [&](std::uint32_t a, std::size_t lo, std::size_t hi) {
        if (hi < lo + 2) return;
        const auto [m, d] = farthest(arcs[a].points, lo, hi);
        frontier.push_back({a, lo, hi, m, d});
    };
    std::vector<std::uint32_t> seen;
    for (const ArcRef& r : ring) {
        if (std::find(seen.begin(), seen.end(), r.arc) != seen.end()) continue;
        seen.push_back(r.arc);
        push(r.arc, 0, arcs[r.arc].points.size() - 1);
    }
    while (need > 0 && !frontier.empty()) {
        const auto best = std::max_element(frontier.begin(), frontier.end(),
                                           [](const Split& a, const Split& b) { return a.d < b.d; });
        const Split s = *best;
        frontier.erase(best);
        arcs[s.arc].weight[s.m] = kInf;
        --need;
        push(s.arc, s.lo, s.m);
        push(s.arc, s.m, s.hi);
    }
}

// The ring through the arcs; pointsOf(arc index) gives an arc's points.
template <class PointsOf>
void appendRing(const PointsOf& pointsOf, const ArcRing& ring, Ring& out) {
    out.clear();
    for (const ArcRef& r : ring) {
        const std::vector<Vec2>& p = pointsOf(r.arc);
        const std::size_t skip = out.empty() ? 0 : 1;  // the previous arc's last point
        if (r.reversed)
            out.insert(out.end(), p.rbegin() + static_cast<std::ptrdiff_t>(skip), p.rend());
        else
            out.insert(out.end(), p.begin() + static_cast<std::ptrdiff_t>(skip), p.end());
    }
    if (out.size() > 1) out.pop_back();  // the closing point, equal to the first
}

template <class PointsOf>
MultiPolygon assembleWith(const Topology& topology, std::size_t feature, const PointsOf& pointsOf) {
    MultiPolygon out;
    auto dropped = [&](const ArcRing& ring) {
        return std::any_of(ring.begin(), ring.end(),
                           [&](const ArcRef& r) { return pointsOf(r.arc).empty(); });
    };
    for (const ArcPolygon& polygon : topology.features.at(feature)) {
        if (dropped(polygon.outer)) continue;
        Polygon& p = out.emplace_back();
        appendRing(pointsOf, polygon.outer, p.outer);
        for (const ArcRing& hole : polygon.holes) {
            if (dropped(hole)) continue;
            appendRing(pointsOf, hole, p.holes.emplace_back());
        }
    }
    return out;
}

}  // namespace

Topology buildTopology(const std::vector<MultiPolygon>& features, double snap) {
    Topology topo;
    TopologyStats& stats = topo.stats;
    topo.features.resize(features.size());
    topo.largestPart.assign(features.size(), 0);

    std::size_t expected = 0;
    for (const MultiPolygon& mp : features)
        for (const Polygon& p : mp) {
            expected += p.outer.size();
            for (const Ring& h : p.holes) expected += h.size();
        }
    stats.inputVertices = expected;

    // Vertex indices per ring, repeats dropped; which side each ring's feature lies on.
    VertexTable table(expected, snap);
    std::vector<std::uint32_t> ids;
    ids.reserve(expected);
    std::vector<RingInput> rings;
    std::vector<double> partArea(features.size(), -1);
    auto addRing = [&](const Ring& ring, int feature, std::size_t polygon, bool hole) {
        const std::size_t begin = ids.size();
        for (Vec2 p : ring) {
            bool snapped = false;
            const std::uint32_t id = table.intern(p, &snapped);
            stats.snappedVertices += snapped ? 1 : 0;
            if (ids.size() > begin && ids.back() == id) {
                ++stats.repeatedVertices;
                continue;
            }
            ids.push_back(id);
        }
        while (ids.size() > begin + 1 && ids.back() == ids[begin]) {
            ids.pop_back();
            ++stats.repeatedVertices;
        }
        const std::size_t size = ids.size() - begin;
        if (size < 3) {  // nothing of a ring is left; counted as repeats only when repeated
            ids.resize(begin);
            return false;
        }
        const double area = shoelace(ring);
        rings.push_back({feature, polygon, hole, (area >= 0) != hole, begin, size});
        if (!hole && std::abs(area) > partArea[feature]) {
            partArea[feature] = std::abs(area);
            topo.largestPart[feature] = polygon;
        }
        return true;
    };
    for (std::size_t f = 0; f < features.size(); ++f) {
        const int feature = static_cast<int>(f);
        for (const Polygon& p : features[f]) {
            const std::size_t polygon = topo.features[f].size();
            if (!addRing(p.outer, feature, polygon, false)) continue;
            topo.features[f].emplace_back();
            for (const Ring& h : p.holes) addRing(h, feature, polygon, true);
        }
    }
    const std::vector<Vec2>& coords = table.coords();
    stats.distinctVertices = coords.size();

    // Junctions: vertices whose neighbours along the rings are not always the same pair.
    const std::size_t nv = coords.size();
    std::vector<std::uint32_t> nbA(nv, kNone), nbB(nv, kNone);
    std::vector<char> junction(nv, 0);
    std::vector<int> firstFeature(nv, -1);
    std::vector<char> shared(nv, 0);
    for (const RingInput& r : rings) {
        const std::uint32_t* v = ids.data() + r.begin;
        for (std::size_t i = 0; i < r.size; ++i) {
            const std::uint32_t id = v[i];
            std::uint32_t a = v[i == 0 ? r.size - 1 : i - 1], b = v[i + 1 == r.size ? 0 : i + 1];
            if (a > b) std::swap(a, b);
            if (nbA[id] == kNone) {
                nbA[id] = a;
                nbB[id] = b;
                if (a == b) junction[id] = 1;  // the tip of a spike
            } else if (nbA[id] != a || nbB[id] != b) {
                junction[id] = 1;
            }
            if (firstFeature[id] < 0) firstFeature[id] = r.feature;
            else if (firstFeature[id] != r.feature) shared[id] = 1;
        }
    }
    for (std::size_t i = 0; i < nv; ++i) {
        stats.junctions += junction[i] ? 1 : 0;
        stats.sharedVertices += shared[i] ? 1 : 0;
    }

    // Arcs. Each arc is found again by its first directed edge: from a junction the chain is
    // determined by the first step, and the reversed chain by its own first step. A closed arc
    // starts at its smallest vertex index, so every ring running through it finds the same key.
    std::unordered_map<std::uint64_t, std::uint32_t> byFirstEdge;  // arc << 1 | reversed
    byFirstEdge.reserve(rings.size() * 4);
    auto key = [](std::uint32_t a, std::uint32_t b) {
        return (static_cast<std::uint64_t>(a) << 32) | b;
    };
    std::vector<std::uint32_t> chain;
    auto useChain = [&](const RingInput& r, ArcRing& out) {
        std::uint32_t arcIndex;
        bool reversed;
        const auto found = byFirstEdge.find(key(chain[0], chain[1]));
        if (found != byFirstEdge.end()) {
            arcIndex = found->second >> 1;
            reversed = (found->second & 1) != 0;
        } else {
            arcIndex = static_cast<std::uint32_t>(topo.arcs.size());
            reversed = false;
            Arc arc;
            arc.points.reserve(chain.size());
            for (std::uint32_t id : chain) arc.points.push_back(coords[id]);
            arc.weight.assign(chain.size(), -1);
            topo.arcs.push_back(std::move(arc));
            const std::size_t k = chain.size() - 1;
            byFirstEdge.emplace(key(chain[0], chain[1]), arcIndex << 1);
            byFirstEdge.emplace(key(chain[k], chain[k - 1]), arcIndex << 1 | 1);
        }
        Arc& arc = topo.arcs[arcIndex];
        int& side = (r.featureOnLeft != reversed) ? arc.left : arc.right;
        if (side < 0) side = r.feature;
        else if (side != r.feature) ++stats.sideConflicts;
        out.push_back({arcIndex, reversed});
    };
    for (const RingInput& r : rings) {
        const std::uint32_t* v = ids.data() + r.begin;
        ArcPolygon& polygon = topo.features[r.feature][r.polygon];
        ArcRing* out;
        if (r.hole) {
            polygon.holes.emplace_back();
            out = &polygon.holes.back();
        } else {
            out = &polygon.outer;
        }
        std::size_t start = 0;
        while (start < r.size && !junction[v[start]]) ++start;
        if (start == r.size) {  // no junction: one closed arc from the smallest vertex index
            start = static_cast<std::size_t>(std::min_element(v, v + r.size) - v);
            chain.clear();
            for (std::size_t i = 0; i <= r.size; ++i) chain.push_back(v[(start + i) % r.size]);
            useChain(r, *out);
            continue;
        }
        chain.assign(1, v[start]);
        for (std::size_t i = 1; i <= r.size; ++i) {
            const std::uint32_t id = v[(start + i) % r.size];
            chain.push_back(id);
            if (junction[id]) {
                useChain(r, *out);
                chain.assign(1, id);
            }
        }
    }

    // Pins where a ring would otherwise fall below 3 distinct vertices, then the weights.
    std::vector<std::uint32_t> ends;
    auto pinRing = [&](const ArcRing& ring) {
        ends.clear();
        for (const ArcRef& r : ring) {
            const Arc& arc = topo.arcs[r.arc];
            for (Vec2 p : {arc.points.front(), arc.points.back()}) {
                const std::uint32_t id = table.intern(p);
                if (std::find(ends.begin(), ends.end(), id) == ends.end()) ends.push_back(id);
            }
        }
        if (ends.size() < 3) pinPoints(topo.arcs, ring, 3 - ends.size());
    };
    for (const ArcFeature& feature : topo.features)
        for (const ArcPolygon& polygon : feature) {
            pinRing(polygon.outer);
            for (const ArcRing& hole : polygon.holes) pinRing(hole);
        }
    for (Arc& arc : topo.arcs) {
        for (double& w : arc.weight)
            if (w != kInf) w = 0;
        computeWeights(arc);
    }

    stats.arcs = topo.arcs.size();
    for (const Arc& arc : topo.arcs) {
        const std::size_t edges = arc.points.size() - 1;
        stats.arcVertices += arc.points.size();
        stats.closedArcs += arc.closed() && !junction[table.intern(arc.points.front())] ? 1 : 0;
        if (arc.outer()) {
            ++stats.outerArcs;
            stats.outerEdges += edges;
        } else {
            ++stats.sharedArcs;
            stats.sharedEdges += edges;
        }
    }
    return topo;
}

std::size_t SimplifiedArcs::vertexCount() const {
    std::size_t n = 0;
    for (const std::vector<Vec2>& arc : arcs) n += arc.size();
    return n;
}

SimplifiedArcs simplify(const Topology& topology, double tolerance, double dropIslandsBelow) {
    SimplifiedArcs out;
    out.tolerance = tolerance;
    out.arcs.resize(topology.arcs.size());
    out.dropped.assign(topology.arcs.size(), false);
    for (std::size_t a = 0; a < topology.arcs.size(); ++a) {
        const Arc& arc = topology.arcs[a];
        std::vector<Vec2>& kept = out.arcs[a];
        if (tolerance <= 0) {
            kept = arc.points;
            continue;
        }
        std::size_t n = 0;
        for (double w : arc.weight) n += w > tolerance ? 1 : 0;
        kept.reserve(n);
        for (std::size_t i = 0; i < arc.points.size(); ++i)
            if (arc.weight[i] > tolerance) kept.push_back(arc.points[i]);
    }
    if (dropIslandsBelow <= 0) return out;

    // Rings of one closed arc with no feature on the other side, smaller than the threshold.
    auto droppable = [&](const ArcRing& ring) {
        if (ring.size() != 1) return false;
        const Arc& arc = topology.arcs[ring[0].arc];
        if (!arc.closed() || !arc.outer()) return false;
        const Ring ringPoints(arc.points.begin(), arc.points.end() - 1);
        return std::abs(shoelace(ringPoints)) < dropIslandsBelow;
    };
    for (std::size_t f = 0; f < topology.features.size(); ++f) {
        const ArcFeature& feature = topology.features[f];
        for (std::size_t p = 0; p < feature.size(); ++p) {
            if (p != topology.largestPart[f] && droppable(feature[p].outer))
                out.dropped[feature[p].outer[0].arc] = true;
            for (const ArcRing& hole : feature[p].holes)
                if (droppable(hole)) out.dropped[hole[0].arc] = true;
        }
    }
    for (std::size_t a = 0; a < out.arcs.size(); ++a)
        if (out.dropped[a]) out.arcs[a].clear();
    return out;
}

MultiPolygon assemble(const Topology& topology, const SimplifiedArcs& arcs, std::size_t feature) {
    return assembleWith(topology, feature,
                        [&](std::uint32_t a) -> const std::vector<Vec2>& { return arcs.arcs.at(a); });
}

MultiPolygon assemble(const Topology& topology, std::size_t feature) {
    return assembleWith(topology, feature, [&](std::uint32_t a) -> const std::vector<Vec2>& {
        return topology.arcs[a].points;
    });
}

}  // namespace geo
