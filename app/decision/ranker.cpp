#include "app/decision/ranker.hpp"

#include <algorithm>
#include <utility>

#include "app/decision/detail.hpp"
#include "app/domain/limits.hpp"

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

Ranker::Ranker(DecisionInput input, const Ranker* previous, SolverLimits limits)
    : input_(std::move(input)), limits_(limits), problem_(rankingProblem(input_)) {
    const bool sameGeometry = previous && previous->input_.sites == input_.sites &&
                              previous->input_.settings.radiusKm == input_.settings.radiusKm &&
                              previous->input_.areas.size() == input_.areas.size();
    coverage_ = sameGeometry ? previous->coverage_
                             : std::make_shared<const geo::CoverageModel>(
                                   input_.areas, input_.sites, input_.settings.radiusKm * 1000);
    if (problem_) return;
    if (admissibleSetCount(input_.candidates, input_.places) > domain::limits::kMaxRankedSets) {
        // The demand units depend on the sites and the radius only, like the coverage model.
        if (sameGeometry && previous->solver_ && previous->input_.places == input_.places) {
            solver_ = std::make_shared<const CoveringSolver>(
                input_.candidates, input_.places, previous->solver_->demandUnits(),
                coverage_->totalPopulation());
        } else {
            solver_ = std::make_shared<const CoveringSolver>(
                input_.candidates, input_.places, coverage_->demandUnits(),
                coverage_->totalPopulation());
        }
        return;
    }
    sets_ = admissibleSets(input_.candidates, input_.places);
    measures_ = measureSets(input_, *coverage_, sets_);
}

std::vector<RankedSet> Ranker::rank(const Weights& weights, bool* optimal,
                                    const SolverControl* control) const {
    if (optimal) *optimal = true;
    if (problem_) return {};
    if (!solver_)
        return rankSets(input_.candidates, sets_, measures_, weights, {input_.settings.basis});
    return rankSolved(solveSets(weights, control), weights, optimal);
}

std::vector<SolvedSet> Ranker::solveSets(const Weights& weights,
                                         const SolverControl* control) const {
    if (problem_ || !solver_) return {};
    return solver_->bestSets(weights, limits_.sets, limits_.rankSeconds, control);
}

std::vector<RankedSet> Ranker::rankSolved(const std::vector<SolvedSet>& found,
                                          const Weights& weights, bool* optimal) const {
    if (optimal) *optimal = true;
    std::vector<std::vector<std::size_t>> sets;
    for (const SolvedSet& s : found) sets.push_back(s.members);
    const std::vector<SetMeasures> measures = measureSets(input_, *coverage_, sets);
    const Weights w = normalised(weights);
    // In the solver's order and with the model's numbers (coverage from the demand units), so
    // the first set shown is the one recommendedSet records and the totals match the gaps.
    const double optimum = found.empty() ? 0.0 : found.front().bound;
    std::vector<RankedSet> ranked;
    for (std::size_t i = 0; i < found.size(); ++i) {
        RankedSet r;
        r.members = found[i].members;
        r.measures = measures[i];
        const std::array<double, kCriteria> f = solver_->features(r.members);
        r.measures.coverageShare = f[0] / 5;
        for (std::size_t m : r.members) r.merit += candidateMerit(input_.candidates[m], w);
        r.merit /= static_cast<double>(std::max<std::size_t>(r.members.size(), 1));
        r.verteilung = f[0];
        r.total = found[i].objective;
        const bool tied =
            i > 0 && detail::quantised(r.total) == detail::quantised(ranked.back().total);
        r.rank = tied ? ranked.back().rank : static_cast<int>(i + 1);
        r.pareto = false;  // the front of all sets is not known without enumerating them
        r.gap = optimum > 0 ? std::max(0.0, (optimum - found[i].objective) / optimum) : 0.0;
        if (optimal && found[i].status != SolveStatus::Optimal) *optimal = false;
        ranked.push_back(std::move(r));
    }
    return ranked;
}

CoveringSolver::Acceptability Ranker::solverAcceptability(
    const std::vector<std::vector<std::size_t>>& sets, const Weights& weights,
    const SolverControl* control) const {
    if (!solver_) return {};
    return solver_->acceptability(sets, weights, sensitivityOf(input_.settings),
                                  limits_.acceptabilitySeconds, control);
}

CoveringSolver::Stability Ranker::solverStability(const std::vector<std::size_t>& first,
                                                  const Weights& weights,
                                                  const SolverControl* control) const {
    if (!solver_) return {};
    return solver_->stability(first, weights, limits_.stabilitySeconds, control);
}

std::vector<std::size_t> Ranker::best(const Weights& weights) const {
    if (problem_) return {};
    if (!solver_) {
        const std::vector<RankedSet> ranked = rank(weights);
        return ranked.empty() ? std::vector<std::size_t>{} : ranked.front().members;
    }
    const std::optional<SolvedSet> found = solver_->best(weights, limits_.rankSeconds);
    return found ? found->members : std::vector<std::size_t>{};
}

Ranker::Sensitivity Ranker::addAcceptability(std::vector<RankedSet>& ranked,
                                             const Weights& weights,
                                             const SolverControl* control) const {
    Sensitivity done;
    if (ranked.empty()) return done;
    const SensitivityOptions options = sensitivityOf(input_.settings);
    done.samplesWanted = std::max(options.samples, 0);
    if (!solver_) {
        rankAcceptability(input_.candidates, ranked, weights, {input_.settings.basis}, options);
        done.samplesDone = done.samplesWanted;
        return done;
    }
    std::vector<std::vector<std::size_t>> sets;
    for (const RankedSet& r : ranked) sets.push_back(r.members);
    const CoveringSolver::Acceptability a = solverAcceptability(sets, weights, control);
    for (std::size_t i = 0; i < ranked.size(); ++i) ranked[i].acceptability = a.shares[i];
    done.samplesDone = a.samplesDone;
    return done;
}

std::array<WeightRange, kCriteria> Ranker::stability(const std::vector<RankedSet>& ranked,
                                                     const Weights& weights, bool* complete,
                                                     const SolverControl* control) const {
    if (complete) *complete = true;
    if (ranked.empty()) return {};
    if (!solver_)
        return stabilityRanges(input_.candidates, ranked, weights, {input_.settings.basis});
    const CoveringSolver::Stability s = solverStability(ranked.front().members, weights, control);
    if (complete) *complete = s.complete;
    return s.ranges;
}

bool Ranker::acceptabilityComputed() const {
    return decision::acceptabilityComputed(sensitivityOf(input_.settings));
}

}  // namespace decision
