// Map sheets of the example project (fictional applications on the real Kreis Düren
// boundaries): what a sheet shows, golden images at two sizes and two text scales, the larger
// one downsampled against the smaller, and the text of the SVG and PDF.
// On failure, actual and diff PNGs are written to <build>/tests/golden-out/. To accept a new
// look on purpose, rebaseline:
//   BK_REBASELINE=1 ctest --test-dir build -R MapSheet
// which overwrites tests/print/golden/*.png in the source tree (review and commit them).

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "app/print/map_sheet.hpp"
#include "tests/support/image_compare.hpp"
#include "app/map/image.hpp"
#include "app/exchange/demo.hpp"
#include "app/i18n/language.hpp"
#include "app/print/paper.hpp"

namespace {

namespace fs = std::filesystem;

const std::string kBoundaries = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";
// One folder per test process: ctest runs the tests of this file in parallel processes.
const fs::path kOut =
    fs::path(BK_BINARY_DIR) / "tests/print-out" / ("p" + std::to_string(getpid()));

class MapSheetTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        fs::create_directories(kOut);
        example_ = (kOut / "beispiel.gpkg").string();
        fs::remove(example_);
        exchange::createDemoProject(kBoundaries, example_);
        project_ = std::make_unique<project::Project>(
            project::Project::open(example_, {.readOnly = true, .user = {}}));
        print::MapSheetOptions o;
        o.dateIso = "2026-03-01";
        sheet_ = std::make_unique<print::MapSheet>(print::mapSheetFor(*project_, o));
        o.textScale = 1.5;
        large_ = std::make_unique<print::MapSheet>(print::mapSheetFor(*project_, o));
    }
    static void TearDownTestSuite() {
        sheet_.reset();
        large_.reset();
        project_.reset();
        std::error_code ec;
        if (!::testing::UnitTest::GetInstance()->Failed()) fs::remove_all(kOut, ec);
    }
    static const print::MapSheet& sheet() { return *sheet_; }
    static const print::MapSheet& largeText() { return *large_; }
    static const project::Project& project() { return *project_; }
    static const std::string& example() { return example_; }

  private:
    static inline std::string example_;
    static inline std::unique_ptr<project::Project> project_;
    static inline std::unique_ptr<print::MapSheet> sheet_, large_;
};

map::Image render(const print::MapSheet& sheet, int w, int h, const std::string& name) {
    std::string path = (kOut / (name + ".png")).string();
    print::writeMapSheet(sheet, path, w, h, true);
    return map::readPng(path);
}

using testing_images::Comparison;
using testing_images::compare;

const fs::path kGoldenOut = fs::path(BK_BINARY_DIR) / "tests/golden-out";

// Cairo rasterises the same on every machine with the same cairo, pixman and FreeType; the
// tolerance only absorbs anti-aliasing differences between their versions.
void checkGolden(const std::string& name, const map::Image& actual) {
    testing_images::checkGolden(fs::path(BK_SOURCE_DIR) / "tests/print/golden", kGoldenOut, name,
                                actual);
}

// Area-weighted downsampling by any factor >= 1 (each output pixel averages the input area it
// covers), so a 2400 × 1500 sheet can be compared with the 1600 × 1000 one.
map::Image downsample(const map::Image& in, int w, int h) {
    map::Image out{w, h, std::vector<std::uint8_t>(static_cast<std::size_t>(w) * h * 4)};
    double fx = static_cast<double>(in.width) / w, fy = static_cast<double>(in.height) / h;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            double acc[4] = {0, 0, 0, 0}, total = 0;
            double x0 = x * fx, x1 = (x + 1) * fx, y0 = y * fy, y1 = (y + 1) * fy;
            for (int sy = static_cast<int>(y0); sy < std::min<double>(y1, in.height); ++sy)
                for (int sx = static_cast<int>(x0); sx < std::min<double>(x1, in.width); ++sx) {
                    double wx = std::min<double>(x1, sx + 1) - std::max<double>(x0, sx);
                    double wy = std::min<double>(y1, sy + 1) - std::max<double>(y0, sy);
                    double wgt = wx * wy;
                    const std::uint8_t* p =
                        &in.rgba[(static_cast<std::size_t>(sy) * in.width + sx) * 4];
                    for (int ch = 0; ch < 4; ++ch) acc[ch] += wgt * p[ch];
                    total += wgt;
                }
            std::uint8_t* o = &out.rgba[(static_cast<std::size_t>(y) * w + x) * 4];
            for (int ch = 0; ch < 4; ++ch)
                o[ch] = static_cast<std::uint8_t>(std::lround(acc[ch] / total));
        }
    return out;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string run(const std::string& command) {
    std::string out;
    FILE* p = popen(command.c_str(), "r");
    if (!p) return out;
    char buf[4096];
    while (std::size_t n = fread(buf, 1, sizeof buf, p)) out.append(buf, n);
    EXPECT_EQ(pclose(p), 0) << command;
    return out;
}

TEST_F(MapSheetTest, ShowsTheRecommendedPairAndEverySheetElement) {
    const print::MapSheet& s = sheet();
    EXPECT_EQ(s.municipalities.size(), 15u);
    EXPECT_EQ(s.neighbours.size(), 5u);
    ASSERT_TRUE(s.district.has_value());
    EXPECT_EQ(s.markers.size(), 8u);  // every example application has a site
    ASSERT_TRUE(s.set.has_value());
    EXPECT_EQ(s.set->kind, decision::ShownKind::Recommendation);  // no recorded choice yet
    EXPECT_EQ(s.set->nrs.size(), 2u);
    EXPECT_GT(s.set->reachedPopulation, 0);
    EXPECT_LE(s.set->reachedPopulation, s.set->totalPopulation);
    EXPECT_NEAR(s.set->totalPopulation, 275392, 1);
    EXPECT_NE(s.attribution.find("© GeoBasis-DE / BKG (2016)"), std::string::npos);
    EXPECT_EQ(s.exampleMark, "Beispieldaten (fiktiv)");
    EXPECT_NE(s.populationSource.find("Zensus 2022"), std::string::npos);
    EXPECT_EQ(s.date, "01.03.2026");
    EXPECT_EQ(s.projectName, "beispiel");
    EXPECT_NE(s.title.find("Düren"), std::string::npos);
    EXPECT_NE(s.stamp.find("Radius: 10 km"), std::string::npos);
    EXPECT_FALSE(s.symbolLegend.empty());
    // No view setting in the example: the plain municipality colours.
    EXPECT_EQ(s.theme, print::SheetTheme::Municipalities);
}

TEST_F(MapSheetTest, ExplicitEmptySetAndThemeOverride) {
    print::MapSheetOptions o;
    o.set = decision::ShownSet{};
    o.theme = print::SheetTheme::ApplicationsPerMunicipality;
    print::MapSheet s = print::mapSheetFor(project(), o);
    EXPECT_FALSE(s.set.has_value());
    EXPECT_TRUE(s.populationSource.empty());
    ASSERT_EQ(s.themeLegend.size(), 4u);
    int municipalities = 0;
    for (const print::LegendEntry& e : s.themeLegend)
        municipalities += std::stoi(e.label.substr(e.label.find('(') + 1));
    EXPECT_EQ(municipalities, 15);
    // "erreicht" without a set falls back to the plain colours.
    o.theme = print::SheetTheme::Reached;
    EXPECT_EQ(print::mapSheetFor(project(), o).theme, print::SheetTheme::Municipalities);
}

TEST_F(MapSheetTest, ThemeIsAViewSettingOfTheProject) {
    std::string copy = (kOut / "theme.gpkg").string();
    fs::copy_file(example(), copy, fs::copy_options::overwrite_existing);
    {
        project::Project p = project::Project::open(copy, {.readOnly = false, .user = "test"});
        std::size_t audit = p.auditLog().size();
        std::uint64_t revision = p.revision();
        EXPECT_FALSE(p.viewSetting("theme").has_value());
        p.setViewSetting("theme", "bewerbungen");
        EXPECT_EQ(p.viewSetting("theme"), "bewerbungen");
        // Not an edit: no audit entry, nothing to undo, no new revision.
        EXPECT_EQ(p.auditLog().size(), audit);
        EXPECT_EQ(p.revision(), revision);
        EXPECT_FALSE(p.canUndo());
    }
    project::Project readOnly = project::Project::open(copy, {.readOnly = true, .user = {}});
    EXPECT_EQ(readOnly.viewSetting("theme"), "bewerbungen");
    EXPECT_THROW(readOnly.setViewSetting("theme", "gemeinden"), std::runtime_error);
    print::MapSheetOptions o;
    o.set = decision::ShownSet{};
    EXPECT_EQ(print::mapSheetFor(readOnly, o).theme, print::SheetTheme::ApplicationsPerMunicipality);
    EXPECT_EQ(project::verifyProject(copy).problems, std::vector<std::string>{});
}

TEST_F(MapSheetTest, RecordedChoiceIsShownInsteadOfTheRecommendation) {
    std::string copy = (kOut / "choice.gpkg").string();
    fs::copy_file(example(), copy, fs::copy_options::overwrite_existing);
    const domain::Application* b7 = project().findByNr("B-07");
    const domain::Application* b8 = project().findByNr("B-08");
    ASSERT_TRUE(b7 && b8);
    std::vector<std::int64_t> ids{b7->id, b8->id};
    std::vector<std::int64_t> recommended;
    for (const std::string& nr : sheet().set->nrs) recommended.push_back(project().findByNr(nr)->id);
    std::sort(recommended.begin(), recommended.end());
    {
        project::Project p = project::Project::open(copy, {.readOnly = false, .user = "test"});
        p.apply(project::RecordChoice{ids, "Erreichbarkeit im Süden", {}});
    }
    project::Project chosen = project::Project::open(copy, {.readOnly = true, .user = {}});
    print::MapSheet s = print::mapSheetFor(chosen, {});
    ASSERT_TRUE(s.set.has_value());
    EXPECT_EQ(s.set->kind, decision::ShownKind::Choice);
    EXPECT_EQ(s.set->nrs, (std::vector<std::string>{"B-07", "B-08"}));
    // The chosen sites are now "ausgewählt": their symbol is in the legend.
    bool selectedInLegend = false;
    for (const print::LegendEntry& e : s.symbolLegend)
        selectedInLegend = selectedInLegend || e.shape == map::MarkerShape::TriangleUp;
    EXPECT_TRUE(selectedInLegend);
}

TEST_F(MapSheetTest, ThemeNames) {
    for (auto t : {print::SheetTheme::Municipalities, print::SheetTheme::ApplicationsPerMunicipality,
                   print::SheetTheme::Reached})
        EXPECT_EQ(print::parseSheetTheme(print::sheetThemeName(t)), t);
    EXPECT_THROW(print::parseSheetTheme("karte"), std::invalid_argument);
}

TEST_F(MapSheetTest, Golden1600x1000) {
    checkGolden("sheet-1600x1000", render(sheet(), 1600, 1000, "sheet-1600x1000"));
}
TEST_F(MapSheetTest, Golden2400x1500) {
    checkGolden("sheet-2400x1500", render(sheet(), 2400, 1500, "sheet-2400x1500"));
}
TEST_F(MapSheetTest, Golden1600x1000TextScale15) {
    checkGolden("sheet-1600x1000-text1.5",
                render(largeText(), 1600, 1000, "sheet-1600x1000-text1.5"));
}
TEST_F(MapSheetTest, Golden2400x1500TextScale15) {
    checkGolden("sheet-2400x1500-text1.5",
                render(largeText(), 2400, 1500, "sheet-2400x1500-text1.5"));
}

TEST_F(MapSheetTest, LargerSheetDownsampledMatchesTheSmallerOne) {
    for (const print::MapSheet* s : {&sheet(), &largeText()}) {
        // Both brought to 400 × 250: same layout, only the resolution differs. Cairo 1.16
        // puts glyphs on whole output pixels and anti-aliases edges at other sub-pixel
        // positions; at a quarter of the small sheet those differences vanish, while a label
        // or symbol moved by a few pixels, a line of another width or a missing element stays.
        map::Image small = downsample(render(*s, 1600, 1000, "scale-small"), 400, 250);
        map::Image large = downsample(render(*s, 2400, 1500, "scale-large"), 400, 250);
        Comparison c = compare(small, large, 48);
        std::printf("downsampled: %.4f %% of pixels differ by more than 48, max %d\n",
                    100 * c.differingShare, c.maxDelta);
        if (c.differingShare > 0.001) testing_images::writeFailure(kGoldenOut, "downsampled", large, c);
        EXPECT_LT(c.differingShare, 0.001) << "max channel delta " << c.maxDelta;
    }
}

TEST_F(MapSheetTest, SvgIsWellFormedWithRealText) {
    std::string path = (kOut / "sheet.svg").string();
    print::writeMapSheet(sheet(), path, 842, 595, true);
    run("xmllint --noout '" + path + "' 2>&1");
    std::string svg = readFile(path);
    for (const char* expected : {"<text", "Düren", "Jülich", "Nideggen", "Kreuzau",
                                 "© GeoBasis-DE / BKG (2016)", "Beispieldaten (fiktiv)",
                                 "Orte der Begegnung"})
        EXPECT_NE(svg.find(expected), std::string::npos) << expected;
}

TEST_F(MapSheetTest, PdfHasSelectableText) {
    std::string path = (kOut / "sheet.pdf").string();
    print::writeMapSheet(sheet(), path, 842, 595, true);
    std::string text = run("pdftotext -raw '" + path + "' -");
    for (const char* expected : {"Orte der Begegnung", "Jülich", "Nideggen", "Kreuzau",
                                 "GeoBasis-DE / BKG (2016)", "Beispieldaten (fiktiv)",
                                 "Zensus 2022", "01.03.2026"})
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

TEST_F(MapSheetTest, MapOnlyHasTheAttribution) {
    std::string path = (kOut / "map.svg").string();
    print::writeMapSheet(sheet(), path, 1200, 800, false);
    std::string svg = readFile(path);
    EXPECT_NE(svg.find("© GeoBasis-DE / BKG (2016)"), std::string::npos);
    EXPECT_EQ(svg.find("Legende"), std::string::npos);
}

TEST_F(MapSheetTest, UnknownFormatIsRefusedNamingTheFile) {
    std::string path = (kOut / "karte.tiff").string();
    try {
        print::writeMapSheet(sheet(), path, 100, 100, true);
        FAIL() << "no exception";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("karte.tiff"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(fs::exists(path));
}

}  // namespace

namespace {

map::Image filled(int w, int h, std::uint8_t alpha) {
    map::Image img;
    img.width = w;
    img.height = h;
    img.rgba.assign(static_cast<std::size_t>(w) * h * 4, 255);
    for (std::size_t i = 3; i < img.rgba.size(); i += 4) img.rgba[i] = alpha;
    return img;
}

}  // namespace

TEST_F(MapSheetTest, SetOverlayOnOpaqueAndTranslucentPicturesAgrees) {
    // Snapshots are opaque and drawn on in place; anything else is composited. Both paths must
    // give the same picture, and the overlay must really be there.
    ASSERT_TRUE(sheet().set);
    const int w = 800, h = 500;
    geo::Viewport view = geo::Viewport::fit(sheet().extent, w, h, 20);
    map::Image opaque = filled(w, h, 255), translucent = filled(w, h, 254);
    print::drawSetOverlay(opaque, view, 1.0, sheet());
    print::drawSetOverlay(translucent, view, 1.0, sheet());
    std::size_t changed = 0;
    int worst = 0;
    for (std::size_t i = 0; i < opaque.rgba.size(); i += 4) {
        EXPECT_EQ(opaque.rgba[i + 3], 255);
        bool white = opaque.rgba[i] == 255 && opaque.rgba[i + 1] == 255 && opaque.rgba[i + 2] == 255;
        if (!white) ++changed;
        for (int c = 0; c < 3; ++c)
            worst = std::max(worst, std::abs(int(opaque.rgba[i + c]) - int(translucent.rgba[i + c])));
    }
    EXPECT_GT(changed, 2000u) << "rings, line and labels of the set";
    EXPECT_LT(changed, static_cast<std::size_t>(w) * h / 2) << "the overlay does not cover the map";
    EXPECT_LE(worst, 3) << "both paths blend alike";
    // The ring colour (dark green) somewhere, in the right channel order.
    bool green = false;
    for (std::size_t i = 0; i < opaque.rgba.size() && !green; i += 4)
        green = opaque.rgba[i + 1] > opaque.rgba[i] + 40 && opaque.rgba[i + 1] > opaque.rgba[i + 2] + 20;
    EXPECT_TRUE(green);
}

namespace {

// The number after `prefix` in `text` ("Maßstab 1:430.000" -> 430000), -1 when absent.
// Group separators ('.' in German, ',' in English) are skipped.
long long numberAfter(const std::string& text, const std::string& prefix) {
    auto at = text.find(prefix);
    if (at == std::string::npos) return -1;
    long long n = 0;
    bool any = false;
    for (std::size_t i = at + prefix.size(); i < text.size(); ++i) {
        char c = text[i];
        if (c >= '0' && c <= '9') {
            n = 10 * n + (c - '0');
            any = true;
        } else if (c != '.' && c != ',') {
            break;
        }
    }
    return any ? n : -1;
}

}  // namespace

TEST_F(MapSheetTest, A4LandscapeAt300DpiIs3508x2480AndSaysSo) {
    const std::string path = (kOut / "a4-quer-300.png").string();
    geo::Vec2 size =
        print::writeMapSheetOnPaper(sheet(), path, *print::findPaperSize("A4-quer"), 300, true);
    EXPECT_EQ(size.x, 3508);
    EXPECT_EQ(size.y, 2480);
    map::Image img = map::readPng(path);
    EXPECT_EQ(img.width, 3508);
    EXPECT_EQ(img.height, 2480);
    auto ppm = map::readPngPixelsPerMetre(path);
    ASSERT_TRUE(ppm);
    EXPECT_EQ(ppm->first, 11811u);
    EXPECT_EQ(ppm->second, 11811u);
    // A screen-size sheet says 96 dpi.
    const std::string screen = (kOut / "screen.png").string();
    print::writeMapSheet(sheet(), screen, 400, 250, true);
    ppm = map::readPngPixelsPerMetre(screen);
    ASSERT_TRUE(ppm);
    EXPECT_EQ(ppm->first, 3780u);
}

TEST_F(MapSheetTest, SheetShowsItsPrintedScaleAndReferenceSystem) {
    EXPECT_EQ(sheet().referenceSystem, "ETRS89 / UTM zone 32N");
    auto scaleOn = [&](const char* paper, const std::string& name) {
        const std::string path = (kOut / name).string();
        print::writeMapSheetOnPaper(sheet(), path, *print::findPaperSize(paper), 300, true);
        return readFile(path);
    };
    const std::string a4 = scaleOn("A4-quer", "a4-quer.svg");
    EXPECT_NE(a4.find("Bezugssystem: ETRS89 / UTM zone 32N"), std::string::npos);
    const long long d4 = numberAfter(a4, "Maßstab 1:");
    ASSERT_GT(d4, 0) << "no numeric scale on the sheet";
    // Two significant digits: 430.000, not 425.197.
    long long rest = d4;
    while (rest >= 100) {
        EXPECT_EQ(rest % 10, 0) << d4;
        rest /= 10;
    }
    // Checked against the paper, not against the drawing code: the district's extent printed
    // at 1:d4 fits on A4 landscape (297 × 210 mm) and fills a good part of it.
    const double printedW = sheet().extent.width() / static_cast<double>(d4) * 1000;
    const double printedH = sheet().extent.height() / static_cast<double>(d4) * 1000;
    std::printf("A4 landscape: 1:%lld, extent printed %.0f x %.0f mm\n", d4, printedW, printedH);
    EXPECT_LT(printedW, 297 * 1.05);
    EXPECT_LT(printedH, 210 * 1.05);
    EXPECT_GT(std::max(printedW / 297, printedH / 210), 0.5);
    // A3 is √2 times A4 across: the denominator shrinks by about 1/√2 (both rounded).
    const long long d3 = numberAfter(scaleOn("A3-quer", "a3-quer.svg"), "Maßstab 1:");
    ASSERT_GT(d3, 0);
    EXPECT_NEAR(static_cast<double>(d3) / static_cast<double>(d4), 1 / std::sqrt(2.0), 0.08)
        << d3 << " / " << d4;
    // The PDF at the same paper size shows the same number, as selectable text.
    const std::string pdf = (kOut / "a4-quer.pdf").string();
    print::writeMapSheetOnPaper(sheet(), pdf, *print::findPaperSize("A4-quer"), 300, true);
    const std::string text = run("pdftotext -raw '" + pdf + "' -");
    EXPECT_EQ(numberAfter(text, "Maßstab 1:"), d4) << text;
    EXPECT_NE(text.find("ETRS89 / UTM zone 32N"), std::string::npos) << text;
    const std::string pages = run("pdfinfo '" + pdf + "'");
    EXPECT_NE(pages.find("841.89 x 595.276 pts"), std::string::npos) << pages;
}

TEST_F(MapSheetTest, ScaleAndReferenceSystemInEnglish) {
    i18n::setLanguage(i18n::Lang::En);
    const std::string path = (kOut / "a4-en.svg").string();
    print::writeMapSheetOnPaper(sheet(), path, *print::findPaperSize("A4-quer"), 300, true);
    i18n::setLanguage(i18n::Lang::De);
    const std::string svg = readFile(path);
    EXPECT_NE(svg.find("Coordinate reference system: ETRS89 / UTM zone 32N"), std::string::npos);
    const auto at = svg.find("Scale 1:");
    ASSERT_NE(at, std::string::npos);
    // English groups with commas: "Scale 1:430,000".
    const std::string number = svg.substr(at + 8, svg.find('<', at) - at - 8);
    EXPECT_NE(number.find(','), std::string::npos) << number;
    EXPECT_EQ(number.find('.'), std::string::npos) << number;
}

