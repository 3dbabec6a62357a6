#pragma once
// The steps of ranking a decision input, held together so that each is done once: the sets of
// places and their geometric measures (coverage, distance, regions: the expensive part, done
// in the constructor), then the ranking for any weights (fast: the window re-ranks on every
// slider move), then the rank acceptability and stability ranges (the sensitivity draws, done
// when the weights have settled). rankProject (the commands) and the window's selection model
// both rank through this one class.

#include <array>
#include <memory>
#include <optional>
#include <vector>

#include "app/decision/decision_input.hpp"
#include "app/decision/model.hpp"
#include "app/decision/project_ranking.hpp"
#include "geo/coverage.hpp"

namespace decision {

class Ranker {
  public:
    // Counts the sets first: past the limit (or with too few municipalities) problem() says
    // why and there are no sets to rank. `previous`: a ranker of an earlier state of the same
    // project; its coverage model (GEOS buffers, the slow part) is reused when the sites and
    // the radius are the same (a score changed, not a site).
    explicit Ranker(DecisionInput input, const Ranker* previous = nullptr);

    const DecisionInput& input() const { return input_; }
    const std::optional<RankingProblem>& problem() const { return problem_; }
    const geo::CoverageModel& coverage() const { return *coverage_; }

    // Every admissible set ranked under `weights` (best first); empty when problem().
    std::vector<RankedSet> rank(const Weights& weights) const;
    // Fills in the acceptability of `ranked` (ranked under `weights`) with the input's
    // sensitivity settings (samples, seed, sampling): deterministic.
    void addAcceptability(std::vector<RankedSet>& ranked, const Weights& weights) const;
    // How far each weight can move before ranked[0] loses first place.
    std::array<WeightRange, kCriteria> stability(const std::vector<RankedSet>& ranked,
                                                 const Weights& weights) const;
    // Whether addAcceptability draws at all (samples > 0).
    bool acceptabilityComputed() const;

  private:
    DecisionInput input_;
    std::optional<RankingProblem> problem_;
    std::shared_ptr<const geo::CoverageModel> coverage_;
    std::vector<std::vector<std::size_t>> sets_;
    std::vector<SetMeasures> measures_;
};

}  // namespace decision
