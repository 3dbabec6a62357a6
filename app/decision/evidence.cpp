#include "app/decision/evidence.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "geo/measure.hpp"

namespace decision {

using domain::Application;
using domain::DecisionSettings;
using domain::MapData;
using domain::Municipality;
using domain::TargetGroup;

namespace {

// Area-weighted centroid of a multipolygon's outer rings minus holes (shoelace).
void accumulateCentroid(const geo::MultiPolygon& shape, double& sumA, double& sumX,
                        double& sumY) {
    auto ring = [&](const geo::Ring& r, double sign) {
        // Relative to the first vertex (UTM coordinates are large), closed or not.
        if (r.size() < 3) return;
        const geo::Vec2 o = r.front();
        double a = 0, cx = 0, cy = 0;
        for (std::size_t i = 0, n = r.size(); i < n; ++i) {
            geo::Vec2 p = r[i] - o, q = r[(i + 1) % n] - o;
            double cross = p.x * q.y - q.x * p.y;
            a += cross;
            cx += (p.x + q.x) * cross;
            cy += (p.y + q.y) * cross;
        }
        // Back to absolute coordinates: the centroid is cx / 3a + o, and the sums below are
        // divided by 3a in the end, so o enters as 3a·o.
        cx += 3 * a * o.x;
        cy += 3 * a * o.y;
        // Orientation-independent: outer rings add, holes subtract.
        double s = (a < 0 ? -1 : 1) * sign;
        sumA += s * a / 2;
        sumX += s * cx / 6;
        sumY += s * cy / 6;
    };
    for (const geo::Polygon& p : shape) {
        ring(p.outer, 1);
        for (const geo::Ring& h : p.holes) ring(h, -1);
    }
}

double km(geo::Vec2 a, geo::Vec2 b) {
    return std::hypot(a.x - b.x, a.y - b.y) / 1000.0;
}

}  // namespace

DistrictGeometry analyseDistrict(const MapData& map) {
    DistrictGeometry g;
    double sumA = 0, sumX = 0, sumY = 0;
    std::int64_t most = -1;
    for (std::size_t i = 0; i < map.municipalities.size(); ++i) {
        const Municipality& m = map.municipalities[i];
        g.centres.push_back(geo::labelPoint(m.shape, 10.0).first);
        accumulateCentroid(m.shape, sumA, sumX, sumY);
        if (m.population && *m.population > most) {
            most = *m.population;
            g.mainTown = i;
        }
    }
    if (sumA > 0) g.centroid = {sumX / sumA, sumY / sumA};
    return g;
}

std::vector<int> regionsOf(const MapData& map, const DistrictGeometry& geometry,
                           const DecisionSettings& settings) {
    std::size_t n = map.municipalities.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return geometry.centres[a].y > geometry.centres[b].y;  // north first
    });
    int regionCount = std::max<int>(1, static_cast<int>(settings.regionNames.size()));
    std::vector<int> regions(n, 0);
    for (std::size_t rank = 0; rank < n; ++rank)
        regions[order[rank]] =
            static_cast<int>(rank * static_cast<std::size_t>(regionCount) / std::max<std::size_t>(n, 1));
    for (std::size_t i = 0; i < n; ++i)
        if (auto it = settings.regions.find(map.municipalities[i].ags); it != settings.regions.end())
            regions[i] = std::clamp(it->second, 0, regionCount - 1);
    return regions;
}

Evidence evidenceFor(const domain::ProjectState& project, const Application& a,
                     const DistrictGeometry& geometry, const std::vector<int>& regions) {
    Evidence e;
    e.actorsNow = a.actorsNow;
    e.actorsTarget = a.actorsTarget;
    if (a.actorsNow > 0)
        e.growthPercent = 100.0 * (a.actorsTarget - a.actorsNow) / a.actorsNow;
    e.actorKinds = static_cast<int>(a.actorKinds.size());
    e.shannon = e.actorKinds > 0 ? std::log(static_cast<double>(e.actorKinds)) : 0;
    e.targetGroups = static_cast<int>(a.targetGroups.size());
    int generations = 0;
    for (TargetGroup t : a.targetGroups) {
        if (t == TargetGroup::Kinder || t == TargetGroup::Jugendliche ||
            t == TargetGroup::Familien || t == TargetGroup::Senioren)
            ++generations;
        if (t == TargetGroup::Neuzugewanderte || t == TargetGroup::Migrationsgeschichte)
            e.intercultural = true;
    }
    e.intergenerational = generations >= 2;
    e.staffHoursPerWeek = a.staffHoursPerWeek;
    e.volunteers = a.volunteers;
    e.ownFundsEurPerYear = a.ownFundsEurPerYear;
    e.fixedContact = a.fixedContact;
    e.openingHours = a.openingHours;
    e.openingHoursPerWeek = a.openingHoursPerWeek;

    const MapData& map = project.map;
    for (std::size_t i = 0; i < map.municipalities.size(); ++i) {
        const Municipality& m = map.municipalities[i];
        if (m.ags != a.municipalityAgs) continue;
        e.municipality = m.name;
        e.population = m.population;
        if (m.population && m.areaKm2 > 0)
            e.densityPerKm2 = static_cast<double>(*m.population) / m.areaKm2;
        if (i < regions.size()) {
            const auto& names = project.committee.settings.regionNames;
            int r = regions[i];
            e.region = r >= 0 && r < static_cast<int>(names.size()) ? names[static_cast<std::size_t>(r)]
                                                                    : std::to_string(r + 1);
        }
    }
    if (geometry.mainTown < map.municipalities.size())
        e.mainTown = map.municipalities[geometry.mainTown].name;
    if (a.site) {
        if (geometry.mainTown < geometry.centres.size())
            e.distanceToMainTownKm = km(*a.site, geometry.centres[geometry.mainTown]);
        e.distanceToCentroidKm = km(*a.site, geometry.centroid);
        for (const Application& other : project.applications) {
            if (other.id == a.id || !other.site) continue;
            double d = km(*a.site, *other.site);
            if (!e.nearestOtherKm || d < *e.nearestOtherKm) {
                e.nearestOtherKm = d;
                e.nearestOtherNr = other.nr;
            }
        }
    }
    return e;
}

}  // namespace decision
