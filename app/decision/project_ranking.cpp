#include "app/decision/project_ranking.hpp"

#include <cstdint>

#include "app/domain/limits.hpp"
#include "geo/coverage.hpp"

namespace decision {

std::optional<RankingProblem> rankingProblem(const DecisionInput& in) {
    RankingProblem p;
    p.places = in.places;
    p.candidates = in.candidates.size();
    p.municipalities = in.candidateMunicipalities();
    p.limit = domain::limits::kMaxRankedSets;
    if (in.places < 1 || p.municipalities < static_cast<std::size_t>(in.places)) return p;
    p.sets = decision::admissibleSetCount(in.candidates, in.places);
    if (p.sets <= p.limit) return std::nullopt;
    p.kind = RankingProblem::Kind::TooManySets;
    return p;
}

ProjectRanking rankProject(const DecisionInput& in) {
    ProjectRanking r;
    const geo::CoverageModel coverage(in.areas, in.sites, in.settings.radiusKm * 1000);
    r.population = coverage.totalPopulation();
    if (rankingProblem(in)) return r;
    const auto sets = decision::admissibleSets(in.candidates, in.places);
    const decision::RankingOptions ranking{in.settings.basis};
    r.ranked = decision::rankSets(in.candidates, sets, measureSets(in, coverage, sets),
                                  in.settings.weights, ranking);
    decision::SensitivityOptions sensitivity;
    sensitivity.samples = in.settings.samples;
    sensitivity.seed = in.settings.seed;
    sensitivity.sampling = in.settings.sampling;
    sensitivity.plusMinusPercent = in.settings.plusMinusPercent;
    decision::rankAcceptability(in.candidates, r.ranked, in.settings.weights, ranking,
                                sensitivity);
    r.acceptabilityComputed = decision::acceptabilityComputed(sensitivity);
    r.stability = decision::stabilityRanges(in.candidates, r.ranked, in.settings.weights, ranking);
    for (const decision::RankedSet& set : r.ranked)
        r.coveredPopulation.push_back(coverage.coveredPopulation(set.members));
    return r;
}

}  // namespace decision
