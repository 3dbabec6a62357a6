#pragma once
// Test helper: the entries of the string catalogue, read from the source of
// app/i18n/strings.hpp (`inline constexpr Str kName {"de" "…", "en" "…"};`, adjacent string
// literals concatenated, the escapes \n \" \\ decoded). Header-only; used by the catalogue test
// and the window's language smoke test.

#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace testsupport {

struct CatalogueEntry {
    std::string name, de, en;
};

namespace detail {

inline void skipBlanks(const std::string& s, std::size_t& i) {
    while (i < s.size()) {
        if (std::isspace(static_cast<unsigned char>(s[i]))) {
            ++i;
        } else if (s.compare(i, 2, "//") == 0) {
            while (i < s.size() && s[i] != '\n') ++i;
        } else {
            break;
        }
    }
}

// One or more adjacent string literals starting at s[i].
inline std::string readLiterals(const std::string& s, std::size_t& i) {
    std::string out;
    skipBlanks(s, i);
    if (i >= s.size() || s[i] != '"') throw std::runtime_error("catalogue: literal expected");
    while (i < s.size() && s[i] == '"') {
        for (++i; i < s.size() && s[i] != '"'; ++i) {
            if (s[i] == '\\' && i + 1 < s.size()) {
                char c = s[++i];
                out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
            } else {
                out += s[i];
            }
        }
        ++i;  // closing quote
        skipBlanks(s, i);
    }
    return out;
}

}  // namespace detail

// Reads the catalogue header and the catalogue parts it includes ("app/i18n/strings_*.hpp").
// A `Plural` entry kName {{"de", "en"}, {"de", "en"}} gives two entries, kName.one and
// kName.other.
inline std::vector<CatalogueEntry> readCatalogue(const std::string& headerPath) {
    std::ifstream in(headerPath, std::ios::binary);
    if (!in) throw std::runtime_error(headerPath + ": cannot read");
    std::stringstream buffer;
    buffer << in.rdbuf();
    const std::string s = buffer.str();
    std::vector<CatalogueEntry> entries;
    auto readPair = [&](std::size_t& i, CatalogueEntry& e) {
        detail::skipBlanks(s, i);
        if (i >= s.size() || s[i] != '{') throw std::runtime_error("catalogue: '{' expected after " + e.name);
        ++i;
        e.de = detail::readLiterals(s, i);
        if (i >= s.size() || s[i] != ',') throw std::runtime_error("catalogue: ',' expected in " + e.name);
        ++i;
        e.en = detail::readLiterals(s, i);
        detail::skipBlanks(s, i);
    };
    auto readName = [&](std::size_t& i) {
        std::string name;
        while (i < s.size() && (std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_'))
            name += s[i++];
        return name;
    };
    for (const std::string key : {"inline constexpr Str ", "inline constexpr Plural "}) {
        const bool plural = key.find("Plural") != std::string::npos;
        for (std::size_t at = s.find(key); at != std::string::npos; at = s.find(key, at + 1)) {
            std::size_t i = at + key.size();
            const std::string name = readName(i);
            if (!plural) {
                CatalogueEntry e{name, "", ""};
                readPair(i, e);
                entries.push_back(e);
                continue;
            }
            detail::skipBlanks(s, i);
            if (i >= s.size() || s[i] != '{') throw std::runtime_error("catalogue: '{' expected after " + name);
            ++i;
            CatalogueEntry one{name + ".one", "", ""}, other{name + ".other", "", ""};
            readPair(i, one);
            ++i;  // the '}' of the first pair
            detail::skipBlanks(s, i);
            if (i >= s.size() || s[i] != ',') throw std::runtime_error("catalogue: ',' expected in " + name);
            ++i;
            readPair(i, other);
            entries.push_back(one);
            entries.push_back(other);
        }
    }
    // The parts of the catalogue, included from strings.hpp.
    const std::string include = "#include \"app/i18n/strings_";
    const std::string dir = headerPath.substr(0, headerPath.rfind('/') + 1);
    for (std::size_t at = s.find(include); at != std::string::npos; at = s.find(include, at + 1)) {
        std::size_t begin = at + include.size() - std::string("strings_").size();
        std::size_t end = s.find('"', begin);
        for (CatalogueEntry& e : readCatalogue(dir + s.substr(begin, end - begin))) entries.push_back(e);
    }
    return entries;
}

}  // namespace testsupport
