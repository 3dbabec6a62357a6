#include "app/render/snapshot.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <epoxy/gl.h>

namespace render {

using map::MapStyle;

Image renderImage(MapRenderer& renderer, const geo::Viewport& view, const MapStyle& style,
                  std::optional<std::size_t> highlight) {
    auto t0 = std::chrono::steady_clock::now();
    auto lap = [&](const char* what) {
        if (!std::getenv("BK_RENDER_TIMINGS")) return;
        glFinish();
        auto t1 = std::chrono::steady_clock::now();
        long pg = 0, res = 0;
        if (FILE* f = std::fopen("/proc/self/statm", "r")) { if (std::fscanf(f, "%ld %ld", &pg, &res) != 2) res = 0; std::fclose(f); }
        std::fprintf(stderr, "  %s %.1f ms %ld MB\n", what, std::chrono::duration<double, std::milli>(t1 - t0).count(), res * 4096 / 1000000);
        t0 = t1;
    };
    OffscreenTarget target(static_cast<int>(view.widthPx()), static_cast<int>(view.heightPx()));
    target.bind();
    lap("target");
    // An image is drawn once and exactly: not through the window's view cache.
    const bool cached = renderer.viewCache();
    if (cached) renderer.setViewCache(false);
    renderer.render(view, style, highlight);
    lap("render");
    if (std::getenv("BK_RENDER_TIMINGS")) {
        renderer.render(view, style, highlight);
        lap("again");
    }
    if (cached) renderer.setViewCache(true);
    Image image = target.read();
    lap("read");
    return image;
}

float autoStyleScale(int width, int height) {
    return std::clamp(static_cast<float>(std::min(width, height)) / 1080.f, 1.f, 4.f);
}

}  // namespace render
