#pragma once
// The evidence beside each criterion's scores: numbers taken from the application and the map,
// shown to the committee, never silently turned into a score.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/domain/committee.hpp"
#include "app/domain/project_state.hpp"
#include "geo/types.hpp"

namespace decision {

// What the evidence needs of the district, computed once per project (GEOS label points).
struct DistrictGeometry {
    std::vector<geo::Vec2> centres;  // per municipality: centre of its largest inscribed circle
    geo::Vec2 centroid;              // area-weighted centroid of the whole district
    std::size_t mainTown = 0;        // the most populous municipality (Düren in Kreis Düren)
};
DistrictGeometry analyseDistrict(const domain::MapData& map);

// The region index of every municipality: the settings' grouping where it names the
// municipality, else thirds of the municipalities by the north–south position of their
// centres (north first).
std::vector<int> regionsOf(const domain::MapData& map, const DistrictGeometry& geometry,
                           const domain::DecisionSettings& settings);

struct Evidence {
    // Zahl der Akteur*innen
    int actorsNow = 0;
    int actorsTarget = 0;
    std::optional<double> growthPercent;  // (target - now) / now; empty when now is 0
    // Zusammensetzung
    int actorKinds = 0;
    // Shannon index over the kinds of actors. The form records which kinds take part, not how
    // many of each, so every kind counts equally and H = ln(number of kinds).
    double shannon = 0;
    // Zielgruppen
    int targetGroups = 0;
    bool intergenerational = false;  // at least two of Kinder, Jugendliche, Familien, Senior*innen
    bool intercultural = false;      // Neuzugewanderte or Menschen mit Migrationsgeschichte
    // Organisation
    double staffHoursPerWeek = 0;
    int volunteers = 0;
    double ownFundsEurPerYear = 0;
    bool fixedContact = false;
    std::string openingHours;
    double openingHoursPerWeek = 0;
    // Lage
    std::string municipality;
    std::optional<std::int64_t> population;
    std::optional<double> densityPerKm2;
    std::string mainTown;                          // "Düren"
    std::optional<double> distanceToMainTownKm;    // from the site to the main town's centre
    std::optional<double> distanceToCentroidKm;    // from the site to the district's centroid
    std::string region;                            // "Nordkreis", ...
    std::optional<double> nearestOtherKm;          // to the nearest other application's site
    std::string nearestOtherNr;
};

Evidence evidenceFor(const domain::ProjectState& project, const domain::Application& a,
                     const DistrictGeometry& geometry, const std::vector<int>& regions);

}  // namespace decision
