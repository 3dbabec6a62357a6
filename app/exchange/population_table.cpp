#include "app/exchange/population_table.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "app/domain/limits.hpp"
#include "app/exchange/text_encoding.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"

namespace exchange {

namespace limits = domain::limits;
namespace {

std::string trim(std::string s) {
    auto blank = [](unsigned char c) { return std::isspace(c) != 0; };
    s.erase(s.begin(), std::find_if_not(s.begin(), s.end(), blank));
    s.erase(std::find_if_not(s.rbegin(), s.rend(), blank).base(), s.end());
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
    return s;
}

// Splits one CSV line; a separator inside double quotes ("94,149") belongs to the cell.
std::vector<std::string> split(const std::string& line, char sep) {
    std::vector<std::string> out;
    std::string cell;
    bool quoted = false;
    for (char c : line) {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == sep && !quoted) {
            out.push_back(trim(cell));
            cell.clear();
        } else {
            cell += c;
        }
    }
    out.push_back(trim(cell));
    return out;
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The file's text as UTF-8: decoded from Windows-1252 when it is that; a UTF-8 file with a
// broken byte is refused naming the byte's row, column and offset (decoding it as
// Windows-1252 would garble its other characters without a word).
std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(i18n::fill(i18n::text::kPopCannotOpen, {path}));
    // One row per municipality: Germany has fewer than 11,000, so 16 MB is no such table.
    constexpr std::streamoff kMaxBytes = 16 * 1024 * 1024;
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size > kMaxBytes) throw std::runtime_error(i18n::fill(i18n::text::kPopTooLarge, {path}));
    in.seekg(0);
    std::string bytes(size > 0 ? static_cast<std::size_t>(size) : 0, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!in && size > 0) throw std::runtime_error(i18n::fill(i18n::text::kPopCannotRead, {path}));
    const std::size_t bom = bytes.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
    const std::string_view text = std::string_view(bytes).substr(bom);
    const Utf8Check check = checkUtf8(text);
    switch (likelyEncoding(check)) {
        case TextEncoding::Utf8:
            return std::string(text);
        case TextEncoding::Windows1252:
            return windows1252ToUtf8(text);
        case TextEncoding::BrokenUtf8:
            break;
    }
    const std::size_t at = check.invalidAt.front();
    const std::size_t newline = text.rfind('\n', at);
    const std::size_t lineStart = newline == std::string_view::npos ? 0 : newline + 1;
    const auto row =
        1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(lineStart), '\n');
    std::string column = i18n::text::kPopCommentColumn.str();
    if (text[lineStart] != '#') {
        // The header: the first line that is neither blank nor a comment, as the reader finds it.
        std::vector<std::string> header;
        char separator = ';';
        for (std::size_t start = 0; start < text.size();) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            const std::string line = trim(std::string(text.substr(start, end - start)));
            if (!line.empty() && line[0] != '#') {
                separator = line.find(';') != std::string::npos ? ';' : ',';
                if (start != lineStart) header = split(line, separator);
                break;
            }
            start = end + 1;
        }
        std::size_t cell = 0;
        bool quoted = false;
        for (std::size_t i = lineStart; i < at; ++i) {
            if (text[i] == '"') quoted = !quoted;
            if (text[i] == separator && !quoted) ++cell;
        }
        column = i18n::fill(i18n::text::kPopColumn,
                            {cell < header.size() ? header[cell] : std::to_string(cell + 1)});
    }
    const std::string more = check.invalid > 1 ? i18n::fill(i18n::text::kPopMoreInvalid,
                                                            {std::to_string(check.invalid - 1)})
                                               : "";
    throw std::runtime_error(i18n::fill(
        i18n::text::kPopInvalidUtf8,
        {path, std::to_string(row), column, hexByte(text[at]), std::to_string(at + bom), more}));
}

}  // namespace

PopulationTable readPopulationTable(const std::string& path) {
    std::istringstream in(readText(path));
    PopulationTable table;
    std::string line;
    int row = 0;
    char sep = 0;
    int agsCol = -1, popCol = -1;
    while (std::getline(in, line)) {
        ++row;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (row == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
        if (trim(line).empty()) continue;
        if (line[0] == '#') {
            std::string text = trim(line.substr(1));
            table.source += (table.source.empty() ? "" : "\n") + text;
            continue;
        }
        auto where = [&] { return i18n::fill(i18n::text::kPopWhere, {path, std::to_string(row)}); };
        if (!sep) {  // header
            sep = line.find(';') != std::string::npos ? ';' : ',';
            std::vector<std::string> head = split(line, sep);
            for (size_t i = 0; i < head.size(); ++i) {
                std::string h = lower(head[i]);
                if (h == "ags") agsCol = static_cast<int>(i);
                if (h == "population" || h == "bevoelkerung" || h == "bevölkerung")
                    popCol = static_cast<int>(i);
            }
            if (agsCol < 0 || popCol < 0)
                throw std::runtime_error(where() + i18n::text::kPopHeader);
            continue;
        }
        std::vector<std::string> cells = split(line, sep);
        if (static_cast<int>(cells.size()) <= std::max(agsCol, popCol))
            throw std::runtime_error(where() + i18n::text::kPopTooFewColumns);
        const std::string& ags = cells[static_cast<size_t>(agsCol)];
        std::string digits;
        for (char c : cells[static_cast<size_t>(popCol)])
            if (c != '.' && c != ',' && c != ' ' && c != '\'') digits += c;
        if (ags.empty() || !std::all_of(ags.begin(), ags.end(), ::isdigit))
            throw std::runtime_error(where() + i18n::fill(i18n::text::kPopNotAKey, {ags}));
        if (digits.empty() || !std::all_of(digits.begin(), digits.end(), ::isdigit))
            throw std::runtime_error(where() + i18n::fill(i18n::text::kPopNotACount,
                                                          {cells[static_cast<size_t>(popCol)]}));
        // More digits than any population has are refused before they overflow stoll.
        if (digits.size() > 12 || std::stoll(digits) > limits::kMaxPopulation)
            throw std::runtime_error(where() + i18n::fill(i18n::text::kPopTooMany,
                                                          {cells[static_cast<size_t>(popCol)]}));
        if (!table.byAgs.emplace(ags, std::stoll(digits)).second)
            throw std::runtime_error(where() + i18n::fill(i18n::text::kPopTwice, {ags}));
    }
    if (!sep) throw std::runtime_error(i18n::fill(i18n::text::kPopEmpty, {path}));
    return table;
}

}  // namespace exchange
