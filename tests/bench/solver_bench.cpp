// The covering solver on calls too large to enumerate (issue 13, section 3): n = 200 and 500
// synthetic applications at random points of North Rhine-Westphalia (396 municipalities),
// population spread with one uniform density over the Land (each municipality's population
// proportional to its area, 18 million in all), k = 3, 5, 10, 20 places, radius 10 km, equal
// weights, random scores. Needs an NRW project (import-boundaries --district-key 05):
// BK_NRW_PROJECT, else build/nrw.gpkg.
//
//   build/begegnungskarte import-boundaries --vg250 build/vg250 --district-key 05
//       --out build/nrw.gpkg        (one line; data/setup.sh build fetched build/vg250)
//   build/tests/bench/solver_bench  (one line)
//
// BM_DemandUnits: the coverage model and its demand units (GEOS), once per n.
// BM_BestSet/k/n: the best set proven optimal (one CBC solve). BM_TenBestSets/k/n: the ten best
// sets, each the optimum of the sets not found before (what `rank` lists).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <stdexcept>

#include "app/decision/covering_solver.hpp"
#include "app/domain/map_data.hpp"
#include "app/store/map_data_reader.hpp"
#include "geo/coverage.hpp"
#include "geo/measure.hpp"

namespace {

constexpr double kRadius = 10000;
constexpr double kLandPopulation = 18'000'000;

double uniform01(std::mt19937_64& rng) {
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

std::string projectPath() {
    if (const char* env = std::getenv("BK_NRW_PROJECT")) return env;
    const std::string path = BK_BINARY_DIR "/nrw.gpkg";
    if (std::filesystem::exists(path)) return path;
    throw std::runtime_error("no NRW project: import-boundaries --district-key 05 --out " + path +
                             " or set BK_NRW_PROJECT");
}

struct Call {
    std::vector<decision::Candidate> candidates;
    std::vector<geo::DemandUnit> units;
    double population = 0;
};

struct Land {
    std::vector<geo::PopulatedArea> areas;
    std::vector<std::string> ags;
    geo::Box box;

    Land() {
        const domain::MapData map = store::loadMapData(projectPath());
        double total = 0;
        for (const domain::Municipality& m : map.municipalities) {
            areas.push_back({m.shape, geo::area(m.shape)});
            ags.push_back(m.ags);
            box.extend(geo::bounds(m.shape));
            total += areas.back().population;
        }
        for (geo::PopulatedArea& a : areas) a.population *= kLandPopulation / total;
    }

    // n applications at uniform random points of the Land, scores as three members' means.
    std::pair<std::vector<decision::Candidate>, std::vector<geo::Vec2>> applications(
        std::size_t n) const {
        std::mt19937_64 rng(2026 + n);
        std::vector<decision::Candidate> candidates;
        std::vector<geo::Vec2> sites;
        while (sites.size() < n) {
            const geo::Vec2 p{box.minx + box.width() * uniform01(rng),
                              box.miny + box.height() * uniform01(rng)};
            for (std::size_t j = 0; j < areas.size(); ++j) {
                if (!geo::contains(areas[j].shape, p)) continue;
                decision::Candidate c;
                c.id = static_cast<std::int64_t>(sites.size() + 1);
                c.nr = "S-" + std::to_string(c.id);
                c.municipality = ags[j];
                for (int k = 1; k < decision::kCriteria; ++k)
                    c.scores[k] = static_cast<double>(rng() % 6 + rng() % 6 + rng() % 6) / 3;
                candidates.push_back(c);
                sites.push_back(p);
                break;
            }
        }
        return {candidates, sites};
    }
};

const Land& land() {
    static const Land l;
    return l;
}

const Call& call(std::size_t n) {
    static std::map<std::size_t, std::unique_ptr<Call>> calls;
    auto& slot = calls[n];
    if (!slot) {
        auto [candidates, sites] = land().applications(n);
        const geo::CoverageModel model(land().areas, sites, kRadius);
        slot = std::make_unique<Call>(Call{candidates, model.demandUnits(), model.totalPopulation()});
    }
    return *slot;
}

void BM_DemandUnits(benchmark::State& state) {
    const auto n = static_cast<std::size_t>(state.range(0));
    const auto [candidates, sites] = land().applications(n);
    std::size_t units = 0;
    for (auto _ : state) {
        const geo::CoverageModel model(land().areas, sites, kRadius);
        units = model.demandUnits().size();
    }
    state.counters["units"] = static_cast<double>(units);
}
BENCHMARK(BM_DemandUnits)->Arg(200)->Arg(500)->Unit(benchmark::kMillisecond);

void BM_BestSet(benchmark::State& state) {
    const int k = static_cast<int>(state.range(0));
    const Call& c = call(static_cast<std::size_t>(state.range(1)));
    const decision::CoveringSolver solver(c.candidates, k, c.units, c.population);
    bool optimal = true;
    for (auto _ : state) {
        const auto best = solver.best(decision::equalWeights(), 600);
        optimal = optimal && best && best->status == decision::SolveStatus::Optimal;
    }
    state.counters["optimal"] = optimal ? 1 : 0;
    state.counters["units"] = static_cast<double>(c.units.size());
}
BENCHMARK(BM_BestSet)
    ->ArgsProduct({{3, 5, 10, 20}, {200, 500}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

void BM_TenBestSets(benchmark::State& state) {
    const int k = static_cast<int>(state.range(0));
    const Call& c = call(static_cast<std::size_t>(state.range(1)));
    const decision::CoveringSolver solver(c.candidates, k, c.units, c.population);
    std::size_t found = 0;
    for (auto _ : state) found = solver.bestSets(decision::equalWeights(), 10, 600).size();
    state.counters["sets"] = static_cast<double>(found);
}
BENCHMARK(BM_TenBestSets)
    ->ArgsProduct({{3, 10}, {200, 500}})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

}  // namespace
