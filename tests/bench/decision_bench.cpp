// The decision on 200 synthetic applications spread over the real Kreis Düren municipalities
// (issue 4, section 6): every pair's Verteilung measures (19,900 pairs), re-ranking after a
// weight change, 10,000 sensitivity draws. Needs the imported project: build/kreis-dueren.gpkg
// (data/setup.sh) or the test fixture build/tests/kreis-dueren.gpkg; BK_PROJECT overrides.
//
//   build/tests/bench/decision_bench --benchmark_repetitions=10
//       --benchmark_report_aggregates_only=true     (one line)
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <numeric>
#include <random>
#include <set>
#include <stdexcept>

#include "app/store/map_data_reader.hpp"
#include "app/decision/model.hpp"
#include "app/domain/map_data.hpp"
#include "geo/coverage.hpp"
#include "geo/measure.hpp"

namespace {

constexpr std::size_t kApplications = 200;
constexpr double kRadius = 10000;

double uniform01(std::mt19937_64& rng) {
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

std::string projectPath() {
    if (const char* env = std::getenv("BK_PROJECT")) return env;
    for (const char* p :
         {BK_BINARY_DIR "/tests/kreis-dueren.gpkg", BK_BINARY_DIR "/kreis-dueren.gpkg"})
        if (std::filesystem::exists(p)) return p;
    throw std::runtime_error("no Kreis Düren project: run data/setup.sh build or set BK_PROJECT");
}

// 200 applications at random points of the district, each scored by three members (random
// 0–5 per criterion, averaged), in their municipality and its region (thirds north to south).
struct Synthetic {
    std::vector<geo::PopulatedArea> areas;
    std::vector<geo::Vec2> sites;
    std::vector<decision::Candidate> candidates;

    Synthetic() {
        const domain::MapData map = store::loadMapData(projectPath());
        geo::Box box;
        std::vector<double> north;
        for (const domain::Municipality& m : map.municipalities) {
            areas.push_back({m.shape, static_cast<double>(m.population.value_or(0))});
            box.extend(geo::bounds(m.shape));
            north.push_back(geo::labelPoint(m.shape, 10.0).first.y);
        }
        std::vector<std::size_t> order(north.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return north[a] > north[b]; });
        std::vector<int> region(north.size());
        for (std::size_t r = 0; r < order.size(); ++r)
            region[order[r]] = static_cast<int>(3 * r / order.size());

        std::mt19937_64 rng(2024);
        while (sites.size() < kApplications) {
            const geo::Vec2 p{box.minx + box.width() * uniform01(rng),
                              box.miny + box.height() * uniform01(rng)};
            for (std::size_t j = 0; j < map.municipalities.size(); ++j) {
                if (!geo::contains(map.municipalities[j].shape, p)) continue;
                decision::Candidate c;
                c.id = static_cast<std::int64_t>(sites.size() + 1);
                c.nr = "S-" + std::to_string(c.id);
                c.municipality = map.municipalities[j].ags;
                c.region = region[j];
                for (int k = 1; k < decision::kCriteria; ++k)
                    c.scores[k] = static_cast<double>(rng() % 6 + rng() % 6 + rng() % 6) / 3;
                candidates.push_back(c);
                sites.push_back(p);
                break;
            }
        }
    }
};

const Synthetic& synthetic() {
    static const Synthetic s;
    return s;
}

std::vector<std::vector<std::size_t>> allPairs() {
    std::vector<std::vector<std::size_t>> pairs;
    for (std::size_t i = 0; i < kApplications; ++i)
        for (std::size_t k = i + 1; k < kApplications; ++k) pairs.push_back({i, k});
    return pairs;
}

// The measures of a set of two, as the rank command computes them.
decision::SetMeasures measure(const Synthetic& s, const geo::CoverageModel& model,
                              const std::vector<std::size_t>& set) {
    decision::SetMeasures m;
    m.coverageShare = model.coveredPopulation(set) / model.totalPopulation();
    m.minDistanceKm = geo::length(s.sites[set[0]] - s.sites[set[1]]) / 1000;
    m.regions = s.candidates[set[0]].region == s.candidates[set[1]].region ? 1 : 2;
    return m;
}

// Everything the Verteilung of all 19,900 pairs needs: the coverage model (buffers clipped to
// the municipalities) and every pair's coverage share, shortest distance and regions.
void BM_VerteilungAllPairs(benchmark::State& state) {
    const Synthetic& s = synthetic();
    const auto pairs = allPairs();
    for (auto _ : state) {
        const geo::CoverageModel model(s.areas, s.sites, kRadius);
        std::vector<decision::SetMeasures> measures;
        measures.reserve(pairs.size());
        for (const auto& pair : pairs) measures.push_back(measure(s, model, pair));
        benchmark::DoNotOptimize(measures.data());
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(pairs.size()));
}
BENCHMARK(BM_VerteilungAllPairs)->Unit(benchmark::kMillisecond);

// The two parts of the above: the model alone, and the pairs given the model.
void BM_CoverageModel(benchmark::State& state) {
    const Synthetic& s = synthetic();
    for (auto _ : state) {
        const geo::CoverageModel model(s.areas, s.sites, kRadius);
        benchmark::DoNotOptimize(&model);
    }
}
BENCHMARK(BM_CoverageModel)->Unit(benchmark::kMillisecond);

void BM_CoveredPopulationAllPairs(benchmark::State& state) {
    const Synthetic& s = synthetic();
    const geo::CoverageModel model(s.areas, s.sites, kRadius);
    const auto pairs = allPairs();
    for (auto _ : state) {
        double sum = 0;
        for (const auto& pair : pairs) sum += model.coveredPopulation(pair);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(pairs.size()));
}
BENCHMARK(BM_CoveredPopulationAllPairs)->Unit(benchmark::kMillisecond);

// The admissible pairs (different municipalities) with their measures, computed once.
struct Ranked {
    std::vector<std::vector<std::size_t>> sets;
    std::vector<decision::SetMeasures> measures;
    Ranked() {
        const Synthetic& s = synthetic();
        const geo::CoverageModel model(s.areas, s.sites, kRadius);
        sets = decision::admissibleSets(s.candidates, 2);
        for (const auto& set : sets) measures.push_back(measure(s, model, set));
    }
};

const Ranked& ranked() {
    static const Ranked r;
    return r;
}

// A slider moved: rank all admissible pairs again under the new weights.
void BM_RerankAfterWeightChange(benchmark::State& state) {
    const Synthetic& s = synthetic();
    const Ranked& r = ranked();
    decision::Weights w = decision::equalWeights();
    int step = 0;
    for (auto _ : state) {
        w[0] = 0.05 + 0.01 * (step++ % 40);  // the Verteilung slider
        const auto result = decision::rankSets(s.candidates, r.sets, r.measures, w);
        benchmark::DoNotOptimize(result.data());
    }
    state.counters["sets"] = static_cast<double>(r.sets.size());
}
BENCHMARK(BM_RerankAfterWeightChange)->Unit(benchmark::kMillisecond);

void sensitivity(benchmark::State& state, decision::Sampling sampling) {
    const Synthetic& s = synthetic();
    const Ranked& r = ranked();
    auto result = decision::rankSets(s.candidates, r.sets, r.measures, decision::equalWeights());
    decision::SensitivityOptions options;
    options.samples = 10000;
    options.sampling = sampling;
    for (auto _ : state) {
        const auto shares = decision::rankAcceptability(s.candidates, result,
                                                        decision::equalWeights(), {}, options);
        benchmark::DoNotOptimize(shares.data());
    }
}

// 10,000 weightings drawn uniformly over the simplex, each ranking all admissible pairs.
void BM_Sensitivity10000Uniform(benchmark::State& state) {
    sensitivity(state, decision::Sampling::Uniform);
}
BENCHMARK(BM_Sensitivity10000Uniform)->Unit(benchmark::kMillisecond);

void BM_Sensitivity10000Around20Percent(benchmark::State& state) {
    sensitivity(state, decision::Sampling::AroundWeights);
}
BENCHMARK(BM_Sensitivity10000Around20Percent)->Unit(benchmark::kMillisecond);

void BM_StabilityRanges(benchmark::State& state) {
    const Synthetic& s = synthetic();
    const Ranked& r = ranked();
    const auto result =
        decision::rankSets(s.candidates, r.sets, r.measures, decision::equalWeights());
    for (auto _ : state) {
        const auto ranges =
            decision::stabilityRanges(s.candidates, result, decision::equalWeights(), {});
        benchmark::DoNotOptimize(ranges.data());
    }
}
BENCHMARK(BM_StabilityRanges)->Unit(benchmark::kMillisecond);

}  // namespace
