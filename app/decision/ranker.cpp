#include "app/decision/ranker.hpp"

#include <utility>

namespace decision {

namespace {

SensitivityOptions sensitivityOf(const domain::DecisionSettings& s) {
    SensitivityOptions o;
    o.samples = s.samples;
    o.seed = s.seed;
    o.sampling = s.sampling;
    o.plusMinusPercent = s.plusMinusPercent;
    return o;
}

}  // namespace

Ranker::Ranker(DecisionInput input, const Ranker* previous)
    : input_(std::move(input)), problem_(rankingProblem(input_)) {
    const bool sameGeometry = previous && previous->input_.sites == input_.sites &&
                              previous->input_.settings.radiusKm == input_.settings.radiusKm &&
                              previous->input_.areas.size() == input_.areas.size();
    coverage_ = sameGeometry ? previous->coverage_
                             : std::make_shared<const geo::CoverageModel>(
                                   input_.areas, input_.sites, input_.settings.radiusKm * 1000);
    if (problem_) return;
    sets_ = admissibleSets(input_.candidates, input_.places);
    measures_ = measureSets(input_, *coverage_, sets_);
}

std::vector<RankedSet> Ranker::rank(const Weights& weights) const {
    if (problem_) return {};
    return rankSets(input_.candidates, sets_, measures_, weights, {input_.settings.basis});
}

void Ranker::addAcceptability(std::vector<RankedSet>& ranked, const Weights& weights) const {
    if (ranked.empty()) return;
    rankAcceptability(input_.candidates, ranked, weights, {input_.settings.basis},
                      sensitivityOf(input_.settings));
}

std::array<WeightRange, kCriteria> Ranker::stability(const std::vector<RankedSet>& ranked,
                                                     const Weights& weights) const {
    if (ranked.empty()) return {};
    return stabilityRanges(input_.candidates, ranked, weights, {input_.settings.basis});
}

bool Ranker::acceptabilityComputed() const {
    return decision::acceptabilityComputed(sensitivityOf(input_.settings));
}

}  // namespace decision
