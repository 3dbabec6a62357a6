// Tessellation and outline meshes of a municipality-sized polygon: a star with ~2,000
// vertices and one hole, in UTM coordinates.
#include <benchmark/benchmark.h>

#include <cmath>
#include <numbers>

#include "geo/stroke.hpp"
#include "geo/tessellate.hpp"

namespace {

geo::MultiPolygon starWithHole() {
    const geo::Vec2 centre{320000, 5630000};
    constexpr int kPoints = 2000;
    geo::Ring star;
    for (int i = 0; i < kPoints; ++i) {
        const double angle = 2 * std::numbers::pi * i / kPoints;
        // Spikes of varying depth make many reflex vertices, like a real boundary.
        const double radius = 8000 + (i % 2 ? -1500.0 : 1500.0) * (1 + std::sin(angle * 7)) / 2;
        star.push_back({centre.x + radius * std::cos(angle), centre.y + radius * std::sin(angle)});
    }
    geo::Ring hole;
    for (int i = 0; i < 40; ++i) {
        const double angle = -2 * std::numbers::pi * i / 40;  // clockwise
        hole.push_back({centre.x + 2000 * std::cos(angle), centre.y + 2000 * std::sin(angle)});
    }
    return {{star, {hole}}};
}

void BM_Tessellate(benchmark::State& state) {
    const geo::MultiPolygon polygon = starWithHole();
    for (auto _ : state) {
        geo::TriangleMesh mesh = geo::tessellate(polygon);
        benchmark::DoNotOptimize(mesh.indices.data());
    }
    state.SetItemsProcessed(state.iterations() * 2040);
}
BENCHMARK(BM_Tessellate)->Unit(benchmark::kMillisecond);

void BM_StrokeOutline(benchmark::State& state) {
    const geo::MultiPolygon polygon = starWithHole();
    for (auto _ : state) {
        geo::StrokeMesh mesh = geo::strokeOutline(polygon);
        benchmark::DoNotOptimize(mesh.indices.data());
    }
    state.SetItemsProcessed(state.iterations() * 2040);
}
BENCHMARK(BM_StrokeOutline)->Unit(benchmark::kMicrosecond);

}  // namespace
