// Paper presets and the printed scale's arithmetic (print/paper.hpp), and the resolution a
// PNG carries (pHYs) through map::writePng.

#include <gtest/gtest.h>

#include <filesystem>
#include <unistd.h>

#include "app/map/image.hpp"
#include "app/print/paper.hpp"

namespace {

namespace fs = std::filesystem;

TEST(PaperSizes, PixelsAtBothResolutions) {
    auto a4 = print::findPaperSize("A4-quer");
    ASSERT_TRUE(a4);
    EXPECT_EQ(print::paperPixels(a4->widthMm, 300), 3508);
    EXPECT_EQ(print::paperPixels(a4->heightMm, 300), 2480);
    EXPECT_EQ(print::paperPixels(a4->widthMm, 150), 1754);
    EXPECT_EQ(print::paperPixels(a4->heightMm, 150), 1240);
    auto a3 = print::findPaperSize("a3-hoch");  // any case
    ASSERT_TRUE(a3);
    EXPECT_EQ(print::paperPixels(a3->widthMm, 300), 3508);
    EXPECT_EQ(print::paperPixels(a3->heightMm, 300), 4961);
    // PDF/SVG pages in points, as cairo's and pdfinfo's A4 (595.28 x 841.89).
    auto hoch = print::findPaperSize("A4-hoch");
    ASSERT_TRUE(hoch);
    EXPECT_NEAR(print::paperPoints(hoch->widthMm), 595.276, 1e-3);
    EXPECT_NEAR(print::paperPoints(hoch->heightMm), 841.890, 1e-3);
    EXPECT_FALSE(print::findPaperSize("A5-quer"));
    EXPECT_FALSE(print::findPaperSize(""));
    EXPECT_EQ(print::paperSizeNames(), "A4-quer, A4-hoch, A3-quer, A3-hoch");
}

TEST(PaperSizes, PixelsPerMetre) {
    EXPECT_EQ(print::pixelsPerMetre(300), 11811u);
    EXPECT_EQ(print::pixelsPerMetre(150), 5906u);
    EXPECT_EQ(print::pixelsPerMetre(96), 3780u);
}

TEST(PrintedScale, FromMetresPerUnitAndMillimetresPerUnit) {
    // 150 m of ground per point: a point is 0.352778 mm, so 1 mm shows 425.197 m.
    EXPECT_NEAR(print::scaleDenominator(150, print::kMmPerPoint), 425196.85, 0.01);
    // 1000 m per pixel at 96 dpi: a pixel is 0.264583 mm.
    EXPECT_NEAR(print::scaleDenominator(1000, 25.4 / 96), 3779527.56, 0.01);
    // The same ground on the same paper at 150 and 300 dpi: the same scale.
    EXPECT_NEAR(print::scaleDenominator(40, 25.4 / 300), print::scaleDenominator(80, 25.4 / 150),
                1e-6);
}

TEST(PrintedScale, RoundedToTwoSignificantDigits) {
    EXPECT_EQ(print::roundedScaleDenominator(148734), 150000);
    EXPECT_EQ(print::roundedScaleDenominator(144999), 140000);
    EXPECT_EQ(print::roundedScaleDenominator(425196.85), 430000);
    EXPECT_EQ(print::roundedScaleDenominator(3779527.56), 3800000);
    EXPECT_EQ(print::roundedScaleDenominator(1234), 1200);
    EXPECT_EQ(print::roundedScaleDenominator(96), 96);
    EXPECT_EQ(print::roundedScaleDenominator(99999), 100000);
    EXPECT_EQ(print::roundedScaleDenominator(0.5), 1);
    EXPECT_EQ(print::roundedScaleDenominator(-3), 1);
}

class PngResolution : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("bk-png-dpi-" + std::to_string(getpid()));
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }
    static map::Image white(int w, int h) {
        map::Image img;
        img.width = w;
        img.height = h;
        img.rgba.assign(static_cast<std::size_t>(w) * h * 4, 255);
        return img;
    }

  private:
    fs::path dir_;
};

TEST_F(PngResolution, ScreenPicturesSay96Dpi) {
    map::writePng(white(8, 6), path("screen.png"));
    auto ppm = map::readPngPixelsPerMetre(path("screen.png"));
    ASSERT_TRUE(ppm);
    EXPECT_EQ(ppm->first, 3780u);
    EXPECT_EQ(ppm->second, 3780u);
    EXPECT_NEAR(map::readPng(path("screen.png")).dpi, 96.0, 0.02);  // 3780 px/m is 96.012 dpi
}

TEST_F(PngResolution, PaperPicturesSayTheirDpi) {
    map::Image img = white(8, 6);
    img.dpi = 300;
    map::writePng(img, path("paper.png"), {{"Title", "x"}}, 6);
    auto ppm = map::readPngPixelsPerMetre(path("paper.png"));
    ASSERT_TRUE(ppm);
    EXPECT_EQ(ppm->first, 11811u);
    EXPECT_EQ(ppm->second, 11811u);
    map::Image back = map::readPng(path("paper.png"));
    EXPECT_NEAR(back.dpi, 300.0, 0.01);
    EXPECT_EQ(back.rgba, img.rgba);
}

TEST_F(PngResolution, NoneWhenUnknown) {
    map::Image img = white(4, 4);
    img.dpi = 0;
    map::writePng(img, path("none.png"));
    EXPECT_FALSE(map::readPngPixelsPerMetre(path("none.png")));
    EXPECT_EQ(map::readPng(path("none.png")).dpi, 0.0);
}

}  // namespace
