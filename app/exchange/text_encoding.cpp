#include "app/exchange/text_encoding.hpp"

#include <array>
#include <cstdio>

namespace exchange {
namespace {

void appendUtf8(std::string& out, unsigned code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

}  // namespace

Utf8Check checkUtf8(std::string_view s) {
    static constexpr std::array<unsigned, 4> kLeadBits = {0x7F, 0x1F, 0x0F, 0x07};
    static constexpr std::array<unsigned, 4> kSmallest = {0, 0x80, 0x800, 0x10000};
    Utf8Check out;
    std::size_t i = 0;
    auto wellFormed = [&](std::size_t extra) {
        if (extra > 3 || extra >= s.size() - i) return false;  // a sequence cut short
        unsigned code = static_cast<unsigned char>(s[i]) & kLeadBits.at(extra);
        for (std::size_t k = 1; k <= extra; ++k) {
            auto next = static_cast<unsigned char>(s[i + k]);
            if ((next & 0xC0) != 0x80) return false;
            code = (code << 6) | (next & 0x3Fu);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
        return code >= kSmallest.at(extra) && !(code >= 0xD800 && code <= 0xDFFF) &&
               code <= 0x10FFFF;
    };
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t extra = (c & 0xE0) == 0xC0   ? 1
                            : (c & 0xF0) == 0xE0 ? 2
                            : (c & 0xF8) == 0xF0 ? 3
                                                 : 4;
        if (wellFormed(extra)) {
            ++out.multibyte;
            i += extra + 1;
        } else {
            if (out.invalidAt.size() < Utf8Check::kMaxListed) out.invalidAt.push_back(i);
            ++out.invalid;
            ++i;  // go on with the next byte: it may start a character again
        }
    }
    return out;
}

std::string windows1252ToUtf8(std::string_view bytes) {
    // 0x80..0x9F; 0xFFFD for the five bytes Windows-1252 leaves undefined.
    static constexpr std::array<unsigned, 32> kHigh = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char ch : bytes) {
        auto c = static_cast<unsigned char>(ch);
        appendUtf8(out, c >= 0x80 && c < 0xA0 ? kHigh.at(c - 0x80u) : c);
    }
    return out;
}

TextEncoding likelyEncoding(const Utf8Check& check) {
    if (check.valid()) return TextEncoding::Utf8;
    return check.multibyte > check.invalid ? TextEncoding::BrokenUtf8 : TextEncoding::Windows1252;
}

std::string hexByte(char byte) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X",
                  static_cast<unsigned>(static_cast<unsigned char>(byte)));
    return buf;
}

}  // namespace exchange
