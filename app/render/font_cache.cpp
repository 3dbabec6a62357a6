// The built SDF atlas kept on disk between runs (SdfFont::loadCached), and where.

#include <sys/stat.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "app/io/output_file.hpp"
#include "app/render/font.hpp"

namespace render {
namespace {

// Bump when the atlas's contents change for the same font and parameters (code points,
// packing, the distance field's scale), so old cache files are not taken for new ones.
constexpr std::uint32_t kFormat = 1;
constexpr char kMagic[8] = {'B', 'K', 'S', 'D', 'F', '\0', '\r', '\n'};

std::uint64_t fnv1a(std::string_view bytes) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ull;
    }
    return h;
}

class Writer {
  public:
    template <class T>
    void put(const T& v) {
        out_.append(reinterpret_cast<const char*>(&v), sizeof v);
    }
    void bytes(const void* p, std::size_t n) { out_.append(static_cast<const char*>(p), n); }
    std::string take() { return std::move(out_); }
    std::string_view view() const { return out_; }

  private:
    std::string out_;
};

class Reader {
  public:
    explicit Reader(std::string_view in) : in_(in) {}
    template <class T>
    bool get(T& v) {
        if (in_.size() - pos_ < sizeof v) return false;
        std::memcpy(&v, in_.data() + pos_, sizeof v);
        pos_ += sizeof v;
        return true;
    }
    bool bytes(void* p, std::size_t n) {
        if (in_.size() - pos_ < n) return false;
        std::memcpy(p, in_.data() + pos_, n);
        pos_ += n;
        return true;
    }
    std::size_t left() const { return in_.size() - pos_; }
    std::size_t pos() const { return pos_; }

  private:
    std::string_view in_;
    std::size_t pos_ = 0;
};

// What a cache file was built from: the font file (path, size, modification time) and the
// parameters; empty when the file cannot be examined.
std::string cacheKey(const std::string& ttfPath, float basePx, int spreadPx) {
    struct stat st {};
    if (::stat(ttfPath.c_str(), &st) != 0) return {};
    std::ostringstream key;
    key << "format " << kFormat << "; " << ttfPath << "; " << st.st_size << " bytes; mtime "
        << st.st_mtim.tv_sec << "." << st.st_mtim.tv_nsec << "; base " << basePx << " px; spread "
        << spreadPx << " px";
    return key.str();
}

}  // namespace

std::string SdfFont::toBytes(const std::string& key) const {
    Writer w;
    w.bytes(kMagic, sizeof kMagic);
    w.put(static_cast<std::uint32_t>(key.size()));
    w.bytes(key.data(), key.size());
    w.put(basePx_);
    w.put(spreadPx_);
    w.put(ascent_);
    w.put(descent_);
    w.put(lineGap_);
    w.put(atlasWidth_);
    w.put(atlasHeight_);
    w.bytes(atlas_.data(), atlas_.size());
    w.put(static_cast<std::uint32_t>(glyphs_.size()));
    for (const auto& [cp, g] : glyphs_) {
        w.put(static_cast<std::uint32_t>(cp));
        for (float f : {g.u0, g.v0, g.u1, g.v1, g.x0, g.y0, g.x1, g.y1, g.advance}) w.put(f);
    }
    w.put(static_cast<std::uint32_t>(kerning_.size()));
    for (const auto& [pair, k] : kerning_) {
        w.put(pair);
        w.put(k);
    }
    w.put(fnv1a(w.view()));
    return w.take();
}

std::optional<SdfFont> SdfFont::fromBytes(std::string_view bytes, const std::string& key) {
    constexpr std::size_t kSum = sizeof(std::uint64_t);
    if (bytes.size() < sizeof kMagic + kSum) return std::nullopt;
    std::uint64_t sum = 0;
    std::memcpy(&sum, bytes.data() + bytes.size() - kSum, kSum);
    if (sum != fnv1a(bytes.substr(0, bytes.size() - kSum))) return std::nullopt;
    Reader r(bytes.substr(0, bytes.size() - kSum));
    char magic[sizeof kMagic];
    std::uint32_t keySize = 0;
    if (!r.bytes(magic, sizeof magic) || std::memcmp(magic, kMagic, sizeof magic) != 0 ||
        !r.get(keySize) || keySize != key.size() || r.left() < keySize)
        return std::nullopt;
    std::string stored(keySize, '\0');
    r.bytes(stored.data(), keySize);
    if (stored != key) return std::nullopt;
    SdfFont font;
    if (!r.get(font.basePx_) || !r.get(font.spreadPx_) || !r.get(font.ascent_) ||
        !r.get(font.descent_) || !r.get(font.lineGap_) || !r.get(font.atlasWidth_) ||
        !r.get(font.atlasHeight_))
        return std::nullopt;
    if (font.atlasWidth_ < 1 || font.atlasWidth_ > 2048 || font.atlasHeight_ < 0 ||
        font.atlasHeight_ > 2048)
        return std::nullopt;
    font.atlas_.resize(static_cast<std::size_t>(font.atlasWidth_) *
                       static_cast<std::size_t>(font.atlasHeight_));
    std::uint32_t glyphCount = 0, kernCount = 0;
    if (!r.bytes(font.atlas_.data(), font.atlas_.size()) || !r.get(glyphCount) ||
        glyphCount > r.left() / (10 * sizeof(float)))
        return std::nullopt;
    for (std::uint32_t i = 0; i < glyphCount; ++i) {
        std::uint32_t cp = 0;
        Glyph g;
        r.get(cp);
        for (float* f : {&g.u0, &g.v0, &g.u1, &g.v1, &g.x0, &g.y0, &g.x1, &g.y1, &g.advance})
            r.get(*f);
        font.glyphs_.emplace(static_cast<char32_t>(cp), g);
    }
    if (!r.get(kernCount) || kernCount != r.left() / (sizeof(std::uint64_t) + sizeof(float)) ||
        r.left() % (sizeof(std::uint64_t) + sizeof(float)) != 0)
        return std::nullopt;
    for (std::uint32_t i = 0; i < kernCount; ++i) {
        std::uint64_t pair = 0;
        float k = 0;
        r.get(pair);
        r.get(k);
        font.kerning_.emplace(pair, k);
    }
    // Every glyph lookup falls back to '?': a font without it is not one load() would make.
    if (!font.hasGlyph(U'?')) return std::nullopt;
    return font;
}

SdfFont SdfFont::loadCached(const std::string& ttfPath, float basePx, int spreadPx,
                            const std::string& cacheDir) {
    const std::string key = cacheDir.empty() ? std::string() : cacheKey(ttfPath, basePx, spreadPx);
    if (key.empty()) return load(ttfPath, basePx, spreadPx);
    char name[40];
    std::snprintf(name, sizeof name, "sdf-%016llx.bin",
                  static_cast<unsigned long long>(fnv1a(key)));
    const std::filesystem::path file = std::filesystem::path(cacheDir) / name;
    {
        std::ifstream in(file, std::ios::binary);
        if (in) {
            std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            if (std::optional<SdfFont> cached = fromBytes(bytes, key)) return std::move(*cached);
        }
    }
    SdfFont font = load(ttfPath, basePx, spreadPx);
    try {
        std::error_code ec;
        std::filesystem::create_directories(cacheDir, ec);
        fileio::AtomicOutput out(file.string());
        out.write(font.toBytes(key));
        out.commit();
    } catch (const std::exception&) {
        // A cache: without it the font is only built again next time.
    }
    return font;
}

std::string fontCacheDir() {
    if (const char* dir = std::getenv("BK_CACHE_DIR"); dir && *dir) return dir;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return (std::filesystem::path(xdg) / "begegnungskarte").string();
    if (const char* home = std::getenv("HOME"); home && *home)
        return (std::filesystem::path(home) / ".cache" / "begegnungskarte").string();
    return {};
}

}  // namespace render
