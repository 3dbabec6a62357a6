#pragma once
// Small builders for the decision tests.

#include <initializer_list>
#include <string>
#include <vector>

#include "app/decision/model.hpp"

namespace decision_test {

using decision::Criterion;

// Member `member` scores application `application` with `value` on every scored criterion.
inline void scoreAll(std::vector<decision::Score>& scores, std::int64_t member,
                     std::int64_t application, int value) {
    for (int c = 1; c < decision::kCriteria; ++c)
        scores.push_back({member, application, static_cast<Criterion>(c), value});
}

// A candidate whose five scored criteria are given in the call's order.
inline decision::Candidate candidate(std::int64_t id, const std::string& municipality,
                                     std::initializer_list<double> scored, int region = 0) {
    decision::Candidate c;
    c.id = id;
    c.nr = "B-" + std::to_string(id);
    c.municipality = municipality;
    c.region = region;
    int i = 1;
    for (double s : scored) c.scores[i++] = s;
    return c;
}

// A candidate with the same score on all five criteria (merit = that score).
inline decision::Candidate flat(std::int64_t id, const std::string& municipality, double score,
                                int region = 0) {
    return candidate(id, municipality, {score, score, score, score, score}, region);
}

}  // namespace decision_test
