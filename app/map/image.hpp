#pragma once
// Images as plain RGBA pixels and their PNG files: a fast parallel writer for exports and a
// reader for tests. No GL: the OpenGL renderer (render/), the map sheets (print/) and the
// window's screenshots all hand their pixels over as a map::Image.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace map {

// A PNG that cannot be written or read; the message names the file.
class ImageError : public std::runtime_error {
  public:
    explicit ImageError(const std::string& message) : std::runtime_error(message) {}
};

// RGBA pixels, 8 bits per channel, rows top to bottom, and their resolution.
struct Image {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;
    // Pixels per inch, written as the PNG's pHYs chunk (pixels per metre) so that a word
    // processor places the picture at its size: 96 for screen-size pictures, the paper's dpi
    // for a sheet made for paper (print/paper.hpp). 0: none recorded (no pHYs chunk).
    double dpi = 96;
};

// Writes an 8-bit RGBA PNG through a temporary file renamed at the end, so a failure leaves
// no partial file. The rows are filtered and deflated in bands on all cores (the bands join
// into one zlib stream), since deflating a 4K map alone takes longer than rendering it.
// `text` pairs (key, UTF-8 value) become iTXt chunks, e.g. the attribution. image.dpi > 0
// becomes a pHYs chunk (pixels per metre, rounded: 300 dpi -> 11811). `compression` is
// zlib's level. Throws ImageError naming the path.
void writePng(const Image& image, const std::string& path,
              const std::vector<std::pair<std::string, std::string>>& text = {},
              int compression = 1);

// Reads an 8-bit PNG into RGBA (for the golden-image tests); dpi from its pHYs chunk when it
// is in metres, else 0. Throws ImageError.
Image readPng(const std::string& path);

// The pHYs chunk of a PNG file: pixels per metre across and down, nullopt when the file has
// none or its unit is not the metre. Throws ImageError.
std::optional<std::pair<unsigned, unsigned>> readPngPixelsPerMetre(const std::string& path);

// Metadata stored in exported PNGs: the attribution, the project, the software.
std::vector<std::pair<std::string, std::string>> pngMetadata(const std::string& attribution,
                                                             const std::string& project);

}  // namespace map
