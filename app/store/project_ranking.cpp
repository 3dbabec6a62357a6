#include "app/store/project_ranking.hpp"

#include <cstdint>

#include "app/store/limits.hpp"
#include "geo/coverage.hpp"

namespace store {

namespace {

// 3921225 -> "3,921,225"
std::string grouped(std::uint64_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

}  // namespace

std::optional<std::string> rankingProblem(const DecisionInput& in) {
    const std::size_t municipalities = in.candidateMunicipalities();
    if (in.places >= 1 && municipalities >= static_cast<std::size_t>(in.places)) {
        const std::uint64_t sets = decision::admissibleSetCount(in.candidates, in.places);
        if (sets <= limits::kMaxRankedSets) return std::nullopt;
        return std::to_string(in.candidates.size()) + " eligible applications in " +
               std::to_string(municipalities) + " municipalities give " +
               (sets == UINT64_MAX ? "more than " + grouped(sets) : grouped(sets)) + " sets of " +
               std::to_string(in.places) + " places; at most " + grouped(limits::kMaxRankedSets) +
               " sets can be ranked (a limit against hours of computing: fewer eligible "
               "applications or fewer places)";
    }
    return std::to_string(in.candidates.size()) +
           (in.candidates.size() == 1 ? " eligible application" : " eligible applications") +
           " in " + std::to_string(municipalities) +
           (municipalities == 1 ? " municipality" : " municipalities") + "; a set needs " +
           std::to_string(in.places) + " applications from " + std::to_string(in.places) +
           " different municipalities, so there is nothing to rank";
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

}  // namespace store
