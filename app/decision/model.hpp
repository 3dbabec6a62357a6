#pragma once
// The decision model: criteria, the committee's scores, aggregation, admissible sets of places,
// their merit and Verteilung, ranking, Pareto front and sensitivity. Pure C++ on plain structs:
// no GL, no GDAL, no SQLite; deterministic for a given seed. Geometry arrives as numbers
// (coverage shares and distances computed by geo::CoverageModel).

#include <array>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace decision {

// The six criteria of the call, in the call's order. Verteilung belongs to a *set* of places
// and is computed; the other five belong to one application and are scored by people (0–5).
enum class Criterion { Verteilung = 0, Akteure, Zusammensetzung, Zielgruppen, Organisation, Lage };
inline constexpr int kCriteria = 6;
inline constexpr int kScoredCriteria = 5;  // Akteure .. Lage
inline constexpr int kMinScore = 0, kMaxScore = 5;

// German names of the criteria (the call's wording, short form for tables).
const char* criterionName(Criterion c);
const char* criterionShortName(Criterion c);

// ASCII key of a criterion for files and JSON: "verteilung", "akteure", "zusammensetzung",
// "zielgruppen", "organisation", "lage". Stable: the rank JSON uses them.
const char* criterionKey(Criterion c);

// Weights of the six criteria, indexed by Criterion. Non-negative; not necessarily summing to 1
// (they are normalised where used: negative weights count as 0, and all-zero weights as equal
// weights). Default: equal (1/6 each).
using Weights = std::array<double, kCriteria>;
Weights equalWeights();
// The weights scaled to sum 1, with the rules above.
Weights normalised(const Weights& weights);

struct Member {
    std::int64_t id = 0;
    std::string name;
    std::string role;
    friend bool operator==(const Member&, const Member&) = default;
};

// One member's score of one application on one scored criterion (not Verteilung).
struct Score {
    std::int64_t member = 0;
    std::int64_t application = 0;
    Criterion criterion = Criterion::Akteure;
    int value = 0;  // kMinScore .. kMaxScore
    friend bool operator==(const Score&, const Score&) = default;
};

// A member with a conflict of interest (befangen) for an application: left out of its
// aggregate on every criterion.
struct Recusal {
    std::int64_t member = 0;
    std::int64_t application = 0;
    friend bool operator==(const Recusal&, const Recusal&) = default;
};

enum class Aggregation { Mean, Median };

struct AggregationOptions {
    Aggregation method = Aggregation::Mean;
    // Per member: scores turned into z-values over all their scores (mean 0, sd 1), then mapped
    // back onto the 0–5 scale with the pooled mean and sd of all members, so a strict and a
    // lenient scorer count alike. A member with no spread keeps their raw scores.
    // Precisely: only the scores that count (listed applications, member not recused) take part.
    // Member m with scores x (mean m̄, population sd s_m > 0) gets x' = M + S·(x − m̄)/s_m, where
    // M is the mean of all counting scores and S the pooled within-member sd,
    // S² = Σ_m Σ (x − m̄)² / Σ_m n_m over the members with spread. x' is clamped to 0–5.
    bool zNormalise = false;
    friend bool operator==(const AggregationOptions&, const AggregationOptions&) = default;
};

// The aggregate of one application.
struct ApplicationAggregate {
    std::int64_t application = 0;
    // Per scored criterion (index Criterion; Verteilung stays empty): the aggregate, empty when
    // no member (after recusals) scored it.
    std::array<std::optional<double>, kCriteria> score{};
    // Spread of the members' scores per criterion (max - min), 0 with fewer than two scores.
    std::array<double, kCriteria> spread{};
    int raters = 0;  // members who scored at least one criterion and are not recused
    // The weighted mean over the five scored criteria (weights renormalised over them);
    // empty when a criterion has no score.
    std::optional<double> merit;
};

// Aggregates every application in `applications` (ids) over all members' scores, leaving out
// recused members. `weights` is used for ApplicationAggregate::merit (when the five scored
// criteria all weigh 0, merit is their plain mean). Scores of applications not listed and of
// Verteilung are ignored; values outside 0–5 are clamped; when a member scored the same
// application and criterion twice, the later score in `scores` counts. The median of an even
// number of scores is the mean of the middle two. `spread` is taken over the values that are
// aggregated (after z-normalisation when it is on). The result is in `applications`' order.
std::vector<ApplicationAggregate> aggregate(const std::vector<std::int64_t>& applications,
                                            const std::vector<Score>& scores,
                                            const std::vector<Recusal>& recusals,
                                            const Weights& weights,
                                            const AggregationOptions& options = {});

// Kendall's coefficient of concordance W (0 = no agreement, 1 = complete) of the members'
// rankings of the applications by their per-application mean score, with the tie correction.
// Only members who scored every listed application (at least one criterion, not recused) take
// part; nullopt with fewer than two such members or fewer than two applications, and when every
// such member gave all applications the same mean (W is undefined then). Higher mean = better
// rank; tied means share the mean of their ranks.
std::optional<double> kendallW(const std::vector<std::int64_t>& applications,
                               const std::vector<Score>& scores,
                               const std::vector<Recusal>& recusals);

// An application that may be part of a funded set.
struct Candidate {
    std::int64_t id = 0;
    std::string nr;            // for messages and the CLI ("B-01")
    std::string municipality;  // AGS: a set takes at most one place per municipality
    int region = 0;            // index of its region (Nordkreis / Mitte / Südkreis ...)
    // CHANGED from the first draft, which had `double merit` here: the aggregated scores of the
    // five scored criteria (index Criterion, 0–5; the Verteilung entry is ignored; 0 where not
    // scored, e.g. `ApplicationAggregate::score[c].value_or(0)`). The merit depends on the
    // weights, and the sensitivity draws vary the weights of the scored criteria too, so the
    // model needs the parts, not one number. Use candidateMerit() for the number.
    std::array<double, kCriteria> scores{};
};

// The weighted mean of the candidate's five scores (weights normalised over them; their plain
// mean when they all weigh 0), 0–5.
double candidateMerit(const Candidate& candidate, const Weights& weights);

// The most sets admissibleSets enumerates: 500,000. Each set is measured, ranked and ranked
// again per sensitivity draw; past this a ranking takes hours and gigabytes, so callers check
// admissibleSetCount first and tell the user (decision::rankingProblem does).
inline constexpr std::uint64_t kMaxAdmissibleSets = 500'000;

// How many admissible sets there are (see admissibleSets), computed from the number of
// candidates per municipality without enumerating them: the k-th elementary symmetric sum of
// those numbers. Saturates at UINT64_MAX; 0 when k < 1 or fewer than k municipalities have a
// candidate.
std::uint64_t admissibleSetCount(const std::vector<Candidate>& candidates, int k);

// All admissible sets: k candidates from k different municipalities, each set's member
// indices (into `candidates`) ascending, sets in lexicographic order. Empty when fewer than k
// municipalities have a candidate. Throws std::length_error naming both numbers when there
// are more than kMaxAdmissibleSets (instead of running out of time and memory).
std::vector<std::vector<std::size_t>> admissibleSets(const std::vector<Candidate>& candidates,
                                                     int k);

// The geometric measures of one set (from geo::CoverageModel and the sites).
struct SetMeasures {
    double coverageShare = 0;  // population within r of a site / district population, 0–1
    double minDistanceKm = 0;  // shortest distance between two sites of the set
    int regions = 0;           // distinct regions covered
};

enum class VerteilungBasis { Coverage, Distance };

struct RankingOptions {
    VerteilungBasis basis = VerteilungBasis::Coverage;
};

struct RankedSet {
    std::vector<std::size_t> members;  // indices into the candidates
    SetMeasures measures;
    double merit = 0;       // mean of its members' merits (candidateMerit), 0–5
    double verteilung = 0;  // 0–5: 5 × coverage share, or 5 × distance / best set's distance
                            // (the largest minDistanceKm of all sets; 0 when that is 0)
    // Weighted combination with the weights w normalised to sum 1:
    // total = (w_Akteure + ... + w_Lage) × merit + w_Verteilung × verteilung, 0–5. (The same as
    // weighting each criterion's mean score over the set's members.)
    double total = 0;
    int rank = 0;              // 1 = best; equal totals share a rank (competition ranking: 1, 1, 3)
    bool pareto = false;       // no other set is at least as good in merit and Verteilung and
                               // better in one
    double acceptability = 0;  // share of sensitivity draws in which it came first (0–1);
                               // 0 also when no draws were made (samples 0): not computed
    // Found by the covering solver (calls with too many sets to enumerate): how far its
    // objective is below the optimum, relative (0 for the best set); empty when enumerated.
    std::optional<double> gap;
};

// Scores and ranks the sets (`sets[i]` has `measures[i]`). Sorted by total descending, ties by
// merit, then by the sets' order. Fast: meant to be called on every slider move.
// Totals, merits and Verteilung values that differ by less than 1e-9 count as equal (they are
// compared rounded to multiples of 1e-9), so sums that differ only by rounding tie.
std::vector<RankedSet> rankSets(const std::vector<Candidate>& candidates,
                                const std::vector<std::vector<std::size_t>>& sets,
                                const std::vector<SetMeasures>& measures, const Weights& weights,
                                const RankingOptions& options = {});

enum class Sampling { Uniform, AroundWeights };

struct SensitivityOptions {
    int samples = 10000;
    std::uint64_t seed = 1;
    Sampling sampling = Sampling::Uniform;  // uniformly over the simplex of all weightings
    double plusMinusPercent = 20;           // AroundWeights: each weight within ±x %
};

// For how many draws is each set first (rank acceptability)? Writes `acceptability` into
// `ranked` (matched by members) and returns the same values in `ranked`'s order. With
// samples <= 0 nothing is drawn: every acceptability is set to 0 and the result is empty, so
// callers can tell "not computed" from "never first" (see acceptabilityComputed).
// Deterministic for a seed: the generator is std::mt19937_64 (fully specified by the standard)
// and the draws use only its raw output and arithmetic, no std:: distributions.
// Uniform: five uniforms sorted cut [0, 1] into the six weights (uniform on the simplex).
// AroundWeights: each normalised weight times (1 + x/100 · u), u uniform in [-1, 1], then
// normalised again; a weight of 0 stays 0. Each draw ranks by the totals of rankSets with the
// set's Verteilung as in `ranked`; when several sets tie for first, each gets 1/n of the draw,
// so the shares sum to 1. Sets that cannot be first for any drawn weights (dominated in every
// criterion that can weigh) are skipped, which is what makes 10,000 draws fast.
std::vector<double> rankAcceptability(const std::vector<Candidate>& candidates,
                                      std::vector<RankedSet>& ranked, const Weights& weights,
                                      const RankingOptions& ranking,
                                      const SensitivityOptions& options);

// One weighting drawn as rankAcceptability draws it (Uniform over the simplex, or AroundWeights
// around `centre`, normalised), from the generator's raw output only. The covering solver's
// acceptability draws the same weightings.
Weights drawWeights(std::mt19937_64& rng, const SensitivityOptions& options,
                    const Weights& centre);

// True when rankAcceptability with these options computes shares (samples > 0); false means
// the acceptability is "not computed" and must be shown so, not as 0 %.
inline bool acceptabilityComputed(const SensitivityOptions& options) {
    return options.samples > 0;
}

// For the first set of `ranked`: per criterion, the interval of that criterion's normalised
// weight (0–1) within which the set stays first while the other weights keep their
// proportions. `lower`/`upper` equal the current weight where it cannot move at all.
// "Stays first" means its total is >= every other set's total; the totals are linear in the
// weight, so the bounds are computed exactly (no sampling). When the criterion holds all the
// weight, the others share the rest equally as it decreases. With fewer than two sets every
// range is [0, 1].
struct WeightRange {
    double current = 0;
    double lower = 0;
    double upper = 1;
};
std::array<WeightRange, kCriteria> stabilityRanges(const std::vector<Candidate>& candidates,
                                                   const std::vector<RankedSet>& ranked,
                                                   const Weights& weights,
                                                   const RankingOptions& ranking);

}  // namespace decision
