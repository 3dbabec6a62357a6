#pragma once
// Internal to bk_decision: what ranking and sensitivity share.

#include <cmath>
#include <cstdint>
#include <vector>

#include "app/decision/model.hpp"

namespace decision::detail {

// Values that differ by less than this count as equal (see rankSets).
inline std::int64_t quantised(double x) {
    // llround without the library call (this runs per set on every slider move); the values
    // are 0–5, far from the int64 range.
    const double scaled = x * 1e9;
    return static_cast<std::int64_t>(scaled + (scaled >= 0 ? 0.5 : -0.5));
}

// Per set, the six numbers its total is the weighted sum of: [Verteilung] = the set's
// Verteilung (0–5), [c] = the mean of its members' scores on criterion c. With normalised
// weights w, total = Σ_c w[c] × features[c].
using Features = std::array<double, kCriteria>;

inline Features setFeatures(const std::vector<Candidate>& candidates,
                            const std::vector<std::size_t>& members, double verteilung) {
    Features f{};
    f[0] = verteilung;
    for (std::size_t m : members)
        for (int c = 1; c < kCriteria; ++c) f[c] += candidates[m].scores[c];
    if (!members.empty())
        for (int c = 1; c < kCriteria; ++c) f[c] /= static_cast<double>(members.size());
    return f;
}

inline double weightedTotal(const Features& f, const Weights& normalisedWeights) {
    double total = 0;
    for (int c = 0; c < kCriteria; ++c) total += normalisedWeights[c] * f[c];
    return total;
}

}  // namespace decision::detail
