#include <charconv>
#include <cstdio>
#include <iostream>

#include "app/cli/commands.hpp"
#include "app/render/font.hpp"
#include "app/render/map_scene.hpp"
#include "app/render/snapshot.hpp"
#include "app/store/map_data.hpp"

namespace cli {
namespace {

constexpr int kMaxWidth = 7680, kMaxHeight = 4320;

geo::Box parseExtent(const std::string& text) {
    geo::Box b;
    double v[4];
    const char* p = text.data();
    const char* end = text.data() + text.size();
    for (int i = 0; i < 4; ++i) {
        while (p < end && *p == ' ') ++p;
        auto [next, ec] = std::from_chars(p, end, v[i]);
        if (ec != std::errc() || (i < 3 && (next >= end || *next != ',')) || (i == 3 && next != end))
            throw std::runtime_error("--extent '" + text +
                                     "': expected minx,miny,maxx,maxy in EPSG:25832 metres");
        p = next + 1;
    }
    b = {v[0], v[1], v[2], v[3]};
    if (!(b.width() > 0 && b.height() > 0))
        throw std::runtime_error("--extent '" + text + "': max must be greater than min");
    return b;
}

}  // namespace

int snapshot(const SnapshotOptions& o) {
    try {
        if (o.width < 1 || o.height < 1 || o.width > kMaxWidth || o.height > kMaxHeight)
            throw std::runtime_error("image size " + std::to_string(o.width) + "x" +
                                     std::to_string(o.height) + ": allowed are 1x1 to 7680x4320");
        std::optional<geo::Box> extent;
        if (o.extent) extent = parseExtent(*o.extent);
        store::MapData data = store::loadMapData(o.project);
        render::MapScene scene = render::buildMapScene(data);
        render::SdfFont font = render::SdfFont::load(render::findFontFile("DejaVu Sans", false));

        render::HeadlessGlContext gl;
        render::MapRenderer renderer(scene, font);
        render::MapStyle style;
        style.scale = o.scale > 0 ? static_cast<float>(o.scale)
                                  : render::autoStyleScale(o.width, o.height);
        style.labels = o.labels;
        style.decorations = o.decorations;
        double margin = extent ? 0.0 : 0.04 * std::min(o.width, o.height);
        geo::Viewport view =
            geo::Viewport::fit(extent ? *extent : scene.extent, o.width, o.height, margin);
        render::Image image = render::renderImage(renderer, view, style);
        render::writePng(image, o.out, render::pngMetadata(scene.attribution, o.project));
        std::printf("%s: %dx%d, %zu labels\n", o.out.c_str(), o.width, o.height,
                    renderer.placedLabels());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
}

}  // namespace cli
