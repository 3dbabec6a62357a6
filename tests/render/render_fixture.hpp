#pragma once
// Shared set-up for the OpenGL tests: one headless context, the real Kreis Düren project.

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "app/store/map_data_reader.hpp"
#include "app/render/font.hpp"
#include "app/render/map_renderer.hpp"
#include "app/map/map_scene.hpp"
#include "app/render/offscreen.hpp"
#include "app/domain/map_data.hpp"

namespace testing_render {

inline const std::string kProject = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";

class RenderTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        gl_ = std::make_unique<render::HeadlessGlContext>();
        data_ = std::make_unique<domain::MapData>(store::loadMapData(kProject));
        scene_ = std::make_unique<map::MapScene>(map::buildMapScene(*data_));
        font_ = std::make_unique<render::SdfFont>(render::loadMapFont());
    }
    static void TearDownTestSuite() {
        font_.reset();
        scene_.reset();
        data_.reset();
        gl_.reset();
    }
    static const domain::MapData& data() { return *data_; }
    static const map::MapScene& scene() { return *scene_; }
    static const render::SdfFont& font() { return *font_; }

  private:
    static inline std::unique_ptr<render::HeadlessGlContext> gl_;
    static inline std::unique_ptr<domain::MapData> data_;
    static inline std::unique_ptr<map::MapScene> scene_;
    static inline std::unique_ptr<render::SdfFont> font_;
};

// The colour of pixel (x, y), as 0xRRGGBB.
inline unsigned pixel(const render::Image& img, int x, int y) {
    const std::uint8_t* p = img.rgba.data() + (static_cast<size_t>(y) * img.width + x) * 4;
    return (unsigned(p[0]) << 16) | (unsigned(p[1]) << 8) | p[2];
}

}  // namespace testing_render
