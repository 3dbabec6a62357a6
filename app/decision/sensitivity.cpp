// How firm the proposal is: rank acceptability over random weightings, and the range of each
// weight within which the first set stays first.

#include <algorithm>
#include <numeric>
#include <random>
#include <utility>

#include "app/decision/detail.hpp"
#include "app/decision/model.hpp"

namespace decision {
namespace {

// Uniform in [0, 1) from the top 53 bits: the same numbers on every platform and library.
double uniform01(std::mt19937_64& rng) {
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

// The features of every ranked set, rounded to multiples of 1e-9 so that sets whose values
// differ only by rounding have identical features and tie exactly in every draw.
std::vector<detail::Features> rankedFeatures(const std::vector<Candidate>& candidates,
                                             const std::vector<RankedSet>& ranked) {
    std::vector<detail::Features> features(ranked.size());
    for (std::size_t i = 0; i < ranked.size(); ++i) {
        features[i] = detail::setFeatures(candidates, ranked[i].members, ranked[i].verteilung);
        for (double& x : features[i]) x = static_cast<double>(detail::quantised(x)) * 1e-9;
    }
    return features;
}

// The sets that may come first for some weights that are positive exactly on `active`: those
// not dominated (another set >= in every active criterion and > in one). Sorting by the sum
// first means a set can only be dominated by one before it, and the strong sets that dominate
// most others are met first.
std::vector<std::size_t> undominated(const std::vector<detail::Features>& f,
                                     const std::array<bool, kCriteria>& active) {
    std::vector<double> sums(f.size(), 0.0);
    for (std::size_t i = 0; i < f.size(); ++i)
        for (int c = 0; c < kCriteria; ++c)
            if (active[c]) sums[i] += f[i][c];
    std::vector<std::size_t> order(f.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return sums[a] != sums[b] ? sums[a] > sums[b] : a < b;
    });
    std::vector<std::size_t> kept;
    for (std::size_t s : order) {
        bool dominated = false;
        for (std::size_t j = 0; j < kept.size() && !dominated; ++j) {
            const detail::Features& t = f[kept[j]];
            bool geAll = true, gtOne = false;
            for (int c = 0; c < kCriteria; ++c) {
                if (!active[c]) continue;
                if (t[c] < f[s][c]) {
                    geAll = false;
                    break;
                }
                if (t[c] > f[s][c]) gtOne = true;
            }
            if (geAll && gtOne) {
                dominated = true;
                // Move the dominating set forward: it probably dominates the next ones too.
                if (j > 0) std::swap(kept[j], kept[j - 1]);
            }
        }
        if (!dominated) kept.push_back(s);
    }
    std::sort(kept.begin(), kept.end());
    return kept;
}

}  // namespace

Weights drawWeights(std::mt19937_64& rng, const SensitivityOptions& options,
                    const Weights& centre) {
    Weights w;
    if (options.sampling == Sampling::Uniform) {
        std::array<double, kCriteria + 1> cuts{};
        for (int c = 1; c < kCriteria; ++c) cuts[c] = uniform01(rng);
        cuts[kCriteria] = 1;
        std::sort(cuts.begin() + 1, cuts.begin() + kCriteria);
        for (int c = 0; c < kCriteria; ++c) w[c] = cuts[c + 1] - cuts[c];
        return w;
    }
    const double spread = options.plusMinusPercent / 100;
    double sum = 0;
    for (int c = 0; c < kCriteria; ++c) {
        const double u = 2 * uniform01(rng) - 1;
        w[c] = std::max(centre[c] * (1 + spread * u), 0.0);
        sum += w[c];
    }
    if (!(sum > 0)) return centre;
    for (double& x : w) x /= sum;
    return w;
}

std::vector<double> rankAcceptability(const std::vector<Candidate>& candidates,
                                      std::vector<RankedSet>& ranked, const Weights& weights,
                                      const RankingOptions& /*ranking: Verteilung is in ranked*/,
                                      const SensitivityOptions& options) {
    if (!acceptabilityComputed(options)) {
        for (RankedSet& r : ranked) r.acceptability = 0;
        return {};
    }
    std::vector<double> shares(ranked.size(), 0.0);
    if (ranked.empty()) return shares;
    const Weights centre = normalised(weights);
    std::array<bool, kCriteria> active{};
    for (int c = 0; c < kCriteria; ++c)
        active[c] = options.sampling == Sampling::Uniform || centre[c] > 0;

    const std::vector<detail::Features> all = rankedFeatures(candidates, ranked);
    const std::vector<std::size_t> contenders = undominated(all, active);
    // Contiguous features of the contenders for the inner loop.
    std::vector<double> f(contenders.size() * kCriteria);
    for (std::size_t i = 0; i < contenders.size(); ++i)
        for (int c = 0; c < kCriteria; ++c) f[i * kCriteria + c] = all[contenders[i]][c];

    std::mt19937_64 rng(options.seed);
    std::vector<double> wins(contenders.size(), 0.0);
    std::vector<double> totals(contenders.size());
    std::vector<std::size_t> tied;
    for (int draw = 0; draw < options.samples; ++draw) {
        const Weights w = drawWeights(rng, options, centre);
        double best = -1;
        for (std::size_t i = 0; i < contenders.size(); ++i) {
            const double* fi = &f[i * kCriteria];
            const double t = w[0] * fi[0] + w[1] * fi[1] + w[2] * fi[2] + w[3] * fi[3] +
                             w[4] * fi[4] + w[5] * fi[5];
            totals[i] = t;
            best = std::max(best, t);
        }
        tied.clear();
        for (std::size_t i = 0; i < contenders.size(); ++i)
            if (totals[i] == best) tied.push_back(i);
        for (std::size_t i : tied) wins[i] += 1.0 / static_cast<double>(tied.size());
    }
    for (std::size_t i = 0; i < contenders.size(); ++i)
        shares[contenders[i]] = wins[i] / options.samples;
    for (std::size_t i = 0; i < ranked.size(); ++i) ranked[i].acceptability = shares[i];
    return shares;
}

std::array<WeightRange, kCriteria> stabilityRanges(const std::vector<Candidate>& candidates,
                                                   const std::vector<RankedSet>& ranked,
                                                   const Weights& weights,
                                                   const RankingOptions& /*ranking*/) {
    const Weights w = normalised(weights);
    std::array<WeightRange, kCriteria> ranges;
    for (int c = 0; c < kCriteria; ++c) ranges[c] = {w[c], 0.0, 1.0};
    if (ranked.size() < 2) return ranges;

    std::vector<detail::Features> f(ranked.size());
    for (std::size_t i = 0; i < ranked.size(); ++i)
        f[i] = detail::setFeatures(candidates, ranked[i].members, ranked[i].verteilung);

    for (int c = 0; c < kCriteria; ++c) {
        // The other criteria's shares of the rest, kept while w[c] moves.
        Weights others{};
        double rest = 1 - w[c];
        for (int o = 0; o < kCriteria; ++o)
            if (o != c) others[o] = rest > 1e-12 ? w[o] / rest : 1.0 / (kCriteria - 1);
        // Total of set s at weight t: t·f[s][c] + (1 − t)·g(s), linear in t.
        auto g = [&](const detail::Features& x) {
            double sum = 0;
            for (int o = 0; o < kCriteria; ++o) sum += others[o] * x[o];
            return sum;
        };
        const double gFirst = g(f[0]);
        double lower = 0, upper = 1;
        for (std::size_t s = 1; s < ranked.size(); ++s) {
            // total(first) − total(s) = a + b·t must stay >= 0.
            const double gs = g(f[s]);
            const double a = gFirst - gs;
            const double b = (f[0][c] - gFirst) - (f[s][c] - gs);
            if (b > 0)
                lower = std::max(lower, -a / b);
            else if (b < 0)
                upper = std::min(upper, -a / b);
        }
        // Rounding may put a bound of a tied set a hair beyond the current weight.
        ranges[c].lower = std::clamp(lower, 0.0, w[c]);
        ranges[c].upper = std::clamp(upper, w[c], 1.0);
    }
    return ranges;
}

}  // namespace decision
