#include "geo/coverage.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>
#include <string>

#include "geo/geos_util.hpp"
#include "geo/measure.hpp"

namespace geo {

namespace {

// Signed area of the triangle (0, a, b) intersected with the disk of radius² r2 around 0:
// positive when a → b turns counter-clockwise. Summed over the directed edges of a ring this
// is the area of the ring ∩ disk (with the ring's orientation's sign). The parts of the edge
// inside the disk contribute triangles, the parts outside circular sectors.
double triangleDiskArea(Vec2 a, Vec2 b, double r2) {
    const double aa = dot(a, a), bb = dot(b, b);
    if (aa <= r2 && bb <= r2) return cross(a, b) / 2;
    auto sector = [r2](Vec2 u, Vec2 v) { return r2 / 2 * std::atan2(cross(u, v), dot(u, v)); };
    const Vec2 d = b - a;
    const double dd = dot(d, d);
    if (dd == 0) return 0;
    // |a + t d|² = r2  ⇔  dd t² + 2 (a·d) t + (aa − r2) = 0
    const double half = dot(a, d);
    const double discriminant = half * half - dd * (aa - r2);
    if (discriminant <= 0) return sector(a, b);  // the line misses the disk
    const double root = std::sqrt(discriminant);
    const double t1 = (-half - root) / dd, t2 = (-half + root) / dd;
    if (t2 <= 0 || t1 >= 1) return sector(a, b);  // the segment misses the disk
    const Vec2 p = t1 > 0 ? a + d * t1 : a;
    const Vec2 q = t2 < 1 ? b - d * (1 - t2) : b;
    double result = cross(p, q) / 2;
    if (t1 > 0) result += sector(a, p);
    if (t2 < 1) result += sector(q, b);
    return result;
}

}  // namespace

// Every part C_ij = area_j ∩ buffer_i is kept as a GEOS geometry (for unions of three or more
// sites) and as flat rings (for the analytic pair overlap).
struct CoverageModel::Impl {
    geos::Context context;
    double radius = 0;
    std::vector<Vec2> sites;
    std::vector<double> areaSize;  // GEOS area of each area's polygon
    std::vector<double> density;   // population per square metre
    double total = 0;

    struct RingRef {
        std::size_t begin = 0, end = 0;  // into points
        double sign = 1;                 // +1 adds area, −1 subtracts it (holes, clockwise)
    };
    struct Part {
        std::size_t area = 0;
        double size = 0;  // m²
        Box box;
        std::size_t ringBegin = 0, ringEnd = 0;  // into rings
        geos::GeometryPtr geometry;
    };
    std::vector<Vec2> points;
    std::vector<RingRef> rings;
    std::vector<Part> parts;
    // Per site, per area: index into parts, or −1 when the buffer does not reach the area.
    std::vector<std::vector<int>> partOf;
    // The areas as GEOS geometries (prepared ones borrow them; declared after, freed first).
    std::vector<geos::GeometryPtr> shapes;
    std::vector<geos::PreparedPtr> preparedShapes;

    // |part ∩ disk(centre, r)|, the disk being the true circle.
    double overlapWithDisk(const Part& part, Vec2 centre) const {
        const Box disk{centre.x - radius, centre.y - radius, centre.x + radius, centre.y + radius};
        if (!part.box.intersects(disk)) return 0;
        const double r2 = radius * radius;
        bool allInside = true;
        for (Vec2 corner : {Vec2{part.box.minx, part.box.miny}, Vec2{part.box.maxx, part.box.miny},
                            Vec2{part.box.minx, part.box.maxy}, Vec2{part.box.maxx, part.box.maxy}})
            allInside = allInside && dot(corner - centre, corner - centre) <= r2;
        if (allInside) return part.size;
        double sum = 0;
        for (std::size_t r = part.ringBegin; r < part.ringEnd; ++r) {
            const RingRef& ring = rings[r];
            double ringSum = 0;
            Vec2 previous = points[ring.end - 1] - centre;
            for (std::size_t i = ring.begin; i < ring.end; ++i) {
                const Vec2 current = points[i] - centre;
                ringSum += triangleDiskArea(previous, current, r2);
                previous = current;
            }
            sum += ring.sign * ringSum;
        }
        return std::clamp(sum, 0.0, part.size);
    }

    // Covered square metres of area j by sites i and k (i != k).
    double pairCovered(std::size_t i, std::size_t k, std::size_t j) const {
        const int a = partOf[i][j], b = partOf[k][j];
        if (a < 0 && b < 0) return 0;
        if (a < 0) return parts[b].size;
        if (b < 0) return parts[a].size;
        const double sa = parts[a].size, sb = parts[b].size;
        // Order the pair so that (i, k) and (k, i) give the same number.
        const std::size_t first = std::min(i, k), second = std::max(i, k);
        const Part& clipped = parts[partOf[first][j]];
        const double overlap = length(sites[i] - sites[k]) < 2 * radius
                                   ? overlapWithDisk(clipped, sites[second])
                                   : 0.0;
        return std::clamp(sa + sb - overlap, std::max(sa, sb), areaSize[j]);
    }

    // Covered square metres of every area by the (distinct) sites.
    std::vector<double> covered(const std::vector<std::size_t>& chosen) const {
        std::vector<double> result(areaSize.size(), 0.0);
        if (chosen.size() == 1) {
            for (std::size_t j = 0; j < areaSize.size(); ++j)
                if (partOf[chosen[0]][j] >= 0) result[j] = parts[partOf[chosen[0]][j]].size;
        } else if (chosen.size() == 2) {
            for (std::size_t j = 0; j < areaSize.size(); ++j)
                result[j] = pairCovered(chosen[0], chosen[1], j);
        } else if (chosen.size() > 2) {
            for (std::size_t j = 0; j < areaSize.size(); ++j) result[j] = unionCovered(chosen, j);
        }
        return result;
    }

    double unionCovered(const std::vector<std::size_t>& chosen, std::size_t j) const {
        // Every copy is owned by a holder until GEOS takes it into the collection, so no path
        // (one part only, a failed copy, a failed collection) leaks one.
        std::vector<int> covering;
        double largest = 0;
        for (std::size_t s : chosen) {
            const int p = partOf[s][j];
            if (p < 0) continue;
            largest = std::max(largest, parts[p].size);
            covering.push_back(p);
        }
        if (covering.size() < 2) return largest;
        std::vector<geos::GeometryPtr> copies;
        for (int p : covering)
            copies.push_back(context.own(GEOSGeom_clone_r(context.handle(), parts[p].geometry.get()),
                                         "copy a geometry"));
        std::vector<GEOSGeometry*> raw;
        raw.reserve(copies.size());
        for (const geos::GeometryPtr& g : copies) raw.push_back(g.get());
        const geos::GeometryPtr collection = context.own(
            GEOSGeom_createCollection_r(context.handle(), GEOS_GEOMETRYCOLLECTION, raw.data(),
                                        static_cast<unsigned>(raw.size())),
            "collect the parts of an area");
        for (geos::GeometryPtr& g : copies) static_cast<void>(g.release());  // the collection owns them
        const geos::GeometryPtr merged =
            context.own(GEOSUnaryUnion_r(context.handle(), collection.get()), "unite buffers");
        double size = 0;
        if (!GEOSArea_r(context.handle(), merged.get(), &size)) context.fail("measure an area");
        return std::clamp(size, largest, areaSize[j]);
    }

    std::vector<std::size_t> distinct(const std::vector<std::size_t>& chosen) const {
        std::vector<std::size_t> result = chosen;
        std::sort(result.begin(), result.end());
        result.erase(std::unique(result.begin(), result.end()), result.end());
        if (!result.empty() && result.back() >= sites.size())
            throw std::out_of_range("CoverageModel: site index " + std::to_string(result.back()) +
                                    " of " + std::to_string(sites.size()));
        return result;
    }

    void addPart(std::size_t site, std::size_t area, geos::GeometryPtr geometry) {
        Part part;
        part.area = area;
        if (!GEOSArea_r(context.handle(), geometry.get(), &part.size))
            context.fail("measure an area");
        if (part.size <= 0) return;
        part.ringBegin = rings.size();
        for (const Polygon& polygon : geos::fromGeos(context, *geometry)) {
            auto addRing = [&](const Ring& ring, bool hole) {
                if (ring.size() < 3) return;
                const double orientation = signedArea(ring) >= 0 ? 1.0 : -1.0;
                rings.push_back({points.size(), points.size() + ring.size(),
                                 hole ? -orientation : orientation});
                for (Vec2 p : ring) {
                    points.push_back(p);
                    part.box.extend(p);
                }
            };
            addRing(polygon.outer, false);
            for (const Ring& hole : polygon.holes) addRing(hole, true);
        }
        part.ringEnd = rings.size();
        part.geometry = std::move(geometry);
        partOf[site][area] = static_cast<int>(parts.size());
        parts.push_back(std::move(part));
    }
};

CoverageModel::CoverageModel(std::vector<PopulatedArea> areas, std::vector<Vec2> sites,
                             double radiusMetres)
    : impl_(std::make_unique<Impl>()) {
    Impl& m = *impl_;
    const GEOSContextHandle_t h = m.context.handle();
    m.radius = radiusMetres;
    m.sites = std::move(sites);

    std::vector<geos::GeometryPtr>& shapes = m.shapes;
    std::vector<geos::PreparedPtr>& prepared = m.preparedShapes;
    std::vector<Box> boxes;
    for (const PopulatedArea& a : areas) {
        shapes.push_back(geos::toGeos(m.context, a.shape));
        prepared.push_back(m.context.prepare(*shapes.back()));
        boxes.push_back(bounds(a.shape));
        double size = 0;
        if (!GEOSArea_r(h, shapes.back().get(), &size)) m.context.fail("measure an area");
        m.areaSize.push_back(size);
        m.density.push_back(size > 0 ? a.population / size : 0.0);
        m.total += a.population;
    }

    m.partOf.assign(m.sites.size(), std::vector<int>(areas.size(), -1));
    if (!(radiusMetres > 0)) return;  // nothing is covered
    for (std::size_t i = 0; i < m.sites.size(); ++i) {
        const Vec2 s = m.sites[i];
        const geos::GeometryPtr point =
            m.context.own(GEOSGeom_createPointFromXY_r(h, s.x, s.y), "build a point");
        const geos::GeometryPtr buffer =
            m.context.own(GEOSBuffer_r(h, point.get(), radiusMetres, kCoverageSegmentsPerQuadrant),
                          "buffer a site");
        const Box box{s.x - radiusMetres, s.y - radiusMetres, s.x + radiusMetres,
                      s.y + radiusMetres};
        for (std::size_t j = 0; j < areas.size(); ++j) {
            if (!box.intersects(boxes[j])) continue;
            if (!m.context.predicate(GEOSPreparedIntersects_r(h, prepared[j].get(), buffer.get()),
                                     "test whether a buffer meets an area"))
                continue;
            if (m.context.predicate(GEOSPreparedContains_r(h, prepared[j].get(), buffer.get()),
                                    "test whether an area holds a buffer")) {
                m.addPart(i, j, m.context.own(GEOSGeom_clone_r(h, buffer.get()), "copy a buffer"));
            } else {
                m.addPart(i, j,
                          m.context.own(GEOSIntersection_r(h, shapes[j].get(), buffer.get()),
                                        "intersect an area with a buffer"));
            }
        }
    }
}

CoverageModel::~CoverageModel() = default;
CoverageModel::CoverageModel(CoverageModel&&) noexcept = default;
CoverageModel& CoverageModel::operator=(CoverageModel&&) noexcept = default;

double CoverageModel::radiusMetres() const {
    return impl_->radius;
}

double CoverageModel::totalPopulation() const {
    return impl_->total;
}

double CoverageModel::coveredPopulation(const std::vector<std::size_t>& sites) const {
    const std::vector<std::size_t> chosen = impl_->distinct(sites);
    if (chosen.size() == 2) {  // the hot path: no allocation
        double sum = 0;
        for (std::size_t j = 0; j < impl_->areaSize.size(); ++j)
            sum += impl_->density[j] * impl_->pairCovered(chosen[0], chosen[1], j);
        return sum;
    }
    const std::vector<double> covered = impl_->covered(chosen);
    double sum = 0;
    for (std::size_t j = 0; j < covered.size(); ++j) sum += impl_->density[j] * covered[j];
    return sum;
}

std::vector<double> CoverageModel::coveredShares(const std::vector<std::size_t>& sites) const {
    std::vector<double> covered = impl_->covered(impl_->distinct(sites));
    for (std::size_t j = 0; j < covered.size(); ++j)
        covered[j] = impl_->areaSize[j] > 0 ? covered[j] / impl_->areaSize[j] : 0.0;
    return covered;
}

std::vector<DemandUnit> CoverageModel::demandUnits() const {
    const Impl& m = *impl_;
    const GEOSContextHandle_t h = m.context.handle();
    // Noding snaps to this grid (metres): snap-rounding is what makes noding the boundaries of
    // real municipalities and circles robust; it moves vertices by at most 0.7 mm.
    constexpr double kGrid = 1e-3;
    std::map<std::vector<std::uint32_t>, double> units;
    std::vector<geos::GeometryPtr> buffers(m.sites.size());
    std::vector<geos::PreparedPtr> preparedBuffers(m.sites.size());
    auto buffer = [&](std::size_t i) -> const GEOSPreparedGeometry* {
        if (!buffers[i]) {
            const geos::GeometryPtr point = m.context.own(
                GEOSGeom_createPointFromXY_r(h, m.sites[i].x, m.sites[i].y), "build a point");
            buffers[i] = m.context.own(
                GEOSBuffer_r(h, point.get(), m.radius, kCoverageSegmentsPerQuadrant),
                "buffer a site");
            preparedBuffers[i] = m.context.prepare(*buffers[i]);
        }
        return preparedBuffers[i].get();
    };
    for (std::size_t j = 0; j < m.areaSize.size(); ++j) {
        if (!(m.density[j] > 0)) continue;
        std::vector<std::uint32_t> reaching;
        for (std::size_t i = 0; i < m.sites.size(); ++i)
            if (m.partOf[i][j] >= 0) reaching.push_back(static_cast<std::uint32_t>(i));
        if (reaching.empty()) continue;
        if (reaching.size() == 1) {
            units[reaching] +=
                m.density[j] * m.parts[static_cast<std::size_t>(m.partOf[reaching[0]][j])].size;
            continue;
        }
        // The area's boundary and the whole circles, noded where they cross, enclose the faces
        // of the arrangement; the faces inside the area are the pieces of population.
        std::vector<geos::GeometryPtr> lines;
        lines.push_back(m.context.own(GEOSBoundary_r(h, m.shapes[j].get()), "take a boundary"));
        for (std::uint32_t i : reaching) {
            buffer(i);
            lines.push_back(m.context.own(GEOSBoundary_r(h, buffers[i].get()), "take a boundary"));
        }
        std::vector<GEOSGeometry*> raw;
        for (const geos::GeometryPtr& g : lines) raw.push_back(g.get());
        const geos::GeometryPtr collection = m.context.own(
            GEOSGeom_createCollection_r(h, GEOS_GEOMETRYCOLLECTION, raw.data(),
                                        static_cast<unsigned>(raw.size())),
            "collect boundaries");
        for (geos::GeometryPtr& g : lines) static_cast<void>(g.release());
        const geos::GeometryPtr noded =
            m.context.own(GEOSUnaryUnionPrec_r(h, collection.get(), kGrid), "node lines");
        const GEOSGeometry* nodedRaw = noded.get();
        const geos::GeometryPtr faces =
            m.context.own(GEOSPolygonize_r(h, &nodedRaw, 1), "polygonize the buffers");
        const int count = GEOSGetNumGeometries_r(h, faces.get());
        std::vector<std::uint32_t> signature;
        for (int f = 0; f < count; ++f) {
            const GEOSGeometry* face = GEOSGetGeometryN_r(h, faces.get(), f);
            double size = 0;
            if (!GEOSArea_r(h, face, &size)) m.context.fail("measure an area");
            if (!(size > 0)) continue;
            const geos::GeometryPtr inside =
                m.context.own(GEOSPointOnSurface_r(h, face), "find a point inside a face");
            if (!m.context.predicate(
                    GEOSPreparedContains_r(h, m.preparedShapes[j].get(), inside.get()),
                    "test whether an area holds a point"))
                continue;  // outside the area, or one of its holes
            signature.clear();
            for (std::uint32_t i : reaching)
                if (m.context.predicate(GEOSPreparedContains_r(h, buffer(i), inside.get()),
                                        "test whether a buffer holds a point"))
                    signature.push_back(i);
            if (!signature.empty()) units[signature] += m.density[j] * size;
        }
    }
    std::vector<DemandUnit> result;
    result.reserve(units.size());
    for (auto& [sites, population] : units)
        if (population > 0) result.push_back({sites, population});
    return result;
}

Ring circleRing(Vec2 centre, double radius, int segmentsPerQuadrant) {
    const geos::Context context;
    const geos::GeometryPtr point = context.own(
        GEOSGeom_createPointFromXY_r(context.handle(), centre.x, centre.y), "build a point");
    const geos::GeometryPtr buffer = context.own(
        GEOSBuffer_r(context.handle(), point.get(), radius, segmentsPerQuadrant), "buffer a point");
    const MultiPolygon polygons = geos::fromGeos(context, *buffer);
    return polygons.empty() ? Ring{} : polygons.front().outer;
}

}  // namespace geo
