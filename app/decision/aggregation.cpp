// Aggregation of the committee's scores and the agreement between members (Kendall's W).

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <utility>

#include "app/decision/model.hpp"

namespace decision {
namespace {

using Key = std::tuple<std::int64_t, std::int64_t, int>;  // member, application, criterion

// The scores that count: for listed applications, scored criteria, members not recused; one
// per (member, application, criterion), the later one in `scores` winning; values clamped.
std::map<Key, double> countingScores(const std::vector<std::int64_t>& applications,
                                     const std::vector<Score>& scores,
                                     const std::vector<Recusal>& recusals) {
    const std::set<std::int64_t> listed(applications.begin(), applications.end());
    std::set<std::pair<std::int64_t, std::int64_t>> recused;
    for (const Recusal& r : recusals) recused.insert({r.member, r.application});
    std::map<Key, double> result;
    for (const Score& s : scores) {
        const int c = static_cast<int>(s.criterion);
        if (c < 1 || c >= kCriteria) continue;  // Verteilung is computed, never scored
        if (!listed.count(s.application) || recused.count({s.member, s.application})) continue;
        result[{s.member, s.application, c}] = std::clamp(s.value, kMinScore, kMaxScore);
    }
    return result;
}

// See AggregationOptions::zNormalise.
void zNormalise(std::map<Key, double>& values) {
    struct Moments {
        double sum = 0, sumSquares = 0;
        int n = 0;
    };
    std::map<std::int64_t, Moments> perMember;
    double total = 0;
    int count = 0;
    for (const auto& [key, x] : values) {
        Moments& m = perMember[std::get<0>(key)];
        m.sum += x;
        m.sumSquares += x * x;
        ++m.n;
        total += x;
        ++count;
    }
    if (count == 0) return;
    const double pooledMean = total / count;
    std::map<std::int64_t, std::pair<double, double>> meanSd;  // members with spread only
    double within = 0;
    int withinN = 0;
    for (const auto& [member, m] : perMember) {
        const double mean = m.sum / m.n;
        double squares = 0;
        for (const auto& [key, x] : values)
            if (std::get<0>(key) == member) squares += (x - mean) * (x - mean);
        if (squares <= 1e-12 * m.n) continue;  // no spread: raw scores stay
        meanSd[member] = {mean, std::sqrt(squares / m.n)};
        within += squares;
        withinN += m.n;
    }
    if (withinN == 0) return;
    const double pooledSd = std::sqrt(within / withinN);
    for (auto& [key, x] : values) {
        auto it = meanSd.find(std::get<0>(key));
        if (it == meanSd.end()) continue;
        const auto [mean, sd] = it->second;
        x = std::clamp(pooledMean + pooledSd * (x - mean) / sd, double{kMinScore},
                       double{kMaxScore});
    }
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double mean(const std::vector<double>& v) {
    double sum = 0;
    for (double x : v) sum += x;
    return sum / static_cast<double>(v.size());
}

}  // namespace

std::vector<ApplicationAggregate> aggregate(const std::vector<std::int64_t>& applications,
                                            const std::vector<Score>& scores,
                                            const std::vector<Recusal>& recusals,
                                            const Weights& weights,
                                            const AggregationOptions& options) {
    std::map<Key, double> values = countingScores(applications, scores, recusals);
    if (options.zNormalise) zNormalise(values);

    // application -> criterion -> values (in member order, from the map's order)
    std::map<std::int64_t, std::array<std::vector<double>, kCriteria>> byApplication;
    std::map<std::int64_t, std::set<std::int64_t>> raters;
    for (const auto& [key, x] : values) {
        const auto [member, application, criterion] = key;
        byApplication[application][criterion].push_back(x);
        raters[application].insert(member);
    }

    const Weights w = normalised(weights);
    std::vector<ApplicationAggregate> result;
    result.reserve(applications.size());
    for (std::int64_t id : applications) {
        ApplicationAggregate a;
        a.application = id;
        a.raters = static_cast<int>(raters[id].size());
        const auto& perCriterion = byApplication[id];
        bool complete = true;
        double weighted = 0, weightSum = 0, plain = 0;
        for (int c = 1; c < kCriteria; ++c) {
            const std::vector<double>& v = perCriterion[c];
            if (v.empty()) {
                complete = false;
                continue;
            }
            const double value = options.method == Aggregation::Median ? median(v) : mean(v);
            a.score[c] = value;
            const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
            a.spread[c] = v.size() >= 2 ? *hi - *lo : 0.0;
            weighted += w[c] * value;
            weightSum += w[c];
            plain += value;
        }
        if (complete) a.merit = weightSum > 0 ? weighted / weightSum : plain / kScoredCriteria;
        result.push_back(a);
    }
    return result;
}

std::optional<double> kendallW(const std::vector<std::int64_t>& applications,
                               const std::vector<Score>& scores,
                               const std::vector<Recusal>& recusals) {
    const std::size_t n = applications.size();
    if (n < 2) return std::nullopt;
    std::unordered_map<std::int64_t, std::size_t> index;
    for (std::size_t i = 0; i < n; ++i) index[applications[i]] = i;

    // member -> per application: sum and count of the member's scores
    std::map<std::int64_t, std::vector<std::pair<double, int>>> perMember;
    for (const auto& [key, x] : countingScores(applications, scores, recusals)) {
        auto& sums = perMember[std::get<0>(key)];
        if (sums.empty()) sums.assign(n, {0.0, 0});
        auto& [sum, count] = sums[index.at(std::get<1>(key))];
        sum += x;
        ++count;
    }

    std::vector<double> rankSums(n, 0.0);
    double tieCorrection = 0;  // Σ over members and tie groups of t³ − t
    int m = 0;
    for (const auto& [member, sums] : perMember) {
        if (std::any_of(sums.begin(), sums.end(), [](const auto& s) { return s.second == 0; }))
            continue;  // did not score every application
        std::vector<std::pair<double, std::size_t>> means(n);
        for (std::size_t i = 0; i < n; ++i) means[i] = {sums[i].first / sums[i].second, i};
        std::sort(means.begin(), means.end());
        // Ascending ranks 1..n; a group of equal means shares the mean of its ranks. (The
        // direction does not change W.)
        for (std::size_t start = 0; start < n;) {
            std::size_t end = start + 1;
            while (end < n && means[end].first == means[start].first) ++end;
            const double t = static_cast<double>(end - start);
            const double rank = (static_cast<double>(start + 1) + static_cast<double>(end)) / 2;
            for (std::size_t j = start; j < end; ++j) rankSums[means[j].second] += rank;
            tieCorrection += t * t * t - t;
            start = end;
        }
        ++m;
    }
    if (m < 2) return std::nullopt;
    const double md = m, nd = static_cast<double>(n);
    const double meanRankSum = md * (nd + 1) / 2;
    double s = 0;
    for (double r : rankSums) s += (r - meanRankSum) * (r - meanRankSum);
    const double denominator = md * md * (nd * nd * nd - nd) - md * tieCorrection;
    if (denominator <= 1e-12) return std::nullopt;
    return 12 * s / denominator;
}

}  // namespace decision
