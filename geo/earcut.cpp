#include "geo/earcut.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <limits>
#include <memory>
#include <stdexcept>
#include <utility>

// Ear clipping after Meisters ("Polygons have ears") with the hole bridges of Eberly
// ("Triangulation by Ear Clipping", Geometric Tools): every ring becomes a circular doubly
// linked list of nodes; holes are spliced into the outer ring through a bridge (a pair of
// coincident edges) so one ring remains; then convex vertices whose triangle holds no
// reflex vertex are cut off one by one. For large rings the vertices are also kept in a second
// list sorted by z-order (Morton) code of their position, so the "no reflex vertex inside"
// test visits only the vertices whose codes lie between those of the triangle's bounding box
// corners instead of the whole ring. When a full round finds no ear (invalid or numerically
// awkward input), three fallback stages follow: drop repeated and collinear points, cut off
// local self-intersections, and finally split the ring along a valid diagonal and start over
// on both halves. Each stage removes nodes or makes the ring smaller, so the work ends.

namespace geo {
namespace {

// Trivial on purpose: the arena allocates nodes uninitialised and newNode() sets every field.
struct Node {
    double x;
    double y;
    std::uint32_t vertex;  // index of the input vertex; copies made by splits share it
    std::uint32_t serial;  // creation order: breaks ties in the z-order sort
    std::uint32_t z;       // z-order code, valid while the ring is hashed
    Node* prev;
    Node* next;
    Node* prevZ;  // neighbours in the z-order list
    Node* nextZ;
};

bool samePoint(const Node* a, const Node* b) {
    return a->x == b->x && a->y == b->y;
}

// Twice the signed area of triangle (a, b, c): positive when it turns left (counter-clockwise).
double orient(const Node* a, const Node* b, const Node* c) {
    return (b->x - a->x) * (c->y - a->y) - (b->y - a->y) * (c->x - a->x);
}
double orient(double ax, double ay, double bx, double by, double cx, double cy) {
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
}

// The ring is counter-clockwise (interior to the left), so a vertex turning left is convex.
bool isReflexOrFlat(const Node* p) {
    return !(orient(p->prev, p, p->next) > 0);
}

// Inside or on the boundary of a triangle of either orientation (or a degenerate one).
bool inTriangle(double ax, double ay, double bx, double by, double cx, double cy, double px,
                double py) {
    const double d1 = orient(ax, ay, bx, by, px, py);
    const double d2 = orient(bx, by, cx, cy, px, py);
    const double d3 = orient(cx, cy, ax, ay, px, py);
    const bool negative = d1 < 0 || d2 < 0 || d3 < 0;
    const bool positive = d1 > 0 || d2 > 0 || d3 > 0;
    return !(negative && positive);
}

int sign(double v) {
    return (v > 0) - (v < 0);
}

// Whether q lies within the bounding box of segment p-r (q collinear with them).
bool onSegment(const Node* p, const Node* q, const Node* r) {
    return q->x <= std::max(p->x, r->x) && q->x >= std::min(p->x, r->x) &&
           q->y <= std::max(p->y, r->y) && q->y >= std::min(p->y, r->y);
}

// Closed segments p1-q1 and p2-q2 share a point (crossing, touching or overlapping).
bool segmentsMeet(const Node* p1, const Node* q1, const Node* p2, const Node* q2) {
    const int o1 = sign(orient(p1, q1, p2));
    const int o2 = sign(orient(p1, q1, q2));
    const int o3 = sign(orient(p2, q2, p1));
    const int o4 = sign(orient(p2, q2, q1));
    if (o1 != o2 && o3 != o4) return true;
    if (o1 == 0 && onSegment(p1, p2, q1)) return true;
    if (o2 == 0 && onSegment(p1, q2, q1)) return true;
    if (o3 == 0 && onSegment(p2, p1, q2)) return true;
    if (o4 == 0 && onSegment(p2, q1, q2)) return true;
    return false;
}

// Whether point b lies strictly inside the interior angle of the ring at a: the sector swept
// counter-clockwise from the outgoing edge (a -> a.next) to the incoming one (a -> a.prev).
bool locallyInside(const Node* a, const Node* b) {
    const double leftOfNext = orient(a, a->next, b);
    const double rightOfPrev = orient(a, b, a->prev);
    if (orient(a->prev, a, a->next) >= 0) return leftOfNext > 0 && rightOfPrev > 0;  // convex
    return !(leftOfNext <= 0 && rightOfPrev <= 0);  // reflex: outside the convex complement
}

// Even-odd test of the midpoint of a-b against the ring through a. Adds the edges visited to
// `work`.
bool middleInside(const Node* a, const Node* b, std::uint64_t& work) {
    const double mx = (a->x + b->x) / 2;
    const double my = (a->y + b->y) / 2;
    bool inside = false;
    const Node* p = a;
    do {
        const Node* n = p->next;
        if ((p->y > my) != (n->y > my) && n->y != p->y &&
            mx < (n->x - p->x) * (my - p->y) / (n->y - p->y) + p->x) {
            inside = !inside;
        }
        p = n;
        ++work;
    } while (p != a);
    return inside;
}

// Whether segment a-b meets an edge of the ring other than those at a or b (or at copies of
// them, which share the input vertex). Adds the edges visited to `work`.
bool crossesRing(const Node* a, const Node* b, std::uint64_t& work) {
    const double minX = std::min(a->x, b->x);
    const double maxX = std::max(a->x, b->x);
    const double minY = std::min(a->y, b->y);
    const double maxY = std::max(a->y, b->y);
    const Node* p = a;
    do {
        ++work;
        const Node* n = p->next;
        const bool apart = (p->x < minX && n->x < minX) || (p->x > maxX && n->x > maxX) ||
                           (p->y < minY && n->y < minY) || (p->y > maxY && n->y > maxY);
        if (!apart && p->vertex != a->vertex && n->vertex != a->vertex && p->vertex != b->vertex &&
            n->vertex != b->vertex && segmentsMeet(p, n, a, b)) {
            return true;
        }
        p = n;
    } while (p != a);
    return false;
}

// A diagonal a-b that may split the ring into two rings to be triangulated separately. Adds
// the edges visited to `work`.
bool isValidDiagonal(const Node* a, const Node* b, std::uint64_t& work) {
    if (a->vertex == b->vertex || a->next->vertex == b->vertex || a->prev->vertex == b->vertex) {
        return false;
    }
    if (samePoint(a, b)) {
        // The ring passes twice through one point (it pinches): splitting there gives two rings
        // when both passes turn right.
        return orient(a->prev, a, a->next) < 0 && orient(b->prev, b, b->next) < 0;
    }
    return locallyInside(a, b) && locallyInside(b, a) &&
           // Not along an edge: the halves would have a zero-area corner facing the wrong way.
           (orient(a->prev, a, b->prev) != 0 || orient(a, b->prev, b) != 0) &&
           !crossesRing(a, b, work) && middleInside(a, b, work);
}

// Interleaves the low 16 bits of x and y into a 32-bit Morton code.
std::uint32_t spreadBits(std::uint32_t v) {
    v &= 0xFFFF;
    v = (v | (v << 8)) & 0x00FF00FF;
    v = (v | (v << 4)) & 0x0F0F0F0F;
    v = (v | (v << 2)) & 0x33333333;
    v = (v | (v << 1)) & 0x55555555;
    return v;
}

class Triangulator {
  public:
    // Triangulates one part whose vertices are numbered from `base` (outer ring first, then
    // the holes), appending three indices per triangle to `out`.
    void run(const Polygon& part, std::uint32_t base, std::vector<std::uint32_t>& out) {
        triangulate(part, base, out);
        trim();
    }

  private:
    void triangulate(const Polygon& part, std::uint32_t base, std::vector<std::uint32_t>& out) {
        std::size_t total = part.outer.size();
        for (const Ring& hole : part.holes) total += hole.size();
        // Bridges add two nodes per hole, splits two each (rare): a quarter more is plenty,
        // and more blocks follow if not.
        reset(total + total / 4 + 2 * part.holes.size() + 16);
        out_ = &out;
        base_ = base;

        std::uint32_t first = 0;
        Node* outer = filterPoints(buildRing(part.outer, first, /*counterClockwise=*/true));
        first += static_cast<std::uint32_t>(part.outer.size());
        if (!outer || outer->next == outer->prev) return;
        if (!part.holes.empty()) outer = spliceHoles(part.holes, first, outer);
        if (!outer) return;

        hashed_ = total > kHashThreshold && setUpHash(outer);
        clipAll(outer);
    }

    // Frees the memory kept for the next call if a huge polygon made it large.
    void trim() {
        std::size_t capacity = 0;
        for (const Block& block : blocks_) capacity += block.size;
        if (capacity > kKeptNodes) {
            blocks_.clear();
            sorted_ = {};
            jobs_ = {};
        }
    }

    // Below this many vertices the plain scan of the ring beats maintaining the z-order list.
    static constexpr std::size_t kHashThreshold = 80;
    // The final fallback (diagonal search) is cubic in the worst case; past this many edges
    // visited (some 0.1 s) the remaining knots of a badly broken ring are left untriangulated.
    static constexpr std::uint64_t kSplitBudget = 50'000'000;
    // Node memory kept between calls: some 18 MB.
    static constexpr std::size_t kKeptNodes = 1 << 18;

    // Starts over, reusing the node blocks, with room for at least `nodes` nodes.
    void reset(std::size_t nodes) {
        std::size_t capacity = 0;
        for (const Block& block : blocks_) capacity += block.size;
        if (capacity < nodes) {
            const std::size_t size = std::max(nodes - capacity, capacity);
            blocks_.push_back({std::make_unique_for_overwrite<Node[]>(size), size});
        }
        block_ = 0;
        used_ = 0;
        serial_ = 0;
        hashed_ = false;
        splitWork_ = 0;
        jobs_.clear();
    }

    Node* newNode(std::uint32_t vertex, double x, double y) {
        if (used_ == blocks_[block_].size) {
            used_ = 0;
            if (++block_ == blocks_.size()) {
                const std::size_t size = blocks_.back().size * 2;
                blocks_.push_back({std::make_unique_for_overwrite<Node[]>(size), size});
            }
        }
        Node* node = &blocks_[block_].nodes[used_++];
        *node = Node{x, y, vertex, serial_++, 0, nullptr, nullptr, nullptr, nullptr};
        return node;
    }

    // Inserts a new node after `last` (or starts a ring when it is null).
    Node* append(std::uint32_t vertex, Vec2 p, Node* last) {
        Node* node = newNode(vertex, p.x, p.y);
        if (!last) {
            node->prev = node->next = node;
        } else {
            node->next = last->next;
            node->prev = last;
            last->next->prev = node;
            last->next = node;
        }
        return node;
    }

    static void remove(Node* p) {
        p->next->prev = p->prev;
        p->prev->next = p->next;
        if (p->prevZ) p->prevZ->nextZ = p->nextZ;
        if (p->nextZ) p->nextZ->prevZ = p->prevZ;
    }

    // Links a ring's finite vertices (numbered from `first`) so that it runs counter-clockwise
    // or clockwise as asked. Returns a node of the ring, or null when no point is finite.
    Node* buildRing(const Ring& ring, std::uint32_t first, bool counterClockwise) {
        // Shoelace relative to the first finite point, which keeps the products small (the
        // closing edge back to that point adds nothing).
        const Vec2* origin = nullptr;
        double doubleArea = 0;
        Vec2 previous{};
        for (const Vec2& p : ring) {
            if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
            if (!origin) origin = &p;
            const Vec2 q = p - *origin;
            doubleArea += cross(previous, q);
            previous = q;
        }
        if (!origin) return nullptr;

        const bool forward = (doubleArea > 0) == counterClockwise;
        Node* last = nullptr;
        const std::size_t n = ring.size();
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t i = forward ? k : n - 1 - k;
            const Vec2 p = ring[i];
            if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
            last = append(first + static_cast<std::uint32_t>(i), p, last);
        }
        return last;
    }

    // Removes repeated points and vertices on a straight line with their neighbours (including
    // zero-area spikes) between `start` and `end` (the whole ring when end is null). Returns a
    // node of what remains; the ring may collapse to fewer than three nodes.
    static Node* filterPoints(Node* start, Node* end = nullptr) {
        if (!start) return nullptr;
        if (!end) end = start;
        Node* p = start;
        bool again = false;
        do {
            again = false;
            if (samePoint(p, p->next) || orient(p->prev, p, p->next) == 0) {
                remove(p);
                p = end = p->prev;
                if (p == p->next) break;
                again = true;
            } else {
                p = p->next;
            }
        } while (again || p != end);
        return end;
    }

    static Node* leftmost(Node* start) {
        Node* best = start;
        Node* p = start;
        do {
            if (p->x < best->x || (p->x == best->x && p->y < best->y)) best = p;
            p = p->next;
        } while (p != start);
        return best;
    }

    // Splices every hole into the outer ring, left to right by their leftmost vertices, each
    // through a bridge to a vertex it can see. Returns a node of the joined ring.
    Node* spliceHoles(const std::vector<Ring>& holes, std::uint32_t first, Node* outer) {
        std::vector<Node*> starts;
        starts.reserve(holes.size());
        for (const Ring& hole : holes) {
            Node* ring = filterPoints(buildRing(hole, first, /*counterClockwise=*/false));
            first += static_cast<std::uint32_t>(hole.size());
            if (!ring || ring->next == ring->prev) continue;  // no area: nothing to cut out
            starts.push_back(leftmost(ring));
        }
        std::sort(starts.begin(), starts.end(), [](const Node* a, const Node* b) {
            if (a->x != b->x) return a->x < b->x;
            if (a->y != b->y) return a->y < b->y;
            return a->serial < b->serial;
        });
        for (Node* hole : starts) {
            Node* bridge = findBridge(hole, outer);
            if (!bridge) continue;  // a hole outside the shell (invalid input): ignored
            Node* bridgeBack = split(bridge, hole);
            filterPoints(bridgeBack, bridgeBack->next);
            outer = filterPoints(bridge, bridge->next);
        }
        return outer;
    }

    // A vertex of the ring through `outer` that `hole` (the hole's leftmost vertex) can see
    // without crossing an edge: cast a ray to the left, take the nearer end of the first edge
    // hit, and if a reflex vertex lies in the triangle between the hole, the hit point and
    // that end, take the one at the smallest angle to the ray instead.
    static Node* findBridge(Node* hole, Node* outer) {
        const double hx = hole->x;
        const double hy = hole->y;

        // The hole touches the ring in a vertex: bridge there with zero length.
        Node* p = outer;
        do {
            if (p->x == hx && p->y == hy &&
                (locallyInside(p, hole->next) || locallyInside(p, hole->prev))) {
                return p;
            }
            p = p->next;
        } while (p != outer);

        // Only edges running downwards face the hole from the left (interior on their left).
        double hitX = -std::numeric_limits<double>::infinity();
        Node* m = nullptr;
        p = outer;
        do {
            Node* n = p->next;
            if (hy <= p->y && hy >= n->y && n->y != p->y) {
                const double x = p->x + (hy - p->y) * (n->x - p->x) / (n->y - p->y);
                if (x <= hx && x > hitX) {
                    hitX = x;
                    m = p->x < n->x ? p : n;
                    if (x == hx) return m;  // the hole touches this edge
                }
            }
            p = p->next;
        } while (p != outer);
        if (!m) return nullptr;

        const Node* stop = m;
        const double mx = m->x;
        const double my = m->y;
        double bestTan = std::numeric_limits<double>::infinity();
        Node* best = m;
        p = m;
        do {
            if (p->x >= mx && p->x < hx && inTriangle(hx, hy, hitX, hy, mx, my, p->x, p->y) &&
                locallyInside(p, hole)) {
                const double tan = std::abs(hy - p->y) / (hx - p->x);
                if (tan < bestTan || (tan == bestTan && p->x > best->x)) {
                    best = p;
                    bestTan = tan;
                }
            }
            p = p->next;
        } while (p != stop);
        return best;
    }

    // Joins a and b with a double edge: the ring a..b's predecessor continues a -> b ->
    // b.next..., and copies b' and a' close the other side (b.prev -> b' -> a' -> a.next).
    // When a and b lie on different rings, this merges them into one; on the same ring it
    // splits it into two. Returns b'.
    Node* split(Node* a, Node* b) {
        Node* a2 = newNode(a->vertex, a->x, a->y);
        Node* b2 = newNode(b->vertex, b->x, b->y);
        Node* an = a->next;
        Node* bp = b->prev;

        a->next = b;
        b->prev = a;
        a2->next = an;
        an->prev = a2;
        b2->next = a2;
        a2->prev = b2;
        bp->next = b2;
        b2->prev = bp;
        return b2;
    }

    bool setUpHash(Node* ring) {
        Box box;
        const Node* p = ring;
        do {
            box.extend(Vec2{p->x, p->y});
            p = p->next;
        } while (p != ring);
        const double size = std::max(box.width(), box.height());
        if (!(size > 0)) return false;
        minX_ = box.minx;
        minY_ = box.miny;
        scale_ = 32767 / size;
        return true;
    }

    std::uint32_t zOrder(double x, double y) const {
        const double gx = std::clamp((x - minX_) * scale_, 0.0, 32767.0);
        const double gy = std::clamp((y - minY_) * scale_, 0.0, 32767.0);
        return spreadBits(static_cast<std::uint32_t>(gx)) |
               (spreadBits(static_cast<std::uint32_t>(gy)) << 1);
    }

    // (Re)builds the z-order list of the ring through `start`.
    void indexRing(Node* start) {
        sorted_.clear();
        Node* p = start;
        do {
            p->z = zOrder(p->x, p->y);
            // The creation number breaks ties, so the order does not depend on the sort.
            sorted_.push_back({(std::uint64_t{p->z} << 32) | p->serial, p});
            p = p->next;
        } while (p != start);
        std::sort(sorted_.begin(), sorted_.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        Node* previous = nullptr;
        for (const auto& [key, node] : sorted_) {
            node->prevZ = previous;
            node->nextZ = nullptr;
            if (previous) previous->nextZ = node;
            previous = node;
        }
    }

    // Whether p keeps the triangle a, b, c (counter-clockwise, box given) from being an ear:
    // a reflex vertex inside it or on its boundary. Points at a corner's position (the other
    // pass of a pinched ring, the ends of a bridge) do not count: their edges lie outside the
    // corner's angle in a valid ring.
    static bool blocks(const Node* p, const Node* a, const Node* b, const Node* c, const Box& box) {
        if (p->x < box.minx || p->x > box.maxx || p->y < box.miny || p->y > box.maxy) {
            return false;
        }
        if (samePoint(p, a) || samePoint(p, b) || samePoint(p, c)) return false;
        return orient(a, b, p) >= 0 && orient(b, c, p) >= 0 && orient(c, a, p) >= 0 &&
               isReflexOrFlat(p);
    }

    static Box triangleBox(const Node* a, const Node* b, const Node* c) {
        return {std::min({a->x, b->x, c->x}), std::min({a->y, b->y, c->y}),
                std::max({a->x, b->x, c->x}), std::max({a->y, b->y, c->y})};
    }

    static bool isEar(const Node* ear) {
        const Node* a = ear->prev;
        const Node* c = ear->next;
        if (!(orient(a, ear, c) > 0)) return false;
        const Box box = triangleBox(a, ear, c);
        for (const Node* p = c->next; p != a; p = p->next) {
            if (blocks(p, a, ear, c, box)) return false;
        }
        return true;
    }

    bool isEarHashed(const Node* ear) const {
        const Node* a = ear->prev;
        const Node* c = ear->next;
        if (!(orient(a, ear, c) > 0)) return false;
        const Box box = triangleBox(a, ear, c);
        // Every point inside the box has a code between those of its corners.
        const std::uint32_t minZ = zOrder(box.minx, box.miny);
        const std::uint32_t maxZ = zOrder(box.maxx, box.maxy);
        const Node* down = ear->prevZ;
        const Node* up = ear->nextZ;
        while (down && down->z >= minZ && up && up->z <= maxZ) {
            if (down != a && down != c && blocks(down, a, ear, c, box)) return false;
            down = down->prevZ;
            if (up != a && up != c && blocks(up, a, ear, c, box)) return false;
            up = up->nextZ;
        }
        for (; down && down->z >= minZ; down = down->prevZ) {
            if (down != a && down != c && blocks(down, a, ear, c, box)) return false;
        }
        for (; up && up->z <= maxZ; up = up->nextZ) {
            if (up != a && up != c && blocks(up, a, ear, c, box)) return false;
        }
        return true;
    }

    void emit(const Node* a, const Node* b, const Node* c) {
        out_->push_back(base_ + a->vertex);
        out_->push_back(base_ + b->vertex);
        out_->push_back(base_ + c->vertex);
    }

    // Second fallback: where edges a-p and p.next-b cross (a small twist, as line
    // simplification makes them), cut off the triangle a, p, b and drop p and p.next.
    Node* cureLocalIntersections(Node* start) {
        Node* p = start;
        do {
            if (p->next == p->prev || p->next->next == p->prev) break;  // three nodes or fewer
            Node* a = p->prev;
            Node* b = p->next->next;
            if (!samePoint(a, b) && segmentsMeet(a, p, p->next, b) && locallyInside(a, b) &&
                locallyInside(b, a)) {
                if (orient(a, p, b) > 0) emit(a, p, b);
                remove(p);
                remove(p->next);
                p = start = b;
            }
            p = p->next;
        } while (p != start);
        return filterPoints(p);
    }

    // Last fallback: split the ring along a valid diagonal and queue both halves. Returns
    // false when there is none (or the search budget is spent).
    bool splitAlongDiagonal(Node* start) {
        Node* a = start;
        do {
            for (Node* b = a->next->next; b != a->prev; b = b->next) {
                if (++splitWork_ > kSplitBudget) return false;
                if (isValidDiagonal(a, b, splitWork_)) {
                    Node* c = split(a, b);
                    jobs_.push_back({filterPoints(c, c->next), 0});
                    jobs_.push_back({filterPoints(a, a->next), 0});
                    return true;
                }
            }
            a = a->next;
        } while (a != start);
        return false;
    }

    // Clips ears until every ring is done; rings from splits are queued rather than handled by
    // recursion, so a long chain of splits cannot exhaust the stack.
    void clipAll(Node* start) {
        jobs_.push_back({start, 0});
        while (!jobs_.empty()) {
            auto [ear, pass] = jobs_.back();
            jobs_.pop_back();
            if (!ear || ear->next == ear->prev) continue;
            if (pass == 0 && hashed_) indexRing(ear);

            Node* stop = ear;
            while (ear->prev != ear->next) {
                Node* prev = ear->prev;
                Node* next = ear->next;
                if (hashed_ ? isEarHashed(ear) : isEar(ear)) {
                    emit(prev, ear, next);
                    remove(ear);
                    // Skipping the next vertex spreads the cuts and avoids long thin fans.
                    ear = next->next;
                    stop = next->next;
                    continue;
                }
                ear = next;
                if (ear == stop) {
                    // A full round without an ear.
                    if (pass == 0) {
                        jobs_.push_back({filterPoints(ear), 1});
                    } else if (pass == 1) {
                        jobs_.push_back({cureLocalIntersections(filterPoints(ear)), 2});
                    } else {
                        splitAlongDiagonal(ear);
                    }
                    break;
                }
            }
        }
    }

    struct Job {
        Node* ear;
        int pass;
    };

    struct Block {
        std::unique_ptr<Node[]> nodes;
        std::size_t size;
    };
    // Nodes live in blocks that never move, so the links stay valid as more are added.
    std::vector<Block> blocks_;
    std::size_t block_ = 0;  // the block being filled
    std::size_t used_ = 0;   // nodes used in it
    std::uint32_t serial_ = 0;
    std::vector<std::pair<std::uint64_t, Node*>> sorted_;  // scratch of indexRing()
    std::vector<Job> jobs_;
    std::vector<std::uint32_t>* out_ = nullptr;
    std::uint32_t base_ = 0;
    bool hashed_ = false;
    double minX_ = 0;
    double minY_ = 0;
    double scale_ = 0;
    std::uint64_t splitWork_ = 0;
};

// One per thread, so that its node blocks and scratch vectors are reused from call to call
// (a map has thousands of polygons); nothing in it survives a call but memory.
Triangulator& threadTriangulator() {
    thread_local Triangulator triangulator;
    return triangulator;
}

std::size_t vertexCount(const Polygon& part) {
    std::size_t count = part.outer.size();
    for (const Ring& hole : part.holes) count += hole.size();
    return count;
}

// Ear clipping a ring of N nodes gives N - 2 triangles; bridging a hole adds two nodes, and a
// split adds two nodes and a ring, which leaves N - 2 unchanged.
std::size_t maxTriangles(const Polygon& part) {
    const std::size_t nodes = vertexCount(part) + 2 * part.holes.size();
    return nodes > 2 ? nodes - 2 : 0;
}

std::uint32_t checkedBase(std::size_t existing, std::size_t added) {
    if (existing + added > std::numeric_limits<std::uint32_t>::max()) {
        throw std::length_error("earcut: more than 2^32 - 1 vertices");
    }
    return static_cast<std::uint32_t>(existing);
}

template <class Sink>
void forEachVertex(const Polygon& part, Sink sink) {
    for (Vec2 p : part.outer) sink(p);
    for (const Ring& hole : part.holes) {
        for (Vec2 p : hole) sink(p);
    }
}

}  // namespace

TriangleMesh earcut(const MultiPolygon& polygon) {
    TriangleMesh mesh;
    std::size_t total = 0;
    std::size_t triangles = 0;
    for (const Polygon& part : polygon) {
        total += vertexCount(part);
        triangles += maxTriangles(part);
    }
    checkedBase(0, total);
    mesh.vertices.reserve(total);
    mesh.indices.reserve(3 * triangles);
    Triangulator& triangulator = threadTriangulator();
    for (const Polygon& part : polygon) {
        const auto base = static_cast<std::uint32_t>(mesh.vertices.size());
        forEachVertex(part, [&](Vec2 p) { mesh.vertices.push_back(p); });
        triangulator.run(part, base, mesh.indices);
    }
    return mesh;
}

void earcutInto(const Polygon& part, std::vector<Vec2>& vertices,
                std::vector<std::uint32_t>& indices) {
    const std::uint32_t base = checkedBase(vertices.size(), vertexCount(part));
    forEachVertex(part, [&](Vec2 p) { vertices.push_back(p); });
    threadTriangulator().run(part, base, indices);
}

void earcutInto(const Polygon& part, Vec2 origin, std::vector<float>& xy,
                std::vector<std::uint32_t>& indices) {
    if (xy.size() % 2 != 0) throw std::invalid_argument("earcutInto: xy holds an odd count");
    const std::uint32_t base = checkedBase(xy.size() / 2, vertexCount(part));
    forEachVertex(part, [&](Vec2 p) {
        xy.push_back(static_cast<float>(p.x - origin.x));
        xy.push_back(static_cast<float>(p.y - origin.y));
    });
    threadTriangulator().run(part, base, indices);
}

}  // namespace geo
