#pragma once
// Plain-text tables on the terminal: widths counted in characters, not UTF-8 bytes.

#include <cstddef>
#include <string>

namespace cli {

// Characters, not bytes: "Düren" pads like "Duren".
inline std::size_t displayWidth(const std::string& s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

inline std::string padded(const std::string& s, std::size_t width) {
    return s + std::string(width > displayWidth(s) ? width - displayWidth(s) : 0, ' ');
}

}  // namespace cli
