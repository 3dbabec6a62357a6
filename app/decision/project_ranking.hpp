#pragma once
// The whole ranking of a project's decision input, computed in one call: every admissible set
// ranked with its measures, the rank acceptability of the sensitivity draws (the settings'
// samples, seed and sampling, so the result is deterministic), the recommended set's stability
// ranges and the population each set reaches. The `rank` command and the decision report both
// print this; the window computes the same parts step by step (ui/selection_model) so that
// sliders stay fast.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/decision/model.hpp"
#include "app/decision/decision_input.hpp"

namespace decision {

// How the sets were ranked: every admissible set enumerated, or (past
// domain::limits::kMaxRankedSets sets) the best ones found by the covering solver.
enum class RankingMethod { Enumeration, Solver };

// What the covering solver did for a ranking (RankingMethod::Solver).
struct SolverReport {
    std::size_t units = 0;      // demand units of the maximal-covering model
    bool optimal = true;        // every listed set proven optimal among the sets not listed before
    int samplesDone = 0;        // acceptability: weightings re-solved within the time bound
    int samplesWanted = 0;      // … of the settings' samples
    bool stabilityComplete = true;  // the stability ranges were found within the time bound
    bool operator==(const SolverReport&) const = default;
};

struct ProjectRanking {
    RankingMethod method = RankingMethod::Enumeration;
    SolverReport solver;                      // RankingMethod::Solver only
    std::vector<decision::RankedSet> ranked;  // best first, acceptability filled in
    std::array<decision::WeightRange, decision::kCriteria> stability{};  // of ranked[0]
    std::vector<double> coveredPopulation;  // per ranked set
    double population = 0;                  // district population (sum of the municipalities)
    // False when no weightings were drawn (samples 0): every acceptability is then "not
    // computed" and is shown so ("–", an empty CSV cell, JSON null), never as 0 %.
    bool acceptabilityComputed = false;
};

// Why a decision input cannot be ranked, as numbers; i18n::rankingProblemText says it in
// the user's language.
struct RankingProblem {
    enum class Kind {
        TooFewMunicipalities,  // a set needs `places` applications from as many municipalities
        TooManySets,           // more admissible sets than domain::limits::kMaxRankedSets with
                               // Verteilung by distance (the solver needs coverage)
        TooManyCandidates,     // past the enumeration, more than kMaxSolverCandidates
        TooManyPlaces,         // past the enumeration, more than kMaxSolverPlaces places
        NoPopulation,          // Verteilung by coverage weighs, but no municipality has a
                               // population: coverage cannot be measured
    };
    Kind kind = Kind::TooFewMunicipalities;
    int places = 0;
    std::size_t candidates = 0;      // eligible applications with a site
    std::size_t municipalities = 0;  // distinct municipalities among them
    std::uint64_t sets = 0;          // admissible sets (TooManySets; UINT64_MAX: more than that)
    std::uint64_t limit = 0;         // the most sets that can be enumerated; for
                                     // TooManyCandidates/TooManyPlaces the solver's bound
    bool operator==(const RankingProblem&) const = default;
};

// Why `input` cannot be ranked; nullopt when it can. Cheap: the sets are counted, not
// enumerated.
std::optional<RankingProblem> rankingProblem(const DecisionInput& input);

// Ranks `input` with its settings (radius, basis, weights, sensitivity). Precondition:
// !rankingProblem(input); otherwise the result has no sets.
ProjectRanking rankProject(const DecisionInput& input);

}  // namespace decision
