// Frame times of the map at 1920×1080 under software rendering (llvmpipe, EGL surfaceless),
// as the window draws while the user pans and zooms (issue 13, section 2): the scene as a
// project opens it (read from the project file), one MapRenderer, and a path of views over
// the whole map: zooming in from the overview in steps of 1.25 at a wandering point, then out
// again, with a pan of 40 pixels between zoom steps. Each frame ends with glFinish, so the
// time is the time to the finished picture. The first frame of each level (its upload) and
// every label relayout are inside the measured frames: what the user waits for.
//
// Projects: BK_MAP_PROJECTS (colon-separated .gpkg paths), else build/tests/kreis-dueren.gpkg
// and, when present, build/nrw.gpkg and build/de.gpkg (import-boundaries --district-key 05 /
// DE --out ...).
//
//   build/tests/bench/map_frame_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
//
// Reported per project: the median frame (manual time, median over the path), the 90th
// percentile and the slowest frame as counters, and the number of frames.
#include <benchmark/benchmark.h>

#include <epoxy/gl.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "app/io/large_pages.hpp"
#include "app/project/project.hpp"
#include "app/render/font.hpp"
#include "app/render/map_renderer.hpp"
#include "app/render/offscreen.hpp"

namespace {

std::vector<std::string> projects() {
    std::vector<std::string> out;
    if (const char* env = std::getenv("BK_MAP_PROJECTS")) {
        std::stringstream ss(env);
        for (std::string p; std::getline(ss, p, ':');)
            if (!p.empty()) out.push_back(p);
        return out;
    }
    for (const char* p : {"/tests/kreis-dueren.gpkg", "/nrw.gpkg", "/de.gpkg"}) {
        std::string path = std::string(BK_BINARY_DIR) + p;
        if (std::filesystem::exists(path)) out.push_back(path);
    }
    return out;
}

// The views of one pan-and-zoom path over the scene's extent.
std::vector<geo::Viewport> path(const geo::Box& extent, double w, double h) {
    std::vector<geo::Viewport> views;
    geo::Viewport v = geo::Viewport::fit(extent, w, h, 20);
    views.push_back(v);
    // In to about 1:25,000 (10 m per pixel), then out again.
    int steps = 0;
    while (v.metresPerPixel() > 10 && steps < 40) {
        const geo::Vec2 at{w * (0.35 + 0.3 * ((steps * 7) % 10) / 10.0), h * 0.5};
        v = v.zoomedAt(at, 1.25);
        views.push_back(v);
        v = v.panned({40, -25});
        views.push_back(v);
        ++steps;
    }
    for (int i = 0; i < steps; ++i) {
        v = v.zoomedAt({w / 2, h / 2}, 1 / 1.25);
        views.push_back(v);
        v = v.panned({-40, 25});
        views.push_back(v);
    }
    return views;
}

void BM_MapFrames(benchmark::State& state, const std::string& file) {
    // As the program does from its start (app/main.cpp): large blocks on huge pages.
    static const bool largePages = fileio::preferLargePages(std::size_t{1} << 30);
    (void)largePages;
    render::HeadlessGlContext gl;
    project::Project project = project::Project::open(file, {.readOnly = true, .user = {}});
    const map::MapScene scene = project.mapScene();
    if (std::getenv("BK_BENCH_LEVELS"))
        for (std::size_t i = 0; i < scene.levels.size(); ++i) {
            const map::SceneLevel& l = scene.level(i);
            std::fprintf(stderr, "level %zu: %g m, %zu fill vertices, %zu triangles, %zu line vertices, %zu line triangles, %zu chunks\n",
                         i, l.tolerance, l.fillVertices.size() / 3, l.fillIndices.size() / 3,
                         l.lineVertices.size() / 6, l.lineIndices.size() / 3, l.chunks.size());
        }
    const render::SdfFont font = render::loadMapFont();
    const int w = 1920, h = 1080;
    render::OffscreenTarget target(w, h);
    target.bind();
    std::vector<geo::Viewport> views = path(scene.extent, w, h);
    if (const char* level = std::getenv("BK_BENCH_ONE_VIEW"))  // one view again and again
        views.assign(20, views.at(static_cast<std::size_t>(std::atoi(level))));
    map::MapStyle style;
    style.labels = std::getenv("BK_BENCH_NO_LABELS") == nullptr;  // to see the labels' share
    style.decorations = std::getenv("BK_BENCH_NO_LABELS") == nullptr;
    std::vector<double> frames, cached, drawn;
    for (auto _ : state) {
        state.PauseTiming();
        render::MapRenderer renderer(scene, font);
        // As the window draws: with the view cache, unless BK_BENCH_NO_CACHE is set.
        renderer.setViewCache(std::getenv("BK_BENCH_NO_CACHE") == nullptr);
        glFinish();
        state.ResumeTiming();
        std::vector<double> times;
        for (const geo::Viewport& v : views) {
            const auto t0 = std::chrono::steady_clock::now();
            if (std::getenv("BK_BENCH_CLEAR_ONLY")) {  // the floor: one clear of the target
                glClearColor(0.9f, 0.9f, 0.9f, 1.f);
                glClear(GL_COLOR_BUFFER_BIT);
            } else {
                renderer.render(v, style);
            }
            glFinish();
            times.push_back(
                std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
            (renderer.lastFrameFromCache() ? cached : drawn).push_back(times.back());
        }
        frames.insert(frames.end(), times.begin(), times.end());
        std::sort(times.begin(), times.end());
        state.SetIterationTime(times[times.size() / 2]);  // the median frame of this pass
    }
    std::sort(frames.begin(), frames.end());
    state.counters["frames"] = static_cast<double>(views.size());
    state.counters["p90_ms"] = 1000 * frames[frames.size() * 9 / 10];
    state.counters["max_ms"] = 1000 * frames.back();
    auto median = [](std::vector<double> v) {
        if (v.empty()) return 0.0;
        std::sort(v.begin(), v.end());
        return 1000 * v[v.size() / 2];
    };
    state.counters["cached_frames"] = static_cast<double>(cached.size());
    state.counters["cached_median_ms"] = median(cached);
    state.counters["drawn_median_ms"] = median(drawn);
    state.counters["features"] = static_cast<double>(scene.features.size());
}

const bool registered = [] {
    for (const std::string& p : projects())
        benchmark::RegisterBenchmark(
            ("BM_MapFrames/" + std::filesystem::path(p).stem().string()).c_str(), BM_MapFrames, p)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1);
    return true;
}();

}  // namespace
