#include "app/render/font.hpp"

#include <fontconfig/fontconfig.h>
#include <stb_truetype.h>

#include <algorithm>
#include <cassert>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <thread>

namespace render {
namespace {

// ---- fontconfig -------------------------------------------------------------------------

struct FcPatternDeleter {
    void operator()(FcPattern* p) const { FcPatternDestroy(p); }
};
struct FcCharSetDeleter {
    void operator()(FcCharSet* c) const { FcCharSetDestroy(c); }
};
using FcPatternPtr = std::unique_ptr<FcPattern, FcPatternDeleter>;
using FcCharSetPtr = std::unique_ptr<FcCharSet, FcCharSetDeleter>;

// The characters a label font must have: German place names and the attribution line.
constexpr char32_t kRequiredChars[] = {U'ä', U'ö', U'ü', U'Ä', U'Ö', U'Ü', U'ß', U'€', U'©'};

std::string lowerExtension(const std::filesystem::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

// Returns the matched file, or an empty string and the reason in `why`.
std::string matchWithFontconfig(const std::string& family, bool bold, std::string& why) {
    FcCharSetPtr required(FcCharSetCreate());
    FcPatternPtr pattern(FcPatternCreate());
    if (!required || !pattern) {
        why = "fontconfig could not allocate a pattern";
        return {};
    }
    for (char32_t c : kRequiredChars) FcCharSetAddChar(required.get(), static_cast<FcChar32>(c));
    FcPatternAddString(pattern.get(), FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcPatternAddInteger(pattern.get(), FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcPatternAddInteger(pattern.get(), FC_SLANT, FC_SLANT_ROMAN);
    FcPatternAddBool(pattern.get(), FC_SCALABLE, FcTrue);
    FcPatternAddCharSet(pattern.get(), FC_CHARSET, required.get());  // takes its own reference
    if (!FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern)) {
        why = "fontconfig could not load its configuration";
        return {};
    }
    FcDefaultSubstitute(pattern.get());

    FcResult result = FcResultNoMatch;
    FcPatternPtr match(FcFontMatch(nullptr, pattern.get(), &result));
    FcChar8* file = nullptr;
    if (!match || result != FcResultMatch ||
        FcPatternGetString(match.get(), FC_FILE, 0, &file) != FcResultMatch || !file) {
        why = "fontconfig found no match";
        return {};
    }
    std::string path(reinterpret_cast<const char*>(file));

    // FcFontMatch always returns its best candidate, even a bitmap font or one without ß; the
    // atlas needs an outline font that stb_truetype reads and that covers German text.
    std::string ext = lowerExtension(path);
    if (ext != ".ttf" && ext != ".otf") {
        why = "fontconfig matched " + path + ", which is not a .ttf/.otf file";
        return {};
    }
    FcCharSet* covered = nullptr;
    if (FcPatternGetCharSet(match.get(), FC_CHARSET, 0, &covered) != FcResultMatch ||
        !FcCharSetIsSubset(required.get(), covered)) {
        why = "fontconfig matched " + path + ", which lacks umlauts, ß, € or ©";
        return {};
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
        why = "fontconfig matched " + path + ", which does not exist";
        return {};
    }
    return path;
}

// ---- stb_truetype -----------------------------------------------------------------------

struct SdfBitmapDeleter {
    void operator()(unsigned char* p) const { stbtt_FreeSDF(p, nullptr); }
};
using SdfBitmap = std::unique_ptr<unsigned char, SdfBitmapDeleter>;

// The code points rasterised into every atlas (see the header).
std::vector<char32_t> atlasCodepoints() {
    std::vector<char32_t> cps;
    for (char32_t c = 0x20; c <= 0x7E; ++c) cps.push_back(c);
    for (char32_t c = 0xA0; c <= 0xFF; ++c) cps.push_back(c);
    for (char32_t c : {U'€', U'–', U'—', U'„', U'“', U'”', U'‚', U'‘', U'’', U'•', U'…', U'−'})
        cps.push_back(c);
    return cps;
}

std::vector<unsigned char> readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("Cannot open font file " + path);
    std::vector<unsigned char> data((std::istreambuf_iterator<char>(in)),
                                    std::istreambuf_iterator<char>());
    if (in.bad()) throw std::runtime_error("Cannot read font file " + path);
    return data;
}

// stb_truetype trusts its input; check enough of the header that a wrong or truncated file
// is reported instead of read out of bounds. Returns the offset of the first font.
int checkedFontOffset(const std::vector<unsigned char>& data, const std::string& path) {
    auto notAFont = [&](const std::string& why) {
        return std::runtime_error("Font file " + path + " is not a TrueType/OpenType font (" + why +
                                  ")");
    };
    if (data.size() < 12) throw notAFont("too short");
    int offset = stbtt_GetFontOffsetForIndex(data.data(), 0);
    if (offset < 0 || static_cast<std::size_t>(offset) + 12 > data.size())
        throw notAFont("unknown header");
    const unsigned char* dir = data.data() + offset;
    std::size_t numTables = static_cast<std::size_t>(dir[4]) << 8 | dir[5];
    if (static_cast<std::size_t>(offset) + 12 + 16 * numTables > data.size())
        throw notAFont("truncated table directory");
    return offset;
}

struct RasterGlyph {
    char32_t codepoint = 0;
    int glyphIndex = 0;
    int width = 0, height = 0, xoff = 0, yoff = 0;
    float advance = 0;
    SdfBitmap bitmap;
    int atlasX = 0, atlasY = 0;
};

constexpr int kGap = 1;  // empty texels between glyphs, so linear filtering never bleeds
constexpr int kMaxAtlas = 2048;

// Shelf packer: glyphs sorted by height fill rows left to right. Returns the packed height,
// or a value above kMaxAtlas when they do not fit. `order` is sorted tallest first.
int packShelves(std::vector<RasterGlyph>& glyphs, const std::vector<std::size_t>& order,
                int atlasWidth) {
    int x = kGap, y = kGap, shelfHeight = 0;
    for (std::size_t i : order) {
        RasterGlyph& g = glyphs[i];
        if (!g.bitmap) continue;
        if (g.width + 2 * kGap > atlasWidth) return kMaxAtlas + 1;
        if (x + g.width + kGap > atlasWidth) {
            y += shelfHeight + kGap;
            x = kGap;
            shelfHeight = 0;
        }
        g.atlasX = x;
        g.atlasY = y;
        x += g.width + kGap;
        shelfHeight = std::max(shelfHeight, g.height);
    }
    return y + shelfHeight + kGap;
}

std::uint64_t pairKey(char32_t left, char32_t right) {
    return static_cast<std::uint64_t>(left) << 32 | static_cast<std::uint64_t>(right);
}

}  // namespace

std::string findFontFile(const std::string& family, bool bold) {
    std::string why;
    std::string path = matchWithFontconfig(family, bold, why);
    if (!path.empty()) return path;

    const std::string fallback = bold ? "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
                                      : "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    std::error_code ec;
    if (std::filesystem::is_regular_file(fallback, ec)) return fallback;
    throw std::runtime_error("No font file found for family '" + family + "' (" +
                             (bold ? "bold" : "regular") + "): " + why + ", and the fallback " +
                             fallback + " does not exist. Install fonts-dejavu-core.");
}

std::u32string decodeUtf8(std::string_view s) {
    constexpr char32_t kReplacement = 0xFFFD;
    std::u32string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        auto lead = static_cast<unsigned char>(s[i]);
        if (lead < 0x80) {
            out.push_back(lead);
            ++i;
            continue;
        }
        // Table 3-7 of the Unicode standard: the allowed range of the second byte depends on
        // the lead byte; that range check rejects overlong forms, surrogates and > U+10FFFF.
        int length = 0;
        char32_t cp = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            cp = lead & 0x1Fu;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            cp = lead & 0x0Fu;
            if (lead == 0xE0) lo = 0xA0;
            if (lead == 0xED) hi = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            cp = lead & 0x07u;
            if (lead == 0xF0) lo = 0x90;
            if (lead == 0xF4) hi = 0x8F;
        } else {
            out.push_back(kReplacement);
            ++i;
            continue;
        }
        std::size_t next = i + 1;
        bool valid = true;
        for (int k = 1; k < length; ++k, ++next) {
            if (next >= s.size()) {
                valid = false;
                break;
            }
            auto b = static_cast<unsigned char>(s[next]);
            if (b < lo || b > hi) {
                valid = false;  // the offending byte starts the next sequence
                break;
            }
            cp = cp << 6 | (b & 0x3Fu);
            lo = 0x80;
            hi = 0xBF;
        }
        out.push_back(valid ? cp : kReplacement);
        i = next;
    }
    return out;
}

SdfFont SdfFont::load(const std::string& ttfPath, float basePx, int spreadPx) {
    assert(basePx > 0 && spreadPx > 0);
    std::vector<unsigned char> data = readFile(ttfPath);
    int offset = checkedFontOffset(data, ttfPath);
    stbtt_fontinfo info;
    if (!stbtt_InitFont(&info, data.data(), offset))
        throw std::runtime_error("Font file " + ttfPath +
                                 " is not a TrueType/OpenType font (missing required tables)");
    if (stbtt_FindGlyphIndex(&info, '?') == 0)
        throw std::runtime_error("Font file " + ttfPath + " has no '?' glyph");

    SdfFont font;
    font.basePx_ = basePx;
    font.spreadPx_ = spreadPx;
    // basePx is the line height ascent - descent, so sizes compare across fonts by the box
    // the label occupies rather than by the em, which fonts fill very differently.
    const float scale = stbtt_ScaleForPixelHeight(&info, basePx);
    int ascent = 0, descent = 0, lineGap = 0;
    stbtt_GetFontVMetrics(&info, &ascent, &descent, &lineGap);
    font.ascent_ = static_cast<float>(ascent) * scale;
    font.descent_ = static_cast<float>(descent) * scale;
    font.lineGap_ = static_cast<float>(lineGap) * scale;

    // Rasterise. onedge 128 and 128 / spreadPx per pixel make the field span 0..255 over
    // ±spreadPx around the outline; the padding of spreadPx holds the outer half of it.
    const auto onEdge = static_cast<unsigned char>(128);
    const float distScale = 128.f / static_cast<float>(spreadPx);
    // The SDF of each glyph is independent: rasterise them on all cores (stb_truetype keeps
    // no global state), which is most of the load time.
    std::vector<RasterGlyph> glyphs;
    for (char32_t cp : atlasCodepoints()) {
        int index = stbtt_FindGlyphIndex(&info, static_cast<int>(cp));
        if (index == 0) continue;  // not in this font: falls back to '?'
        RasterGlyph g;
        g.codepoint = cp;
        g.glyphIndex = index;
        int advance = 0, leftBearing = 0;
        stbtt_GetGlyphHMetrics(&info, index, &advance, &leftBearing);
        g.advance = static_cast<float>(advance) * scale;
        glyphs.push_back(std::move(g));
    }
    auto rasterise = [&](std::size_t first, std::size_t step) {
        for (std::size_t i = first; i < glyphs.size(); i += step) {
            RasterGlyph& g = glyphs[i];
            // Null for glyphs without outline (space); they keep their advance.
            g.bitmap.reset(stbtt_GetGlyphSDF(&info, scale, g.glyphIndex, spreadPx, onEdge,
                                             distScale, &g.width, &g.height, &g.xoff, &g.yoff));
        }
    };
    std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8);
    std::vector<std::thread> workers;
    for (std::size_t t = 1; t < threads; ++t) workers.emplace_back(rasterise, t, threads);
    rasterise(0, threads);
    for (std::thread& w : workers) w.join();

    // Pack into the narrowest power-of-two width whose packed height is not larger than it,
    // which keeps the atlas roughly square.
    std::vector<std::size_t> order(glyphs.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return glyphs[a].height > glyphs[b].height;
    });
    int width = 64, height = 0;
    for (;; width *= 2) {
        height = packShelves(glyphs, order, width);
        if (height <= width) break;
        if (width == kMaxAtlas)
            throw std::runtime_error("The glyphs of " + ttfPath + " at " + std::to_string(basePx) +
                                     " px do not fit a 2048 x 2048 atlas; use a smaller size");
    }
    font.atlasWidth_ = width;
    font.atlasHeight_ = height;
    font.atlas_.assign(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 0);

    const auto w = static_cast<float>(width), h = static_cast<float>(height);
    for (const RasterGlyph& g : glyphs) {
        Glyph out;
        out.advance = g.advance;
        if (g.bitmap) {
            for (int row = 0; row < g.height; ++row) {
                const unsigned char* src =
                    g.bitmap.get() + static_cast<std::ptrdiff_t>(row) * g.width;
                std::copy(src, src + g.width,
                          font.atlas_.begin() +
                              static_cast<std::ptrdiff_t>(g.atlasY + row) * width + g.atlasX);
            }
            out.u0 = static_cast<float>(g.atlasX) / w;
            out.v0 = static_cast<float>(g.atlasY) / h;
            out.u1 = static_cast<float>(g.atlasX + g.width) / w;
            out.v1 = static_cast<float>(g.atlasY + g.height) / h;
            out.x0 = static_cast<float>(g.xoff);
            out.y0 = static_cast<float>(g.yoff);
            out.x1 = static_cast<float>(g.xoff + g.width);
            out.y1 = static_cast<float>(g.yoff + g.height);
        }
        font.glyphs_.emplace(g.codepoint, out);
    }

    // Kerning for every pair of atlas glyphs (a few hundred squared lookups, done once).
    for (const RasterGlyph& left : glyphs) {
        for (const RasterGlyph& right : glyphs) {
            int kern = stbtt_GetGlyphKernAdvance(&info, left.glyphIndex, right.glyphIndex);
            if (kern != 0)
                font.kerning_.emplace(pairKey(left.codepoint, right.codepoint),
                                      static_cast<float>(kern) * scale);
        }
    }
    return font;
}

const Glyph* SdfFont::glyph(char32_t codepoint) const {
    auto it = glyphs_.find(codepoint);
    if (it == glyphs_.end()) it = glyphs_.find(U'?');
    return it == glyphs_.end() ? nullptr : &it->second;  // '?' is guaranteed by load()
}

float SdfFont::kerning(char32_t left, char32_t right) const {
    if (!hasGlyph(left)) left = U'?';
    if (!hasGlyph(right)) right = U'?';
    auto it = kerning_.find(pairKey(left, right));
    return it == kerning_.end() ? 0.f : it->second;
}

TextLayout layoutText(const SdfFont& font, std::string_view utf8, float sizePx) {
    assert(sizePx > 0);
    const float k = sizePx / font.basePx();
    TextLayout layout;
    layout.baseline = font.ascent() * k;
    layout.height = (font.ascent() - font.descent()) * k;

    const std::u32string text = decodeUtf8(utf8);
    layout.quads.reserve(text.size());
    float pen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (i > 0) pen += font.kerning(text[i - 1], text[i]) * k;
        const Glyph& g = *font.glyph(text[i]);
        if (!g.empty()) {
            layout.quads.push_back({pen + g.x0 * k, layout.baseline + g.y0 * k, pen + g.x1 * k,
                                    layout.baseline + g.y1 * k, g.u0, g.v0, g.u1, g.v1});
        }
        pen += g.advance * k;
    }
    layout.width = pen;
    return layout;
}

SdfFont loadMapFont() {
    return SdfFont::loadCached(findFontFile("DejaVu Sans", false), 32.f, 6, fontCacheDir());
}

}  // namespace render
