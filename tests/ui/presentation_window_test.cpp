// The presentation under Xvfb: the map-only view (no side panel, a way back), the dark theme,
// and the settings file (remembered theme applies; the command line overrides it for one run
// without being saved; a corrupt file gives a warning naming it and the defaults).

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "app/render/offscreen.hpp"

namespace {

namespace fs = std::filesystem;

const std::string kProject = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";
constexpr int kW = 1600, kH = 900;

struct Rgb {
    int r, g, b;
};
Rgb at(const render::Image& img, int x, int y) {
    const std::uint8_t* p = img.rgba.data() + (static_cast<size_t>(y) * img.width + x) * 4;
    return {p[0], p[1], p[2]};
}
double luminance(Rgb c) { return (0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b) / 255.0; }

// Mean luminance of a rectangle, sampled every 4 px.
double meanLuminance(const render::Image& img, int x0, int y0, int x1, int y1) {
    double sum = 0;
    int n = 0;
    for (int y = y0; y < y1; y += 4)
        for (int x = x0; x < x1; x += 4, ++n) sum += luminance(at(img, x, y));
    return n ? sum / n : 0;
}

// Share of sampled pixels in the rectangle equal to `c` (within 3 per channel).
double share(const render::Image& img, int x0, int y0, int x1, int y1, Rgb c) {
    int hits = 0, n = 0;
    for (int y = y0; y < y1; y += 3)
        for (int x = x0; x < x1; x += 3, ++n) {
            Rgb p = at(img, x, y);
            hits += std::abs(p.r - c.r) <= 3 && std::abs(p.g - c.g) <= 3 && std::abs(p.b - c.b) <= 3;
        }
    return n ? static_cast<double>(hits) / n : 0;
}

class PresentationWindow : public ::testing::Test {
  protected:
    void SetUp() override {
        name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
        dir = fs::path(BK_BINARY_DIR) / "tests" / ("presentation-" + name);
        fs::remove_all(dir);
        fs::create_directories(dir / "config");
        // The window opens its project writable: a copy per test.
        fs::copy_file(kProject, dir / "project.gpkg");
    }
    // Runs the window for a few frames with the given options; returns its exit code, with
    // stderr in `errors` and the screenshot in `shot`.
    int run(const std::string& args) {
        std::string png = (dir / "shot.png").string();
        std::string err = (dir / "stderr.txt").string();
        std::string cmd = "XDG_CONFIG_HOME='" + (dir / "config").string() +
                          "' xvfb-run -a -s '-screen 0 1920x1080x24' '" + BK_EXE + "' '" +
                          (dir / "project.gpkg").string() + "' --width " + std::to_string(kW) +
                          " --height " + std::to_string(kH) + " --frames 6 --screenshot '" +
                          png + "' " + args + " > /dev/null 2> '" + err + "'";
        int rc = std::system(cmd.c_str());
        std::ifstream in(err);
        std::stringstream ss;
        ss << in.rdbuf();
        errors = ss.str();
        if (rc == 0) shot = render::readPng(png);
        return rc;
    }
    fs::path settingsFile() const { return dir / "config" / "begegnungskarte" / "settings.json"; }
    std::string readSettings() const {
        std::ifstream in(settingsFile());
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }

    std::string name;
    fs::path dir;
    std::string errors;
    render::Image shot;
};

// The light theme's panel background (app/ui/theme.cpp).
constexpr Rgb kPanelBg{0xFA, 0xFA, 0xFA};

TEST_F(PresentationWindow, NormalViewHasTheSidePanelOnTheRight) {
    ASSERT_EQ(run(""), 0) << errors;
    ASSERT_EQ(shot.width, kW);
    // The right 400 px are the panel: mostly its background.
    EXPECT_GT(share(shot, kW - 400, 0, kW, kH, kPanelBg), 0.6);
}

TEST_F(PresentationWindow, MapOnlyViewHasNoPanelAndAWayBack) {
    ASSERT_EQ(run("--map-only"), 0) << errors;
    ASSERT_EQ(shot.width, kW);
    // Below the back button the right strip is map (background, neighbours, labels), not
    // panel: hardly any panel-background pixels.
    EXPECT_LT(share(shot, kW - 400, 120, kW, kH - 80, kPanelBg), 0.02);
    // The way back: a button (light blue, #DCE6F0) in the top-right corner.
    EXPECT_GT(share(shot, kW - 400, 0, kW, 80, {0xDC, 0xE6, 0xF0}), 0.05);
    // The map reaches the right edge: neighbouring districts, outlines and labels there
    // give many colours (the panel has a handful).
    std::set<int> colours;
    for (int y = 120; y < kH - 80; y += 5)
        for (int x = kW - 400; x < kW; x += 5) {
            Rgb c = at(shot, x, y);
            colours.insert((c.r << 16) | (c.g << 8) | c.b);
        }
    EXPECT_GT(colours.size(), 40u);
}

TEST_F(PresentationWindow, DarkThemeIsDarkAndIsNotRemembered) {
    ASSERT_EQ(run("--ui-theme dark"), 0) << errors;
    // The panel (right) and the surroundings of the district are dark.
    EXPECT_LT(meanLuminance(shot, kW - 400, 0, kW, kH), 0.2);
    EXPECT_LT(meanLuminance(shot, 0, 0, kW, kH), 0.35);
    // A start state from the command line is for this run only.
    EXPECT_EQ(readSettings().find("\"dark\""), std::string::npos) << readSettings();

    ASSERT_EQ(run(""), 0) << errors;
    EXPECT_GT(meanLuminance(shot, kW - 400, 0, kW, kH), 0.8);
}

TEST_F(PresentationWindow, RememberedThemeAndScaleApply) {
    fs::create_directories(settingsFile().parent_path());
    std::ofstream(settingsFile()) << R"({"theme": "dark", "uiScale": 1.5, "language": "de"})";
    ASSERT_EQ(run(""), 0) << errors;
    EXPECT_LT(meanLuminance(shot, kW - 400, 0, kW, kH), 0.2);
    // Written back (atomically) with what it had.
    std::string saved = readSettings();
    EXPECT_NE(saved.find("\"dark\""), std::string::npos) << saved;
    EXPECT_NE(saved.find("1.5"), std::string::npos) << saved;
    EXPECT_FALSE(fs::exists(settingsFile().string() + ".tmp"));
}

TEST_F(PresentationWindow, CorruptSettingsGiveAWarningAndTheDefaults) {
    fs::create_directories(settingsFile().parent_path());
    std::ofstream(settingsFile()) << "{ this is not json";
    ASSERT_EQ(run(""), 0) << errors;
    EXPECT_NE(errors.find(settingsFile().string()), std::string::npos) << errors;
    EXPECT_GT(share(shot, kW - 400, 0, kW, kH, kPanelBg), 0.6);  // light: the default
}

}  // namespace
