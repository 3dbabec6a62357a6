#pragma once
// Screen-space placement of map labels so that no two overlap. Pure arithmetic on boxes in
// pixels (y down); the renderer measures the text and draws what this keeps.

#include <cstddef>
#include <vector>

#include "geo/types.hpp"

namespace geo {

struct LabelRequest {
    Vec2 anchor;       // preferred centre of the label, in pixels
    double width = 0;  // label box size in pixels, halo included
    double height = 0;
    double priority = 0;  // higher is placed first (e.g. population)
    // This label's own limit for shifting away from the anchor, in pixels (e.g. so that it
    // stays inside its polygon); negative: the limit given to placeLabels.
    double maxShift = -1;
};

struct PlacedLabel {
    std::size_t request;  // index into the requests
    Box box;              // final box in pixels
};

// Greedy placement: requests in order of priority (ties by index); each tries its anchor and
// then a few nearby offsets (up to maxShift pixels) and is placed at the first position that
// overlaps no placed label (with `padding` pixels between boxes) and lies inside `bounds`.
// A label that fits nowhere is dropped. Deterministic.
// `obstacles` (e.g. point symbols) are avoided where a free position exists within the
// label's shift; where none does, the label is placed as if they were not there: a name is
// never dropped for a symbol.
std::vector<PlacedLabel> placeLabels(const std::vector<LabelRequest>& requests, const Box& bounds,
                                     double padding, double maxShift,
                                     const std::vector<Box>& obstacles = {});

}  // namespace geo
