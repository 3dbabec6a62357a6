#pragma once
// CPU side of map text: finding a system font, decoding UTF-8, rasterising a signed distance
// field (SDF) atlas with stb_truetype, and laying out one line of text into textured quads.
// There is no OpenGL here, so all of it is testable headless; the GL text renderer uploads
// atlas() as a single-channel texture and draws the quads of layoutText().
//
// Why an SDF: one atlas rasterised once at basePx serves every label size (map labels, overlay
// text, projector scale factors) and lets the shader draw a halo of any width up to the spread
// by thresholding the same texture a second time.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace render {

// Path of a TrueType/OpenType file (.ttf/.otf) for `family` in bold or regular weight, as
// fontconfig matches it. The match must cover German text and the attribution line (ä ö ü Ä Ö
// Ü ß € ©). fontconfig substitutes its nearest font for unknown families, and may return the
// regular face when the family has no bold one. If the match is not a usable TTF/OTF file, falls
// back to /usr/share/fonts/truetype/dejavu/DejaVuSans(-Bold).ttf.
// Throws std::runtime_error naming the family, weight and fallback path if neither exists.
std::string findFontFile(const std::string& family, bool bold);

// Decodes UTF-8 into code points. Each invalid or truncated sequence, overlong form, surrogate
// or value above U+10FFFF becomes one U+FFFD per maximal invalid subpart (the Unicode
// recommendation), so a broken byte never swallows the valid text after it.
std::u32string decodeUtf8(std::string_view utf8);

// One glyph of the atlas. Texture coordinates are in 0..1 with v = 0 at atlas row 0 (the
// first row of atlas(), which glTexImage2D uploads as t = 0). The quad is in pixels at basePx,
// relative to the pen position on the baseline, y pointing down; it includes the SDF padding of
// spreadPx on every side, so it is larger than the ink. The quad size equals the texcoord size
// times the atlas size exactly (one texel per pixel at basePx). Glyphs without ink (space,
// no-break space) have an empty quad and texcoords all 0, but a real advance.
struct Glyph {
    float u0 = 0, v0 = 0, u1 = 0, v1 = 0;
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float advance = 0;  // pen advance in pixels at basePx

    bool empty() const { return x1 <= x0 || y1 <= y0; }
};

// A signed-distance-field font atlas. Texel value v encodes the signed distance to the glyph
// outline as (v - 128) / 128 * spreadPx pixels at basePx, positive inside: 128 is the edge,
// 255 is spreadPx or more inside, 0 is spreadPx or more outside. At a drawing size s, a halo
// of h pixels therefore needs h * basePx / s <= spreadPx.
//
// The atlas holds ASCII U+0020–U+007E, Latin-1 U+00A0–U+00FF (umlauts, ß, ©, °, ², ³, ×) and
// € – — „ “ ” ‚ ‘ ’ • … − as far as the font has them. Other code points fall back to '?'.
// A loaded SdfFont is a plain immutable value: it keeps no handle to the font file.
class SdfFont {
  public:
    // Reads the font file and rasterises the atlas. `basePx` is the line height
    // (ascent - descent) in pixels at which the SDF is sampled; `spreadPx` is the distance in
    // pixels at basePx over which the field runs from edge to 0/255, and the padding around
    // every glyph. Throws std::runtime_error naming the file when it cannot be read, is not a
    // TrueType/OpenType font, lacks '?', or when the glyphs do not fit a 2048 × 2048 atlas.
    // Preconditions (asserted): basePx > 0, spreadPx > 0.
    static SdfFont load(const std::string& ttfPath, float basePx = 48.f, int spreadPx = 8);

    // As load(), through a cache of built atlases in `cacheDir` (one file per font file, size,
    // modification time and parameters): rasterising the ~200 distance fields takes 30–50 ms
    // of every snapshot's and every window's start, reading them back ~1 ms. A missing,
    // stale or damaged cache file is rebuilt (written beside and renamed, so two processes
    // never read half a file); an unwritable folder only costs the time. Throws as load().
    static SdfFont loadCached(const std::string& ttfPath, float basePx, int spreadPx,
                              const std::string& cacheDir);

    // The font as bytes and back, for the cache; `key` names what it was built from, and
    // fromBytes returns nullopt unless the bytes are whole and were written for that key.
    std::string toBytes(const std::string& key) const;
    static std::optional<SdfFont> fromBytes(std::string_view bytes, const std::string& key);

    // Single-channel atlas, row-major, atlasWidth() bytes per row, row 0 first. The width is a
    // power of two <= 2048; the height is the packed height (<= 2048, not a power of two).
    // Texels outside any glyph are 0. Rows need no padding: upload with GL_UNPACK_ALIGNMENT 1.
    const std::vector<std::uint8_t>& atlas() const { return atlas_; }
    int atlasWidth() const { return atlasWidth_; }
    int atlasHeight() const { return atlasHeight_; }

    float basePx() const { return basePx_; }
    int spreadPx() const { return spreadPx_; }

    // Vertical metrics in pixels at basePx: ascent above the baseline (positive), descent below
    // it (negative, stb_truetype's convention), so ascent() - descent() == basePx().
    float ascent() const { return ascent_; }
    float descent() const { return descent_; }
    float lineGap() const { return lineGap_; }

    // The glyph for `codepoint`, or the glyph of '?' when the atlas lacks it. Never null.
    const Glyph* glyph(char32_t codepoint) const;
    // Whether the atlas has a glyph of its own for `codepoint` (no fallback to '?').
    bool hasGlyph(char32_t codepoint) const { return glyphs_.count(codepoint) != 0; }
    // Extra advance in pixels at basePx to add between `left` and `right` (usually negative or
    // 0), from the font's kerning; code points missing from the atlas kern as '?'.
    float kerning(char32_t left, char32_t right) const;

  private:
    SdfFont() = default;

    std::vector<std::uint8_t> atlas_;
    int atlasWidth_ = 0;
    int atlasHeight_ = 0;
    float basePx_ = 0;
    int spreadPx_ = 0;
    float ascent_ = 0;
    float descent_ = 0;
    float lineGap_ = 0;
    std::unordered_map<char32_t, Glyph> glyphs_;
    // Non-zero kerning pairs among the atlas glyphs, key (left << 32) | right. Taken from the
    // font at load time so that no font data has to be kept alive afterwards.
    std::unordered_map<std::uint64_t, float> kerning_;
};

// One glyph quad of a laid-out line, in pixels from the top-left corner of the text box (y
// down), with its atlas texture coordinates.
// The font of the map: DejaVu Sans (found through fontconfig), its SDF sampled at 32 px with a
// 6 px spread, enough for crisp labels up to 4x that size and halos up to 1/5 of it.
// Built once per machine and kept in fontCacheDir().
SdfFont loadMapFont();

// Where built fonts are kept: $BK_CACHE_DIR, else $XDG_CACHE_HOME/begegnungskarte, else
// ~/.cache/begegnungskarte; empty (no cache) when none of them is set.
std::string fontCacheDir();

struct TextQuad {
    float x0, y0, x1, y1, u0, v0, u1, v1;
};

// A single line of text. width is the pen advance including kerning (the ink box, not the
// quads: quads reach up to spreadPx * sizePx / basePx beyond it, which is where a halo is
// drawn). height is ascent - descent and baseline the distance from the top to the baseline,
// both at the laid-out size; they are set even for empty text.
struct TextLayout {
    std::vector<TextQuad> quads;
    float width = 0;
    float height = 0;
    float baseline = 0;
};

// Lays out `utf8` (decoded with decodeUtf8) as one line at `sizePx` line height
// (ascent - descent, the same measure as basePx). Everything scales linearly with
// sizePx / basePx. Glyphs without ink (spaces) produce no quad; code points missing from the
// atlas, including control characters such as '\n', are drawn as '?'.
// Precondition (asserted): sizePx > 0.
TextLayout layoutText(const SdfFont& font, std::string_view utf8, float sizePx);

}  // namespace render
