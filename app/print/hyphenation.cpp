#include "app/print/hyphenation.hpp"

#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

#ifdef BK_WITH_HYPHEN
#include <hyphen.h>
#endif

namespace print {
namespace {

#ifdef BK_WITH_HYPHEN
constexpr std::size_t kMinWord = 6;  // letters
constexpr int kMinLeft = 2;          // letters kept before a break
constexpr int kMinRight = 3;         // letters kept after a break
constexpr char32_t kSoftHyphen = 0xAD;

struct CodePoint {
    char32_t value;
    std::size_t begin, end;  // its bytes in the text
};

// The code points of `text`; a malformed byte counts as one code point of its own value.
std::vector<CodePoint> decode(const std::string& text) {
    std::vector<CodePoint> out;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t n = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                                        : (lead >> 3) == 0x1E ? 4 : 1;
        if (i + n > text.size()) n = 1;
        char32_t cp = n == 1 ? lead : lead & (0xFF >> (n + 1));
        for (std::size_t k = 1; k < n; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        out.push_back({cp, i, i + n});
        i += n;
    }
    return out;
}

bool isLetter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= 0xC0 && c <= 0xFF && c != 0xD7 && c != 0xF7);
}

char32_t lower(char32_t c) {
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;
    return c;
}

void appendUtf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// A token is left alone when it looks like a number, an address or a file name.
bool leaveAlone(const std::vector<CodePoint>& cps, std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
        const char32_t c = cps[i].value;
        if ((c >= '0' && c <= '9') || c == '@' || c == ':' || c == '_' || c == kSoftHyphen)
            return true;
        if (c == '.' && i + 1 < end && isLetter(cps[i + 1].value)) return true;
    }
    return false;
}

struct DictionaryFree {
    void operator()(HyphenDict* d) const { hnj_hyphen_free(d); }
};

HyphenDict* dictionary(i18n::Lang lang) {
    static std::mutex mutex;
    static std::unique_ptr<HyphenDict, DictionaryFree> loaded[2];
    static bool tried[2] = {false, false};
    const int k = lang == i18n::Lang::En ? 1 : 0;
    std::lock_guard<std::mutex> lock(mutex);
    if (!tried[k]) {
        tried[k] = true;
        const char* file = lang == i18n::Lang::En ? "/usr/share/hyphen/hyph_en_US.dic"
                                                  : "/usr/share/hyphen/hyph_de_DE.dic";
        loaded[k].reset(hnj_hyphen_load(file));
    }
    return loaded[k].get();
}

// Marks after[i] for each letter i of the word cps[begin, end) after which it may break.
void hyphenateWord(HyphenDict* dict, const std::vector<CodePoint>& cps, std::size_t begin,
                   std::size_t end, std::vector<bool>& after) {
    // The dictionary's encoding: UTF-8 or ISO 8859-1 (German's); every letter fits in both.
    std::string word;
    std::vector<std::size_t> lastByte;  // per letter, its last byte in `word`
    for (std::size_t i = begin; i < end; ++i) {
        const char32_t c = lower(cps[i].value);
        if (dict->utf8)
            appendUtf8(word, c);
        else
            word += static_cast<char>(static_cast<unsigned char>(c));
        lastByte.push_back(word.size() - 1);
    }
    std::vector<char> hyphens(word.size() + 5, 0);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    const int size = static_cast<int>(word.size());
    if (hnj_hyphen_hyphenate3(dict, word.c_str(), size, hyphens.data(), nullptr, &rep, &pos, &cut,
                              kMinLeft, kMinRight, kMinLeft, kMinLeft) == 0) {
        const std::size_t letters = end - begin;
        for (std::size_t k = kMinLeft - 1; k + kMinRight < letters; ++k) {
            const std::size_t b = lastByte[k];
            // A non-standard break (old spelling "Schiff-fahrt") would change the letters: skip it.
            if ((hyphens[b] & 1) && !(rep && rep[b])) after[begin + k] = true;
        }
    }
    if (rep) {
        for (std::size_t b = 0; b < word.size(); ++b) std::free(rep[b]);
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
}
#endif

}  // namespace

bool hyphenationAvailable(i18n::Lang lang) {
#ifdef BK_WITH_HYPHEN
    return dictionary(lang) != nullptr;
#else
    (void)lang;
    return false;
#endif
}

std::string insertSoftHyphens(const std::string& text, i18n::Lang lang) {
#ifdef BK_WITH_HYPHEN
    HyphenDict* dict = dictionary(lang);
    if (!dict) return text;
    const std::vector<CodePoint> cps = decode(text);
    std::vector<bool> after(cps.size(), false);
    bool any = false;
    for (std::size_t t = 0; t < cps.size();) {
        // One space-separated token [t, tokenEnd).
        std::size_t tokenEnd = t;
        while (tokenEnd < cps.size() && cps[tokenEnd].value != ' ' && cps[tokenEnd].value != '\n' &&
               cps[tokenEnd].value != '\t')
            ++tokenEnd;
        if (!leaveAlone(cps, t, tokenEnd)) {
            for (std::size_t i = t; i < tokenEnd;) {
                if (!isLetter(cps[i].value)) {
                    ++i;
                    continue;
                }
                std::size_t j = i;
                while (j < tokenEnd && isLetter(cps[j].value)) ++j;
                if (j - i >= kMinWord) {
                    hyphenateWord(dict, cps, i, j, after);
                    any = true;
                }
                i = j;
            }
        }
        t = tokenEnd + 1;
    }
    if (!any) return text;
    std::string out;
    out.reserve(text.size() + text.size() / 4);
    for (std::size_t i = 0; i < cps.size(); ++i) {
        out.append(text, cps[i].begin, cps[i].end - cps[i].begin);
        if (after[i]) out += "\u00AD";
    }
    return out;
#else
    (void)lang;
    return text;
#endif
}

}  // namespace print
