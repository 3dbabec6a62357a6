#include <fstream>
#include <iterator>
#include <utility>
#include <vector>
#include <numeric>
#include <tuple>
#include <cstdlib>
#include <algorithm>

#include "app/render/snapshot.hpp"
#include "geo/measure.hpp"
#include "geo/viewport.hpp"
#include "render_fixture.hpp"

namespace {

using testing_render::pixel;
using testing_render::RenderTest;

class MapRendererTest : public RenderTest {};

TEST_F(MapRendererTest, SceneHoldsEveryFeatureOnce) {
    EXPECT_EQ(scene().features.size(), data().municipalities.size() + data().neighbours.size());
    // The district's boundary is drawn as its own line class, at every level.
    ASSERT_FALSE(scene().levels.empty());
    for (std::size_t i = 0; i < scene().levels.size(); ++i) {
        const map::SceneLevel& level = scene().level(i);
        std::size_t district = 0;
        for (std::size_t v = map::kLineStride - 1; v < level.lineVertices.size(); v += map::kLineStride)
            district += level.lineVertices[v] == static_cast<float>(map::LineClass::District) ? 1 : 0;
        EXPECT_GT(district, 0u) << "level " << i;
    }
    int municipalityLabels = 0;
    for (const map::SceneLabel& l : scene().labels) municipalityLabels += l.context ? 0 : 1;
    EXPECT_EQ(municipalityLabels, 15);
    // Every label point lies inside its municipality.
    for (std::size_t i = 0; i < data().municipalities.size(); ++i) {
        const map::SceneLabel& l = scene().labels[data().neighbours.size() + i];
        EXPECT_EQ(l.text, data().municipalities[i].name);
        EXPECT_TRUE(geo::contains(data().municipalities[i].shape, l.anchor)) << l.text;
    }
}

TEST_F(MapRendererTest, NeighbouringMunicipalitiesHaveDifferentColours) {
    std::vector<geo::MultiPolygon> shapes;
    for (const auto& m : data().municipalities) shapes.push_back(m.shape);
    auto colourOf = [&](std::size_t i) {
        for (const map::SceneFeature& f : scene().features)
            if (f.kind == map::LayerKind::Municipality && f.source == i) return f.color;
        return map::Rgba{};
    };
    for (auto [i, j] : geo::adjacentPairs(shapes, 1.0)) {
        map::Rgba a = colourOf(i), b = colourOf(j);
        EXPECT_FALSE(a.r == b.r && a.g == b.g && a.b == b.b)
            << data().municipalities[i].name << " / " << data().municipalities[j].name;
    }
}

TEST_F(MapRendererTest, AllFifteenLabelsFitOnAFullHdMap) {
    render::MapRenderer renderer(scene(), font());
    geo::Viewport view = geo::Viewport::fit(scene().extent, 1500, 1080, 40);
    render::renderImage(renderer, view, {});
    EXPECT_GE(renderer.placedLabels(), 15u);
}

TEST_F(MapRendererTest, PanningUploadsNothing) {
    render::MapRenderer renderer(scene(), font());
    render::OffscreenTarget target(400, 300);
    target.bind();
    geo::Viewport view = geo::Viewport::fit(scene().extent, 400, 300, 0);
    renderer.render(view, {});
    std::size_t afterFirstFrame = renderer.uploadedBytes();
    for (int i = 0; i < 10; ++i) {
        view = view.panned({7.0 * i, -3.0 * i});
        renderer.render(view, {});
    }
    EXPECT_EQ(renderer.uploadedBytes(), afterFirstFrame);
    renderer.render(view.zoomedAt({200, 150}, 2), {});  // zooming re-lays out the labels only
    std::size_t geometryBytes = 0;
    for (std::size_t i = 0; i < scene().levels.size(); ++i)
        geometryBytes += scene().level(i).bytes();
    EXPECT_LT(renderer.uploadedBytes() - afterFirstFrame, geometryBytes / 4);
}

// The window draws the names from sprites (with the view cache); exported images draw the
// text. Both show the same names in the same places: the sprites move a name by less than
// half a pixel and compose halo and ink as the text's two passes do.
TEST_F(MapRendererTest, WindowNamesFromSpritesLookLikeTheText) {
    const int w = 1280, h = 800;
    const geo::Viewport view = geo::Viewport::fit(scene().extent, w, h, 20);
    map::MapStyle style;
    render::MapRenderer text(scene(), font());
    const render::Image exact = render::renderImage(text, view, style);

    render::MapRenderer window(scene(), font());
    window.setViewCache(true);
    render::OffscreenTarget target(w, h);
    target.bind();
    window.render(view, style);
    window.render(view, style);  // resting
    EXPECT_TRUE(window.lastFrameExact());
    const render::Image sprites = target.read();
    EXPECT_EQ(window.placedLabels(), text.placedLabels());

    // Ink: the dark pixels of the names (nothing else on the map is that dark but the
    // district's outline, the same in both), counted per row and per column.
    auto ink = [&](const render::Image& img) {
        std::vector<double> rows(static_cast<std::size_t>(h)), cols(static_cast<std::size_t>(w));
        for (int y = 0; y < h; ++y)
            for (int x = 0; x < w; ++x) {
                const unsigned c = pixel(img, x, y);
                if ((((c >> 16) & 0xFF) + ((c >> 8) & 0xFF) + (c & 0xFF)) / 3 < 60) {
                    ++rows[static_cast<std::size_t>(y)];
                    ++cols[static_cast<std::size_t>(x)];
                }
            }
        return std::pair{rows, cols};
    };
    const auto [rows0, cols0] = ink(exact);
    const auto [rows1, cols1] = ink(sprites);
    auto total = [](const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); };
    ASSERT_GT(total(rows0), 2000);
    EXPECT_NEAR(total(rows1), total(rows0), 0.05 * total(rows0));
    // The shift that matches the profiles best is none: no name moved by a pixel or more.
    auto bestShift = [](const std::vector<double>& a, const std::vector<double>& b) {
        int best = 0;
        double bestError = -1;
        for (int shift = -3; shift <= 3; ++shift) {
            double error = 0;
            for (std::size_t i = 3; i + 3 < a.size(); ++i) {
                const double d = a[i] - b[static_cast<std::size_t>(static_cast<long>(i) + shift)];
                error += d * d;
            }
            if (bestError < 0 || error < bestError) {
                bestError = error;
                best = shift;
            }
        }
        return best;
    };
    EXPECT_EQ(bestShift(rows0, rows1), 0);
    EXPECT_EQ(bestShift(cols0, cols1), 0);
    // And the whole picture: the same but for the names' edges.
    double diff = 0;
    for (std::size_t i = 0; i < exact.rgba.size(); ++i)
        diff += std::abs(int(exact.rgba[i]) - int(sprites.rgba[i]));
    EXPECT_LT(diff / static_cast<double>(exact.rgba.size()), 2.0);
}

// A window that stops drawing must not stop on a frame whose names were kept from another
// scale while the view moved: the renderer says so, and the same view again is exact.
TEST_F(MapRendererTest, AMovingViewIsExactOnlyOnceItRests) {
    render::MapRenderer window(scene(), font());
    window.setViewCache(true);
    render::OffscreenTarget target(800, 600);
    target.bind();
    geo::Viewport view = geo::Viewport::fit(scene().extent, 800, 600, 20);
    window.render(view, {});
    window.render(view, {});
    EXPECT_TRUE(window.lastFrameExact());
    view = view.zoomedAt({400, 300}, 1.25);
    window.render(view, {});
    EXPECT_FALSE(window.lastFrameExact()) << "names kept from the scale before";
    window.render(view, {});
    EXPECT_TRUE(window.lastFrameExact());
    // Without the view cache (an exported image) every frame is exact.
    render::MapRenderer image(scene(), font());
    image.render(view, {});
    image.render(view.zoomedAt({400, 300}, 1.25), {});
    EXPECT_TRUE(image.lastFrameExact());
}

TEST_F(MapRendererTest, NorthIsUpAndNotSquashed) {
    render::MapRenderer renderer(scene(), font());
    map::MapStyle style;
    style.labels = false;
    geo::Viewport view = geo::Viewport::fit(scene().extent, 600, 600, 0);
    render::Image img = render::renderImage(renderer, view, style);
    map::MapStyle defaults;
    auto isFilled = [&](geo::Vec2 world) {
        geo::Vec2 p = view.worldToPixel(world);
        unsigned c = pixel(img, static_cast<int>(p.x), static_cast<int>(p.y));
        unsigned bg = (unsigned(defaults.background.r * 255 + 0.5f) << 16) |
                      (unsigned(defaults.background.g * 255 + 0.5f) << 8) |
                      unsigned(defaults.background.b * 255 + 0.5f);
        return c != bg;
    };
    // Titz lies in the north, Heimbach in the south: their label points map to the top and
    // the bottom of the image, and the pixels there are filled (not background).
    geo::Vec2 titz = geo::labelPoint(data().municipalities[13].shape, 10).first;
    geo::Vec2 heimbach = geo::labelPoint(data().municipalities[2].shape, 10).first;
    EXPECT_LT(view.worldToPixel(titz).y, 150);
    EXPECT_GT(view.worldToPixel(heimbach).y, 450);
    EXPECT_TRUE(isFilled(titz));
    EXPECT_TRUE(isFilled(heimbach));
    // Equal scale on both axes: the district's bounds fill the height, and its width in
    // pixels is its width in metres over the same scale.
    double wPx = scene().extent.width() / view.metresPerPixel();
    double hPx = scene().extent.height() / view.metresPerPixel();
    EXPECT_NEAR(hPx, 600, 1);
    EXPECT_NEAR(wPx / hPx, scene().extent.width() / scene().extent.height(), 1e-9);
}

TEST_F(MapRendererTest, SameViewAtTwiceTheSizeDiffersOnlyInResolution) {
    render::MapRenderer renderer(scene(), font());
    geo::Viewport view = geo::Viewport::fit(scene().extent, 400, 300, 10);
    map::MapStyle style;
    render::Image small = render::renderImage(renderer, view, style);
    style.scale = 2;
    render::Image big = render::renderImage(renderer, view.scaled(2), style);
    ASSERT_EQ(big.width, 800);
    ASSERT_EQ(big.height, 600);
    // Downsample the big image 2x2 and compare: the same picture, small differences at edges.
    int differing = 0;
    for (int y = 0; y < 300; ++y)
        for (int x = 0; x < 400; ++x) {
            int delta = 0;
            for (int ch = 0; ch < 3; ++ch) {
                int sum = 0;
                for (int dy = 0; dy < 2; ++dy)
                    for (int dx = 0; dx < 2; ++dx)
                        sum += big.rgba[((static_cast<size_t>(2 * y + dy) * 800) + 2 * x + dx) * 4 +
                                        ch];
                delta = std::max(
                    delta,
                    std::abs(sum / 4 - small.rgba[(static_cast<size_t>(y) * 400 + x) * 4 + ch]));
            }
            differing += delta > 48;
        }
    EXPECT_LT(differing, 400 * 300 / 50) << "more than 2 % of pixels differ";
}

TEST_F(MapRendererTest, PngRoundTripKeepsPixelsAndRefusesBadPaths) {
    render::Image img{3, 2, {1,  2,  3,  255, 4,  5,  6,  255, 7,  8,  9,  255,
                             10, 11, 12, 255, 13, 14, 15, 255, 16, 17, 18, 255}};
    std::string path = std::string(BK_BINARY_DIR) + "/tests/roundtrip.png";
    render::writePng(img, path, {{"Copyright", "© GeoBasis-DE / BKG (2016)"}});
    render::Image back = render::readPng(path);
    EXPECT_EQ(back.width, 3);
    EXPECT_EQ(back.rgba, img.rgba);
    EXPECT_THROW(render::writePng(img, "/nonexistent-dir/x.png"), map::ImageError);
    EXPECT_THROW(render::OffscreenTarget(100000, 10), render::RenderError);
}

}  // namespace

namespace {

TEST(PngWriter, ManyBandsJoinIntoOneValidStream) {
    // Tall enough for one band per core; pseudo-random pixels defeat run-length shortcuts.
    render::Image img{321, 517, {}};
    img.rgba.resize(static_cast<size_t>(img.width) * img.height * 4);
    std::uint32_t state = 12345;
    for (std::uint8_t& v : img.rgba) {
        state = state * 1664525u + 1013904223u;
        v = static_cast<std::uint8_t>(state >> 24);
    }
    std::string path = std::string(BK_BINARY_DIR) + "/tests/bands.png";
    render::writePng(img, path, {{"Copyright", "© GeoBasis-DE / BKG (2016)"}});
    render::Image back = render::readPng(path);
    ASSERT_EQ(back.width, img.width);
    ASSERT_EQ(back.height, img.height);
    EXPECT_EQ(back.rgba, img.rgba);
    std::ifstream in(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(bytes.find("iTXtCopyright"), std::string::npos);
    EXPECT_NE(bytes.find("© GeoBasis-DE / BKG (2016)"), std::string::npos);
}

}  // namespace
