#include "app/i18n/format.hpp"

#include <cmath>
#include <cstdio>
#include <charconv>
#include <stdexcept>

namespace i18n {
namespace {

char thousandsSeparator(Lang lang) { return lang == Lang::En ? ',' : '.'; }
char decimalSeparator(Lang lang) { return lang == Lang::En ? '.' : ','; }

bool leapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

}  // namespace

std::string formatInteger(long long value, Lang lang) {
    unsigned long long magnitude =
        value < 0 ? 0ULL - static_cast<unsigned long long>(value) : static_cast<unsigned long long>(value);
    std::string digits = std::to_string(magnitude);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += thousandsSeparator(lang);
        out += digits[i];
    }
    return value < 0 ? "-" + out : out;
}

std::string formatDecimal(double value, int decimals, Lang lang) {
    if (decimals < 0) decimals = 0;
    if (decimals > 9) decimals = 9;
    double scale = std::pow(10.0, decimals);
    if (!std::isfinite(value)) return std::isnan(value) ? "NaN" : value < 0 ? "-\u221E" : "\u221E";
    if (std::abs(value) * scale >= 9.0e15) {
        // Beyond what a long long holds exactly: the digits as printf gives them, grouped.
        std::string text(static_cast<std::size_t>(std::snprintf(nullptr, 0, "%.*f", decimals, std::abs(value))), '\0');
        std::snprintf(text.data(), text.size() + 1, "%.*f", decimals, std::abs(value));
        const auto point = text.find('.');
        const std::string whole = text.substr(0, point);
        std::string out = value < 0 ? "-" : "";
        for (std::size_t i = 0; i < whole.size(); ++i) {
            if (i > 0 && (whole.size() - i) % 3 == 0) out += thousandsSeparator(lang);
            out += whole[i];
        }
        if (point != std::string::npos) out += decimalSeparator(lang) + text.substr(point + 1);
        return out;
    }
    // Round once on the scaled magnitude so 0.95 -> "1,0" and never "0,10".
    auto scaled = static_cast<long long>(std::llround(std::abs(value) * scale));
    auto whole = scaled / static_cast<long long>(scale);
    auto frac = scaled % static_cast<long long>(scale);
    bool negative = value < 0 && scaled != 0;
    std::string out = (negative ? "-" : "") + formatInteger(whole, lang);
    if (decimals > 0) {
        std::string digits = std::to_string(frac);
        out += decimalSeparator(lang);
        out += std::string(static_cast<std::size_t>(decimals) - digits.size(), '0') + digits;
    }
    return out;
}

std::string formatEuro(double amount, Lang lang) {
    bool cents = std::abs(amount * 100 - std::round(amount) * 100) >= 0.5;
    std::string number = formatDecimal(amount, cents ? 2 : 0, lang);
    return lang == Lang::En ? "€" + number : number + "\u00A0€";
}

std::string formatDate(int year, int month, int day, Lang lang) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 ||
        day > days[month - 1] + (month == 2 && leapYear(year) ? 1 : 0) || year < 1 || year > 9999)
        throw std::invalid_argument("no such date: " + std::to_string(year) + "-" +
                                    std::to_string(month) + "-" + std::to_string(day));
    char buf[40];
    if (lang == Lang::En)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    else
        std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", day, month, year);
    return buf;
}

std::string formatIsoDate(const std::string& iso, Lang lang) {
    int y = 0, m = 0, d = 0;
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-' ||
        std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3)
        return iso;
    try {
        return formatDate(y, m, d, lang);
    } catch (const std::invalid_argument&) {
        return iso;
    }
}

std::optional<double> parseDecimal(std::string_view text, Lang lang) {
    auto trim = [&](std::string_view piece) {
        bool again = true;
        while (again) {
            again = false;
            for (std::string_view junk : {" ", "\t", "\u00A0", "\u20AC"}) {
                if (piece.substr(0, junk.size()) == junk) piece.remove_prefix(junk.size()), again = true;
                if (piece.size() >= junk.size() && piece.substr(piece.size() - junk.size()) == junk)
                    piece.remove_suffix(junk.size()), again = true;
            }
        }
        return piece;
    };
    text = trim(text);
    bool negative = false;
    if (!text.empty() && text.front() == '-') negative = true, text.remove_prefix(1);
    const char dec = decimalSeparator(lang), sep = thousandsSeparator(lang);
    std::string_view whole = text, fraction;
    bool hasFraction = false;
    if (std::size_t at = text.find(dec); at != std::string_view::npos) {
        whole = text.substr(0, at);
        fraction = text.substr(at + 1);
        hasFraction = true;
        if (fraction.empty()) return std::nullopt;
    }
    std::string digits;
    std::size_t group = 0;  // digits since the last separator
    bool grouped = false;
    for (char c : whole) {
        if (c >= '0' && c <= '9') {
            digits += c;
            ++group;
        } else if (c == sep) {
            if (group == 0 || (grouped && group != 3) || (!grouped && group > 3)) return std::nullopt;
            grouped = true;
            group = 0;
        } else {
            return std::nullopt;
        }
    }
    if (digits.empty() || (grouped && group != 3)) return std::nullopt;
    if (hasFraction) {
        digits += '.';
        for (char c : fraction) {
            if (c < '0' || c > '9') return std::nullopt;
            digits += c;
        }
    }
    // from_chars: '.' whatever the C locale says.
    double value = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return negative ? -value : value;
}

std::string formatPercent(double percent, int decimals, Lang lang) {
    return formatDecimal(percent, decimals, lang) + (lang == Lang::En ? "%" : "\u00A0%");
}

std::string fill(const char* pattern, std::initializer_list<std::string> args) {
    std::string out;
    for (const char* p = pattern; *p; ++p) {
        if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
            auto index = static_cast<std::size_t>(p[1] - '1');
            if (index < args.size()) {
                out += *(args.begin() + index);
                p += 2;
                continue;
            }
        }
        out += *p;
    }
    return out;
}

std::string count(const Plural& text, long long n, std::initializer_list<std::string> args,
                  Lang lang) {
    std::string out = text.forCount(n).in(lang);
    const std::string number = formatInteger(n, lang);
    for (std::size_t at = out.find("{1}"); at != std::string::npos; at = out.find("{1}", at))
        out.replace(at, 3, number), at += number.size();
    // The remaining blanks shift down by one: {2} takes args[0], {3} args[1], ...
    std::size_t k = 2;
    for (const std::string& arg : args) {
        const std::string blank = "{" + std::to_string(k++) + "}";
        for (std::size_t at = out.find(blank); at != std::string::npos; at = out.find(blank, at))
            out.replace(at, blank.size(), arg), at += arg.size();
    }
    return out;
}

}  // namespace i18n
