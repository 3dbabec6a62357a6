#include "app/decision/decision_input.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <set>

#include "app/domain/eligibility.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/decision/evidence.hpp"
#include "geo/measure.hpp"

namespace decision {

std::size_t DecisionInput::candidateMunicipalities() const {
    std::set<std::string> distinct;
    for (const decision::Candidate& c : candidates) distinct.insert(c.municipality);
    return distinct.size();
}

std::vector<decision::Score> loadScores(const domain::ProjectState& project) {
    return project.committee.scores;
}

DecisionInput decisionInput(const domain::ProjectState& project, const DistrictGeometry* geometry) {
    DecisionInput in;
    in.places = project.call.placesFunded;
    in.settings = project.committee.settings;

    const domain::MapData& map = project.map;
    // The regions need each municipality's centre (a maximum inscribed circle each: seconds
    // for all of Germany), so they are worked out only when some application has a site.
    const bool anySite = std::any_of(project.applications.begin(), project.applications.end(),
                                     [](const domain::Application& a) { return a.site.has_value(); });
    if (anySite)
        in.municipalityRegion =
            regionsOf(map, geometry ? *geometry : analyseDistrict(map), in.settings);
    else
        in.municipalityRegion.assign(map.municipalities.size(), 0);
    for (const domain::Municipality& m : map.municipalities)
        in.areas.push_back({m.shape, static_cast<double>(m.population.value_or(0))});

    std::vector<std::int64_t> ids;
    for (const domain::Application& a : project.applications) {
        const domain::Eligibility e = domain::assessEligibility(project, a);
        if (!e.eligible()) {
            in.excluded.push_back({a.nr, "nicht förderfähig: " + i18n::eligibilitySummary(e)});
            continue;
        }
        if (!a.site) {  // eligibility asks for a site in the district; this is a safeguard
            in.excluded.push_back({a.nr, "kein Standort"});
            continue;
        }
        const domain::Municipality* named = map.byAgs(a.municipalityAgs);
        const std::size_t municipality =
            named ? static_cast<std::size_t>(named - map.municipalities.data())
                  : map.municipalities.size();
        decision::Candidate c;
        c.id = a.id;
        c.nr = a.nr;
        c.municipality = a.municipalityAgs;
        c.region =
            municipality < map.municipalities.size() ? in.municipalityRegion[municipality] : 0;
        in.candidates.push_back(c);
        in.sites.push_back(*a.site);
        in.nrs.push_back(a.nr);
        in.municipalityNames.push_back(municipality < map.municipalities.size()
                                           ? map.municipalities[municipality].name
                                           : a.municipalityAgs);
        ids.push_back(a.id);
    }

    const std::vector<decision::Score> scores = loadScores(project);
    const std::vector<decision::Recusal>& recusals = project.committee.recusals;
    in.aggregates =
        decision::aggregate(ids, scores, recusals, in.settings.weights, in.settings.aggregation);
    for (std::size_t i = 0; i < in.candidates.size(); ++i)
        for (int c = 1; c < decision::kCriteria; ++c)
            in.candidates[i].scores[c] = in.aggregates[i].score[c].value_or(0);

    in.members = project.committee.members.size();
    const std::set<std::int64_t> candidateIds(ids.begin(), ids.end());
    std::set<std::pair<std::int64_t, std::int64_t>> recused;
    for (const decision::Recusal& r : recusals) recused.insert({r.member, r.application});
    for (const decision::Score& s : scores)
        if (candidateIds.count(s.application) && !recused.count({s.member, s.application}) &&
            s.criterion != decision::Criterion::Verteilung)
            ++in.scoreCount;
    in.kendallW = decision::kendallW(ids, scores, recusals);
    return in;
}

std::vector<decision::SetMeasures> measureSets(const DecisionInput& input,
                                               const geo::CoverageModel& coverage,
                                               const std::vector<std::vector<std::size_t>>& sets) {
    std::vector<decision::SetMeasures> result;
    result.reserve(sets.size());
    const double total = coverage.totalPopulation();
    for (const std::vector<std::size_t>& set : sets) {
        decision::SetMeasures m;
        m.coverageShare = total > 0 ? coverage.coveredPopulation(set) / total : 0.0;
        double shortest = set.size() > 1 ? std::numeric_limits<double>::infinity() : 0.0;
        std::set<int> regions;
        for (std::size_t a = 0; a < set.size(); ++a) {
            regions.insert(input.candidates[set[a]].region);
            for (std::size_t b = a + 1; b < set.size(); ++b)
                shortest =
                    std::min(shortest, geo::length(input.sites[set[a]] - input.sites[set[b]]));
        }
        m.minDistanceKm = set.size() > 1 ? shortest / 1000 : 0.0;
        m.regions = static_cast<int>(regions.size());
        result.push_back(m);
    }
    return result;
}

}  // namespace decision
