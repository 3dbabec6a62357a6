// Admissible sets, their scores, the ranking and the Pareto front of merit and Verteilung.

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <stdexcept>
#include <string>

#include "app/decision/detail.hpp"
#include "app/decision/model.hpp"

namespace decision {
namespace {

void extend(const std::vector<Candidate>& candidates, std::size_t k, std::size_t from,
            std::vector<std::size_t>& current, std::vector<std::string>& usedMunicipalities,
            std::vector<std::vector<std::size_t>>& out) {
    if (current.size() == k) {
        out.push_back(current);
        return;
    }
    for (std::size_t i = from; i < candidates.size(); ++i) {
        // Not enough candidates left to complete the set.
        if (candidates.size() - i < k - current.size()) break;
        const std::string& m = candidates[i].municipality;
        if (std::find(usedMunicipalities.begin(), usedMunicipalities.end(), m) !=
            usedMunicipalities.end())
            continue;
        current.push_back(i);
        usedMunicipalities.push_back(m);
        extend(candidates, k, i + 1, current, usedMunicipalities, out);
        current.pop_back();
        usedMunicipalities.pop_back();
    }
}

// Marks the sets on the Pareto front of merit and Verteilung (by their keys): no other set is
// >= in both and > in one. One pass keeps the front so far as a staircase (merit ascending,
// Verteilung descending; a handful of points), then a second pass marks the sets whose values
// are on it. O(n log h) without sorting all sets.
template <typename Scored>
void markParetoFront(std::vector<Scored>& scored) {
    struct Point {
        std::int64_t merit, verteilung;
        bool operator==(const Point&) const = default;
    };
    std::vector<Point> front;  // merit strictly ascending, Verteilung strictly descending
    auto firstWithMeritAtLeast = [&front](std::int64_t merit) {
        return std::lower_bound(front.begin(), front.end(), merit,
                                [](const Point& p, std::int64_t m) { return p.merit < m; });
    };
    for (const Scored& s : scored) {
        const Point p{s.meritKey, s.verteilungKey};
        auto it = firstWithMeritAtLeast(p.merit);
        // The front point with the least merit >= p's has the most Verteilung among them.
        if (it != front.end() && it->verteilung >= p.verteilung) continue;  // dominated or equal
        // p dominates the points before it with Verteilung <= its own (merit <= p's).
        auto from = it;
        while (from != front.begin() && std::prev(from)->verteilung <= p.verteilung) --from;
        if (it != front.end() && it->merit == p.merit) ++it;  // same merit, less Verteilung
        it = front.erase(from, it);
        front.insert(it, p);
    }
    for (Scored& s : scored) {
        const auto it = firstWithMeritAtLeast(s.meritKey);
        s.pareto = it != front.end() && *it == Point{s.meritKey, s.verteilungKey};
    }
}

}  // namespace

std::uint64_t admissibleSetCount(const std::vector<Candidate>& candidates, int k) {
    if (k < 1) return 0;
    std::map<std::string, std::uint64_t> perMunicipality;
    for (const Candidate& c : candidates) ++perMunicipality[c.municipality];
    if (perMunicipality.size() < static_cast<std::size_t>(k)) return 0;
    // e[j]: the number of ways to take j candidates from j different municipalities among
    // those seen so far; adding a municipality with n candidates, e[j] += n * e[j - 1].
    constexpr std::uint64_t kSaturated = std::numeric_limits<std::uint64_t>::max();
    auto times = [](std::uint64_t a, std::uint64_t b) {
        return a != 0 && b > kSaturated / a ? kSaturated : a * b;
    };
    auto plus = [](std::uint64_t a, std::uint64_t b) {
        return b > kSaturated - a ? kSaturated : a + b;
    };
    const auto size = static_cast<std::size_t>(k);
    std::vector<std::uint64_t> e(size + 1, 0);
    e[0] = 1;
    for (const auto& entry : perMunicipality)
        for (std::size_t j = size; j >= 1; --j) e[j] = plus(e[j], times(entry.second, e[j - 1]));
    return e[size];
}

std::vector<std::vector<std::size_t>> admissibleSets(const std::vector<Candidate>& candidates,
                                                     int k) {
    std::vector<std::vector<std::size_t>> out;
    if (k < 1) return out;
    const std::uint64_t count = admissibleSetCount(candidates, k);
    if (count > kMaxAdmissibleSets)
        throw std::length_error(std::to_string(count) + " sets of " + std::to_string(k) +
                                " places from " + std::to_string(candidates.size()) +
                                " candidates; at most " + std::to_string(kMaxAdmissibleSets) +
                                " can be ranked");
    out.reserve(static_cast<std::size_t>(count));
    std::set<std::string> municipalities;
    for (const Candidate& c : candidates) municipalities.insert(c.municipality);
    if (municipalities.size() < static_cast<std::size_t>(k)) return out;
    std::vector<std::size_t> current;
    std::vector<std::string> used;
    extend(candidates, static_cast<std::size_t>(k), 0, current, used, out);
    return out;
}

std::vector<RankedSet> rankSets(const std::vector<Candidate>& candidates,
                                const std::vector<std::vector<std::size_t>>& sets,
                                const std::vector<SetMeasures>& measures, const Weights& weights,
                                const RankingOptions& options) {
    // Called on every slider move for up to ~20,000 sets: plain arrays and sorts of small
    // structs, one allocation per output set.
    const std::size_t n = std::min(sets.size(), measures.size());
    const Weights w = normalised(weights);
    double scoredWeight = 0;
    for (int c = 1; c < kCriteria; ++c) scoredWeight += w[c];

    std::vector<double> candidateMerits(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i)
        candidateMerits[i] = candidateMerit(candidates[i], w);

    double bestDistance = 0;
    if (options.basis == VerteilungBasis::Distance)
        for (std::size_t i = 0; i < n; ++i)
            bestDistance = std::max(bestDistance, measures[i].minDistanceKm);

    struct Scored {
        double merit, verteilung, total;
        std::int64_t meritKey, verteilungKey;
        bool pareto;
    };
    std::vector<Scored> scored(n);
    for (std::size_t i = 0; i < n; ++i) {
        double merit = 0;
        for (std::size_t m : sets[i]) merit += candidateMerits[m];
        merit = sets[i].empty() ? 0 : merit / static_cast<double>(sets[i].size());
        const double verteilung =
            options.basis == VerteilungBasis::Coverage
                ? 5 * std::clamp(measures[i].coverageShare, 0.0, 1.0)
                : (bestDistance > 0 ? 5 * measures[i].minDistanceKm / bestDistance : 0);
        scored[i] = {merit,
                     verteilung,
                     scoredWeight * merit + w[0] * verteilung,
                     detail::quantised(merit),
                     detail::quantised(verteilung),
                     false};
    }
    markParetoFront(scored);

    // The ranking: total descending; within equal totals merit descending, then the sets' order.
    struct Key {
        std::int64_t total;
        std::size_t index;
    };
    std::vector<Key> keys(n);
    for (std::size_t i = 0; i < n; ++i) keys[i] = {detail::quantised(scored[i].total), i};
    std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) {
        return a.total != b.total ? a.total > b.total : a.index < b.index;
    });
    for (std::size_t start = 0; start < n;) {
        std::size_t end = start + 1;
        while (end < n && keys[end].total == keys[start].total) ++end;
        if (end - start > 1)
            std::stable_sort(keys.begin() + static_cast<std::ptrdiff_t>(start),
                             keys.begin() + static_cast<std::ptrdiff_t>(end),
                             [&](const Key& a, const Key& b) {
                                 return scored[a.index].meritKey > scored[b.index].meritKey;
                             });
        start = end;
    }

    std::vector<RankedSet> ranked;
    ranked.reserve(n);
    for (std::size_t j = 0; j < n; ++j) {
        const std::size_t i = keys[j].index;
        const int rank = j > 0 && keys[j].total == keys[j - 1].total ? ranked.back().rank
                                                                     : static_cast<int>(j + 1);
        ranked.push_back({sets[i], measures[i], scored[i].merit, scored[i].verteilung,
                          scored[i].total, rank, scored[i].pareto, 0.0, std::nullopt});
    }
    return ranked;
}

}  // namespace decision
