#include "app/i18n/ranking_text.hpp"

#include <algorithm>
#include <cstdint>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"

namespace i18n {

std::string rankingProblemText(const decision::RankingProblem& p, Lang lang) {
    namespace t = text;
    if (p.kind == decision::RankingProblem::Kind::TooManySets) {
        const auto sets = static_cast<long long>(std::min<std::uint64_t>(p.sets, INT64_MAX));
        const std::string count = formatInteger(sets, lang);
        return fill(t::kTooManySets.in(lang),
                    {p.sets == UINT64_MAX ? fill(t::kMoreThan.in(lang), {count}) : count,
                     std::to_string(p.places),
                     formatInteger(static_cast<long long>(p.limit), lang)});
    }
    if (p.kind == decision::RankingProblem::Kind::TooManyCandidates)
        return fill(t::kTooManyCandidatesForSolver.in(lang),
                    {formatInteger(static_cast<long long>(p.candidates), lang),
                     formatInteger(static_cast<long long>(p.limit), lang)});
    if (p.kind == decision::RankingProblem::Kind::TooManyPlaces)
        return fill(t::kTooManyPlacesForSolver.in(lang),
                    {std::to_string(p.places), std::to_string(p.limit)});
    if (p.kind == decision::RankingProblem::Kind::NoPopulation)
        return t::kNoPopulationForCoverage.in(lang);
    return fill(t::kNoFeasibleSet.in(lang),
                {std::to_string(p.places),
                 formatInteger(static_cast<long long>(p.candidates), lang),
                 count(t::kMunicipalitiesCount, static_cast<long long>(p.municipalities), {}, lang)});
}

}  // namespace i18n
