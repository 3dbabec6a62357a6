#pragma once
// The steps of ranking a decision input, held together so that each is done once: the sets of
// places and their geometric measures (coverage, distance, regions: the expensive part, done
// in the constructor), then the ranking for any weights (fast: the window re-ranks on every
// slider move), then the rank acceptability and stability ranges (the sensitivity draws, done
// when the weights have settled). rankProject (the commands) and the window's selection model
// both rank through this one class.
//
// Past domain::limits::kMaxRankedSets sets the sets are not enumerated: the constructor builds
// the demand units of the maximal-covering model instead, and rank() asks the covering solver
// (COIN-OR CBC) for the best sets, each with its gap to the optimum; acceptability re-solves
// for drawn weightings within a time bound, stability searches each weight's range by
// parametric re-solving.

#include <array>
#include <memory>
#include <optional>
#include <vector>

#include "app/decision/covering_solver.hpp"
#include "app/decision/decision_input.hpp"
#include "app/decision/model.hpp"
#include "app/decision/project_ranking.hpp"
#include "geo/coverage.hpp"

namespace decision {

// The covering solver's bounds for one ranking.
struct SolverLimits {
    int sets = 10;                    // the best set and the next best ones listed
    double rankSeconds = 120;         // for all of them together
    double acceptabilitySeconds = 30; // the re-solving of drawn weightings
    double stabilitySeconds = 60;     // the parametric search of the six ranges
};

class Ranker {
  public:
    // Counts the sets first: past the limit (or with too few municipalities) problem() says
    // why and there are no sets to rank. `previous`: a ranker of an earlier state of the same
    // project; its coverage model (GEOS buffers, the slow part) is reused when the sites and
    // the radius are the same (a score changed, not a site).
    explicit Ranker(DecisionInput input, const Ranker* previous = nullptr,
                    SolverLimits limits = {});

    const DecisionInput& input() const { return input_; }
    const std::optional<RankingProblem>& problem() const { return problem_; }
    const geo::CoverageModel& coverage() const { return *coverage_; }
    RankingMethod method() const { return solver_ ? RankingMethod::Solver : RankingMethod::Enumeration; }
    // The demand units of the solver's model (0 when enumerating).
    std::size_t solverUnits() const { return solver_ ? solver_->units() : 0; }

    // Every admissible set ranked under `weights` (best first); empty when problem(). With the
    // solver: the best SolverLimits::sets sets, each with its gap; `optimal` (when given) is
    // set to whether every one was proven optimal within the time bound. `control` lets a
    // caller on another thread cancel and follow the solves.
    std::vector<RankedSet> rank(const Weights& weights, bool* optimal = nullptr,
                                const SolverControl* control = nullptr) const;
    // Fills in the acceptability of `ranked` (ranked under `weights`) with the input's
    // sensitivity settings (samples, seed, sampling): deterministic when enumerating; with the
    // solver as many draws as the time bound allows (returned).
    struct Sensitivity {
        int samplesDone = 0;
        int samplesWanted = 0;
    };
    Sensitivity addAcceptability(std::vector<RankedSet>& ranked, const Weights& weights,
                                 const SolverControl* control = nullptr) const;
    // How far each weight can move before ranked[0] loses first place. `complete` (when given)
    // is set to false when the solver's search ran out of time.
    std::array<WeightRange, kCriteria> stability(const std::vector<RankedSet>& ranked,
                                                 const Weights& weights, bool* complete = nullptr,
                                                 const SolverControl* control = nullptr) const;
    // How many sets rank() lists with the solver.
    int limitsSets() const { return limits_.sets; }
    // Whether addAcceptability draws at all (samples > 0).
    bool acceptabilityComputed() const;

    // Only the best set under `weights` (indices into the candidates, ascending; empty when
    // problem()): the first of rank() without the others (one solve with the solver).
    std::vector<std::size_t> best(const Weights& weights) const;

    // The solver's steps one by one, for a caller that runs them on another thread (the
    // window): solveSets, solverAcceptability and solverStability touch no GEOS and no state
    // and may run on any thread while the Ranker lives; rankSolved measures the sets with the
    // coverage model (GEOS) and must run on the thread that uses coverage(). Solver only.
    std::vector<SolvedSet> solveSets(const Weights& weights,
                                     const SolverControl* control = nullptr) const;
    std::vector<RankedSet> rankSolved(const std::vector<SolvedSet>& found, const Weights& weights,
                                      bool* optimal = nullptr) const;
    CoveringSolver::Acceptability solverAcceptability(
        const std::vector<std::vector<std::size_t>>& sets, const Weights& weights,
        const SolverControl* control = nullptr) const;
    CoveringSolver::Stability solverStability(const std::vector<std::size_t>& first,
                                              const Weights& weights,
                                              const SolverControl* control = nullptr) const;

  private:
    DecisionInput input_;
    SolverLimits limits_;
    std::optional<RankingProblem> problem_;
    std::shared_ptr<const geo::CoverageModel> coverage_;
    std::vector<std::vector<std::size_t>> sets_;
    std::vector<SetMeasures> measures_;
    std::shared_ptr<const CoveringSolver> solver_;
};

}  // namespace decision
