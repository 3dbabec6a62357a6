#pragma once
// Telling UTF-8 from Windows-1252 in the text files users bring (the applications CSV, the
// population table), and finding the bytes that break UTF-8, so a reader can name them by
// offset instead of misreading the whole file.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace exchange {

// What a UTF-8 check finds: how many multi-byte characters are well formed, and where the
// bytes are that are not UTF-8 (offsets into the text checked, the first kMaxListed of them).
struct Utf8Check {
    std::size_t multibyte = 0;  // well-formed characters of two to four bytes
    std::size_t invalid = 0;    // bytes that start no well-formed character
    static constexpr std::size_t kMaxListed = 20;
    std::vector<std::size_t> invalidAt;  // ascending, at most kMaxListed
    bool valid() const { return invalid == 0; }
};

// Checks `text` byte by byte; overlong forms, surrogates, values past U+10FFFF and sequences
// cut short are invalid. After an invalid byte the check goes on with the next byte.
Utf8Check checkUtf8(std::string_view text);

enum class TextEncoding {
    Utf8,         // every byte is UTF-8
    BrokenUtf8,   // UTF-8 with bytes that are not: more well-formed multi-byte characters
                  // than invalid bytes (a Windows-1252 text has umlauts as single bytes that
                  // are invalid UTF-8, and almost never two bytes that happen to be valid)
    Windows1252,  // not UTF-8, and no more well-formed multi-byte characters than invalid bytes
};
TextEncoding likelyEncoding(const Utf8Check& check);

// Windows-1252 as UTF-8. Our own table rather than CPLRecode or iconv: GDAL only knows CP1252
// when it was built with iconv, and its fallback treats the input as ISO-8859-1, which turns
// € and „ “ into control codes. The five bytes Windows-1252 leaves undefined become U+FFFD.
std::string windows1252ToUtf8(std::string_view bytes);

// "0xE4"
std::string hexByte(char byte);

}  // namespace exchange
