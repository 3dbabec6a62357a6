// Presentation without a window: the settings file (round trip, corrupt and missing files),
// the themes' text contrast (WCAG), stepping through applications, the map's glide and the
// start value of the UI scale.

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "app/ui/map_view.hpp"
#include "app/ui/presentation.hpp"
#include "app/ui/settings.hpp"
#include "app/ui/theme.hpp"

namespace {

namespace fs = std::filesystem;

fs::path tempDir(const std::string& name) {
    fs::path dir = fs::temp_directory_path() /
                   ("bk-presentation-" + name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

TEST(Settings, RoundTripKeepsEveryField) {
    fs::path file = tempDir("roundtrip") / "sub" / "settings.json";
    ui::UiSettings s;
    s.window = ui::WindowRect{120, 80, 1400, 820};
    s.maximized = false;
    s.sidePanelWidth = 540.5f;
    s.theme = ui::UiTheme::Dark;
    s.uiScale = 1.3f;
    s.language = i18n::Lang::En;
    ui::saveSettings(s, file);  // creates the missing directory
    ui::LoadedSettings back = ui::loadSettings(file);
    EXPECT_EQ(back.warning, "");
    EXPECT_EQ(back.settings, s);
    // Written atomically: no temporary file is left beside it.
    EXPECT_FALSE(fs::exists(file.string() + ".tmp"));
    // Saving again replaces the file.
    s.theme = ui::UiTheme::Light;
    ui::saveSettings(s, file);
    EXPECT_EQ(ui::loadSettings(file).settings.theme, ui::UiTheme::Light);
}

TEST(Settings, MissingFileGivesDefaultsWithoutWarning) {
    ui::LoadedSettings l = ui::loadSettings(tempDir("missing") / "settings.json");
    EXPECT_EQ(l.warning, "");
    EXPECT_EQ(l.settings, ui::UiSettings{});
    EXPECT_EQ(l.settings.theme, ui::UiTheme::Light);
    EXPECT_EQ(l.settings.language, i18n::Lang::De);
}

TEST(Settings, CorruptFileGivesDefaultsAndAWarningNamingIt) {
    fs::path file = tempDir("corrupt") / "settings.json";
    for (const char* content : {"{ \"theme\": \"dark\", ", "[1, 2, 3]", "{\"theme\": \"purple\"}",
                                "{\"uiScale\": \"big\"}", "{\"window\": {\"x\": 1}}"}) {
        std::ofstream(file) << content;
        ui::LoadedSettings l = ui::loadSettings(file);
        EXPECT_NE(l.warning.find(file.string()), std::string::npos) << content;
        EXPECT_EQ(l.settings, ui::UiSettings{}) << content;
    }
}

TEST(Settings, PartialFileKeepsWhatItHasAndClampsTheScale) {
    fs::path file = tempDir("partial") / "settings.json";
    std::ofstream(file) << R"({"theme": "dark", "uiScale": 9})";
    ui::LoadedSettings l = ui::loadSettings(file);
    EXPECT_EQ(l.warning, "");
    EXPECT_EQ(l.settings.theme, ui::UiTheme::Dark);
    EXPECT_FLOAT_EQ(*l.settings.uiScale, ui::kMaxUiScale);
    EXPECT_FALSE(l.settings.window.has_value());
}

TEST(Settings, PathFollowsXdgConfigHomeElseHome) {
    const char* oldXdg = std::getenv("XDG_CONFIG_HOME");
    std::string savedXdg = oldXdg ? oldXdg : "";
    ::setenv("XDG_CONFIG_HOME", "/tmp/xdg-test", 1);
    EXPECT_EQ(ui::settingsPath(), fs::path("/tmp/xdg-test/begegnungskarte/settings.json"));
    ::setenv("XDG_CONFIG_HOME", "relative/dir", 1);  // invalid per the spec: ignored
    std::string home = std::getenv("HOME") ? std::getenv("HOME") : ".";
    EXPECT_EQ(ui::settingsPath(), fs::path(home) / ".config/begegnungskarte/settings.json");
    if (oldXdg)
        ::setenv("XDG_CONFIG_HOME", savedXdg.c_str(), 1);
    else
        ::unsetenv("XDG_CONFIG_HOME");
}

TEST(Settings, ScaleSteps) {
    EXPECT_FLOAT_EQ(ui::nextUiScale(1.0f, +1), 1.1f);
    EXPECT_FLOAT_EQ(ui::nextUiScale(1.0f, -1), 0.9f);
    EXPECT_FLOAT_EQ(ui::nextUiScale(1.25f, +1), 1.4f);  // back onto the 0.1 grid
    EXPECT_FLOAT_EQ(ui::nextUiScale(ui::kMaxUiScale, +1), ui::kMaxUiScale);
    EXPECT_FLOAT_EQ(ui::nextUiScale(ui::kMinUiScale, -1), ui::kMinUiScale);
}

TEST(Theme, ContrastRatioMatchesWcagReferenceValues) {
    using map::Rgba;
    EXPECT_NEAR(ui::contrastRatio(Rgba::hex(0x000000), Rgba::hex(0xFFFFFF)), 21.0, 1e-9);
    EXPECT_NEAR(ui::contrastRatio(Rgba::hex(0xFFFFFF), Rgba::hex(0xFFFFFF)), 1.0, 1e-9);
    // #767676 on white is the classic "just passes 4.5:1" grey.
    EXPECT_NEAR(ui::contrastRatio(Rgba::hex(0x767676), Rgba::hex(0xFFFFFF)), 4.54, 0.01);
    EXPECT_NEAR(ui::contrastRatio(Rgba::hex(0x777777), Rgba::hex(0xFFFFFF)), 4.48, 0.01);
}

TEST(Theme, EveryTextColourHasContrastOfAtLeast4_5InBothThemes) {
    for (ui::UiTheme theme : {ui::UiTheme::Light, ui::UiTheme::Dark}) {
        std::vector<ui::ContrastPair> pairs = ui::textContrastPairs(theme);
        EXPECT_GE(pairs.size(), 20u);
        for (const ui::ContrastPair& p : pairs)
            EXPECT_GE(ui::contrastRatio(p.text, p.background), 4.5)
                << ui::themeCode(theme) << ": " << p.what;
    }
}

TEST(Theme, LightIsLightAndDarkIsDark) {
    auto luminance = [](map::Rgba c) { return 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b; };
    ui::ThemePalette light = ui::themePalette(ui::UiTheme::Light);
    ui::ThemePalette dark = ui::themePalette(ui::UiTheme::Dark);
    EXPECT_GT(luminance(light.windowBg), 0.9);
    EXPECT_LT(luminance(dark.windowBg), 0.15);
    map::MapStyle map;
    ui::applyMapTheme(ui::UiTheme::Dark, map);
    EXPECT_LT(luminance(map.background), 0.1);
    EXPECT_TRUE(map.darkFills);
    ui::applyMapTheme(ui::UiTheme::Light, map);
    EXPECT_FALSE(map.darkFills);
    EXPECT_EQ(map.background.r, map::MapStyle{}.background.r);
}

TEST(Theme, DarkFillsKeepTheOrderOfASequentialRampAndTheLabelsReadable) {
    // The choropleth's ColorBrewer "Blues" classes (none, 1, 2, 3 or more), as in thematic.cpp.
    const map::Rgba ramp[] = {map::Rgba::hex(0xF7FBFF), map::Rgba::hex(0xC6DBEF),
                                 map::Rgba::hex(0x9ECAE1), map::Rgba::hex(0x6BAED6)};
    map::MapStyle dark;
    ui::applyMapTheme(ui::UiTheme::Dark, dark);
    double previous = 0;
    for (const map::Rgba& c : ramp) {
        map::Rgba d = map::darkMapFill(c);
        // More applications look lighter on the dark map (the light theme: darker).
        double l = ui::contrastRatio(d, map::Rgba::hex(0x000000));
        EXPECT_GT(l, previous);
        previous = l;
        EXPECT_GT(ui::contrastRatio(d, dark.background), 1.1) << "a class apart from the ground";
        EXPECT_GE(ui::contrastRatio(dark.label, d), 4.5) << "names stay readable";
        EXPECT_GE(d.b, d.r) << "still blue";
    }
    // A grey stays grey; alpha is kept.
    map::Rgba grey = map::darkMapFill(map::Rgba::hex(0xE0E0E0, 0.5f));
    EXPECT_FLOAT_EQ(grey.r, grey.g);
    EXPECT_FLOAT_EQ(grey.g, grey.b);
    EXPECT_FLOAT_EQ(grey.a, 0.5f);
}

TEST(Theme, TextSizesForAProjector) {
    // At UI scale 1 on a 1920×1080 projector: body text at least 20 px, map labels 24 px.
    EXPECT_GE(ui::kBodyTextPx, 20.f);
    EXPECT_GE(map::MapStyle{}.labelPx, 24.f);
}

TEST(Stepping, WalksTheListOrderAndWraps) {
    std::vector<std::int64_t> order = {7, 3, 9};
    EXPECT_EQ(ui::stepApplication(order, std::nullopt, +1), 7);
    EXPECT_EQ(ui::stepApplication(order, std::nullopt, -1), 9);
    EXPECT_EQ(ui::stepApplication(order, 7, +1), 3);
    EXPECT_EQ(ui::stepApplication(order, 3, +1), 9);
    EXPECT_EQ(ui::stepApplication(order, 9, +1), 7);
    EXPECT_EQ(ui::stepApplication(order, 7, -1), 9);
    EXPECT_EQ(ui::stepApplication(order, 42, +1), 7);  // filtered out: start again
    EXPECT_EQ(ui::stepApplication({}, 7, +1), std::nullopt);
}

TEST(Glide, InterpolatesCentreLinearlyAndScaleGeometrically) {
    geo::Viewport a({0, 0}, 100, 800, 600), b({1000, 2000}, 1, 800, 600);
    geo::Viewport mid = ui::interpolateView(a, b, 0.5);
    EXPECT_DOUBLE_EQ(mid.center().x, 500);
    EXPECT_DOUBLE_EQ(mid.center().y, 1000);
    EXPECT_NEAR(mid.metresPerPixel(), 10, 1e-9);
    EXPECT_EQ(ui::interpolateView(a, b, 0), a);
    EXPECT_EQ(ui::interpolateView(a, b, 1), b);
    EXPECT_DOUBLE_EQ(ui::easeInOut(0), 0);
    EXPECT_DOUBLE_EQ(ui::easeInOut(0.5), 0.5);
    EXPECT_DOUBLE_EQ(ui::easeInOut(1), 1);
    EXPECT_LT(ui::easeInOut(0.1), 0.1);  // starts gently
}

TEST(Glide, MapViewArrivesAfterHalfASecondAndInputStopsIt) {
    domain::MapData data;
    domain::Municipality m;
    geo::Polygon square;
    square.outer = {{300000, 5600000}, {310000, 5600000}, {310000, 5610000}, {300000, 5610000},
                    {300000, 5600000}};
    m.shape = {square};
    data.municipalities.push_back(m);
    ui::MapView map(data);
    map.setRect({0, 0, 800, 600});
    geo::Viewport start = map.viewport();
    geo::Vec2 target{start.center().x + 5000, start.center().y - 3000};
    map.glideTo(target, 10, /*now=*/100.0);
    map.animate(100.25);
    EXPECT_TRUE(map.gliding());
    EXPECT_GT(map.viewport().center().x, start.center().x);
    EXPECT_LT(map.viewport().center().x, target.x);
    map.animate(100.5);
    EXPECT_FALSE(map.gliding());
    EXPECT_NEAR(map.viewport().center().x, target.x, 1e-6);
    EXPECT_NEAR(map.viewport().metresPerPixel(), 10, 1e-9);

    map.glideTo(start.center(), 50, 200.0);
    map.animate(200.1);
    ui::SiteContext none;
    map.handleMouse({400, 300, false, 1.0, false}, none);  // the wheel: the user takes over
    EXPECT_FALSE(map.gliding());
}

TEST(StartScale, ContentScaleElseDpiNeverBelowOne) {
    EXPECT_FLOAT_EQ(ui::startUiScale(2.f, 3840, 600), 2.f);       // the system says 2
    EXPECT_FLOAT_EQ(ui::startUiScale(1.f, 1920, 0), 1.f);         // no size: projector
    EXPECT_FLOAT_EQ(ui::startUiScale(1.f, 2880, 300), 2.5f);      // a 14" 3K laptop, 244 dpi
    EXPECT_FLOAT_EQ(ui::startUiScale(1.f, 1920, 1600), 1.f);      // a projector's invented size
    EXPECT_FLOAT_EQ(ui::startUiScale(1.f, 1920, 510), 1.f);       // a 24" desk monitor, 96 dpi
}

}  // namespace
