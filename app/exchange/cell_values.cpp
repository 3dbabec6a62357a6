#include "app/exchange/cell_values.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "app/exchange/csv_reader.hpp"

namespace exchange::detail {

using domain::Date;
using domain::parseDate;



// "1.500" is read as fifteen hundred when typed: with German decimal commas a lone '.'
// followed by exactly three digits is a thousands separator far more often than a decimal.
bool looksLikeThousands(std::string_view s) {
    std::size_t dot = s.find('.');
    return dot >= 1 && dot <= 3 && s.size() - dot - 1 == 3 && s.front() != '0';
}

bool allDigits(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Removes thousands separators from an integer part, checking they sit every three digits.
std::optional<std::string> ungroup(std::string_view digits, char group) {
    std::string out;
    std::size_t start = 0;
    for (bool first = true;; first = false) {
        std::size_t sep = digits.find(group, start);
        std::string_view part = digits.substr(start, sep - start);
        bool fits = first ? (!part.empty() && part.size() <= 3) : part.size() == 3;
        if (!fits || !allDigits(part)) return std::nullopt;
        out += part;
        if (sep == std::string_view::npos) return out;
        start = sep + 1;
    }
}

std::string withoutBlanks(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.substr(i, 2) == "\xC2\xA0") {  // no-break space, as some number formats write
            ++i;
        } else if (!isBlank(s[i])) {
            out += s[i];
        }
    }
    return out;
}

std::optional<double> parseNumber(std::string_view text, NumberText kind) {
    std::string s = kind == NumberText::Coordinate ? trim(text) : withoutBlanks(text);
    bool negative = !s.empty() && s.front() == '-';
    if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.erase(0, 1);
    if (s.empty() || s.find_first_not_of("0123456789.,") != std::string::npos) return std::nullopt;
    auto dots = std::count(s.begin(), s.end(), '.');
    auto commas = std::count(s.begin(), s.end(), ',');
    char decimal = 0, group = 0;
    if (dots > 0 && commas > 0) {
        decimal = s.rfind('.') > s.rfind(',') ? '.' : ',';
        group = decimal == '.' ? ',' : '.';
    } else if (dots + commas > 1) {
        group = dots > 0 ? '.' : ',';
    } else if (dots + commas == 1) {
        bool thousands = kind == NumberText::Typed && dots == 1 && looksLikeThousands(s);
        (thousands ? group : decimal) = dots == 1 ? '.' : ',';
    }
    if (group && kind == NumberText::Coordinate) return std::nullopt;
    std::size_t mark = decimal ? s.find(decimal) : std::string::npos;
    if (decimal && s.find(decimal, mark + 1) != std::string::npos) return std::nullopt;
    std::string whole = s.substr(0, mark);
    std::string fraction = mark == std::string::npos ? "" : s.substr(mark + 1);
    if (group) {
        std::optional<std::string> ungrouped = ungroup(whole, group);
        if (!ungrouped) return std::nullopt;
        whole = *ungrouped;
    }
    if (!allDigits(whole) || !allDigits(fraction) || (whole.empty() && fraction.empty()) ||
        (decimal && fraction.empty()))
        return std::nullopt;
    std::string plain = (whole.empty() ? "0" : whole) + (fraction.empty() ? "" : "." + fraction);
    double value = 0;
    auto [end, error] = std::from_chars(plain.data(), plain.data() + plain.size(), value);
    if (error != std::errc() || end != plain.data() + plain.size() || !std::isfinite(value))
        return std::nullopt;
    return negative ? -value : value;
}

std::optional<bool> parseYesNo(std::string_view text) {
    static const std::array<std::string_view, 8> kYes = {"ja", "j",    "yes",  "y",
                                                         "x",  "true", "wahr", "1"};
    static const std::array<std::string_view, 7> kNo = {"",      "nein",   "n", "no",
                                                        "false", "falsch", "0"};
    const std::string t = fold(text);
    if (std::find(kYes.begin(), kYes.end(), t) != kYes.end()) return true;
    if (std::find(kNo.begin(), kNo.end(), t) != kNo.end()) return false;
    return std::nullopt;
}

// parseDate's forms plus what the XLSX driver makes of a date cell read as text:
// "2024/03/01", or "2024/03/01 00:00:00" where the cell holds a date and time.
std::optional<Date> parseDateCell(std::string_view text) {
    if (auto d = parseDate(text)) return d;
    std::string t = trim(text);
    std::size_t space = t.find(' ');
    if (space != std::string::npos) {
        std::string_view time = std::string_view(t).substr(space + 1);
        if (time.empty() || time.find_first_not_of("0123456789:") != std::string_view::npos)
            return std::nullopt;
        t.resize(space);
    }
    if (t.size() == 10 && t[4] == '/' && t[7] == '/') t[4] = t[7] = '-';
    return parseDate(t);
}


// "Schule/Kita" and "Senioren-/Jugendvertretung" as people type them, spaced as the labels
// are ("Schule / Kita"), so they match.
std::string spacedSlashes(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '/') {
            out += text[i];
            continue;
        }
        while (!out.empty() && isBlank(out.back())) out.pop_back();
        out += " / ";
        while (i + 1 < text.size() && isBlank(text[i + 1])) ++i;
    }
    return out;
}

std::string formatNumber(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    std::string s = buf;
    if (s.find('.') != std::string::npos) {
        s.erase(s.find_last_not_of('0') + 1);
        if (s.back() == '.') s.pop_back();
    }
    return s;
}

std::string joinedLabels(const std::vector<std::string>& labels) {
    return joined(labels, ", ");
}

}  // namespace exchange::detail
