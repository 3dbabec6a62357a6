// The hand-computed example of issue 4: three applications A, B, C in three municipalities X,
// Y, Z (20 km × 20 km squares side by side, 100,000, 50,000 and 20,000 people), r = 5 km.
//   A at (14, 10) km: its circle lies inside X.
//   B at (22, 10) km: 2 km east of the X/Y border, so a circular segment of its circle lies in
//     X; A and B are 8 km apart, and their lens (x from 17 to 19 km) lies in X too.
//   C at (50, 10) km: inside Z.
// Two members score every criterion alike per application: member 1 A 2, B 3, C 4; member 2
// A 4, B 4, C 3, so the merits are A 3, B 3.5, C 3.5.
#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "app/decision/model.hpp"
#include "decision_fixtures.hpp"
#include "geo/coverage.hpp"

namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kX = 320000, kY = 5630000;  // UTM-sized coordinates

geo::Ring square(double x0) {
    return {
        {kX + x0, kY}, {kX + x0 + 20000, kY}, {kX + x0 + 20000, kY + 20000}, {kX + x0, kY + 20000}};
}

struct Example {
    // The independent computation: areas of circles, of the circular segment beyond a chord
    // 2 km from the centre, and of the lens of two circles 8 km apart (km²).
    const double r = 5;
    const double circle = kPi * r * r;                                           // 78.540
    const double segment = r * r * std::acos(2 / r) - 2 * std::sqrt(r * r - 4);  // 19.817
    const double lens =
        2 * r * r * std::acos(8 / (2 * r)) - 4 * std::sqrt(4 * r * r - 64);  // 8.175
    // People per km²: X 250, Y 125, Z 50.
    const double coveredA = 250 * circle;                              // 19,635
    const double coveredB = 250 * segment + 125 * (circle - segment);  // 12,295
    const double coveredC = 50 * circle;                               //  3,927
    const double coveredAB = 250 * (circle + segment - lens) + 125 * (circle - segment);
    const double total = 170000;
    // Shares: AB 0.17580, AC 0.13860, BC 0.09542.
    const double shareAB = coveredAB / total, shareAC = (coveredA + coveredC) / total,
                 shareBC = (coveredB + coveredC) / total;

    std::vector<decision::Candidate> candidates;
    std::vector<geo::Vec2> sites = {
        {kX + 14000, kY + 10000}, {kX + 22000, kY + 10000}, {kX + 50000, kY + 10000}};
    geo::CoverageModel model{{{{{square(0), {}}}, 100000},
                              {{{square(20000), {}}}, 50000},
                              {{{square(40000), {}}}, 20000}},
                             sites,
                             5000};

    Example() {
        std::vector<decision::Score> scores;
        decision_test::scoreAll(scores, 1, 101, 2);
        decision_test::scoreAll(scores, 1, 102, 3);
        decision_test::scoreAll(scores, 1, 103, 4);
        decision_test::scoreAll(scores, 2, 101, 4);
        decision_test::scoreAll(scores, 2, 102, 4);
        decision_test::scoreAll(scores, 2, 103, 3);
        const auto aggregates =
            decision::aggregate({101, 102, 103}, scores, {}, decision::equalWeights());
        const char* names[] = {"A", "B", "C"};
        const char* municipalities[] = {"X", "Y", "Z"};
        const int regions[] = {0, 1, 1};
        for (std::size_t i = 0; i < 3; ++i) {
            decision::Candidate c;
            c.id = aggregates[i].application;
            c.nr = names[i];
            c.municipality = municipalities[i];
            c.region = regions[i];
            for (int k = 1; k < decision::kCriteria; ++k)
                c.scores[k] = aggregates[i].score[k].value_or(0);
            candidates.push_back(c);
        }
    }

    std::vector<decision::SetMeasures> measures(
        const std::vector<std::vector<std::size_t>>& sets) const {
        std::vector<decision::SetMeasures> m;
        for (const auto& set : sets) {
            decision::SetMeasures x;
            x.coverageShare = model.coveredPopulation(set) / model.totalPopulation();
            x.minDistanceKm = geo::length(sites[set[0]] - sites[set[1]]) / 1000;
            x.regions = candidates[set[0]].region == candidates[set[1]].region ? 1 : 2;
            m.push_back(x);
        }
        return m;
    }
};

// The 256-gon buffers lose 1.0e-4 of each circle, at most at 250 people per km².
constexpr double kPolygonGap = 1.0e-4 * kPi * 25 * 250 / 170000;

TEST(ThreeApplications, CoverageShareAgainstCircleGeometry) {
    const Example e;
    EXPECT_NEAR(e.model.totalPopulation(), e.total, 1e-9);
    const double ab = e.model.coveredPopulation({0, 1}) / e.total;
    const double ac = e.model.coveredPopulation({0, 2}) / e.total;
    const double bc = e.model.coveredPopulation({1, 2}) / e.total;
    EXPECT_NEAR(ab, e.shareAB, 2 * kPolygonGap);
    EXPECT_NEAR(ac, e.shareAC, 2 * kPolygonGap);
    EXPECT_NEAR(bc, e.shareBC, 2 * kPolygonGap);
    EXPECT_NEAR(ab, 0.175799, 1e-4);
    EXPECT_NEAR(ac, 0.138600, 1e-4);
    EXPECT_NEAR(bc, 0.095421, 1e-4);
}

TEST(ThreeApplications, RankingParetoAcceptabilityAndStability) {
    const Example e;
    EXPECT_DOUBLE_EQ(decision::candidateMerit(e.candidates[0], decision::equalWeights()), 3);
    EXPECT_DOUBLE_EQ(decision::candidateMerit(e.candidates[1], decision::equalWeights()), 3.5);
    const auto sets = decision::admissibleSets(e.candidates, 2);  // AB, AC, BC
    ASSERT_EQ(sets.size(), 3u);
    auto ranked =
        decision::rankSets(e.candidates, sets, e.measures(sets), decision::equalWeights());

    // total = 5/6 merit + 1/6 · 5 · share:
    //   BC: 5/6 · 3.5  + 0.47711/6 = 2.99618
    //   AB: 5/6 · 3.25 + 0.87899/6 = 2.85483
    //   AC: 5/6 · 3.25 + 0.69300/6 = 2.82383
    ASSERT_EQ(ranked.size(), 3u);
    EXPECT_EQ(ranked[0].members, (std::vector<std::size_t>{1, 2}));
    EXPECT_EQ(ranked[1].members, (std::vector<std::size_t>{0, 1}));
    EXPECT_EQ(ranked[2].members, (std::vector<std::size_t>{0, 2}));
    EXPECT_NEAR(ranked[0].total, 5.0 / 6 * 3.5 + 5 * e.shareBC / 6, 1e-3);
    EXPECT_NEAR(ranked[1].total, 5.0 / 6 * 3.25 + 5 * e.shareAB / 6, 1e-3);
    EXPECT_NEAR(ranked[2].total, 5.0 / 6 * 3.25 + 5 * e.shareAC / 6, 1e-3);
    EXPECT_EQ(ranked[0].rank, 1);
    EXPECT_EQ(ranked[2].rank, 3);
    EXPECT_NEAR(ranked[1].measures.minDistanceKm, 8, 1e-9);
    EXPECT_EQ(ranked[0].measures.regions, 1);
    EXPECT_EQ(ranked[1].measures.regions, 2);
    // AC has AB's merit and less Verteilung: dominated.
    EXPECT_TRUE(ranked[0].pareto);
    EXPECT_TRUE(ranked[1].pareto);
    EXPECT_FALSE(ranked[2].pareto);

    // Flat scores, so only w_V matters: BC beats AB while 0.25 (1 − w) >= w (V_AB − V_BC),
    // i.e. w <= 0.25 / (0.25 + 5 (share_AB − share_BC)) = 0.38350; under uniform weights
    // P(w_V <= x) = 1 − (1 − x)^5 = 0.91094.
    const double threshold = 0.25 / (0.25 + 5 * (e.shareAB - e.shareBC));
    const double pBC = 1 - std::pow(1 - threshold, 5);
    decision::SensitivityOptions options;
    options.samples = 100000;
    decision::rankAcceptability(e.candidates, ranked, decision::equalWeights(), {}, options);
    const double sigma = std::sqrt(pBC * (1 - pBC) / options.samples);
    EXPECT_NEAR(ranked[0].acceptability, pBC, 4 * sigma + 1e-3);
    EXPECT_NEAR(ranked[1].acceptability, 1 - pBC, 4 * sigma + 1e-3);
    EXPECT_EQ(ranked[2].acceptability, 0);

    // BC stays first for a Verteilung weight up to the threshold; the scored criteria can take
    // any weight (BC has the best merit, and at worst the others share it with Verteilung 1:4).
    const auto ranges =
        decision::stabilityRanges(e.candidates, ranked, decision::equalWeights(), {});
    EXPECT_NEAR(ranges[0].lower, 0, 1e-12);
    EXPECT_NEAR(ranges[0].upper, threshold, 2e-4);
    for (int c = 1; c < decision::kCriteria; ++c) {
        EXPECT_NEAR(ranges[c].lower, 0, 1e-12);
        EXPECT_NEAR(ranges[c].upper, 1, 1e-12);
    }
}

}  // namespace
