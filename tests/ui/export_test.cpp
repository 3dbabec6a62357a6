// The window's export (ui::exportMap) without a window: a map sheet PDF of the view with the
// theme on screen, a plain PNG with the shown set drawn over the OpenGL picture (stood in for
// by a blank image here), and the thematic layer kept in the project between runs.

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include <unistd.h>

#include "app/map/image.hpp"
#include "app/print/paper.hpp"
#include "app/render/png.hpp"
#include "app/exchange/demo.hpp"
#include "app/ui/panels.hpp"

namespace {

namespace fs = std::filesystem;

const std::string kBoundaries = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";

class ExportTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::path(BK_BINARY_DIR) / "tests/ui-export" / ("p" + std::to_string(getpid()));
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        project_ = (dir_ / "beispiel.gpkg").string();
        exchange::createDemoProject(kBoundaries, project_);
    }
    void TearDown() override {
        std::error_code ec;
        if (!HasFailure()) fs::remove_all(dir_, ec);
    }
    fs::path dir_;
    std::string project_;
};

std::string pdfText(const std::string& path) {
    std::string out;
    FILE* p = popen(("pdftotext -raw '" + path + "' -").c_str(), "r");
    if (!p) return out;
    char buf[4096];
    while (std::size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
    pclose(p);
    return out;
}

TEST_F(ExportTest, SheetPdfOfTheViewWithTheThemeOnScreen) {
    project::Project p = project::Project::open(project_, {.readOnly = true, .user = {}});
    geo::Viewport view = geo::Viewport::fit(p.map().extent(), 1200, 900, 20);
    std::string out = (dir_ / "blatt.pdf").string();
    bool rendered = false;
    std::string status = ui::exportMap(
        p, {out, 1, true}, view, map::MapTheme::ApplicationsPerMunicipality, false, {}, 1.0,
        [&] {
            rendered = true;
            return render::Image{};
        });
    EXPECT_NE(status.find(out), std::string::npos) << status;
    EXPECT_FALSE(rendered);  // a sheet is drawn by cairo, not by OpenGL
    std::string text = pdfText(out);
    for (const char* want : {"Orte der Begegnung", "Bewerbungen je Kommune", "Jülich",
                             "© GeoBasis-DE / BKG (2016)", "Beispieldaten (fiktiv)"})
        EXPECT_NE(text.find(want), std::string::npos) << want << "\n" << text;
    // No set shown on screen: none on the sheet.
    EXPECT_EQ(text.find("Empfohlene Auswahl"), std::string::npos);
}

TEST_F(ExportTest, PlainPngGetsTheShownSetOverTheOpenGlPicture) {
    project::Project p = project::Project::open(project_, {.readOnly = true, .user = {}});
    geo::Viewport view = geo::Viewport::fit(p.map().extent(), 600, 450, 10);
    decision::ShownSet set{decision::ShownKind::Recommendation, {p.findByNr("B-01")->id, p.findByNr("B-02")->id}};
    std::string out = (dir_ / "karte.png").string();
    std::string status = ui::exportMap(
        p, {out, 2, false}, view, map::MapTheme::Municipalities, true, set, 1.0, [&] {
            render::Image blank{1200, 900, std::vector<std::uint8_t>(1200u * 900u * 4, 255)};
            return blank;
        });
    EXPECT_NE(status.find("1200 × 900"), std::string::npos) << status;
    render::Image img = render::readPng(out);
    ASSERT_EQ(img.width, 1200);
    // The r-km rings are dark green (0x005A32): some pixels of the blank image turned green.
    std::size_t green = 0;
    for (std::size_t i = 0; i < img.rgba.size(); i += 4)
        if (img.rgba[i] < 60 && img.rgba[i + 1] > 70 && img.rgba[i + 1] < 130 && img.rgba[i + 2] < 80)
            ++green;
    EXPECT_GT(green, 1000u);
}

// Issue 12 §3: the dialog's paper presets. A PNG on A4 landscape at 150 dpi has the paper's
// pixels and records its dpi; a PDF sheet on A3 portrait is an A3 page; OpenGL is not used.
TEST_F(ExportTest, PaperPresetsGiveThePapersPixelsOrPage) {
    project::Project p = project::Project::open(project_, {.readOnly = true, .user = {}});
    geo::Viewport view = geo::Viewport::fit(p.map().extent(), 800, 600, 10);
    bool rendered = false;
    auto gl = [&] {
        rendered = true;
        return render::Image{};
    };
    ui::ExportRequest png{(dir_ / "a4.png").string(), 1, false};
    png.paper = *print::findPaperSize("A4-quer");
    png.dpi = 150;
    std::string status = ui::exportMap(p, png, view, map::MapTheme::Municipalities, false, {}, 1.0, gl);
    EXPECT_NE(status.find("1754 × 1240"), std::string::npos) << status;
    render::Image img = render::readPng(png.path);
    EXPECT_EQ(img.width, 1754);
    EXPECT_EQ(img.height, 1240);
    const auto ppm = map::readPngPixelsPerMetre(png.path);
    ASSERT_TRUE(ppm.has_value());
    EXPECT_EQ(ppm->first, print::pixelsPerMetre(150));  // 5906 px/m

    ui::ExportRequest pdf{(dir_ / "a3.pdf").string(), 1, true};
    pdf.paper = *print::findPaperSize("A3-hoch");
    status = ui::exportMap(p, pdf, view, map::MapTheme::Municipalities, false, {}, 1.0, gl);
    EXPECT_NE(status.find("842 × 1191"), std::string::npos) << status;
    FILE* info = popen(("pdfinfo '" + pdf.path + "'").c_str(), "r");
    ASSERT_NE(info, nullptr);
    std::string out;
    char buf[4096];
    while (std::size_t n = fread(buf, 1, sizeof buf, info)) out.append(buf, n);
    pclose(info);
    EXPECT_NE(out.find("841.89 x 1190.55 pts (A3)"), std::string::npos) << out;
    EXPECT_FALSE(rendered);
}

TEST_F(ExportTest, ThemeIsRememberedInTheProject) {
    {
        project::Project p = project::Project::open(project_, {.readOnly = false, .user = "test"});
        ui::UiState state;
        ui::loadViewSettings(p, state);
        EXPECT_FALSE(state.savedTheme.has_value());
        state.theme = map::MapTheme::Municipalities;
        ui::saveViewSettings(p, state);
        EXPECT_EQ(p.viewSetting("theme"), "gemeinden");
    }
    project::Project p = project::Project::open(project_, {.readOnly = true, .user = {}});
    ui::UiState state;
    state.theme = map::MapTheme::ApplicationsPerMunicipality;
    ui::loadViewSettings(p, state);
    EXPECT_EQ(state.theme, map::MapTheme::Municipalities);
    // Read-only: nothing written, no error.
    state.theme = map::MapTheme::ApplicationsPerMunicipality;
    ui::saveViewSettings(p, state);
    EXPECT_EQ(p.viewSetting("theme"), "gemeinden");
}

}  // namespace
