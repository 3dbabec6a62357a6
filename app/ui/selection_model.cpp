#include "app/ui/selection_model.hpp"

#include <algorithm>

#include "app/i18n/format.hpp"
#include "app/i18n/ranking_text.hpp"
#include "app/i18n/strings.hpp"

namespace ui {

void SelectionModel::update(const project::Project& project,
                            const decision::DistrictGeometry& district,
                            const decision::Weights& weights, bool settled) {
    const bool inputChanged =
        !revision_ || *revision_ != project.revision() || rankedRadius_ != liveRadius_;
    if (inputChanged) {
        revision_ = project.revision();
        rankedRadius_ = liveRadius_;
        decision::DecisionInput input = decision::decisionInput(project.state(), &district);
        if (liveRadius_) input.settings.radiusKm = *liveRadius_;
        // The one ranking pipeline (decision::Ranker), as rank and the report use it; the sets
        // and their measures are made once per project state, the GEOS coverage kept while the
        // sites stay where they are.
        auto next = std::make_unique<decision::Ranker>(std::move(input), ranker_.get());
        ranker_ = std::move(next);
        problem_ = ranker_->problem() ? i18n::rankingProblemText(*ranker_->problem()) : "";
    }
    const bool weightsChanged = !rankedFor_ || *rankedFor_ != weights;
    if (inputChanged || weightsChanged) {
        std::vector<decision::RankedSet> previous = std::move(ranked_);
        ranked_ = ranker_->rank(weights);
        rankedFor_ = weights;
        acceptabilityFresh_ = false;
        // Keep the last acceptability while a slider moves: it follows on release.
        for (decision::RankedSet& r : ranked_)
            for (const decision::RankedSet& p : previous)
                if (p.members == r.members) r.acceptability = p.acceptability;
    }
    if (settled && !liveRadius_ && !acceptabilityFresh_ && !ranked_.empty()) {
        ranker_->addAcceptability(ranked_, weights);
        ranges_ = ranker_->stability(ranked_, weights);
        acceptabilityFresh_ = true;
    }
}

std::vector<std::int64_t> SelectionModel::ids(const decision::RankedSet& set) const {
    std::vector<std::int64_t> out;
    for (std::size_t m : set.members) out.push_back(input().candidates[m].id);
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
    for (std::size_t i = 0; i < input().candidates.size(); ++i)
        if (std::find(ids.begin(), ids.end(), input().candidates[i].id) != ids.end())
            set.members.push_back(i);
    if (set.members.empty()) return std::nullopt;
    return set;
}

double SelectionModel::coveredPopulation(const decision::RankedSet& set) const {
    return ranker_ ? ranker_->coverage().coveredPopulation(set.members) : 0;
}

std::vector<double> SelectionModel::coveredShares(const decision::RankedSet& set) const {
    return ranker_ ? ranker_->coverage().coveredShares(set.members) : std::vector<double>{};
}

}  // namespace ui
