// The covering solver (COIN-OR CBC on the maximal-covering model) against the enumeration:
// on 60 random calls both find the same best total and the same next best totals; through the
// Ranker a call past the enumeration bound is solved, with gaps, re-solved acceptability and
// stability ranges that contain the current weights.
#include "app/decision/covering_solver.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "app/decision/decision_input.hpp"
#include "app/decision/project_ranking.hpp"
#include "app/decision/ranker.hpp"
#include "app/domain/limits.hpp"
#include "geo/coverage.hpp"

namespace {

constexpr double kX = 320000, kY = 5630000;

geo::Ring square(double x0, double y0, double side) {
    return {{kX + x0, kY + y0}, {kX + x0 + side, kY + y0}, {kX + x0 + side, kY + y0 + side},
            {kX + x0, kY + y0 + side}};
}

// A call on a grid of `cells`×`cells` square municipalities (`side` metres) with random
// populations, `n` applications at random places with random scores, `places` places.
decision::DecisionInput randomCall(std::mt19937_64& rng, int cells, double side, int n, int places,
                                   double radiusKm) {
    std::uniform_real_distribution<double> unit(0, 1);
    decision::DecisionInput in;
    in.places = places;
    in.settings.radiusKm = radiusKm;
    for (int i = 0; i < cells; ++i)
        for (int j = 0; j < cells; ++j)
            in.areas.push_back({{{square(i * side, j * side, side), {}}},
                                std::floor(1000 + 50000 * unit(rng))});
    for (int a = 0; a < n; ++a) {
        const double x = unit(rng) * cells * side, y = unit(rng) * cells * side;
        const int i = std::min(cells - 1, static_cast<int>(x / side));
        const int j = std::min(cells - 1, static_cast<int>(y / side));
        decision::Candidate c;
        c.id = a + 1;
        c.nr = "B-" + std::to_string(a + 1);
        c.municipality = "0535" + std::to_string(1000 + i * cells + j);
        for (int s = 1; s < decision::kCriteria; ++s)
            c.scores[s] = std::round(10 * unit(rng)) / 2;  // 0, 0.5, …, 5
        in.candidates.push_back(c);
        in.sites.push_back({kX + x, kY + y});
        in.nrs.push_back(c.nr);
        in.municipalityNames.push_back(c.municipality);
    }
    for (double& w : in.settings.weights) w = unit(rng);
    return in;
}

// Every admissible set's model total, best first.
std::vector<double> enumeratedTotals(const decision::CoveringSolver& solver,
                                     const decision::DecisionInput& in) {
    std::vector<double> totals;
    for (const auto& set : decision::admissibleSets(in.candidates, in.places))
        totals.push_back(solver.total(set, in.settings.weights));
    std::sort(totals.rbegin(), totals.rend());
    return totals;
}

TEST(CoveringSolver, AgreesWithTheEnumerationOnSixtyRandomCalls) {
    std::mt19937_64 rng(20261202);
    int solverVersusGeos = 0;
    for (int trial = 0; trial < 60; ++trial) {
        const int n = 6 + trial % 7, places = 2 + trial % 3;
        decision::DecisionInput in = randomCall(rng, 3, 12000, n, places, 6 + trial % 5);
        if (in.candidateMunicipalities() < static_cast<std::size_t>(places)) continue;
        if (trial % 10 == 9) in.settings.weights[0] = 0;  // Verteilung weighs nothing
        if (trial % 10 == 8) in.settings.weights = {1, 0, 0, 0, 0, 0};  // only Verteilung
        const geo::CoverageModel coverage(in.areas, in.sites, in.settings.radiusKm * 1000);
        const decision::CoveringSolver solver(in.candidates, in.places, coverage.demandUnits(),
                                              coverage.totalPopulation());
        const std::vector<double> all = enumeratedTotals(solver, in);
        ASSERT_FALSE(all.empty());
        const std::vector<decision::SolvedSet> found =
            solver.bestSets(in.settings.weights, 3, 60);
        ASSERT_EQ(found.size(), std::min<std::size_t>(3, all.size())) << "trial " << trial;
        for (std::size_t i = 0; i < found.size(); ++i) {
            EXPECT_EQ(found[i].status, decision::SolveStatus::Optimal);
            EXPECT_NEAR(found[i].objective, all[i], 1e-9) << "trial " << trial << ", set " << i;
        }
        // And the best total by the GEOS measures of the enumeration (what rankSets ranks),
        // within the buffers' polygon precision (a few people in 10⁵).
        const auto sets = decision::admissibleSets(in.candidates, in.places);
        const auto ranked = decision::rankSets(in.candidates, sets,
                                               decision::measureSets(in, coverage, sets),
                                               in.settings.weights);
        EXPECT_NEAR(ranked.front().total, found.front().objective, 1e-4) << "trial " << trial;
        ++solverVersusGeos;
    }
    EXPECT_GE(solverVersusGeos, 50);
}

TEST(CoveringSolver, NoSetWhenTooFewMunicipalitiesAndNoMoreSetsThanThereAre) {
    std::mt19937_64 rng(7);
    decision::DecisionInput in = randomCall(rng, 2, 10000, 4, 2, 5);
    for (auto& c : in.candidates) c.municipality = "05358008";
    const geo::CoverageModel coverage(in.areas, in.sites, 5000);
    const decision::CoveringSolver one(in.candidates, 2, coverage.demandUnits(),
                                       coverage.totalPopulation());
    EXPECT_FALSE(one.best(in.settings.weights, 10).has_value());
    in.candidates[0].municipality = "05358012";
    const decision::CoveringSolver two(in.candidates, 2, coverage.demandUnits(),
                                       coverage.totalPopulation());
    // One candidate alone in its municipality, three in the other: three sets.
    EXPECT_EQ(two.bestSets(in.settings.weights, 10, 30).size(), 3u);
}

// A call with more sets than the enumeration takes goes to the solver through the Ranker.
TEST(CoveringSolver, PastTheEnumerationBoundTheRankerSolves) {
    std::mt19937_64 rng(11);
    // 9 municipalities, 60 applications, 4 places: far more than 200,000 sets.
    decision::DecisionInput in = randomCall(rng, 3, 15000, 60, 4, 8);
    in.settings.samples = 30;
    ASSERT_GT(decision::admissibleSetCount(in.candidates, 4), domain::limits::kMaxRankedSets);
    ASSERT_FALSE(decision::rankingProblem(in).has_value());
    const decision::Ranker ranker(in);
    EXPECT_EQ(ranker.method(), decision::RankingMethod::Solver);
    EXPECT_GT(ranker.solverUnits(), 60u);
    bool optimal = false;
    std::vector<decision::RankedSet> ranked = ranker.rank(in.settings.weights, &optimal);
    EXPECT_TRUE(optimal);
    ASSERT_EQ(ranked.size(), 10u);
    ASSERT_TRUE(ranked[0].gap.has_value());
    EXPECT_EQ(*ranked[0].gap, 0.0);
    for (std::size_t i = 1; i < ranked.size(); ++i) {
        ASSERT_TRUE(ranked[i].gap.has_value());
        EXPECT_GE(*ranked[i].gap, 0.0);
        EXPECT_LE(ranked[i].total, ranked[i - 1].total + 1e-4);
        EXPECT_EQ(ranked[i].members.size(), 4u);
    }
    const decision::Ranker::Sensitivity done = ranker.addAcceptability(ranked, in.settings.weights);
    EXPECT_EQ(done.samplesWanted, 30);
    EXPECT_EQ(done.samplesDone, 30);
    double shares = 0;
    for (const auto& r : ranked) shares += r.acceptability;
    EXPECT_GT(shares, 0.0);
    EXPECT_LE(shares, 1.0 + 1e-9);
    bool complete = false;
    const auto ranges = ranker.stability(ranked, in.settings.weights, &complete);
    EXPECT_TRUE(complete);
    const decision::Weights w = decision::normalised(in.settings.weights);
    for (int c = 0; c < decision::kCriteria; ++c) {
        EXPECT_NEAR(ranges[c].current, w[c], 1e-12);
        EXPECT_LE(ranges[c].lower, w[c] + 1e-12);
        EXPECT_GE(ranges[c].upper, w[c] - 1e-12);
    }
}

// The stability ranges found by parametric re-solving equal the enumeration's exact ranges.
TEST(CoveringSolver, StabilityRangesEqualTheEnumerations) {
    std::mt19937_64 rng(5);
    for (int trial = 0; trial < 8; ++trial) {
        decision::DecisionInput in = randomCall(rng, 3, 12000, 10, 2 + trial % 2, 7);
        if (in.candidateMunicipalities() < static_cast<std::size_t>(in.places)) continue;
        const geo::CoverageModel coverage(in.areas, in.sites, in.settings.radiusKm * 1000);
        const decision::CoveringSolver solver(in.candidates, in.places, coverage.demandUnits(),
                                              coverage.totalPopulation());
        // The enumeration on the model's own Verteilung (from the units), so both rank alike.
        const auto sets = decision::admissibleSets(in.candidates, in.places);
        std::vector<decision::SetMeasures> measures;
        for (const auto& set : sets) {
            decision::SetMeasures m;
            m.coverageShare = solver.features(set)[0] / 5;
            measures.push_back(m);
        }
        const auto ranked = decision::rankSets(in.candidates, sets, measures, in.settings.weights);
        if (ranked.size() > 1 && ranked[0].total - ranked[1].total < 1e-6) continue;  // a tie
        const auto exact = decision::stabilityRanges(in.candidates, ranked, in.settings.weights, {});
        const auto solved = solver.stability(ranked[0].members, in.settings.weights, 60);
        EXPECT_TRUE(solved.complete);
        for (int c = 0; c < decision::kCriteria; ++c) {
            EXPECT_NEAR(solved.ranges[c].lower, exact[c].lower, 1e-6) << trial << " c" << c;
            EXPECT_NEAR(solved.ranges[c].upper, exact[c].upper, 1e-6) << trial << " c" << c;
        }
    }
}

}  // namespace
