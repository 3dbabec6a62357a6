#pragma once
// The best sets of a call with too many sets to enumerate, found exactly by a mixed-integer
// solver (COIN-OR CBC) on a maximal-covering model:
//
//   maximise  Σ_i a_i x_i + Σ_u b_u y_u
//   s.t.      Σ_i x_i = k                         (k places)
//             Σ_{i in municipality m} x_i <= 1    (at most one place per municipality)
//             y_u <= Σ_{i reaches u} x_i          (a demand unit counts once when reached)
//             x_i = 1 / x_i = 0                   (places fixed in / out: the subproblems of
//                                                  Lawler's partition, for the next best sets)
//             x_i in {0, 1}, 0 <= y_u <= 1
//
// with a_i = (w_Akteure + … + w_Lage) × merit_i / k and b_u = w_Verteilung × 5 × population_u /
// district population: the same total as rankSets gives a set with Verteilung by coverage
// (normalised weights), because a set's covered population is the sum of the demand units
// (geo::DemandUnit) it reaches. Units reached by one site only are folded into that site's a_i.
// Distance-based Verteilung (the shortest distance between two sites, relative to the best set)
// is not linear and is not solved here.

#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "app/decision/model.hpp"
#include "geo/coverage.hpp"

namespace decision {

enum class SolveStatus {
    Optimal,     // proven optimal
    TimeLimit,   // stopped at the time bound: the best set found, gap to the bound known
    Infeasible,  // no (further) admissible set
    Cancelled,   // the caller cancelled before a solution was found
};

struct SolvedSet {
    std::vector<std::size_t> members;  // indices into the candidates, ascending
    double objective = 0;              // the model's total (0–5)
    SolveStatus status = SolveStatus::Optimal;
    double bound = 0;  // the solver's upper bound on the objective (== objective when optimal)
};

// Between solves the caller may stop what follows (acceptability draws, stability search);
// `cancel` is read before each solve and passed to CBC's time limit.
struct SolverControl {
    std::atomic<bool> cancel{false};
    std::function<void(int done, int total)> progress;  // called after each solve, may be empty
};

class CoveringSolver {
  public:
    CoveringSolver(std::vector<Candidate> candidates, int places,
                   std::vector<geo::DemandUnit> units, double totalPopulation);

    int places() const { return places_; }
    std::size_t units() const { return units_.size(); }
    const std::vector<geo::DemandUnit>& demandUnits() const { return units_; }

    // The best admissible set under `weights`; nullopt when there is none (status Infeasible)
    // or the time bound passed before any set was found.
    std::optional<SolvedSet> best(const Weights& weights, double seconds) const;

    // The best `count` sets in order (each the optimum of the sets not found before, by
    // Lawler's partition of the sets into subproblems with places fixed in and out), fewer when
    // there are fewer admissible sets or the time runs out.
    std::vector<SolvedSet> bestSets(const Weights& weights, int count, double seconds,
                                    const SolverControl* control = nullptr) const;

    // The model's total of a set under `weights` (coverage from the demand units).
    double total(const std::vector<std::size_t>& set, const Weights& weights) const;

    // The six numbers a set's total is the weighted sum of (Verteilung from the units, then
    // the mean score per criterion): total = Σ_c normalised(w)[c] × features[c].
    std::array<double, kCriteria> features(const std::vector<std::size_t>& set) const;

    // Rank acceptability by re-solving: draws weightings as rankAcceptability does (seed,
    // sampling) until `options.samples` are done or `seconds` have passed; returns, per set in
    // `sets`, the share of the draws done in which it was best, and the number of draws done.
    struct Acceptability {
        std::vector<double> shares;  // parallel to `sets`
        int samplesDone = 0;
        int samplesWanted = 0;
    };
    Acceptability acceptability(const std::vector<std::vector<std::size_t>>& sets,
                                const Weights& weights, const SensitivityOptions& options,
                                double seconds, const SolverControl* control = nullptr) const;

    // For `first` (the best set under `weights`): per criterion, the interval of its normalised
    // weight within which `first` stays best while the other weights keep their proportions,
    // found exactly by parametric re-solving: the best total is the upper envelope of the sets'
    // lines, so each solve at the far end either confirms the bound or yields the set whose
    // line crosses first's, and the crossing is the next candidate bound. `complete` is false
    // when the time ran out (the ranges found so far are then wider than the truth).
    struct Stability {
        std::array<WeightRange, kCriteria> ranges{};
        bool complete = true;
        int solves = 0;
    };
    Stability stability(const std::vector<std::size_t>& first, const Weights& weights,
                        double seconds, const SolverControl* control = nullptr) const;

  private:
    // A subproblem: places fixed in and out, and a set whose single swaps seed CBC's first
    // incumbent.
    struct Restriction {
        std::vector<std::size_t> in, out;
        std::vector<std::size_t> hint;
    };
    std::optional<SolvedSet> solve(const Weights& weights, const Restriction& restriction,
                                   double seconds) const;

    std::vector<Candidate> candidates_;
    int places_ = 0;
    std::vector<geo::DemandUnit> units_;
    double totalPopulation_ = 0;
    std::vector<std::vector<std::size_t>> unitsOf_;  // per site: the units it reaches
};

}  // namespace decision
