#include "geo/label_layout.hpp"

#include <algorithm>
#include <array>
#include <numeric>
#include <optional>

namespace geo {

namespace {

// The anchor first, then rings of growing offsets: k steps of 0.6 label heights and
// 0.35 label widths, in the order above, below, right, left and the four diagonals, keeping
// those no longer than maxShift. Steps scale with the label so a shift clears about half of it.
std::vector<Vec2> candidateOffsets(double width, double height, double maxShift) {
    const double stepX = 0.35 * width;
    const double stepY = 0.6 * height;
    std::vector<Vec2> offsets{{0, 0}};
    for (double k = 1;; ++k) {
        const double dx = k * stepX;
        const double dy = k * stepY;
        const std::array<Vec2, 8> ring{
            {{0, -dy}, {0, dy}, {dx, 0}, {-dx, 0}, {dx, -dy}, {-dx, -dy}, {dx, dy}, {-dx, dy}}};
        bool anyFits = false;
        for (Vec2 offset : ring) {
            if (length(offset) > maxShift || offset == Vec2{}) continue;
            anyFits = true;
            // A zero-width or zero-height label repeats offsets; each is tried once.
            if (std::find(offsets.begin(), offsets.end(), offset) == offsets.end()) {
                offsets.push_back(offset);
            }
        }
        if (!anyFits) return offsets;
    }
}

Box boxAround(Vec2 centre, double width, double height) {
    return {centre.x - width / 2, centre.y - height / 2, centre.x + width / 2,
            centre.y + height / 2};
}

bool inside(const Box& box, const Box& bounds) {
    return box.minx >= bounds.minx && box.miny >= bounds.miny && box.maxx <= bounds.maxx &&
           box.maxy <= bounds.maxy;
}

// Closer than `padding` on both axes; boxes exactly `padding` apart do not clash.
bool clash(const Box& a, const Box& b, double padding) {
    return a.minx < b.maxx + padding && b.minx < a.maxx + padding && a.miny < b.maxy + padding &&
           b.miny < a.maxy + padding;
}

}  // namespace

std::vector<PlacedLabel> placeLabels(const std::vector<LabelRequest>& requests, const Box& bounds,
                                     double padding, double maxShift,
                                     const std::vector<Box>& obstacles) {
    std::vector<std::size_t> order(requests.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return requests[a].priority > requests[b].priority;
    });

    std::vector<PlacedLabel> placed;
    for (std::size_t index : order) {
        const LabelRequest& request = requests[index];
        const double shift = request.maxShift >= 0 ? request.maxShift : maxShift;
        auto firstFree = [&](bool avoidObstacles, double scale) -> std::optional<Box> {
            const double width = request.width * scale, height = request.height * scale;
            for (Vec2 offset : candidateOffsets(width, height, shift)) {
                const Box box = boxAround(request.anchor + offset, width, height);
                const auto clashes = [&](const Box& other) { return clash(box, other, padding); };
                if (!inside(box, bounds)) continue;
                if (std::any_of(placed.begin(), placed.end(),
                                [&](const PlacedLabel& p) { return clashes(p.box); }))
                    continue;
                if (avoidObstacles && std::any_of(obstacles.begin(), obstacles.end(), clashes))
                    continue;
                return box;
            }
            return std::nullopt;
        };
        // The sizes to try: the requested one, then steps of 85 % down to minScale.
        std::vector<double> scales{1.0};
        for (double sc = 0.85; sc >= request.minScale - 1e-9; sc *= 0.85) scales.push_back(sc);
        std::optional<Box> box;
        double placedScale = 1;
        for (bool avoid : {true, false}) {
            if (avoid && obstacles.empty()) continue;
            for (double sc : scales) {
                if ((box = firstFree(avoid, sc))) {
                    placedScale = sc;
                    break;
                }
            }
            if (box) break;
        }
        if (box) placed.push_back({index, *box, placedScale});
    }
    return placed;
}

std::vector<PlacedLabel> placeLabelsAtCommonSize(const std::vector<LabelRequest>& requests,
                                                 const Box& bounds, double padding,
                                                 double maxShift,
                                                 const std::vector<Box>& obstacles,
                                                 std::size_t maxTries) {
    double smallest = 1;
    for (const LabelRequest& r : requests) smallest = std::min(smallest, r.minScale);
    if (smallest >= 1 || requests.size() > maxTries)
        return placeLabels(requests, bounds, padding, maxShift, obstacles);
    struct Try {
        std::vector<PlacedLabel> placed;
        std::size_t dropped = 0, onObstacle = 0;
    };
    std::optional<Try> best;
    for (double common = 1; common >= smallest - 1e-9; common *= 0.85) {
        std::vector<LabelRequest> sized = requests;
        for (LabelRequest& r : sized) {
            if (r.minScale >= 1 && !r.shrinksAlong) continue;
            r.width *= common;
            r.height *= common;
            r.minScale = 1;
        }
        Try t{placeLabels(sized, bounds, padding, maxShift, obstacles), 0, 0};
        std::vector<bool> kept(requests.size(), false);
        for (PlacedLabel& p : t.placed) {
            kept[p.request] = true;
            if (requests[p.request].shrinksAlong) p.scale = common;
            if (requests[p.request].minScale >= 1) continue;
            p.scale = common;
            if (std::any_of(obstacles.begin(), obstacles.end(),
                            [&](const Box& o) { return clash(p.box, o, 0); }))
                ++t.onObstacle;
        }
        for (std::size_t i = 0; i < requests.size(); ++i)
            if (!kept[i] && requests[i].minScale < 1) ++t.dropped;
        const bool better = !best || t.dropped < best->dropped ||
                            (t.dropped == best->dropped && t.onObstacle < best->onObstacle);
        if (better) best = std::move(t);
        if (best->dropped == 0 && best->onObstacle == 0) break;
    }
    return std::move(best->placed);
}

}  // namespace geo
