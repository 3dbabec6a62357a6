#include "app/map/image.hpp"

#include <png.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <memory>
#include <thread>

#include "app/io/output_file.hpp"

namespace map {
namespace {

void putBigEndian32(std::vector<std::uint8_t>& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<std::uint8_t>(v >> shift));
}

void appendChunk(std::vector<std::uint8_t>& out, const char* type, const std::uint8_t* data,
                 std::size_t size) {
    putBigEndian32(out, static_cast<std::uint32_t>(size));
    std::size_t start = out.size();
    out.insert(out.end(), type, type + 4);
    out.insert(out.end(), data, data + size);
    uLong crc = crc32(0, out.data() + start, static_cast<uInt>(out.size() - start));
    putBigEndian32(out, static_cast<std::uint32_t>(crc));
}

// One band of rows: filtered (PNG filter "up") and raw-deflated. Every band but the last ends
// on a sync flush (byte-aligned), so the bands concatenate into a single deflate stream.
struct Band {
    std::unique_ptr<std::uint8_t[]> deflated;  // not zero-filled: only the written part is used
    std::size_t deflatedSize = 0;
    uLong adler = 1;
    std::size_t rawSize = 0;
    bool ok = false;
};

bool opaque(const Image& image) {
    const std::uint8_t* p = image.rgba.data();
    const std::uint8_t* end = p + image.rgba.size();
    std::uint8_t all = 0xFF;
    for (p += 3; p < end; p += 4) all &= *p;
    return all == 0xFF;
}

Band compressBand(const Image& image, int firstRow, int endRow, bool last, int level,
                  int channels) {
    Band band;
    const std::size_t inStride = static_cast<std::size_t>(image.width) * 4;
    const std::size_t stride = static_cast<std::size_t>(image.width) * channels;
    z_stream z{};
    // Run-length matching suits "up"-filtered maps (flat areas become runs of zeros) and
    // deflates a 4K map about twice as fast as level 1's hash chains, at a similar size.
    const int strategy = level <= 1 ? Z_RLE : Z_DEFAULT_STRATEGY;
    if (deflateInit2(&z, std::max(level, 1), Z_DEFLATED, -15, 8, strategy) != Z_OK) return band;
    band.rawSize = (stride + 1) * static_cast<std::size_t>(endRow - firstRow);
    const std::size_t capacity = deflateBound(&z, static_cast<uLong>(band.rawSize)) + 16;
    band.deflated = std::make_unique_for_overwrite<std::uint8_t[]>(capacity);
    z.next_out = band.deflated.get();
    z.avail_out = static_cast<uInt>(capacity);
    // Filter a strip of rows at a time into a small buffer that stays in the cache.
    constexpr int kStripRows = 16;
    std::vector<std::uint8_t> strip((stride + 1) * kStripRows);
    std::vector<std::uint8_t> previous(stride, 0), current(stride);
    if (firstRow > 0) {
        const std::uint8_t* above = image.rgba.data() + (firstRow - 1) * inStride;
        for (std::size_t x = 0, i = 0; i < stride; x += 4)
            for (int c = 0; c < channels; ++c) previous[i++] = above[x + c];
    }
    int rc = Z_OK;
    for (int y0 = firstRow; y0 < endRow && rc == Z_OK; y0 += kStripRows) {
        int y1 = std::min(endRow, y0 + kStripRows);
        std::uint8_t* dst = strip.data();
        for (int y = y0; y < y1; ++y) {
            const std::uint8_t* row = image.rgba.data() + static_cast<std::size_t>(y) * inStride;
            if (channels == 4) {
                std::memcpy(current.data(), row, stride);
            } else {
                std::uint8_t* c = current.data();
                for (std::size_t x = 0; x < inStride; x += 4) {
                    c[0] = row[x];
                    c[1] = row[x + 1];
                    c[2] = row[x + 2];
                    c += 3;
                }
            }
            *dst++ = 2;  // filter type "up": maps repeat rows, which leaves runs of zeros
            for (std::size_t i = 0; i < stride; ++i)
                dst[i] = static_cast<std::uint8_t>(current[i] - previous[i]);
            dst += stride;
            previous.swap(current);
        }
        auto size = static_cast<uInt>(dst - strip.data());
        band.adler = adler32(band.adler, strip.data(), size);
        z.next_in = strip.data();
        z.avail_in = size;
        bool final = y1 == endRow;
        rc = deflate(&z, final ? (last ? Z_FINISH : Z_SYNC_FLUSH) : Z_NO_FLUSH);
        if (rc == Z_STREAM_END || (rc == Z_OK && z.avail_in != 0)) break;
    }
    band.ok = last ? rc == Z_STREAM_END : rc == Z_OK && z.avail_in == 0;
    band.deflatedSize = capacity - z.avail_out;
    deflateEnd(&z);
    return band;
}

std::vector<std::uint8_t> encode(const Image& image,
                                 const std::vector<std::pair<std::string, std::string>>& text,
                                 int level) {
    const int bands = std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1,
                                 std::max(1, image.height / 64));
    std::vector<Band> results(static_cast<std::size_t>(bands));
    // An opaque picture (every map) is written as RGB: a quarter less to filter and deflate.
    const int channels = opaque(image) ? 3 : 4;
    auto work = [&](int b) {
        int first = image.height * b / bands, end = image.height * (b + 1) / bands;
        results[static_cast<std::size_t>(b)] =
            compressBand(image, first, end, b == bands - 1, level, channels);
    };
    std::vector<std::thread> workers;
    for (int b = 1; b < bands; ++b) workers.emplace_back(work, b);
    work(0);
    for (std::thread& t : workers) t.join();

    std::vector<std::uint8_t> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    std::vector<std::uint8_t> header;
    putBigEndian32(header, static_cast<std::uint32_t>(image.width));
    putBigEndian32(header, static_cast<std::uint32_t>(image.height));
    // 8 bit, RGB (2) or RGBA (6), deflate, adaptive filtering, no interlace
    header.insert(header.end(), {8, static_cast<std::uint8_t>(channels == 3 ? 2 : 6), 0, 0, 0});
    appendChunk(png, "IHDR", header.data(), header.size());
    if (image.dpi > 0) {
        // pHYs: the same pixels per metre across and down, unit 1 = metre.
        const auto perMetre = static_cast<std::uint32_t>(std::lround(image.dpi / 0.0254));
        std::vector<std::uint8_t> phys;
        putBigEndian32(phys, perMetre);
        putBigEndian32(phys, perMetre);
        phys.push_back(1);
        appendChunk(png, "pHYs", phys.data(), phys.size());
    }
    for (const auto& [key, value] : text) {
        // iTXt: keyword, 0, uncompressed, method 0, no language, no translated keyword, text.
        std::vector<std::uint8_t> itxt(key.begin(), key.end());
        itxt.insert(itxt.end(), {0, 0, 0, 0, 0});
        itxt.insert(itxt.end(), value.begin(), value.end());
        appendChunk(png, "iTXt", itxt.data(), itxt.size());
    }
    std::vector<std::uint8_t> idat = {0x78, 0x01};  // zlib header: deflate, 32 K window
    uLong adler = 1;
    for (const Band& band : results) {
        if (!band.ok) throw ImageError("compressing the image failed");
        idat.insert(idat.end(), band.deflated.get(), band.deflated.get() + band.deflatedSize);
        adler = adler32_combine(adler, band.adler, static_cast<z_off_t>(band.rawSize));
    }
    putBigEndian32(idat, static_cast<std::uint32_t>(adler));
    appendChunk(png, "IDAT", idat.data(), idat.size());
    appendChunk(png, "IEND", nullptr, 0);
    return png;
}

struct PngReadGuard {
    png_structp png = nullptr;
    png_infop info = nullptr;
    FILE* fp = nullptr;
    ~PngReadGuard() {
        if (png) png_destroy_read_struct(&png, info ? &info : nullptr, nullptr);
        if (fp) std::fclose(fp);
    }
};

}  // namespace

void writePng(const Image& image, const std::string& path,
              const std::vector<std::pair<std::string, std::string>>& text, int compression) {
    if (image.width < 1 || image.height < 1 ||
        image.rgba.size() != static_cast<std::size_t>(image.width) * image.height * 4)
        throw ImageError(path + ": no image to write");
    try {
        fileio::AtomicOutput out(path);  // refuses devices, folders and FIFOs before the work
        std::vector<std::uint8_t> bytes = encode(image, text, compression);
        out.write(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
        out.commit();
    } catch (const fileio::OutputError& e) {
        // The images' one error type, same message; the OutputError nested inside lets the
        // catalogue word it (i18n::errorText).
        std::throw_with_nested(ImageError(e.what()));
    }
}

Image readPng(const std::string& path) {
    PngReadGuard g;
    g.fp = std::fopen(path.c_str(), "rb");
    if (!g.fp) throw ImageError(path + ": cannot open");
    g.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    g.info = g.png ? png_create_info_struct(g.png) : nullptr;
    Image img;
    if (!g.png || !g.info || setjmp(png_jmpbuf(g.png)) != 0)
        throw ImageError(path + ": not a readable PNG");
    png_init_io(g.png, g.fp);
    png_read_info(g.png, g.info);
    png_set_expand(g.png);
    png_set_strip_16(g.png);
    png_set_gray_to_rgb(g.png);
    png_set_add_alpha(g.png, 0xFF, PNG_FILLER_AFTER);
    png_read_update_info(g.png, g.info);
    png_uint_32 resX = 0, resY = 0;
    int unit = PNG_RESOLUTION_UNKNOWN;
    img.dpi = png_get_pHYs(g.png, g.info, &resX, &resY, &unit) != 0 && unit == PNG_RESOLUTION_METER
                  ? resX * 0.0254
                  : 0;
    img.width = static_cast<int>(png_get_image_width(g.png, g.info));
    img.height = static_cast<int>(png_get_image_height(g.png, g.info));
    img.rgba.resize(static_cast<size_t>(img.width) * img.height * 4);
    std::vector<png_bytep> rows(static_cast<size_t>(img.height));
    for (int y = 0; y < img.height; ++y)
        rows[static_cast<size_t>(y)] = img.rgba.data() + static_cast<size_t>(y) * img.width * 4;
    png_read_image(g.png, rows.data());
    return img;
}

std::optional<std::pair<unsigned, unsigned>> readPngPixelsPerMetre(const std::string& path) {
    PngReadGuard g;
    g.fp = std::fopen(path.c_str(), "rb");
    if (!g.fp) throw ImageError(path + ": cannot open");
    g.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    g.info = g.png ? png_create_info_struct(g.png) : nullptr;
    if (!g.png || !g.info || setjmp(png_jmpbuf(g.png)) != 0)
        throw ImageError(path + ": not a readable PNG");
    png_init_io(g.png, g.fp);
    png_read_info(g.png, g.info);
    png_uint_32 x = 0, y = 0;
    int unit = PNG_RESOLUTION_UNKNOWN;
    if (png_get_pHYs(g.png, g.info, &x, &y, &unit) == 0 || unit != PNG_RESOLUTION_METER)
        return std::nullopt;
    return std::pair<unsigned, unsigned>{x, y};
}

std::vector<std::pair<std::string, std::string>> pngMetadata(const std::string& attribution,
                                                             const std::string& project) {
    return {{"Title", "Begegnungskarte – " + std::filesystem::path(project).stem().string()},
            {"Copyright", attribution + " – Lizenz dl-de/by-2-0"},
            {"Software", "Begegnungskarte"}};
}

}  // namespace map
