// Golden-image test of the snapshot. On failure, actual.png and diff.png are written to
// <build>/tests/golden-out/. To accept a new look on purpose, rebaseline:
//   BK_REBASELINE=1 ctest --test-dir build -R Golden
// which overwrites tests/render/golden/*.png in the source tree (review and commit them).

#include <cstdlib>
#include <filesystem>

#include "app/render/snapshot.hpp"
#include "geo/viewport.hpp"
#include "render_fixture.hpp"
#include "tests/support/image_compare.hpp"

namespace {

using testing_render::RenderTest;
namespace fs = std::filesystem;

using testing_images::Comparison;
using testing_images::compare;

void checkGolden(const std::string& name, const render::Image& actual) {
    const fs::path golden = fs::path(BK_SOURCE_DIR) / "tests/render/golden" / (name + ".png");
    if (std::getenv("BK_REBASELINE")) {
        fs::create_directories(golden.parent_path());
        render::writePng(actual, golden.string(), {}, 9);
        GTEST_SKIP() << "rebaselined " << golden;
    }
    ASSERT_TRUE(fs::exists(golden)) << golden << " is missing; run with BK_REBASELINE=1";
    render::Image expected = render::readPng(golden.string());
    ASSERT_EQ(expected.width, actual.width);
    ASSERT_EQ(expected.height, actual.height);
    // Tolerances: anti-aliasing may differ slightly between Mesa builds; a moved label or
    // polygon changes thousands of pixels by far more.
    Comparison c = compare(expected, actual, 24);
    if (c.differingShare > 0.002) {
        fs::path out = fs::path(BK_BINARY_DIR) / "tests/golden-out";
        fs::create_directories(out);
        render::writePng(actual, (out / (name + "-actual.png")).string());
        render::writePng(c.diff, (out / (name + "-diff.png")).string());
        ADD_FAILURE() << name << ": " << c.differingShare * 100
                      << " % of pixels differ (allowed 0.2 %), max channel delta " << c.maxDelta
                      << "; see " << out;
    }
}

class Golden : public RenderTest {};

TEST_F(Golden, KreisDuerenFitted800x600) {
    render::MapRenderer renderer(scene(), font());
    render::MapStyle style;
    geo::Viewport view = geo::Viewport::fit(scene().extent, 800, 600, 24);
    checkGolden("kreis-dueren-800x600", render::renderImage(renderer, view, style));
}

TEST_F(Golden, ZoomedOnDuerenWithHighlight) {
    render::MapRenderer renderer(scene(), font());
    render::MapStyle style;
    style.scale = 1.5f;
    // Extent around the town of Düren in EPSG:25832 metres.
    geo::Viewport view = geo::Viewport::fit({317000, 5621000, 333000, 5637000}, 640, 480, 0);
    checkGolden("dueren-zoom-640x480", render::renderImage(renderer, view, style, 1));
}

}  // namespace
