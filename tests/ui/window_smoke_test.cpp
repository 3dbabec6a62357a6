// Smoke test of the real window: starts the program under Xvfb on the Kreis Düren project,
// lets it render a few frames, saves a screenshot through the program's own --screenshot
// and checks what is on it.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>

#include "app/render/offscreen.hpp"

namespace {

const std::string kProject = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";

unsigned pixel(const render::Image& img, int x, int y) {
    const std::uint8_t* p = img.rgba.data() + (static_cast<size_t>(y) * img.width + x) * 4;
    return (unsigned(p[0]) << 16) | (unsigned(p[1]) << 8) | p[2];
}

TEST(Window, OpensOnTheProjectAndDrawsMapAndPanel) {
    ASSERT_EQ(std::system("command -v xvfb-run >/dev/null"), 0) << "xvfb-run is not installed";
    std::string shot = std::string(BK_BINARY_DIR) + "/tests/window-smoke.png";
    std::filesystem::remove(shot);
    // The window opens its project writable (and migrates it): work on a copy, never on the
    // fixture that other tests read at the same time.
    std::string copy = std::string(BK_BINARY_DIR) + "/tests/window-smoke.gpkg";
    std::filesystem::copy_file(kProject, copy, std::filesystem::copy_options::overwrite_existing);
    // The window remembers its settings: keep them in the build tree, never in ~/.config.
    std::string cmd = "XDG_CONFIG_HOME='" + std::string(BK_BINARY_DIR) +
                      "/tests/window-smoke-config' xvfb-run -a -s '-screen 0 1600x900x24' '" +
                      std::string(BK_EXE) + "' '" +
                      copy + "' --width 1600 --height 900 --frames 4 --screenshot '" + shot +
                      "' > /dev/null 2>&1";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    render::Image img = render::readPng(shot);
    ASSERT_EQ(img.width, 1600);
    ASSERT_EQ(img.height, 900);
    // The map area (left) holds many colours: fills, outlines, labels. The panel (right
    // edge) is the light ImGui window.
    std::set<unsigned> colours;
    for (int y = 0; y < 900; y += 7)
        for (int x = 0; x < 1100; x += 7) colours.insert(pixel(img, x, y));
    EXPECT_GT(colours.size(), 20u);
    // The side panel (the right 430 px) is mostly light background around dark text.
    int light = 0, samples = 0;
    for (int y = 0; y < 900; y += 5)
        for (int x = 1175; x < 1580; x += 5, ++samples) {
            unsigned c = pixel(img, x, y);
            light += ((c >> 16) & 0xFF) > 220 && ((c >> 8) & 0xFF) > 220 && (c & 0xFF) > 220;
        }
    EXPECT_GT(light, samples * 7 / 10);
}

TEST(Window, UnreadableProjectExitsWithAnError) {
    std::string cmd = "XDG_CONFIG_HOME='" + std::string(BK_BINARY_DIR) +
                      "/tests/window-smoke-config' xvfb-run -a '" + std::string(BK_EXE) + "' '" +
                      BK_SOURCE_DIR +
                      "/data/bevoelkerung-zensus2022.csv' --frames 1 > /dev/null 2>&1";
    EXPECT_NE(std::system(cmd.c_str()), 0);
}

}  // namespace
