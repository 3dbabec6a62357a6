// The draft of the decision note: six paragraphs from the pipeline's outcome (see the header).
#include "app/print/decision_note.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>

#include "app/decision/pipeline.hpp"
#include "app/decision/ranker.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/ranking_text.hpp"
#include "app/i18n/strings.hpp"

namespace print {
namespace {

namespace text = i18n::text;
using i18n::Lang;

// The criteria's short names in the note's language (i18n::criterionShortLabel speaks the
// process's language, the note may be drafted in the other one).
const i18n::Str* const kCriterionNames[decision::kCriteria] = {
    &text::kCritSpreadShort,       &text::kCritActorsShort,       &text::kCritCompositionShort,
    &text::kCritTargetGroupsShort, &text::kCritOrganisationShort, &text::kCritLocationShort};

bool blank(const std::string& s) {
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t\r\n") - first + 1);
}

std::vector<std::int64_t> sorted(std::vector<std::int64_t> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

// What the note says of one set.
struct SetFacts {
    std::vector<std::int64_t> ids;     // ascending
    std::vector<std::size_t> members;  // indices into the candidates, ascending
    bool measured = false;             // every application is a candidate and the set measured
    double merit = 0;                  // under the stored weights
    decision::SetMeasures measures;
    const decision::RankedSet* ranked = nullptr;  // its row in the outcome's ranking, if listed
};

class Drafter {
  public:
    Drafter(const domain::ProjectState& state, Lang lang)
        : state_(state), lang_(lang), outcome_(decision::decide(state)) {
        if (!outcome_.problem && !outcome_.ranking.ranked.empty()) {
            decision::SolverLimits limits;
            limits.sets = 1;  // the comparisons need only the best set of each weighting
            ranker_.emplace(outcome_.input, nullptr, limits);
        }
    }

    DecisionNoteDraft draft() const {
        DecisionNoteDraft d;
        const auto& choice = state_.committee.choice;
        if (!choice) {
            std::string p = t(text::kNoteNoChoice);
            if (!outcome_.recommendation.empty())
                p += " " + fill(text::kNoteNoChoiceRecommendation, {nrs(outcome_.recommendation)});
            d.paragraphs.push_back(p);
            return d;
        }
        const SetFacts chosen = facts(sorted(choice->applications));
        d.paragraphs.push_back(decided(*choice));
        d.paragraphs.push_back(why(chosen));
        if (ranker_) {
            d.paragraphs.push_back(comparison(chosen));
            d.paragraphs.push_back(stability(chosen));
        }
        d.paragraphs.push_back(agreement());
        d.paragraphs.push_back(recusals(chosen.ids));
        return d;
    }

  private:
    const domain::ProjectState& state_;
    Lang lang_;
    decision::Outcome outcome_;
    std::optional<decision::Ranker> ranker_;

    // ---- words and numbers in the note's language
    std::string t(const i18n::Str& s) const { return s.in(lang_); }
    std::string fill(const i18n::Str& s, std::initializer_list<std::string> args) const {
        return i18n::fill(s.in(lang_), args);
    }
    std::string dec(double x, int decimals) const {
        return i18n::formatDecimal(x, decimals, lang_);
    }
    std::string integer(double x) const { return i18n::formatInteger(std::llround(x), lang_); }
    std::string pct(double share, int decimals = 1) const {
        return i18n::formatPercent(100 * share, decimals, lang_);
    }
    std::string nrs(const std::vector<std::int64_t>& ids) const {
        return decision::setNrs(state_, ids);
    }
    // "a", "a und b", "a, b und c".
    std::string words(const std::vector<std::string>& items) const {
        std::string out;
        for (std::size_t i = 0; i < items.size(); ++i)
            out += (i == 0 ? "" : i + 1 == items.size() ? t(text::kNoteAnd) : ", ") + items[i];
        return out;
    }
    std::string nrList(const std::vector<std::int64_t>& ids) const {
        std::vector<std::string> items;
        for (std::int64_t id : ids) items.push_back(nrs({id}));
        return words(items);
    }
    std::string regionName(int region) const {
        const auto& names = outcome_.input.settings.regionNames;
        return region >= 0 && static_cast<std::size_t>(region) < names.size()
                   ? names[static_cast<std::size_t>(region)]
                   : std::to_string(region + 1);
    }

    // ---- the sets
    double meritOf(const std::vector<std::size_t>& members) const {
        double sum = 0;
        for (std::size_t m : members)
            sum += decision::candidateMerit(outcome_.input.candidates[m],
                                            outcome_.input.settings.weights);
        return members.empty() ? 0 : sum / static_cast<double>(members.size());
    }

    static std::vector<std::size_t> sortedMembers(std::vector<std::size_t> members) {
        std::sort(members.begin(), members.end());
        return members;
    }

    // A set of application ids: its row in the ranking, else (the solver lists only the best
    // sets) measured on the Ranker's coverage model; unmeasured when one is no candidate.
    SetFacts facts(const std::vector<std::int64_t>& ids) const {
        SetFacts f;
        f.ids = ids;
        const auto& candidates = outcome_.input.candidates;
        for (std::int64_t id : ids) {
            const auto it = std::find_if(candidates.begin(), candidates.end(),
                                         [id](const decision::Candidate& c) { return c.id == id; });
            if (it == candidates.end()) return f;
            f.members.push_back(static_cast<std::size_t>(it - candidates.begin()));
        }
        std::sort(f.members.begin(), f.members.end());
        for (const decision::RankedSet& set : outcome_.ranking.ranked)
            if (sortedMembers(set.members) == f.members) {
                f.ranked = &set;
                f.measures = set.measures;
                break;
            }
        if (!f.ranked) {
            if (!ranker_) return f;
            f.measures =
                decision::measureSets(outcome_.input, ranker_->coverage(), {f.members}).front();
        }
        f.merit = meritOf(f.members);
        f.measured = true;
        return f;
    }
    SetFacts facts(const decision::RankedSet& set) const {
        return facts(decision::setIds(outcome_.input, set));
    }

    // "17.500 Menschen im Umkreis (15,6 %)", or the shortest distance with Verteilung by distance.
    std::string spreadPhrase(const SetFacts& f) const {
        const double population = outcome_.ranking.population;
        if (outcome_.input.settings.basis == decision::VerteilungBasis::Coverage && population > 0)
            return fill(text::kNoteReachedShort, {integer(f.measures.coverageShare * population),
                                                  pct(f.measures.coverageShare)});
        return fill(text::kNoteDistanceShort, {dec(f.measures.minDistanceKm, 1)});
    }

    // ---- the paragraphs
    std::string decided(const domain::Choice& choice) const {
        const std::vector<std::int64_t> chosen = sorted(choice.applications);
        std::vector<std::string> lines;
        for (std::int64_t id : chosen) {
            const domain::Application* a = state_.find(id);
            lines.push_back(
                a ? fill(text::kRepApplicationLine,
                         {a->nr, a->title, state_.map.municipalityName(a->municipalityAgs)})
                  : nrs({id}));
        }
        std::string p =
            fill(text::kNoteChosen,
                 {i18n::count(text::kNotePlaces, static_cast<long long>(chosen.size()), {}, lang_),
                  words(lines)});
        const std::vector<std::int64_t> recorded = sorted(choice.recommended);
        const bool hasReason = !blank(choice.reason);
        if (recorded.empty()) {
            p += " " + t(text::kNoteNoRecommendationThen);
            if (hasReason) p += " " + fill(text::kNoteReason, {trimmed(choice.reason)});
        } else if (recorded == chosen) {
            p += " " + t(text::kNoteFollowed);
            if (hasReason) p += " " + fill(text::kNoteRemark, {trimmed(choice.reason)});
        } else {
            p += " " + fill(text::kNoteDeviates, {nrs(recorded)});
            p += " " + fill(text::kNoteReason, {hasReason ? trimmed(choice.reason) : "–"});
        }
        if (!outcome_.recommendation.empty() && outcome_.recommendation != recorded)
            p += " " + fill(text::kNoteRecommendationChanged, {nrs(outcome_.recommendation)});
        return p;
    }

    std::string why(const SetFacts& f) const {
        if (outcome_.problem)
            return fill(text::kNoteNoRanking, {i18n::rankingProblemText(*outcome_.problem, lang_)});
        if (!f.measured) {
            std::vector<std::int64_t> outside;
            for (std::int64_t id : f.ids)
                if (std::none_of(outcome_.input.candidates.begin(), outcome_.input.candidates.end(),
                                 [id](const decision::Candidate& c) { return c.id == id; }))
                    outside.push_back(id);
            return fill(text::kNoteNotCandidate, {nrList(outside)});
        }
        const decision::DecisionInput& in = outcome_.input;
        std::string p = fill(text::kNoteMerit, {dec(f.merit, 2)});
        const double population = outcome_.ranking.population;
        if (population > 0) {
            const double radius = in.settings.radiusKm;
            p += " " + fill(text::kNoteReached, {dec(radius, radius == std::round(radius) ? 0 : 1),
                                                 integer(f.measures.coverageShare * population),
                                                 pct(f.measures.coverageShare)});
        }
        std::set<int> regions;
        for (std::size_t m : f.members) regions.insert(in.candidates[m].region);
        std::vector<std::string> regionNames;
        for (int r : regions) regionNames.push_back(regionName(r));
        if (f.members.size() >= 2) {
            const std::size_t allRegions = std::max<std::size_t>(
                in.settings.regionNames.size(), static_cast<std::size_t>(*regions.rbegin() + 1));
            p += " " + fill(text::kNoteDistanceRegions,
                            {dec(f.measures.minDistanceKm, 1), std::to_string(regions.size()),
                             std::to_string(allRegions), words(regionNames)});
        } else if (f.members.size() == 1) {
            p += " " + fill(text::kNoteOneRegion, {regionNames.front()});
        }
        const decision::ProjectRanking& r = outcome_.ranking;
        if (f.ranked) {
            const std::uint64_t admissible =
                r.method == decision::RankingMethod::Solver
                    ? decision::admissibleSetCount(in.candidates, in.places)
                    : r.ranked.size();
            p += " " + fill(text::kNoteRank,
                            {dec(f.ranked->total, 2), std::to_string(f.ranked->rank),
                             i18n::formatInteger(static_cast<long long>(std::min<std::uint64_t>(
                                                     admissible, INT64_MAX)),
                                                 lang_)});
        } else {
            p += " " + fill(text::kNoteNotListed, {std::to_string(r.ranked.size())});
        }
        return p;
    }

    std::string comparison(const SetFacts& chosen) const {
        const decision::Weights stored = outcome_.input.settings.weights;
        // Merit alone: Verteilung weighs nothing, the five scored criteria keep their proportions.
        decision::Weights meritOnly = stored;
        meritOnly[0] = 0;
        double scored = 0;
        for (int k = 1; k < decision::kCriteria; ++k) scored += std::max(0.0, meritOnly[k]);
        if (!(scored > 0)) meritOnly = {0, 1, 1, 1, 1, 1};
        const std::vector<decision::RankedSet> byMerit = ranker_->rank(meritOnly);
        const decision::RankedSet* meritBest = &byMerit.front();
        for (const decision::RankedSet& s : byMerit) {  // equal merit: the better Verteilung
            if (s.rank != 1) break;
            if (s.verteilung > meritBest->verteilung) meritBest = &s;
        }
        // Verteilung alone (equal Verteilung: rankSets prefers the better merit).
        const std::vector<decision::RankedSet> bySpread = ranker_->rank({1, 0, 0, 0, 0, 0});

        const SetFacts meritFacts = facts(*meritBest), spreadFacts = facts(bySpread.front());
        const auto best = [&](const SetFacts& f, const i18n::Str& other, const i18n::Str& same) {
            return f.ids == chosen.ids
                       ? t(same)
                       : fill(other, {nrs(f.ids), dec(f.merit, 2), spreadPhrase(f)});
        };
        std::string p = best(meritFacts, text::kNoteMeritBest, text::kNoteMeritBestSame) + " " +
                        best(spreadFacts, text::kNoteSpreadBest, text::kNoteSpreadBestSame);
        if (outcome_.recommendation != chosen.ids) {
            const SetFacts rec = facts(outcome_.ranking.ranked.front());
            const std::string chosenTotal = chosen.ranked ? dec(chosen.ranked->total, 2) : "–";
            // Named above already as one of the two: its total only.
            const bool named = rec.ids == meritFacts.ids || rec.ids == spreadFacts.ids;
            p += " " + (named ? fill(text::kNoteRecommendedTotal,
                                     {nrs(rec.ids), dec(rec.ranked->total, 2), chosenTotal})
                              : fill(text::kNoteRecommendedFacts,
                                     {nrs(rec.ids), dec(rec.merit, 2), spreadPhrase(rec),
                                      dec(rec.ranked->total, 2), chosenTotal}));
        }
        return p;
    }

    // A weight's range in words: `w` holds the texts for a range over all weights, a fixed
    // weight, a lower bound only, an upper bound only, both. Whole percents, or one decimal
    // where whole ones would read "12 % bis 12 %".
    std::string rangeWords(const decision::WeightRange& r,
                           const std::array<const i18n::Str*, 5>& w) const {
        const int d = pct(r.lower, 0) == pct(r.upper, 0) ? 1 : 0;
        const std::string lower = pct(r.lower, d), upper = pct(r.upper, d), now = pct(r.current, d);
        const bool fromZero = r.lower <= 1e-9, toOne = r.upper >= 1 - 1e-9;
        if (fromZero && toOne) return fill(*w[0], {now});
        if (r.upper - r.lower <= 1e-9) return fill(*w[1], {now});
        if (toOne) return fill(*w[2], {lower, now});
        if (fromZero) return fill(*w[3], {upper, now});
        return fill(*w[4], {lower, upper, now});
    }

    std::string stability(const SetFacts& chosen) const {
        const decision::ProjectRanking& r = outcome_.ranking;
        if (r.ranked.size() < 2) return t(text::kNoteOnlyOneSet);
        std::string p =
            rangeWords(r.stability[0], {&text::kNoteStableSpreadAny, &text::kNoteStableSpreadFixed,
                                        &text::kNoteStableSpreadAtLeast,
                                        &text::kNoteStableSpreadAtMost, &text::kNoteStableSpread});
        std::string others;
        for (int k = 1; k < decision::kCriteria; ++k)
            others += (others.empty() ? "" : "; ") + t(*kCriterionNames[k]) + " " +
                      rangeWords(r.stability[k], {&text::kNoteRangeAny, &text::kNoteRangeFixed,
                                                  &text::kNoteRangeAtLeast, &text::kNoteRangeAtMost,
                                                  &text::kNoteRangeItem});
        p += " " + fill(text::kNoteStableOthers, {others});
        const bool solved = r.method == decision::RankingMethod::Solver;
        if (solved && !r.solver.stabilityComplete) p += " " + t(text::kNoteStabilityIncomplete);
        if (r.acceptabilityComputed) {
            const int samples = solved ? r.solver.samplesDone : outcome_.input.settings.samples;
            p += " " + fill(text::kNoteAcceptability, {i18n::formatInteger(samples, lang_),
                                                       pct(r.ranked.front().acceptability)});
            if (chosen.ranked && outcome_.recommendation != chosen.ids)
                p += " " + (chosen.ranked->acceptability > 0
                                ? fill(text::kNoteAcceptabilityChosen,
                                       {pct(chosen.ranked->acceptability)})
                                : t(text::kNoteAcceptabilityChosenNever));
        }
        return p;
    }

    std::string agreement() const {
        const decision::DecisionInput& in = outcome_.input;
        const domain::Committee& committee = state_.committee;
        std::set<std::int64_t> candidates, scoring;
        for (const decision::Candidate& c : in.candidates) candidates.insert(c.id);
        for (const decision::Score& s : committee.scores)
            if (candidates.count(s.application) && s.criterion != decision::Criterion::Verteilung &&
                !committee.recused(s.member, s.application))
                scoring.insert(s.member);
        if (scoring.empty()) return t(text::kNoteNoScores);
        std::string p = i18n::count(text::kNoteScoredBy, static_cast<long long>(scoring.size()),
                                    {i18n::count(text::kRepCountingScores,
                                                 static_cast<long long>(in.scoreCount), {}, lang_)},
                                    lang_);
        if (in.kendallW)
            p += " " + fill(text::kNoteAgreement,
                            {agreementInWords(*in.kendallW, lang_), dec(*in.kendallW, 2)});
        else
            p += " " +
                 t(scoring.size() < 2 ? text::kNoteAgreementTooFew : text::kNoteAgreementUndefined);
        return p;
    }

    std::string recusals(const std::vector<std::int64_t>& chosen) const {
        const domain::Committee& committee = state_.committee;
        if (committee.recusals.empty()) return t(text::kNoteNoRecusals);
        std::map<std::int64_t, std::vector<std::int64_t>> byMember;  // member -> applications
        std::vector<std::int64_t> recusedChosen;
        for (const decision::Recusal& r : committee.recusals) {
            byMember[r.member].push_back(r.application);
            if (std::binary_search(chosen.begin(), chosen.end(), r.application) &&
                std::find(recusedChosen.begin(), recusedChosen.end(), r.application) ==
                    recusedChosen.end())
                recusedChosen.push_back(r.application);
        }
        std::string p;
        for (const auto& [member, applications] : byMember) {
            const decision::Member* m = committee.member(member);
            const std::string name = m && !blank(m->name) ? m->name : "#" + std::to_string(member);
            p += (p.empty() ? "" : " ") +
                 i18n::fill(text::kNoteRecusal.forCount(static_cast<long long>(applications.size()))
                                .in(lang_),
                            {name, nrList(applications)});
        }
        std::sort(recusedChosen.begin(), recusedChosen.end());
        if (!recusedChosen.empty())
            p += " " + i18n::fill(text::kNoteRecusedChosen
                                      .forCount(static_cast<long long>(recusedChosen.size()))
                                      .in(lang_),
                                  {nrList(recusedChosen)});
        return p;
    }
};

}  // namespace

DecisionNoteDraft draftDecisionNote(const domain::ProjectState& state, i18n::Lang lang) {
    return Drafter(state, lang).draft();
}

std::string joined(const DecisionNoteDraft& draft) {
    std::string out;
    for (const std::string& p : draft.paragraphs) out += (out.empty() ? "" : "\n\n") + p;
    return out;
}

std::string agreementInWords(double w, i18n::Lang lang) {
    const double printed = std::round(w * 100) / 100;
    const i18n::Str& band = printed < 0.1   ? text::kNoteAgreeNone
                            : printed < 0.3 ? text::kNoteAgreeLittle
                            : printed < 0.5 ? text::kNoteAgreePartly
                            : printed < 0.7 ? text::kNoteAgreeMostly
                            : printed < 0.9 ? text::kNoteAgreeLargely
                                            : text::kNoteAgreeFully;
    return band.in(lang);
}

}  // namespace print
