// Aggregation of the committee's scores: mean and median, recusal, z-normalisation, merit,
// Kendall's W.
#include <gtest/gtest.h>

#include <cmath>

#include "app/decision/model.hpp"
#include "decision_fixtures.hpp"

namespace {

using decision::Aggregation;
using decision::AggregationOptions;
using decision::Criterion;
using decision::Score;
using decision_test::scoreAll;

constexpr int A = static_cast<int>(Criterion::Akteure);

TEST(Aggregation, MeanAndMedianOfThreeMembers) {
    // Members score 1, 2 and 5 on Akteure: mean 8/3, median 2, spread 4.
    std::vector<Score> scores = {{1, 10, Criterion::Akteure, 1},
                                 {2, 10, Criterion::Akteure, 2},
                                 {3, 10, Criterion::Akteure, 5}};
    const auto mean = decision::aggregate({10}, scores, {}, decision::equalWeights());
    ASSERT_EQ(mean.size(), 1u);
    EXPECT_DOUBLE_EQ(*mean[0].score[A], 8.0 / 3);
    EXPECT_DOUBLE_EQ(mean[0].spread[A], 4);
    EXPECT_EQ(mean[0].raters, 3);
    EXPECT_FALSE(mean[0].merit) << "four criteria have no score";
    EXPECT_FALSE(mean[0].score[static_cast<int>(Criterion::Lage)]);
    EXPECT_FALSE(mean[0].score[0]) << "Verteilung is never scored";

    const auto median = decision::aggregate({10}, scores, {}, decision::equalWeights(),
                                            AggregationOptions{Aggregation::Median, false});
    EXPECT_DOUBLE_EQ(*median[0].score[A], 2);

    // An even number: the mean of the middle two.
    scores.push_back({4, 10, Criterion::Akteure, 4});
    const auto even = decision::aggregate({10}, scores, {}, decision::equalWeights(),
                                          AggregationOptions{Aggregation::Median, false});
    EXPECT_DOUBLE_EQ(*even[0].score[A], 3);
}

TEST(Aggregation, RecusedMemberIsLeftOutOfThatApplicationOnly) {
    std::vector<Score> scores;
    scoreAll(scores, 1, 10, 5);  // member 1 is befangen for application 10
    scoreAll(scores, 2, 10, 2);
    scoreAll(scores, 1, 11, 4);
    scoreAll(scores, 2, 11, 2);
    const auto result = decision::aggregate({10, 11}, scores, {{1, 10}}, decision::equalWeights());
    ASSERT_EQ(result.size(), 2u);
    EXPECT_EQ(result[0].application, 10);
    EXPECT_EQ(result[0].raters, 1);
    EXPECT_DOUBLE_EQ(*result[0].merit, 2);
    EXPECT_DOUBLE_EQ(result[0].spread[A], 0) << "one score has no spread";
    EXPECT_EQ(result[1].raters, 2);
    EXPECT_DOUBLE_EQ(*result[1].merit, 3);
    EXPECT_DOUBLE_EQ(result[1].spread[A], 2);
}

TEST(Aggregation, MeritWeighsTheFiveScoredCriteria) {
    // Akteure 5, Zusammensetzung 4, Zielgruppen 3, Organisation 2, Lage 1.
    std::vector<Score> scores;
    for (int c = 1; c < decision::kCriteria; ++c)
        scores.push_back({1, 7, static_cast<Criterion>(c), 6 - c});
    EXPECT_DOUBLE_EQ(*decision::aggregate({7}, scores, {}, decision::equalWeights())[0].merit, 3);
    // Verteilung's weight does not enter the merit; Akteure twice as heavy as the rest:
    // (2·5 + 4 + 3 + 2 + 1) / 6 = 20/6.
    const decision::Weights w = {9, 2, 1, 1, 1, 1};
    EXPECT_DOUBLE_EQ(*decision::aggregate({7}, scores, {}, w)[0].merit, 20.0 / 6);
    // All five at weight 0: their plain mean.
    EXPECT_DOUBLE_EQ(*decision::aggregate({7}, scores, {}, {1, 0, 0, 0, 0, 0})[0].merit, 3);

    decision::Candidate c = decision_test::candidate(7, "x", {5, 4, 3, 2, 1});
    EXPECT_DOUBLE_EQ(decision::candidateMerit(c, w), 20.0 / 6);
    EXPECT_DOUBLE_EQ(decision::candidateMerit(c, decision::equalWeights()), 3);
}

TEST(Aggregation, LaterDuplicateWinsAndValuesAreClamped) {
    std::vector<Score> scores = {{1, 3, Criterion::Akteure, 1},
                                 {1, 3, Criterion::Akteure, 4},
                                 {2, 3, Criterion::Akteure, 9},
                                 {2, 99, Criterion::Akteure, 0},     // not listed
                                 {2, 3, Criterion::Verteilung, 0}};  // never scored
    const auto r = decision::aggregate({3}, scores, {}, decision::equalWeights());
    EXPECT_DOUBLE_EQ(*r[0].score[A], (4 + 5) / 2.0);
    EXPECT_EQ(r[0].raters, 2);
}

TEST(Aggregation, ZNormalisationTreatsStrictAndLenientScorersAlike) {
    // Member 1 is strict: applications 1, 2, 3 get 1, 2, 3 on every criterion. Member 2 is
    // lenient and recused for application 1: 2 and 3 get 4 and 5.
    std::vector<Score> scores;
    scoreAll(scores, 1, 1, 1);
    scoreAll(scores, 1, 2, 2);
    scoreAll(scores, 1, 3, 3);
    scoreAll(scores, 2, 1, 5);  // recused: does not count anywhere
    scoreAll(scores, 2, 2, 4);
    scoreAll(scores, 2, 3, 5);
    const std::vector<decision::Recusal> recusals = {{2, 1}};

    // Raw means: 1, 3, 4 — application 1 suffers from having only the strict scorer.
    const auto raw = decision::aggregate({1, 2, 3}, scores, recusals, decision::equalWeights());
    EXPECT_DOUBLE_EQ(*raw[0].merit, 1);
    EXPECT_DOUBLE_EQ(*raw[1].merit, 3);
    EXPECT_DOUBLE_EQ(*raw[2].merit, 4);

    // By hand (per criterion the same): all counting scores 1,2,3,4,5 → M = 3. Member 1: mean 2,
    // sd √(2/3); member 2: mean 4.5, sd 0.5. Pooled within-member variance
    // S² = (2 + 0.5) / 5 = 0.5. Member 1's 1, 2, 3 → 3 ∓ √0.5·√1.5 = 3 ∓ √0.75; member 2's 4, 5
    // → 3 ∓ √0.5.
    const double s1 = std::sqrt(0.75), s2 = std::sqrt(0.5);
    const auto z = decision::aggregate({1, 2, 3}, scores, recusals, decision::equalWeights(),
                                       AggregationOptions{Aggregation::Mean, true});
    EXPECT_NEAR(*z[0].merit, 3 - s1, 1e-12);
    EXPECT_NEAR(*z[1].merit, (3 + 3 - s2) / 2, 1e-12);
    EXPECT_NEAR(*z[2].merit, (3 + s1 + 3 + s2) / 2, 1e-12);
    EXPECT_NEAR(z[2].spread[A], std::abs(s1 - s2), 1e-12);

    // Two members who differ only by an offset agree exactly after normalisation.
    std::vector<Score> offset;
    scoreAll(offset, 1, 1, 1);
    scoreAll(offset, 1, 2, 3);
    scoreAll(offset, 2, 1, 3);
    scoreAll(offset, 2, 2, 5);
    const auto same = decision::aggregate({1, 2}, offset, {}, decision::equalWeights(),
                                          AggregationOptions{Aggregation::Mean, true});
    EXPECT_NEAR(same[0].spread[A], 0, 1e-12);
    EXPECT_NEAR(same[1].spread[A], 0, 1e-12);
    EXPECT_NEAR(*same[0].merit, 2, 1e-12);  // M = 3, S = 1: 3 − 1, 3 + 1
    EXPECT_NEAR(*same[1].merit, 4, 1e-12);
}

TEST(Aggregation, ZNormalisationKeepsAMemberWithoutSpread) {
    std::vector<Score> scores;
    scoreAll(scores, 1, 1, 4);
    scoreAll(scores, 1, 2, 4);  // no spread: stays 4
    scoreAll(scores, 2, 1, 1);
    scoreAll(scores, 2, 2, 3);
    const auto z = decision::aggregate({1, 2}, scores, {}, decision::equalWeights(),
                                       AggregationOptions{Aggregation::Median, true});
    // M = (4+4+1+3)/4 = 3; only member 2 has spread (mean 2, sd 1), so S = 1: its 1 and 3
    // become 2 and 4.
    EXPECT_NEAR(*z[0].merit, (4 + 2) / 2.0, 1e-12);
    EXPECT_NEAR(*z[1].merit, (4 + 4) / 2.0, 1e-12);
}

TEST(KendallW, TextbookExampleWithTies) {
    // Three members rank four applications (by their mean score; higher is better):
    //   member 1: 4 3 2 1     ranks 4 3 2 1
    //   member 2: 4 3 1 2     ranks 4 3 1 2
    //   member 3: 3 3 2 1     ranks 3.5 3.5 2 1   (one tie of two: T = 2³ − 2 = 6)
    // Rank sums 11.5 9.5 5 4, mean 7.5, S = 16 + 4 + 6.25 + 12.25 = 38.5.
    // W = 12 S / (m²(n³ − n) − m ΣT) = 462 / (9·60 − 3·6) = 462 / 522.
    std::vector<Score> scores;
    const int table[3][4] = {{4, 3, 2, 1}, {4, 3, 1, 2}, {3, 3, 2, 1}};
    for (int m = 0; m < 3; ++m)
        for (int a = 0; a < 4; ++a) scoreAll(scores, m + 1, a + 1, table[m][a]);
    const auto w = decision::kendallW({1, 2, 3, 4}, scores, {});
    ASSERT_TRUE(w);
    EXPECT_NEAR(*w, 462.0 / 522.0, 1e-12);
}

TEST(KendallW, SiegelCastellanWithoutTies) {
    // Complete agreement gives 1; two members in exactly opposite order give 0.
    std::vector<Score> agree, oppose;
    for (int a = 1; a <= 5; ++a) {
        scoreAll(agree, 1, a, a - 1);
        scoreAll(agree, 2, a, a - 1);
        scoreAll(agree, 3, a, a - 1);
        scoreAll(oppose, 1, a, a - 1);
        scoreAll(oppose, 2, a, 5 - a);
    }
    EXPECT_NEAR(*decision::kendallW({1, 2, 3, 4, 5}, agree, {}), 1.0, 1e-12);
    EXPECT_NEAR(*decision::kendallW({1, 2, 3, 4, 5}, oppose, {}), 0.0, 1e-12);
}

TEST(KendallW, OnlyMembersWhoScoredEverythingTakePart) {
    std::vector<Score> scores;
    for (int a = 1; a <= 3; ++a) {
        scoreAll(scores, 1, a, a);
        scoreAll(scores, 2, a, a);
    }
    scoreAll(scores, 3, 1, 5);  // member 3 scored one application only: left out
    EXPECT_NEAR(*decision::kendallW({1, 2, 3}, scores, {}), 1.0, 1e-12);
    // Member 2 recused for application 2: only member 1 is left.
    EXPECT_FALSE(decision::kendallW({1, 2, 3}, scores, {{2, 2}}));
    EXPECT_FALSE(decision::kendallW({1}, scores, {}));
    // Everyone gives every application the same: undefined.
    std::vector<Score> flat;
    for (int a = 1; a <= 3; ++a) {
        scoreAll(flat, 1, a, 3);
        scoreAll(flat, 2, a, 3);
    }
    EXPECT_FALSE(decision::kendallW({1, 2, 3}, flat, {}));
}

TEST(Criteria, NamesAndWeights) {
    EXPECT_STREQ(decision::criterionShortName(Criterion::Verteilung), "Verteilung");
    EXPECT_STREQ(decision::criterionKey(Criterion::Lage), "lage");
    EXPECT_STREQ(decision::criterionName(Criterion::Zielgruppen), "Angesprochene Zielgruppen");
    const decision::Weights n = decision::normalised({2, -1, 0, 0, 0, 2});
    EXPECT_DOUBLE_EQ(n[0], 0.5);
    EXPECT_DOUBLE_EQ(n[1], 0);
    EXPECT_DOUBLE_EQ(n[5], 0.5);
    EXPECT_EQ(decision::normalised({0, 0, 0, 0, 0, 0}), decision::equalWeights());
}

}  // namespace
