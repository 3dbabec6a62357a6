// Admissible sets, Verteilung, totals, ranking with ties and the Pareto front.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>
#include <string>

#include "app/decision/model.hpp"
#include "decision_fixtures.hpp"

namespace {

using decision::RankedSet;
using decision::SetMeasures;
using decision_test::flat;

using Sets = std::vector<std::vector<std::size_t>>;

TEST(AdmissibleSets, PairsFromDifferentMunicipalitiesInLexicographicOrder) {
    const std::vector<decision::Candidate> c = {flat(1, "a", 0), flat(2, "b", 0), flat(3, "a", 0),
                                                flat(4, "c", 0)};
    EXPECT_EQ(decision::admissibleSets(c, 2), (Sets{{0, 1}, {0, 3}, {1, 2}, {1, 3}, {2, 3}}));
    EXPECT_EQ(decision::admissibleSets(c, 3), (Sets{{0, 1, 3}, {1, 2, 3}}));
    EXPECT_EQ(decision::admissibleSets(c, 1), (Sets{{0}, {1}, {2}, {3}}));
    EXPECT_TRUE(decision::admissibleSets(c, 0).empty());
}

TEST(AdmissibleSets, FewerCandidatesOrMunicipalitiesThanPlaces) {
    EXPECT_TRUE(decision::admissibleSets({}, 2).empty());
    EXPECT_TRUE(decision::admissibleSets({flat(1, "a", 3)}, 2).empty());
    // All applications in one municipality: no pair, but each alone is a set of one.
    const std::vector<decision::Candidate> same = {flat(1, "a", 1), flat(2, "a", 2),
                                                   flat(3, "a", 3)};
    EXPECT_TRUE(decision::admissibleSets(same, 2).empty());
    EXPECT_EQ(decision::admissibleSets(same, 1).size(), 3u);
    // Nothing to rank is no error.
    EXPECT_TRUE(decision::rankSets(same, {}, {}, decision::equalWeights()).empty());
}

TEST(AdmissibleSets, CountedWithoutEnumeratingThem) {
    // Municipalities a: 3, b: 1, c: 2, d: 1 candidates, in mixed order.
    const std::vector<decision::Candidate> c = {flat(1, "a", 0), flat(2, "c", 0), flat(3, "b", 0),
                                                flat(4, "a", 0), flat(5, "d", 0), flat(6, "c", 0),
                                                flat(7, "a", 0)};
    for (int k = 0; k <= 5; ++k)
        EXPECT_EQ(decision::admissibleSetCount(c, k), decision::admissibleSets(c, k).size())
            << "k = " << k;
    EXPECT_EQ(decision::admissibleSetCount(c, 2), 3u * 1 + 3 * 2 + 3 * 1 + 1 * 2 + 1 * 1 + 2 * 1);
    EXPECT_EQ(decision::admissibleSetCount(c, 4), 3u * 1 * 2 * 1);
    EXPECT_EQ(decision::admissibleSetCount({}, 2), 0u);
}

// Issue 9, defect 10: 100,000 applications made `rank` run out of time and memory; past
// kMaxAdmissibleSets the enumeration is refused at once, naming the numbers.
TEST(AdmissibleSets, MoreThanTheLimitAreRefusedNotEnumerated) {
    std::vector<decision::Candidate> c;
    for (int i = 0; i < 100'000; ++i) c.push_back(flat(i, "m" + std::to_string(i % 15), 0));
    // About C(15, 4) · (100,000 / 15)^4, far past 500,000; saturates rather than overflows
    // for k 10.
    EXPECT_GT(decision::admissibleSetCount(c, 4), decision::kMaxAdmissibleSets);
    EXPECT_GT(decision::admissibleSetCount(c, 10), decision::kMaxAdmissibleSets);
    try {
        decision::admissibleSets(c, 4);
        FAIL() << "enumerated the sets";
    } catch (const std::length_error& e) {
        EXPECT_EQ(std::string(e.what()),
                  "2696296290518488890 sets of 4 places from 100000 candidates; at most 500000 "
                  "can be ranked");
    }
}

TEST(RankSets, TotalsMeritVerteilungAndOrder) {
    const std::vector<decision::Candidate> c = {flat(1, "a", 2), flat(2, "b", 4), flat(3, "c", 3)};
    const Sets sets = decision::admissibleSets(c, 2);  // {0,1} {0,2} {1,2}
    const std::vector<SetMeasures> m = {{0.5, 10, 2}, {0.8, 20, 2}, {0.2, 5, 1}};
    // Equal weights: total = 5/6 merit + 1/6 · 5 · share.
    //   {0,1}: merit 3,   V 2.5 → 17.5/6      {0,2}: merit 2.5, V 4 → 16.5/6
    //   {1,2}: merit 3.5, V 1   → 18.5/6
    const std::vector<RankedSet> r = decision::rankSets(c, sets, m, decision::equalWeights());
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0].members, (std::vector<std::size_t>{1, 2}));
    EXPECT_NEAR(r[0].total, 18.5 / 6, 1e-12);
    EXPECT_NEAR(r[0].merit, 3.5, 1e-12);
    EXPECT_NEAR(r[0].verteilung, 1, 1e-12);
    EXPECT_EQ(r[0].measures.regions, 1);
    EXPECT_EQ(r[1].members, (std::vector<std::size_t>{0, 1}));
    EXPECT_NEAR(r[1].total, 17.5 / 6, 1e-12);
    EXPECT_EQ(r[2].members, (std::vector<std::size_t>{0, 2}));
    EXPECT_EQ((std::vector<int>{r[0].rank, r[1].rank, r[2].rank}), (std::vector<int>{1, 2, 3}));
    // Every one is best in something: merit 3.5, V 4, and {0,1} beats {1,2} in V and {0,2} in
    // merit.
    EXPECT_TRUE(r[0].pareto && r[1].pareto && r[2].pareto);

    // Only Verteilung weighs: ordered by coverage.
    const auto v = decision::rankSets(c, sets, m, {1, 0, 0, 0, 0, 0});
    EXPECT_EQ(v[0].members, (std::vector<std::size_t>{0, 2}));
    EXPECT_NEAR(v[0].total, 4, 1e-12);
    // Verteilung from the distance, scaled to the best set (20 km): 2.5, 5, 1.25.
    const auto d =
        decision::rankSets(c, sets, m, {1, 0, 0, 0, 0, 0}, {decision::VerteilungBasis::Distance});
    EXPECT_EQ(d[0].members, (std::vector<std::size_t>{0, 2}));
    EXPECT_NEAR(d[0].verteilung, 5, 1e-12);
    EXPECT_NEAR(d[2].verteilung, 1.25, 1e-12);
}

TEST(RankSets, WithoutScoresTheRankingIsByVerteilungOnly) {
    const std::vector<decision::Candidate> c = {flat(1, "a", 0), flat(2, "b", 0), flat(3, "c", 0)};
    const std::vector<SetMeasures> m = {{0.3, 1, 1}, {0.6, 1, 1}, {0.45, 1, 1}};
    const auto r =
        decision::rankSets(c, decision::admissibleSets(c, 2), m, decision::equalWeights());
    EXPECT_EQ(r[0].members, (std::vector<std::size_t>{0, 2}));
    EXPECT_EQ(r[1].members, (std::vector<std::size_t>{1, 2}));
    EXPECT_EQ(r[2].members, (std::vector<std::size_t>{0, 1}));
    // Equal merit: only the best Verteilung is on the Pareto front.
    EXPECT_TRUE(r[0].pareto);
    EXPECT_FALSE(r[1].pareto);
    EXPECT_FALSE(r[2].pareto);
}

TEST(RankSets, TiesShareARankAndAreBrokenByMeritThenOrder) {
    // Four candidates in four municipalities, sets of one. Totals with equal weights:
    //   0: merit 3,   share 0   → 15/6        1: merit 2.4, share 0.6 → 15/6
    //   2: merit 3,   share 0   → 15/6        3: merit 1,   share 0   → 5/6
    // 0 and 2 tie completely (order decides); 1 ties in total but has less merit.
    const std::vector<decision::Candidate> c = {flat(1, "a", 3), flat(2, "b", 2.4), flat(3, "c", 3),
                                                flat(4, "d", 1)};
    const Sets sets = decision::admissibleSets(c, 1);
    const std::vector<SetMeasures> m = {{0, 0, 1}, {0.6, 0, 1}, {0, 0, 1}, {0, 0, 1}};
    const auto r = decision::rankSets(c, sets, m, decision::equalWeights());
    ASSERT_EQ(r.size(), 4u);
    EXPECT_EQ(r[0].members[0], 0u);
    EXPECT_EQ(r[1].members[0], 2u);
    EXPECT_EQ(r[2].members[0], 1u);
    EXPECT_EQ(r[3].members[0], 3u);
    EXPECT_EQ((std::vector<int>{r[0].rank, r[1].rank, r[2].rank, r[3].rank}),
              (std::vector<int>{1, 1, 1, 4}));
    // Pareto: the two merit-3 sets (equal to each other, not dominated) and the V-best one.
    EXPECT_TRUE(r[0].pareto);
    EXPECT_TRUE(r[1].pareto);
    EXPECT_TRUE(r[2].pareto);
    EXPECT_FALSE(r[3].pareto);
}

TEST(RankSets, ParetoFrontOfMeritAgainstVerteilung) {
    // (merit, share): A (4, 0.2), B (3, 0.5), C (3, 0.4), D (2, 0.5), E (1, 0.9), F (4, 0.1).
    const std::vector<decision::Candidate> c = {flat(1, "a", 4), flat(2, "b", 3), flat(3, "c", 3),
                                                flat(4, "d", 2), flat(5, "e", 1), flat(6, "f", 4)};
    const std::vector<SetMeasures> m = {{0.2, 0, 1}, {0.5, 0, 1}, {0.4, 0, 1},
                                        {0.5, 0, 1}, {0.9, 0, 1}, {0.1, 0, 1}};
    const auto r =
        decision::rankSets(c, decision::admissibleSets(c, 1), m, decision::equalWeights());
    std::vector<bool> pareto(6);
    for (const RankedSet& s : r) pareto[s.members[0]] = s.pareto;
    // A: best merit with best V among merit 4 → front; F: dominated by A; B: front; C: dominated
    // by B; D: dominated by B (equal V, more merit); E: best V → front.
    EXPECT_EQ(pareto, (std::vector<bool>{true, true, false, false, true, false}));
}

TEST(RankSets, ParetoFrontAndOrderAgreeWithTheDefinitions) {
    // Random instances with many ties (integer scores, coarse shares) against the O(n²)
    // definition of the front and a direct check of the order.
    std::uint64_t state = 12345;
    auto next = [&state](std::uint64_t n) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return (state >> 33) % n;
    };
    for (int trial = 0; trial < 300; ++trial) {
        std::vector<decision::Candidate> c;
        const std::size_t n = 2 + next(10);
        for (std::size_t i = 0; i < n; ++i)
            c.push_back(decision_test::candidate(static_cast<std::int64_t>(i),
                                                 std::to_string(next(5)),
                                                 {double(next(4)), double(next(4)), double(next(4)),
                                                  double(next(4)), double(next(4))}));
        const Sets sets = decision::admissibleSets(c, 2);
        std::vector<SetMeasures> m;
        for (std::size_t i = 0; i < sets.size(); ++i)
            m.push_back({double(next(5)) / 4, double(next(30)), 1});
        decision::Weights w;
        for (double& x : w) x = double(next(3));
        const auto r = decision::rankSets(c, sets, m, w);
        ASSERT_EQ(r.size(), sets.size());
        for (std::size_t i = 0; i < r.size(); ++i) {
            bool dominated = false;
            for (std::size_t j = 0; j < r.size(); ++j)
                dominated = dominated || (r[j].merit >= r[i].merit - 1e-12 &&
                                          r[j].verteilung >= r[i].verteilung - 1e-12 &&
                                          (r[j].merit > r[i].merit + 1e-12 ||
                                           r[j].verteilung > r[i].verteilung + 1e-12));
            EXPECT_EQ(r[i].pareto, !dominated) << "trial " << trial << ", set " << i;
            if (i == 0) continue;
            EXPECT_GE(r[i - 1].total, r[i].total - 1e-9);
            if (std::abs(r[i - 1].total - r[i].total) < 1e-10) {
                EXPECT_EQ(r[i].rank, r[i - 1].rank);
                EXPECT_GE(r[i - 1].merit, r[i].merit - 1e-9);
            } else {
                EXPECT_EQ(r[i].rank, static_cast<int>(i + 1));
            }
        }
    }
}

TEST(RankSets, NearlyEqualTotalsTie) {
    // 0.1 + 0.2 != 0.3 in binary; the ranking must not care.
    std::vector<decision::Candidate> c = {flat(1, "a", 0), flat(2, "b", 0)};
    c[0].scores[1] = 0.1 + 0.2;
    c[1].scores[1] = 0.3;
    const auto r =
        decision::rankSets(c, decision::admissibleSets(c, 1), {{}, {}}, {0, 1, 0, 0, 0, 0});
    EXPECT_EQ(r[0].rank, 1);
    EXPECT_EQ(r[1].rank, 1);
    EXPECT_EQ(r[0].members[0], 0u);
}

}  // namespace
