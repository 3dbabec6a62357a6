#pragma once
// PNG files of rendered images: a fast parallel writer for exports and a reader for tests.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace render {

// RGBA pixels, 8 bits per channel, rows top to bottom.
struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
};

// Writes an 8-bit RGBA PNG through a temporary file renamed at the end, so a failure leaves
// no partial file. The rows are filtered and deflated in bands on all cores (the bands join
// into one zlib stream), since deflating a 4K map alone takes longer than rendering it.
// `text` pairs (key, UTF-8 value) become iTXt chunks, e.g. the attribution. `compression` is
// zlib's level. Throws RenderError naming the path.
void writePng(const Image& image, const std::string& path,
              const std::vector<std::pair<std::string, std::string>>& text = {},
              int compression = 1);

// Reads an 8-bit PNG into RGBA (for the golden-image tests). Throws RenderError.
Image readPng(const std::string& path);

}  // namespace render
