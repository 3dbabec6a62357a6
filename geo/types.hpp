#pragma once
// Plain geometry value types shared by every module. Coordinates are doubles in the
// unit of their CRS (metres in EPSG:25832, the project CRS); x is east, y is north.

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace geo {

struct Vec2 {
    double x = 0.0;
    double y = 0.0;

    friend Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
    friend Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
    friend Vec2 operator*(Vec2 a, double s) { return {a.x * s, a.y * s}; }
    friend bool operator==(Vec2 a, Vec2 b) = default;
};

inline double dot(Vec2 a, Vec2 b) {
    return a.x * b.x + a.y * b.y;
}
inline double cross(Vec2 a, Vec2 b) {
    return a.x * b.y - a.y * b.x;
}
inline double length(Vec2 a) {
    return std::hypot(a.x, a.y);
}

// A closed ring. The closing vertex is NOT repeated: ring.front() != ring.back().
using Ring = std::vector<Vec2>;

struct Polygon {
    Ring outer;
    std::vector<Ring> holes;
};

using MultiPolygon = std::vector<Polygon>;

// Axis-aligned rectangle. A default-constructed Box is empty and grows with extend().
struct Box {
    double minx = std::numeric_limits<double>::infinity();
    double miny = std::numeric_limits<double>::infinity();
    double maxx = -std::numeric_limits<double>::infinity();
    double maxy = -std::numeric_limits<double>::infinity();

    bool empty() const { return !(minx <= maxx && miny <= maxy); }
    double width() const { return maxx - minx; }
    double height() const { return maxy - miny; }
    Vec2 center() const { return {(minx + maxx) / 2, (miny + maxy) / 2}; }
    void extend(Vec2 p) {
        minx = std::min(minx, p.x);
        miny = std::min(miny, p.y);
        maxx = std::max(maxx, p.x);
        maxy = std::max(maxy, p.y);
    }
    void extend(const Box& b) {
        if (b.empty()) return;
        extend(Vec2{b.minx, b.miny});
        extend(Vec2{b.maxx, b.maxy});
    }
    bool contains(Vec2 p) const { return p.x >= minx && p.x <= maxx && p.y >= miny && p.y <= maxy; }
    bool intersects(const Box& b) const {
        return !(b.minx > maxx || b.maxx < minx || b.miny > maxy || b.maxy < miny);
    }
    Box expanded(double d) const { return {minx - d, miny - d, maxx + d, maxy + d}; }
    friend bool operator==(const Box&, const Box&) = default;
};

inline Box bounds(const Ring& ring) {
    Box b;
    for (Vec2 p : ring) b.extend(p);
    return b;
}

inline Box bounds(const MultiPolygon& mp) {
    Box b;
    for (const Polygon& p : mp) b.extend(bounds(p.outer));
    return b;
}

}  // namespace geo
