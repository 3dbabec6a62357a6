// Admissible sets, their scores, the ranking and the Pareto front of merit and Verteilung.

#include <algorithm>
#include <limits>
#include <numeric>
#include <set>
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

}  // namespace

std::vector<std::vector<std::size_t>> admissibleSets(const std::vector<Candidate>& candidates,
                                                     int k) {
    std::vector<std::vector<std::size_t>> out;
    if (k < 1) return out;
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

    std::vector<RankedSet> unsorted(n);
    for (std::size_t i = 0; i < n; ++i) {
        RankedSet& r = unsorted[i];
        r.members = sets[i];
        r.measures = measures[i];
        double merit = 0;
        for (std::size_t m : sets[i]) merit += candidateMerits[m];
        r.merit = sets[i].empty() ? 0 : merit / static_cast<double>(sets[i].size());
        if (options.basis == VerteilungBasis::Coverage)
            r.verteilung = 5 * std::clamp(measures[i].coverageShare, 0.0, 1.0);
        else
            r.verteilung = bestDistance > 0 ? 5 * measures[i].minDistanceKm / bestDistance : 0;
        r.total = scoredWeight * r.merit + w[0] * r.verteilung;
    }

    struct Key {
        std::int64_t total, merit, verteilung;
    };
    std::vector<Key> keys(n);
    for (std::size_t i = 0; i < n; ++i)
        keys[i] = {detail::quantised(unsorted[i].total), detail::quantised(unsorted[i].merit),
                   detail::quantised(unsorted[i].verteilung)};

    // Pareto front: by merit descending, Verteilung descending; a set is on it when it has the
    // best Verteilung of its merit and that beats every set of higher merit.
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (keys[a].merit != keys[b].merit) return keys[a].merit > keys[b].merit;
        if (keys[a].verteilung != keys[b].verteilung)
            return keys[a].verteilung > keys[b].verteilung;
        return a < b;
    });
    std::int64_t bestHigherMerit = std::numeric_limits<std::int64_t>::min();
    for (std::size_t start = 0; start < n;) {
        std::size_t end = start + 1;
        while (end < n && keys[order[end]].merit == keys[order[start]].merit) ++end;
        const std::int64_t groupBest = keys[order[start]].verteilung;
        if (groupBest > bestHigherMerit)
            for (std::size_t j = start; j < end && keys[order[j]].verteilung == groupBest; ++j)
                unsorted[order[j]].pareto = true;
        bestHigherMerit = std::max(bestHigherMerit, groupBest);
        start = end;
    }

    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (keys[a].total != keys[b].total) return keys[a].total > keys[b].total;
        if (keys[a].merit != keys[b].merit) return keys[a].merit > keys[b].merit;
        return a < b;
    });
    std::vector<RankedSet> ranked;
    ranked.reserve(n);
    for (std::size_t j = 0; j < n; ++j) {
        ranked.push_back(std::move(unsorted[order[j]]));
        ranked.back().rank = j > 0 && keys[order[j]].total == keys[order[j - 1]].total
                                 ? ranked[j - 1].rank
                                 : static_cast<int>(j + 1);
    }
    return ranked;
}

}  // namespace decision
