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

void checkGolden(const std::string& name, const render::Image& actual) {
    testing_images::checkGolden(fs::path(BK_SOURCE_DIR) / "tests/render/golden",
                                fs::path(BK_BINARY_DIR) / "tests/golden-out", name, actual);
}

class Golden : public RenderTest {};

TEST_F(Golden, KreisDuerenFitted800x600) {
    render::MapRenderer renderer(scene(), font());
    map::MapStyle style;
    geo::Viewport view = geo::Viewport::fit(scene().extent, 800, 600, 24);
    checkGolden("kreis-dueren-800x600", render::renderImage(renderer, view, style));
}

TEST_F(Golden, ZoomedOnDuerenWithHighlight) {
    render::MapRenderer renderer(scene(), font());
    map::MapStyle style;
    style.scale = 1.5f;
    // Extent around the town of Düren in EPSG:25832 metres.
    geo::Viewport view = geo::Viewport::fit({317000, 5621000, 333000, 5637000}, 640, 480, 0);
    checkGolden("dueren-zoom-640x480", render::renderImage(renderer, view, style, 1));
}

}  // namespace
