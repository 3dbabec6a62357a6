#include "geo/measure.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

#include "geo/error.hpp"
#include "geo/geos_util.hpp"

namespace geo {

namespace {

// Even-odd crossing test of one ring, toggled into `inside`.
void toggleIfCrossed(const Ring& ring, Vec2 point, bool& inside) {
    for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const Vec2 a = ring[i];
        const Vec2 b = ring[j];
        if ((a.y > point.y) != (b.y > point.y) &&
            point.x < a.x + (point.y - a.y) * (b.x - a.x) / (b.y - a.y)) {
            inside = !inside;
        }
    }
}

double polygonArea(const Polygon& polygon) {
    double result = std::abs(signedArea(polygon.outer));
    for (const Ring& hole : polygon.holes) result -= std::abs(signedArea(hole));
    return result;
}

}  // namespace

double signedArea(const Ring& ring) {
    if (ring.size() < 3) return 0;
    // Relative to the first vertex: UTM coordinates are large, and their products would
    // swallow the digits that make up a small ring's area.
    const Vec2 origin = ring.front();
    double doubleArea = 0;
    for (std::size_t i = 1; i + 1 < ring.size(); ++i) {
        doubleArea += cross(ring[i] - origin, ring[i + 1] - origin);
    }
    return doubleArea / 2;
}

double area(const MultiPolygon& polygon) {
    double result = 0;
    for (const Polygon& part : polygon) result += polygonArea(part);
    return result;
}

bool contains(const MultiPolygon& polygon, Vec2 point) {
    bool inside = false;
    for (const Polygon& part : polygon) {
        if (part.outer.empty() || !bounds(part.outer).contains(point)) continue;
        toggleIfCrossed(part.outer, point, inside);
        for (const Ring& hole : part.holes) {
            if (!hole.empty()) toggleIfCrossed(hole, point, inside);
        }
    }
    return inside;
}

std::string invalidReason(const MultiPolygon& polygon) {
    const geos::Context context;
    try {
        return geos::invalidReason(context, *geos::toGeos(context, polygon));
    } catch (const GeoError& error) {
        // A ring GEOS cannot even build (a single point) is invalid too; its message says why.
        return error.what();
    }
}

double RepairedPolygon::relativeChange() const {
    if (areaBefore == 0) return areaAfter == 0 ? 0 : 1;
    return std::abs(areaAfter - areaBefore) / std::abs(areaBefore);
}

RepairedPolygon makeValid(const MultiPolygon& polygon) {
    const geos::Context context;
    const GEOSContextHandle_t h = context.handle();
    const geos::GeometryPtr geometry = geos::toGeos(context, polygon);
    GEOSMakeValidParams* params = GEOSMakeValidParams_create_r(h);
    if (!params) context.fail("prepare a repair");
    GEOSMakeValidParams_setMethod_r(h, params, GEOS_MAKE_VALID_STRUCTURE);
    GEOSMakeValidParams_setKeepCollapsed_r(h, params, 0);
    GEOSGeometry* raw = GEOSMakeValidWithParams_r(h, geometry.get(), params);
    GEOSMakeValidParams_destroy_r(h, params);
    const geos::GeometryPtr valid = context.own(raw, "repair the geometry");
    RepairedPolygon out;
    out.shape = geos::fromGeos(context, *valid);
    if (out.shape.empty()) throw GeoError("GEOS MakeValid left no polygon");
    const geos::GeometryPtr check = geos::toGeos(context, out.shape);
    if (std::string why = geos::invalidReason(context, *check); !why.empty())
        throw GeoError("GEOS MakeValid left an invalid polygon: " + why);
    out.areaBefore = area(polygon);
    out.areaAfter = area(out.shape);
    return out;
}

MultiPolygon unite(const std::vector<MultiPolygon>& polygons) {
    const geos::Context context;
    const GEOSContextHandle_t h = context.handle();
    std::vector<geos::GeometryPtr> parts;
    parts.reserve(polygons.size());
    for (const MultiPolygon& p : polygons)
        if (!p.empty()) parts.push_back(geos::toGeos(context, p));
    if (parts.empty()) return {};
    std::vector<GEOSGeometry*> raw;
    for (geos::GeometryPtr& g : parts) raw.push_back(g.get());
    // The collection takes ownership of the parts.
    GEOSGeometry* collection = GEOSGeom_createCollection_r(
        h, GEOS_GEOMETRYCOLLECTION, raw.data(), static_cast<unsigned>(raw.size()));
    if (!collection) context.fail("collect polygons");
    for (geos::GeometryPtr& g : parts) static_cast<void>(g.release());
    const geos::GeometryPtr owned = context.own(collection, "collect polygons");
    const geos::GeometryPtr merged = context.own(GEOSUnaryUnion_r(h, owned.get()), "unite polygons");
    return geos::fromGeos(context, *merged);
}

std::pair<Vec2, double> labelPoint(const MultiPolygon& polygon, double tolerance) {
    if (polygon.empty()) throw GeoError("Cannot place a label in an empty polygon.");
    const Polygon& largest = *std::max_element(
        polygon.begin(), polygon.end(),
        [](const Polygon& a, const Polygon& b) { return polygonArea(a) < polygonArea(b); });
    // GEOS refines its grid until the cells are smaller than the tolerance, so a tolerance of
    // zero would refine down to rounding noise; a millionth of the extent is far below a pixel.
    const Box extent = bounds(largest.outer);
    const double minTolerance = 1e-6 * std::max(extent.width(), extent.height());
    const geos::Context context;
    const geos::GeometryPtr geometry = geos::toGeos(context, largest);
    const geos::GeometryPtr circle =
        context.own(GEOSMaximumInscribedCircle_r(context.handle(), geometry.get(),
                                                 std::max(tolerance, minTolerance)),
                    "find the maximum inscribed circle");
    // A two-point line: the centre, then the nearest boundary point.
    const GEOSCoordSequence* sequence = GEOSGeom_getCoordSeq_r(context.handle(), circle.get());
    std::array<Vec2, 2> ends;
    if (!sequence || !GEOSCoordSeq_getXY_r(context.handle(), sequence, 0, &ends[0].x, &ends[0].y) ||
        !GEOSCoordSeq_getXY_r(context.handle(), sequence, 1, &ends[1].x, &ends[1].y)) {
        context.fail("read the maximum inscribed circle");
    }
    return {ends[0], length(ends[1] - ends[0])};
}

std::vector<std::pair<std::size_t, std::size_t>> adjacentPairs(
    const std::vector<MultiPolygon>& polygons, double tolerance) {
    std::vector<Box> boxes;
    boxes.reserve(polygons.size());
    for (const MultiPolygon& polygon : polygons) {
        boxes.push_back(bounds(polygon).expanded(tolerance));
    }

    const geos::Context context;
    std::vector<geos::GeometryPtr> geometries;
    geometries.reserve(polygons.size());
    for (const MultiPolygon& polygon : polygons) {
        geometries.push_back(geos::toGeos(context, polygon));
    }

    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    for (std::size_t i = 0; i < polygons.size(); ++i) {
        // Prepared lazily: most polygons of a district meet only a few others.
        geos::PreparedPtr prepared;
        for (std::size_t j = i + 1; j < polygons.size(); ++j) {
            if (!boxes[i].intersects(boxes[j])) continue;
            if (!prepared) prepared = context.prepare(*geometries[i]);
            if (context.predicate(GEOSPreparedDistanceWithin_r(context.handle(), prepared.get(),
                                                               geometries[j].get(), tolerance),
                                  "measure the distance between polygons")) {
                pairs.emplace_back(i, j);
            }
        }
    }
    return pairs;
}

std::vector<int> colourGraph(std::size_t count,
                             const std::vector<std::pair<std::size_t, std::size_t>>& edges,
                             int colours) {
    std::vector<std::vector<std::size_t>> neighbours(count);
    for (const auto& [a, b] : edges) {
        if (a == b) continue;
        neighbours[a].push_back(b);
        neighbours[b].push_back(a);
    }
    for (std::vector<std::size_t>& list : neighbours) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }

    // Welsh-Powell: the most constrained vertices choose first; ties by index keep it
    // deterministic.
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return neighbours[a].size() > neighbours[b].size();
    });

    const auto palette = static_cast<std::size_t>(std::max(colours, 1));
    std::vector<int> colour(count, -1);
    for (std::size_t vertex : order) {
        // How many already coloured neighbours use each colour; the first unused one wins, and
        // when every colour is taken, the least used one.
        std::vector<std::size_t> uses(palette, 0);
        for (std::size_t other : neighbours[vertex]) {
            if (colour[other] >= 0) ++uses[static_cast<std::size_t>(colour[other])];
        }
        const auto best = std::min_element(uses.begin(), uses.end());
        colour[vertex] = static_cast<int>(best - uses.begin());
    }
    return colour;
}

MultiPolygon clip(const MultiPolygon& polygon, const Box& box) {
    if (box.empty() || !bounds(polygon).intersects(box)) return {};
    const geos::Context context;
    const geos::GeometryPtr geometry = geos::toGeos(context, polygon);
    const geos::GeometryPtr clipped = geos::intersectBox(context, *geometry, box);
    return geos::fromGeos(context, *clipped);
}

}  // namespace geo
