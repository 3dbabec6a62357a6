#include "geo/label_layout.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <unordered_map>
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

// The placed boxes in a uniform grid of cells about the size of a label, so that a candidate
// is tested against the few boxes near it, not against every box placed before: placing the
// names of 11,000 municipalities stays linear in their number.
class BoxGrid {
  public:
    explicit BoxGrid(double cell) : cell_(cell) {}
    void insert(const Box& box, std::size_t id) {
        boxes_.resize(std::max(boxes_.size(), id + 1));
        boxes_[id] = box;
        if (spansTooMany(box)) {
            oversize_.push_back(id);  // rare: tested against every query
            return;
        }
        forCells(box, [&](std::int64_t key) { cells_[key].push_back(id); });
    }
    // Whether any inserted box clashes with `box` (within padding).
    bool clashes(const Box& box, double padding) const {
        for (std::size_t id : oversize_)
            if (clash(box, boxes_[id], padding)) return true;
        if (spansTooMany(box.expanded(padding))) {
            for (const Box& other : boxes_)
                if (clash(box, other, padding)) return true;
            return false;
        }
        bool found = false;
        forCells(box.expanded(padding), [&](std::int64_t key) {
            if (found) return;
            auto it = cells_.find(key);
            if (it == cells_.end()) return;
            for (std::size_t id : it->second)
                if (clash(box, boxes_[id], padding)) {
                    found = true;
                    return;
                }
        });
        return found;
    }

  private:
    bool spansTooMany(const Box& box) const {
        return !(box.width() / cell_ < 64 && box.height() / cell_ < 64);
    }
    template <class F>
    void forCells(const Box& box, F&& f) const {
        const auto x0 = static_cast<std::int64_t>(std::floor(box.minx / cell_));
        const auto x1 = static_cast<std::int64_t>(std::floor(box.maxx / cell_));
        const auto y0 = static_cast<std::int64_t>(std::floor(box.miny / cell_));
        const auto y1 = static_cast<std::int64_t>(std::floor(box.maxy / cell_));
        for (std::int64_t y = y0; y <= y1; ++y)
            for (std::int64_t x = x0; x <= x1; ++x) f((y << 32) ^ (x & 0xFFFFFFFF));
    }
    double cell_;
    std::unordered_map<std::int64_t, std::vector<std::size_t>> cells_;
    std::vector<Box> boxes_;
    std::vector<std::size_t> oversize_;
};

}  // namespace

std::vector<PlacedLabel> placeLabels(const std::vector<LabelRequest>& requests, const Box& bounds,
                                     double padding, double maxShift,
                                     const std::vector<Box>& obstacles) {
    std::vector<std::size_t> order(requests.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return requests[a].priority > requests[b].priority;
    });

    // Cells of about a typical label's height: few boxes per cell, few cells per box.
    double typical = 0;
    for (const LabelRequest& r : requests) typical = std::max(typical, r.height);
    BoxGrid grid(std::max(16.0, 2 * typical)), obstacleGrid(std::max(16.0, 2 * typical));
    for (std::size_t i = 0; i < obstacles.size(); ++i) obstacleGrid.insert(obstacles[i], i);
    std::vector<PlacedLabel> placed;
    for (std::size_t index : order) {
        const LabelRequest& request = requests[index];
        const double shift = request.maxShift >= 0 ? request.maxShift : maxShift;
        auto firstFree = [&](bool avoidObstacles, double scale) -> std::optional<Box> {
            const double width = request.width * scale, height = request.height * scale;
            for (Vec2 offset : candidateOffsets(width, height, shift)) {
                const Box box = boxAround(request.anchor + offset, width, height);
                if (!inside(box, bounds)) continue;
                if (grid.clashes(box, padding)) continue;
                if (avoidObstacles && obstacleGrid.clashes(box, padding)) continue;
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
        if (box) {
            grid.insert(*box, placed.size());
            placed.push_back({index, *box, placedScale});
        }
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
