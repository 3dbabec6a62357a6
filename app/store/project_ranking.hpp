#pragma once
// The whole ranking of a project's decision input, computed in one call: every admissible set
// ranked with its measures, the rank acceptability of the sensitivity draws (the settings'
// samples, seed and sampling, so the result is deterministic), the recommended set's stability
// ranges and the population each set reaches. The `rank` command and the decision report both
// print this; the window computes the same parts step by step (ui/selection_model) so that
// sliders stay fast.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "app/decision/model.hpp"
#include "app/store/decision_input.hpp"

namespace store {

struct ProjectRanking {
    std::vector<decision::RankedSet> ranked;  // best first, acceptability filled in
    std::array<decision::WeightRange, decision::kCriteria> stability{};  // of ranked[0]
    std::vector<double> coveredPopulation;  // per ranked set
    double population = 0;                  // district population (sum of the municipalities)
    // False when no weightings were drawn (samples 0): every acceptability is then "not
    // computed" and is shown so ("–", an empty CSV cell, JSON null), never as 0 %.
    bool acceptabilityComputed = false;
};

// Why `input` cannot be ranked, in English for the command line ("2 eligible applications in
// 1 municipality; a set needs 2 applications from 2 different municipalities, ...", or "...
// give 3,921,225 sets of 4 places; at most 500,000 can be ranked (limits::kMaxRankedSets)");
// nullopt when it can. Cheap: the sets are counted, not enumerated.
std::optional<std::string> rankingProblem(const DecisionInput& input);

// Ranks `input` with its settings (radius, basis, weights, sensitivity). Precondition:
// !rankingProblem(input); otherwise the result has no sets.
ProjectRanking rankProject(const DecisionInput& input);

}  // namespace store
