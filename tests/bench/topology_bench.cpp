// The topology of the real municipalities (VG250 via the npm package, EPSG:25832) and its
// simplification per level of detail: buildTopology on NRW and on Germany, and simplify() of
// Germany's topology at the tolerances of the map's zoom levels. Reading and reprojecting the
// file happens once, outside the timings.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "geo/crs.hpp"
#include "geo/topology.hpp"
#include "geo/vector_source.hpp"

namespace {

struct Municipalities {
    std::vector<geo::MultiPolygon> germany, nrw;
};

const Municipalities& municipalities() {
    static const Municipalities m = [] {
        Municipalities out;
        const geo::VectorSource source(BK_VG250_DIR "/gemeinden.geo.json");
        const geo::Transformer toProject(source.crsWkt(), geo::kProjectCrs);
        source.forEach({"AGS", "GF"}, [&](const geo::FeatureView& f) {
            if (f.field(1).value_or("") != "4") return true;
            geo::MultiPolygon shape = f.polygons();
            toProject.forward(shape);
            if (f.field(0).value_or("").rfind("05", 0) == 0) out.nrw.push_back(shape);
            out.germany.push_back(std::move(shape));
            return true;
        });
        return out;
    }();
    return m;
}

void build(benchmark::State& state, const std::vector<geo::MultiPolygon>& features) {
    std::size_t vertices = 0;
    for (auto _ : state) {
        geo::Topology t = geo::buildTopology(features);
        vertices = t.stats.inputVertices;
        benchmark::DoNotOptimize(t.arcs.data());
    }
    state.counters["vertices"] = static_cast<double>(vertices);
}

void BM_BuildTopologyNrw(benchmark::State& state) {
    build(state, municipalities().nrw);
}
BENCHMARK(BM_BuildTopologyNrw)->Unit(benchmark::kMillisecond);

void BM_BuildTopologyGermany(benchmark::State& state) {
    build(state, municipalities().germany);
}
BENCHMARK(BM_BuildTopologyGermany)->Unit(benchmark::kMillisecond);

// simplify() at the tolerance state.range(0) metres; the counters are the vertex counts of the
// simplified arcs of Germany and of NRW (each topology built on its own).
void BM_SimplifyGermany(benchmark::State& state) {
    static const geo::Topology germany = geo::buildTopology(municipalities().germany);
    static const geo::Topology nrw = geo::buildTopology(municipalities().nrw);
    const auto tolerance = static_cast<double>(state.range(0));
    std::size_t vertices = 0;
    for (auto _ : state) {
        geo::SimplifiedArcs s = geo::simplify(germany, tolerance);
        vertices = s.vertexCount();
        benchmark::DoNotOptimize(s.arcs.data());
    }
    state.counters["vertices"] = static_cast<double>(vertices);
    state.counters["vertices_nrw"] =
        static_cast<double>(geo::simplify(nrw, tolerance).vertexCount());
}
BENCHMARK(BM_SimplifyGermany)
    ->Arg(0)
    ->Arg(5)
    ->Arg(20)
    ->Arg(80)
    ->Arg(320)
    ->Arg(1280)
    ->Unit(benchmark::kMillisecond);

}  // namespace
