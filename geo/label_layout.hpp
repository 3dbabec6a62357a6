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
    // How far the label may shrink where it fits nowhere at its size: 1 keeps its size; 0.6
    // tries 85 %, 72 % and 61 % of its box before it is dropped.
    double minScale = 1;
    // placeLabelsAtCommonSize: this label takes the common size of the shrinking labels too
    // (so that context names never outsize the main ones), but it is not what the search
    // keeps: it may be dropped where it does not fit.
    bool shrinksAlong = false;
};

struct PlacedLabel {
    std::size_t request;  // index into the requests
    Box box;              // final box in pixels
    double scale = 1;     // the share of the requested size it was placed at
};

// Greedy placement: requests in order of priority (ties by index); each tries its anchor and
// then a few nearby offsets (up to maxShift pixels) and is placed at the first position that
// overlaps no placed label (with `padding` pixels between boxes) and lies inside `bounds`.
// A label that fits nowhere at its size tries the smaller sizes its minScale allows; one that
// fits at none is dropped. Deterministic.
// `obstacles` (e.g. point symbols) are avoided where a free position exists within the
// label's shift at any of its sizes; where none does, the label is placed as if they were not
// there: a name is never dropped for a symbol.
std::vector<PlacedLabel> placeLabels(const std::vector<LabelRequest>& requests, const Box& bounds,
                                     double padding, double maxShift,
                                     const std::vector<Box>& obstacles = {});

// As placeLabels, but the labels that may shrink (minScale < 1) share one size: it tries them
// at their size, then all at 85 %, 72 %, 61 % … (down to their minScale), and keeps the first
// size at which none of them is dropped or left on an obstacle; where no size manages that, the
// size with the fewest dropped (then fewest on obstacles; then the larger) wins. A map whose
// district is small on screen gets uniformly smaller names instead of a mix of sizes or gaps.
// Above `maxTries` labels only their own size is tried (the cost grows with each size).
std::vector<PlacedLabel> placeLabelsAtCommonSize(const std::vector<LabelRequest>& requests,
                                                 const Box& bounds, double padding,
                                                 double maxShift,
                                                 const std::vector<Box>& obstacles = {},
                                                 std::size_t maxTries = 2000);

}  // namespace geo
