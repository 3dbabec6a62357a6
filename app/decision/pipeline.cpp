#include "app/decision/pipeline.hpp"

#include <algorithm>

#include "app/decision/ranker.hpp"

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
    return decide(state, SettingsOverrides{}, geometry);
}

Outcome decide(const domain::ProjectState& state, const SettingsOverrides& overrides,
               const DistrictGeometry* geometry) {
    Outcome out;
    out.input = decisionInput(state, geometry);
    if (overrides.radiusKm) out.input.settings.radiusKm = *overrides.radiusKm;
    if (overrides.samples) out.input.settings.samples = *overrides.samples;
    if (overrides.seed) out.input.settings.seed = *overrides.seed;
    out.problem = rankingProblem(out.input);
    out.ranking = rankProject(out.input);
    if (!out.ranking.ranked.empty())
        out.recommendation = setIds(out.input, out.ranking.ranked.front());
    out.shown = setToShow(state.committee, out.recommendation);
    return out;
}

std::string setNrs(const domain::ProjectState& state, const std::vector<std::int64_t>& ids,
                   const std::string& separator) {
    std::string out;
    for (std::int64_t id : ids) {
        if (!out.empty()) out += separator;
        const auto it = std::find_if(state.applications.begin(), state.applications.end(),
                                     [id](const domain::Application& a) { return a.id == id; });
        out += it != state.applications.end() ? it->nr : "#" + std::to_string(id);
    }
    return out;
}

std::vector<std::int64_t> recommendedSet(const domain::ProjectState& state) {
    // No site, no set (and no need to measure a Land's municipalities for nothing).
    if (std::none_of(state.applications.begin(), state.applications.end(),
                     [](const domain::Application& a) { return a.site.has_value(); }))
        return {};
    const Ranker ranker(decisionInput(state));
    RankedSet first;
    first.members = ranker.best(ranker.input().settings.weights);
    if (first.members.empty()) return {};
    return setIds(ranker.input(), first);
}

ShownSet shownSet(const domain::ProjectState& state) {
    if (state.committee.choice) return setToShow(state.committee, {});
    return setToShow(state.committee, recommendedSet(state));
}

}  // namespace decision
