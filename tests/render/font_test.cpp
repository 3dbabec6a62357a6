#include "app/render/font.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

using render::decodeUtf8;
using render::findFontFile;
using render::Glyph;
using render::layoutText;
using render::SdfFont;
using render::TextLayout;

// Rasterising takes a moment; every test shares one regular font at the default 48 px.
class SdfFontTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        font_ = std::make_unique<SdfFont>(SdfFont::load(findFontFile("DejaVu Sans", false)));
    }
    static void TearDownTestSuite() { font_.reset(); }
    static const SdfFont& font() { return *font_; }

  private:
    static inline std::unique_ptr<SdfFont> font_;
};

TEST(FindFontFile, FindsDejaVuSansRegularAndBold) {
    std::string regular = findFontFile("DejaVu Sans", false);
    std::string bold = findFontFile("DejaVu Sans", true);
    EXPECT_TRUE(std::filesystem::is_regular_file(regular)) << regular;
    EXPECT_TRUE(std::filesystem::is_regular_file(bold)) << bold;
    EXPECT_NE(regular, bold);
    EXPECT_EQ(std::filesystem::path(regular).filename(), "DejaVuSans.ttf");
    EXPECT_EQ(std::filesystem::path(bold).filename(), "DejaVuSans-Bold.ttf");
}

TEST(DecodeUtf8, DecodesGermanTextAndEuro) {
    EXPECT_EQ(decodeUtf8("Düren ß €"),
              (std::u32string{U'D', 0xFC, U'r', U'e', U'n', U' ', 0xDF, U' ', 0x20AC}));
    EXPECT_EQ(decodeUtf8(""), std::u32string());
    EXPECT_EQ(decodeUtf8("\xF0\x9F\x97\xBA"), std::u32string(1, 0x1F5FA));  // 4-byte form
}

TEST(DecodeUtf8, InvalidBytesBecomeReplacementCharacter) {
    constexpr char32_t r = 0xFFFD;
    // Lone continuation byte and a byte that never occurs in UTF-8.
    EXPECT_EQ(decodeUtf8("a\x80z"), (std::u32string{U'a', r, U'z'}));
    EXPECT_EQ(decodeUtf8("\xFF"), std::u32string(1, r));
    // Latin-1 "Düren" (a lone 0xFC) keeps the letters after it.
    EXPECT_EQ(decodeUtf8("D\xFCren"), (std::u32string{U'D', r, U'r', U'e', U'n'}));
    // Truncated sequence at the end and before an ASCII byte.
    EXPECT_EQ(decodeUtf8("\xE2\x82"), std::u32string(1, r));
    EXPECT_EQ(decodeUtf8("\xE2\x82x"), (std::u32string{r, U'x'}));
    // Overlong '/' and an encoded surrogate U+D800.
    EXPECT_EQ(decodeUtf8("\xC0\xAF"), (std::u32string{r, r}));
    EXPECT_EQ(decodeUtf8("\xED\xA0\x80"), (std::u32string{r, r, r}));
}

TEST_F(SdfFontTest, AtlasIsFilledPowerOfTwoWide) {
    const SdfFont& f = font();
    int w = f.atlasWidth(), h = f.atlasHeight();
    EXPECT_GT(w, 0);
    EXPECT_GT(h, 0);
    EXPECT_LE(w, 2048);
    EXPECT_LE(h, 2048);
    EXPECT_EQ(w & (w - 1), 0) << "width " << w << " is not a power of two";
    ASSERT_EQ(f.atlas().size(), static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    std::size_t inside = 0;
    for (std::uint8_t v : f.atlas()) inside += v > 128;
    EXPECT_GT(inside, 1000u);
    EXPECT_FLOAT_EQ(f.basePx(), 48.f);
    EXPECT_EQ(f.spreadPx(), 8);
    EXPECT_NEAR(f.ascent() - f.descent(), 48.f, 1e-3f);
    EXPECT_GT(f.ascent(), 0.f);
    EXPECT_LT(f.descent(), 0.f);
}

TEST_F(SdfFontTest, HasOwnGlyphForEveryCharOfTheLabelsAndAttribution) {
    const SdfFont& f = font();
    const Glyph* question = f.glyph(U'?');
    ASSERT_NE(question, nullptr);
    for (char32_t c :
         decodeUtf8("Düren Jülich Nörvenich Vettweiß Hürtgenwald © 2016 GeoBasis-DE / BKG")) {
        EXPECT_TRUE(f.hasGlyph(c)) << "U+" << std::hex << static_cast<std::uint32_t>(c);
        EXPECT_NE(f.glyph(c), question) << "U+" << std::hex << static_cast<std::uint32_t>(c);
    }
    for (char32_t c : {U'€', U'–', U'„', U'“', U'…', U'−', U'×', U'²', U'°'})
        EXPECT_TRUE(f.hasGlyph(c)) << "U+" << std::hex << static_cast<std::uint32_t>(c);
}

TEST_F(SdfFontTest, MissingCodepointFallsBackToQuestionMark) {
    const SdfFont& f = font();
    EXPECT_FALSE(f.hasGlyph(0x4E2D));  // a CJK character outside the atlas
    EXPECT_EQ(f.glyph(0x4E2D), f.glyph(U'?'));
    EXPECT_NE(f.glyph(U'a'), f.glyph(U'?'));
}

TEST_F(SdfFontTest, GlyphTexcoordsLieInUnitSquareAndDoNotOverlap) {
    const SdfFont& f = font();
    const auto w = static_cast<float>(f.atlasWidth()), h = static_cast<float>(f.atlasHeight());
    std::vector<const Glyph*> inked;
    for (char32_t c = 0x20; c <= 0xFF; ++c) {
        if (!f.hasGlyph(c)) continue;
        const Glyph* g = f.glyph(c);
        if (g->empty()) continue;
        EXPECT_GE(g->u0, 0.f);
        EXPECT_GE(g->v0, 0.f);
        EXPECT_LE(g->u1, 1.f);
        EXPECT_LE(g->v1, 1.f);
        EXPECT_LT(g->u0, g->u1);
        EXPECT_LT(g->v0, g->v1);
        // One texel per pixel at basePx, so the quad maps the SDF without resampling.
        EXPECT_NEAR((g->u1 - g->u0) * w, g->x1 - g->x0, 1e-3f);
        EXPECT_NEAR((g->v1 - g->v0) * h, g->y1 - g->y0, 1e-3f);
        inked.push_back(g);
    }
    ASSERT_GT(inked.size(), 180u);
    for (std::size_t i = 0; i < inked.size(); ++i) {
        for (std::size_t j = i + 1; j < inked.size(); ++j) {
            const Glyph& a = *inked[i];
            const Glyph& b = *inked[j];
            bool apart = a.u1 <= b.u0 || b.u1 <= a.u0 || a.v1 <= b.v0 || b.v1 <= a.v0;
            EXPECT_TRUE(apart) << "glyphs " << i << " and " << j << " overlap";
        }
    }
}

TEST_F(SdfFontTest, SpaceHasAdvanceButNoQuad) {
    const Glyph* space = font().glyph(U' ');
    ASSERT_NE(space, nullptr);
    EXPECT_TRUE(space->empty());
    EXPECT_GT(space->advance, 5.f);
    TextLayout t = layoutText(font(), "a b", 48.f);
    EXPECT_EQ(t.quads.size(), 2u);
}

TEST_F(SdfFontTest, SdfIsInsideAtGlyphCentreAndOutsideAtAtlasCorner) {
    const SdfFont& f = font();
    const Glyph* l = f.glyph(U'l');
    ASSERT_FALSE(l->empty());
    auto x = static_cast<int>(0.5f * (l->u0 + l->u1) * static_cast<float>(f.atlasWidth()));
    auto y = static_cast<int>(0.5f * (l->v0 + l->v1) * static_cast<float>(f.atlasHeight()));
    auto at = [&](int px, int py) {
        return f.atlas()[static_cast<std::size_t>(py) * static_cast<std::size_t>(f.atlasWidth()) +
                         static_cast<std::size_t>(px)];
    };
    EXPECT_GT(at(x, y), 128);
    EXPECT_LT(at(0, 0), 128);
    EXPECT_LT(at(f.atlasWidth() - 1, f.atlasHeight() - 1), 128);
    // The padding edge of a glyph's box is spreadPx outside its outline: fully outside.
    auto left = static_cast<int>(l->u0 * static_cast<float>(f.atlasWidth()));
    EXPECT_EQ(at(left, y), 0);
}

TEST_F(SdfFontTest, LayoutScalesLinearlyWithSize) {
    TextLayout small = layoutText(font(), "Düren", 24.f);
    TextLayout large = layoutText(font(), "Düren", 48.f);
    ASSERT_EQ(small.quads.size(), 5u);
    ASSERT_EQ(large.quads.size(), 5u);
    EXPECT_GT(large.width, 100.f);
    EXPECT_NEAR(large.height, 48.f, 1e-3f);
    EXPECT_NEAR(small.width / large.width, 0.5f, 1e-3f * 0.5f);
    EXPECT_NEAR(small.height / large.height, 0.5f, 1e-3f * 0.5f);
    EXPECT_NEAR(small.baseline / large.baseline, 0.5f, 1e-3f * 0.5f);
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_NEAR(small.quads[i].x1, 0.5f * large.quads[i].x1, 1e-3f);
        EXPECT_NEAR(small.quads[i].y1, 0.5f * large.quads[i].y1, 1e-3f);
        EXPECT_FLOAT_EQ(small.quads[i].u0, large.quads[i].u0);
    }
}

TEST_F(SdfFontTest, LayoutPlacesGlyphsLeftToRightOnTheBaseline) {
    TextLayout t = layoutText(font(), "Düren", 48.f);
    EXPECT_NEAR(t.baseline, font().ascent(), 1e-3f);
    for (std::size_t i = 1; i < t.quads.size(); ++i) EXPECT_GT(t.quads[i].x0, t.quads[i - 1].x0);
    // 'D' sits on the baseline: its ink bottom is spreadPx above its quad bottom.
    EXPECT_NEAR(t.quads[0].y1 - 8.f, t.baseline, 1.5f);
    // The umlaut dots reach above the top of 'r'.
    EXPECT_LT(t.quads[1].y0, t.quads[2].y0);
}

TEST_F(SdfFontTest, NarrowLettersGiveNarrowerText) {
    EXPECT_LT(layoutText(font(), "ii", 32.f).width, layoutText(font(), "WW", 32.f).width);
}

TEST_F(SdfFontTest, KerningIsAppliedToTheWidth) {
    const SdfFont& f = font();
    float kern = f.kerning(U'A', U'V');
    EXPECT_LT(kern, 0.f);
    TextLayout pair = layoutText(f, "AV", 48.f);
    EXPECT_NEAR(pair.width, f.glyph(U'A')->advance + f.glyph(U'V')->advance + kern, 1e-3f);
    EXPECT_EQ(f.kerning(U'A', 0x4E2D), f.kerning(U'A', U'?'));
}

TEST_F(SdfFontTest, EmptyTextHasNoQuadsAndZeroWidth) {
    TextLayout t = layoutText(font(), "", 32.f);
    EXPECT_TRUE(t.quads.empty());
    EXPECT_EQ(t.width, 0.f);
    EXPECT_NEAR(t.height, 32.f, 1e-3f);
}

TEST_F(SdfFontTest, UnknownCharactersAreDrawnAsQuestionMark) {
    TextLayout t = layoutText(font(), "\xFF", 48.f);  // invalid UTF-8 -> U+FFFD -> '?'
    TextLayout q = layoutText(font(), "?", 48.f);
    ASSERT_EQ(t.quads.size(), 1u);
    ASSERT_EQ(q.quads.size(), 1u);
    EXPECT_FLOAT_EQ(t.quads[0].u0, q.quads[0].u0);
    EXPECT_FLOAT_EQ(t.width, q.width);
}

TEST(SdfFontLoad, BoldIsWiderThanRegularAtSmallBase) {
    SdfFont regular = SdfFont::load(findFontFile("DejaVu Sans", false), 16.f, 4);
    SdfFont bold = SdfFont::load(findFontFile("DejaVu Sans", true), 16.f, 4);
    EXPECT_EQ(regular.spreadPx(), 4);
    EXPECT_LT(regular.atlasWidth(), 2048);
    EXPECT_GT(layoutText(bold, "Vettweiß", 16.f).width,
              layoutText(regular, "Vettweiß", 16.f).width);
}

TEST(SdfFontLoad, MissingFileThrowsNamingIt) {
    const std::string path = "/nonexistent/Begegnungskarte-font.ttf";
    try {
        SdfFont::load(path);
        FAIL() << "expected std::runtime_error";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    }
}

TEST(SdfFontLoad, NonFontFileThrowsNamingIt) {
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / "bk_font_test_not_a_font.ttf";
    {
        std::ofstream out(path, std::ios::binary);
        out << "Gemeinde;Einwohner\nDüren;93000\nVettweiß;9000\n";
    }
    try {
        SdfFont::load(path.string());
        FAIL() << "expected std::runtime_error";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
    }
    std::filesystem::remove(path);
}

// The cache of built atlases (SdfFont::loadCached): what is read back is the font load()
// builds, byte for byte; a damaged or foreign file is never taken for it.
void expectSameFont(const SdfFont& a, const SdfFont& b) {
    EXPECT_EQ(a.atlas(), b.atlas());
    EXPECT_EQ(a.atlasWidth(), b.atlasWidth());
    EXPECT_EQ(a.atlasHeight(), b.atlasHeight());
    EXPECT_EQ(a.basePx(), b.basePx());
    EXPECT_EQ(a.spreadPx(), b.spreadPx());
    EXPECT_EQ(a.ascent(), b.ascent());
    EXPECT_EQ(a.descent(), b.descent());
    for (char32_t c : std::u32string(U"Düren Vettweiß Nörvenich © € ?AVTo")) {
        ASSERT_EQ(a.hasGlyph(c), b.hasGlyph(c));
        const Glyph* ga = a.glyph(c);
        const Glyph* gb = b.glyph(c);
        EXPECT_EQ(ga->u0, gb->u0);
        EXPECT_EQ(ga->v1, gb->v1);
        EXPECT_EQ(ga->x0, gb->x0);
        EXPECT_EQ(ga->y1, gb->y1);
        EXPECT_EQ(ga->advance, gb->advance);
    }
    EXPECT_NE(a.kerning(U'A', U'V'), 0.f);
    EXPECT_EQ(a.kerning(U'A', U'V'), b.kerning(U'A', U'V'));
    EXPECT_EQ(a.kerning(U'T', U'o'), b.kerning(U'T', U'o'));
}

class SdfFontCache : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("bk_font_cache_" + std::to_string(::getpid()));
        std::filesystem::remove_all(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }
    std::vector<std::filesystem::path> files() const {
        std::vector<std::filesystem::path> out;
        if (std::filesystem::exists(dir_))
            for (const auto& e : std::filesystem::directory_iterator(dir_)) out.push_back(e.path());
        return out;
    }
    std::filesystem::path dir_;
};

TEST_F(SdfFontCache, SecondLoadReadsTheSameFontFromOneFile) {
    const std::string ttf = findFontFile("DejaVu Sans", false);
    SdfFont built = SdfFont::load(ttf, 20.f, 4);
    SdfFont first = SdfFont::loadCached(ttf, 20.f, 4, dir_.string());
    ASSERT_EQ(files().size(), 1u);
    const auto written = std::filesystem::last_write_time(files()[0]);
    SdfFont second = SdfFont::loadCached(ttf, 20.f, 4, dir_.string());
    expectSameFont(built, first);
    expectSameFont(built, second);
    ASSERT_EQ(files().size(), 1u);
    EXPECT_EQ(std::filesystem::last_write_time(files()[0]), written) << "read, not rebuilt";
    // Other parameters are another font: a file of their own.
    SdfFont other = SdfFont::loadCached(ttf, 24.f, 4, dir_.string());
    EXPECT_EQ(files().size(), 2u);
    EXPECT_NE(other.atlas(), built.atlas());
}

TEST_F(SdfFontCache, DamagedOrForeignBytesAreRefusedAndRebuilt) {
    const std::string ttf = findFontFile("DejaVu Sans", false);
    SdfFont built = SdfFont::load(ttf, 20.f, 4);
    const std::string bytes = built.toBytes("key A");
    ASSERT_TRUE(SdfFont::fromBytes(bytes, "key A"));
    EXPECT_FALSE(SdfFont::fromBytes(bytes, "key B"));
    EXPECT_FALSE(SdfFont::fromBytes(bytes.substr(0, bytes.size() / 2), "key A"));
    EXPECT_FALSE(SdfFont::fromBytes({}, "key A"));
    for (std::size_t at : {std::size_t{3}, bytes.size() / 3, bytes.size() - 20}) {
        std::string flipped = bytes;
        flipped[at] = static_cast<char>(flipped[at] ^ 0x40);
        EXPECT_FALSE(SdfFont::fromBytes(flipped, "key A")) << "byte " << at;
    }
    // A cache file cut short (a crash before the rename cannot leave one, a full disk might)
    // is rebuilt and replaced.
    SdfFont::loadCached(ttf, 20.f, 4, dir_.string());
    ASSERT_EQ(files().size(), 1u);
    const std::filesystem::path file = files()[0];
    std::filesystem::resize_file(file, std::filesystem::file_size(file) / 2);
    SdfFont again = SdfFont::loadCached(ttf, 20.f, 4, dir_.string());
    expectSameFont(built, again);
    EXPECT_GT(std::filesystem::file_size(file), bytes.size() / 2);
}

TEST_F(SdfFontCache, WithoutAWritableFolderTheFontIsBuilt) {
    const std::string ttf = findFontFile("DejaVu Sans", false);
    // A file where the folder should be: nothing can be written, the font comes all the same.
    { std::ofstream(dir_.string()) << "not a folder"; }
    SdfFont font = SdfFont::loadCached(ttf, 20.f, 4, (dir_ / "sub").string());
    expectSameFont(SdfFont::load(ttf, 20.f, 4), font);
    std::filesystem::remove(dir_);
    SdfFont none = SdfFont::loadCached(ttf, 20.f, 4, "");
    expectSameFont(font, none);
    EXPECT_TRUE(files().empty());
}

}  // namespace
