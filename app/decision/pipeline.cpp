#include "app/decision/pipeline.hpp"

#include <algorithm>

#include "geo/coverage.hpp"

namespace decision {

ShownSet setToShow(const domain::Committee& committee, std::vector<std::int64_t> recommendation) {
    ShownSet shown;
    if (committee.choice) {
        shown.kind = ShownKind::Choice;
        shown.applications = committee.choice->applications;
    } else if (!recommendation.empty()) {
        shown.kind = ShownKind::Recommendation;
        shown.applications = std::move(recommendation);
    }
    std::sort(shown.applications.begin(), shown.applications.end());
    return shown;
}

std::vector<std::int64_t> setIds(const DecisionInput& input, const RankedSet& set) {
    std::vector<std::int64_t> ids;
    for (std::size_t m : set.members) ids.push_back(input.candidates[m].id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

Outcome decide(const domain::ProjectState& state, const DistrictGeometry* geometry) {
    Outcome out;
    out.input = decisionInput(state, geometry);
    out.problem = rankingProblem(out.input);
    out.ranking = rankProject(out.input);
    if (!out.ranking.ranked.empty())
        out.recommendation = setIds(out.input, out.ranking.ranked.front());
    out.shown = setToShow(state.committee, out.recommendation);
    return out;
}

std::vector<std::int64_t> recommendedSet(const domain::ProjectState& state) {
    const DecisionInput in = decisionInput(state);
    if (rankingProblem(in)) return {};
    const geo::CoverageModel coverage(in.areas, in.sites, in.settings.radiusKm * 1000);
    const auto sets = admissibleSets(in.candidates, in.places);
    const auto ranked = rankSets(in.candidates, sets, measureSets(in, coverage, sets),
                                 in.settings.weights, {in.settings.basis});
    if (ranked.empty()) return {};
    return setIds(in, ranked.front());
}

ShownSet shownSet(const domain::ProjectState& state) {
    if (state.committee.choice) return setToShow(state.committee, {});
    return setToShow(state.committee, recommendedSet(state));
}

}  // namespace decision
