#include "app/decision/project_ranking.hpp"

#include <cstdint>

#include "app/domain/limits.hpp"
#include "app/decision/ranker.hpp"

namespace decision {

std::optional<RankingProblem> rankingProblem(const DecisionInput& in) {
    RankingProblem p;
    p.places = in.places;
    p.candidates = in.candidates.size();
    p.municipalities = in.candidateMunicipalities();
    p.limit = domain::limits::kMaxRankedSets;
    if (in.places < 1 || p.municipalities < static_cast<std::size_t>(in.places)) return p;
    p.sets = decision::admissibleSetCount(in.candidates, in.places);
    if (p.sets > p.limit) {
        // Past the enumeration the covering solver ranks, within its bounds.
        if (in.settings.basis == VerteilungBasis::Distance) {
            p.kind = RankingProblem::Kind::TooManySets;
            return p;
        }
        if (p.candidates > domain::limits::kMaxSolverCandidates) {
            p.kind = RankingProblem::Kind::TooManyCandidates;
            p.limit = domain::limits::kMaxSolverCandidates;
            return p;
        }
        if (in.places > domain::limits::kMaxSolverPlaces) {
            p.kind = RankingProblem::Kind::TooManyPlaces;
            p.limit = static_cast<std::uint64_t>(domain::limits::kMaxSolverPlaces);
            return p;
        }
    }
    // Coverage needs population figures: without any, every set would reach 0 inhabitants
    // and the ranking would rest on zeros. Unless Verteilung weighs nothing, say so instead.
    const bool coverageCounts = in.settings.basis == VerteilungBasis::Coverage &&
                                normalised(in.settings.weights)[0] > 0;
    double population = 0;
    for (const geo::PopulatedArea& a : in.areas) population += a.population;
    if (coverageCounts && population <= 0) {
        p.kind = RankingProblem::Kind::NoPopulation;
        return p;
    }
    return std::nullopt;
}

ProjectRanking rankProject(const DecisionInput& in) {
    const Ranker ranker(in);
    ProjectRanking r;
    r.population = ranker.coverage().totalPopulation();
    if (ranker.problem()) return r;
    const Weights& weights = in.settings.weights;
    r.method = ranker.method();
    r.ranked = ranker.rank(weights, &r.solver.optimal);
    const Ranker::Sensitivity done = ranker.addAcceptability(r.ranked, weights);
    r.acceptabilityComputed = ranker.acceptabilityComputed();
    r.stability = ranker.stability(r.ranked, weights, &r.solver.stabilityComplete);
    if (r.method == RankingMethod::Solver) {
        r.solver.units = ranker.solverUnits();
        r.solver.samplesDone = done.samplesDone;
        r.solver.samplesWanted = done.samplesWanted;
    }
    for (const RankedSet& set : r.ranked)
        r.coveredPopulation.push_back(ranker.coverage().coveredPopulation(set.members));
    return r;
}

}  // namespace decision
