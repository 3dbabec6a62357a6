#pragma once
// Hand-made shapes for the geo tests, in UTM-sized coordinates so that precision problems
// would show: (0, 0) here is (320,000 m, 5,630,000 m).

#include <initializer_list>

#include "geo/types.hpp"

namespace geo::testshapes {

constexpr double kX = 320000;
constexpr double kY = 5630000;

inline Ring rect(double x0, double y0, double x1, double y1) {
    return {{kX + x0, kY + y0}, {kX + x1, kY + y0}, {kX + x1, kY + y1}, {kX + x0, kY + y1}};
}

inline Ring shifted(std::initializer_list<Vec2> points) {
    Ring ring;
    for (Vec2 p : points) ring.push_back({kX + p.x, kY + p.y});
    return ring;
}

}  // namespace geo::testshapes
