#include "app/ui/selection_model.hpp"

#include <algorithm>

#include "app/i18n/format.hpp"
#include "app/i18n/ranking_text.hpp"
#include "app/i18n/strings.hpp"

namespace ui {

void SelectionModel::update(const project::Project& project,
                            const decision::DistrictGeometry& district,
                            const decision::Weights& weights, bool settled) {
    bool inputChanged = !revision_ || *revision_ != project.revision();
    if (inputChanged) {
        revision_ = project.revision();
        input_ = decision::decisionInput(project.state(), &district);
        problem_.clear();
        double radius = input_.settings.radiusKm * 1000;
        if (!coverage_ || coverageSites_ != input_.sites || coverageRadius_ != radius) {
            coverage_.emplace(input_.areas, input_.sites, radius);
            coverageSites_ = input_.sites;
            coverageRadius_ = radius;
        }
        // Past the limit admissibleSets would throw: the window says so instead (issue 9).
        sets_.clear();
        problem_.clear();
        if (const auto problem = decision::rankingProblem(input_))
            problem_ = i18n::rankingProblemText(*problem);
        else
            sets_ = decision::admissibleSets(input_.candidates, input_.places);
        measures_ = decision::measureSets(input_, *coverage_, sets_);
    }
    bool weightsChanged = !rankedFor_ || *rankedFor_ != weights;
    if (inputChanged || weightsChanged) {
        decision::RankingOptions options{input_.settings.basis};
        std::vector<decision::RankedSet> previous = std::move(ranked_);
        ranked_ = decision::rankSets(input_.candidates, sets_, measures_, weights, options);
        rankedFor_ = weights;
        acceptabilityFresh_ = false;
        // Keep the last acceptability while a slider moves: it follows on release.
        for (decision::RankedSet& r : ranked_)
            for (const decision::RankedSet& p : previous)
                if (p.members == r.members) r.acceptability = p.acceptability;
    }
    if (settled && !acceptabilityFresh_ && !ranked_.empty()) {
        decision::RankingOptions options{input_.settings.basis};
        decision::SensitivityOptions s{input_.settings.samples, input_.settings.seed,
                                       input_.settings.sampling, input_.settings.plusMinusPercent};
        decision::rankAcceptability(input_.candidates, ranked_, weights, options, s);
        ranges_ = decision::stabilityRanges(input_.candidates, ranked_, weights, options);
        acceptabilityFresh_ = true;
    }
}

std::vector<std::int64_t> SelectionModel::ids(const decision::RankedSet& set) const {
    std::vector<std::int64_t> out;
    for (std::size_t m : set.members) out.push_back(input_.candidates[m].id);
    std::sort(out.begin(), out.end());
    return out;
}

const decision::RankedSet* SelectionModel::find(const std::vector<std::int64_t>& wanted) const {
    std::vector<std::int64_t> sorted = wanted;
    std::sort(sorted.begin(), sorted.end());
    for (const decision::RankedSet& r : ranked_)
        if (ids(r) == sorted) return &r;
    return nullptr;
}

std::optional<decision::RankedSet> SelectionModel::setOf(const std::vector<std::int64_t>& ids) const {
    if (const decision::RankedSet* ranked = find(ids)) return *ranked;
    decision::RankedSet set;
    for (std::size_t i = 0; i < input_.candidates.size(); ++i)
        if (std::find(ids.begin(), ids.end(), input_.candidates[i].id) != ids.end())
            set.members.push_back(i);
    if (set.members.empty()) return std::nullopt;
    return set;
}

double SelectionModel::coveredPopulation(const decision::RankedSet& set) const {
    return coverage_ ? coverage_->coveredPopulation(set.members) : 0;
}

std::vector<double> SelectionModel::coveredShares(const decision::RankedSet& set) const {
    return coverage_ ? coverage_->coveredShares(set.members) : std::vector<double>{};
}

}  // namespace ui
