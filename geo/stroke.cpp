#include "geo/stroke.hpp"

#include <cstddef>
#include <vector>

namespace geo {

namespace {

// Each join is emitted as pairs of vertices at the ring point: first the +extrude vertex, then
// the -extrude one. +extrude is the left normal of the direction of travel, so it points into
// a counter-clockwise outer ring (and out of a clockwise hole). A miter join has one pair shared
// by both segments; a bevel join has one pair per segment (incoming, outgoing).
struct Join {
    std::uint32_t incoming;  // index of the +extrude vertex the incoming segment ends at
    std::uint32_t outgoing;  // index of the +extrude vertex the outgoing segment starts at
};

Vec2 leftNormal(Vec2 direction) {
    const double len = length(direction);
    return {-direction.y / len, direction.x / len};
}

std::uint32_t addPair(StrokeMesh& mesh, Vec2 position, Vec2 extrude) {
    const auto first = static_cast<std::uint32_t>(mesh.vertices.size());
    mesh.vertices.push_back({position, extrude});
    mesh.vertices.push_back({position, extrude * -1.0});
    return first;
}

void addTriangle(StrokeMesh& mesh, std::uint32_t a, std::uint32_t b, std::uint32_t c) {
    mesh.indices.insert(mesh.indices.end(), {a, b, c});
}

// The ring without consecutive duplicates, the wrap-around from last to first included.
Ring distinctPoints(const Ring& ring) {
    Ring points;
    points.reserve(ring.size());
    for (Vec2 p : ring) {
        if (points.empty() || points.back() != p) points.push_back(p);
    }
    while (points.size() > 1 && points.back() == points.front()) points.pop_back();
    return points;
}

}  // namespace

void appendClosedRing(StrokeMesh& mesh, const Ring& ring, double miterLimit) {
    const Ring points = distinctPoints(ring);
    const std::size_t n = points.size();
    if (n < 2) return;

    // With φ the angle between the two segment normals, the miter is (n_in + n_out) / (1 + cos φ)
    // and its length is sqrt(2 / (1 + cos φ)); comparing 1 + cos φ avoids a square root and
    // also catches the U-turn, where 1 + cos φ = 0.
    const double minOnePlusCos = 2 / (miterLimit * miterLimit);
    std::vector<Join> joins(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Vec2 previous = points[(i + n - 1) % n];
        const Vec2 current = points[i];
        const Vec2 next = points[(i + 1) % n];
        const Vec2 normalIn = leftNormal(current - previous);
        const Vec2 normalOut = leftNormal(next - current);
        const double onePlusCos = 1 + dot(normalIn, normalOut);
        if (onePlusCos >= minOnePlusCos) {
            const std::uint32_t pair =
                addPair(mesh, current, (normalIn + normalOut) * (1 / onePlusCos));
            joins[i] = {pair, pair};
            continue;
        }
        const std::uint32_t in = addPair(mesh, current, normalIn);
        const std::uint32_t out = addPair(mesh, current, normalOut);
        joins[i] = {in, out};
        // The bevel fills the gap that opens on the outer side of the turn (the -extrude side
        // of a left turn) between the two segments' outer vertices. Its edge across the
        // incoming pair passes through the ring point, so it covers the whole wedge there.
        const bool leftTurn = cross(current - previous, next - current) >= 0;
        addTriangle(mesh, in, in + 1, leftTurn ? out + 1 : out);
    }

    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t start = joins[i].outgoing;
        const std::uint32_t end = joins[(i + 1) % n].incoming;
        addTriangle(mesh, start, start + 1, end + 1);
        addTriangle(mesh, start, end + 1, end);
    }
}

void appendOpenLine(StrokeMesh& mesh, const std::vector<Vec2>& line, double miterLimit) {
    std::vector<Vec2> points;
    points.reserve(line.size());
    for (Vec2 p : line) {
        if (points.empty() || points.back() != p) points.push_back(p);
    }
    const std::size_t n = points.size();
    if (n < 2) return;
    const double minOnePlusCos = 2 / (miterLimit * miterLimit);
    std::vector<Join> joins(n);
    for (std::size_t i = 0; i < n; ++i) {
        const Vec2 current = points[i];
        if (i == 0 || i + 1 == n) {
            // Square cap: the end pair also moves half a width along the line, outwards, so
            // that lines meeting at a junction close the corner between them.
            const Vec2 direction = i == 0 ? points[1] - current : current - points[n - 2];
            const Vec2 normal = leftNormal(direction);
            const Vec2 along = Vec2{normal.y, -normal.x} * (i == 0 ? -1.0 : 1.0);
            const auto first = static_cast<std::uint32_t>(mesh.vertices.size());
            mesh.vertices.push_back({current, normal + along});
            mesh.vertices.push_back({current, normal * -1.0 + along});
            joins[i] = {first, first};
            continue;
        }
        const Vec2 normalIn = leftNormal(current - points[i - 1]);
        const Vec2 normalOut = leftNormal(points[i + 1] - current);
        const double onePlusCos = 1 + dot(normalIn, normalOut);
        if (onePlusCos >= minOnePlusCos) {
            const std::uint32_t pair =
                addPair(mesh, current, (normalIn + normalOut) * (1 / onePlusCos));
            joins[i] = {pair, pair};
            continue;
        }
        const std::uint32_t in = addPair(mesh, current, normalIn);
        const std::uint32_t out = addPair(mesh, current, normalOut);
        joins[i] = {in, out};
        const bool leftTurn = cross(current - points[i - 1], points[i + 1] - current) >= 0;
        addTriangle(mesh, in, in + 1, leftTurn ? out + 1 : out);
    }
    for (std::size_t i = 0; i + 1 < n; ++i) {
        const std::uint32_t start = joins[i].outgoing;
        const std::uint32_t end = joins[i + 1].incoming;
        addTriangle(mesh, start, start + 1, end + 1);
        addTriangle(mesh, start, end + 1, end);
    }
}

StrokeMesh strokeOutline(const MultiPolygon& polygon, double miterLimit) {
    StrokeMesh mesh;
    for (const Polygon& part : polygon) {
        appendClosedRing(mesh, part.outer, miterLimit);
        for (const Ring& hole : part.holes) appendClosedRing(mesh, hole, miterLimit);
    }
    return mesh;
}

}  // namespace geo
