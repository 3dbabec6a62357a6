#include "app/exchange/csv_writer.hpp"

#include <stdexcept>
#include <utility>

namespace exchange {
namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// "-5", "-0,25", "-12.5": '-', digits, at most one '.' or ',' with digits on both sides.
bool isPlainNegativeNumber(std::string_view s) {
    if (s.size() < 2 || s[0] != '-') return false;
    bool separatorSeen = false;
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (isDigit(s[i])) continue;
        if ((s[i] == '.' || s[i] == ',') && !separatorSeen && isDigit(s[i - 1]) &&
            i + 1 < s.size() && isDigit(s[i + 1])) {
            separatorSeen = true;
            continue;
        }
        return false;
    }
    return true;
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

bool needsFormulaGuard(std::string_view cell) {
    if (cell.empty()) return false;
    switch (cell.front()) {
    case '=':
    case '+':
    case '@':
    case '\t':
    case '\r':
        return true;
    case '-':
        return !isPlainNegativeNumber(cell);
    default:
        return false;
    }
}

std::string csvCell(std::string_view value, char separator) {
    std::string s;
    s.reserve(value.size() + 2);
    if (needsFormulaGuard(value)) s += '\'';
    s += value;
    const bool quote = s.find(separator) != std::string::npos ||
                       s.find_first_of("\"\r\n") != std::string::npos ||
                       (!s.empty() && (isSpace(s.front()) || isSpace(s.back())));
    if (!quote) return s;
    std::string quoted;
    quoted.reserve(s.size() + 8);
    quoted += '"';
    for (char c : s) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

CsvWriter::CsvWriter(CsvFormat format) : format_(std::move(format)) {
    if (format_.separator == '"' || format_.separator == '\r' || format_.separator == '\n')
        throw std::invalid_argument("CSV separator must not be a quote or a line break");
    if (format_.byteOrderMark) text_ = "\xEF\xBB\xBF";
}

CsvWriter& CsvWriter::cell(std::string_view value) {
    if (rowStarted_) text_ += format_.separator;
    text_ += csvCell(value, format_.separator);
    rowStarted_ = true;
    return *this;
}

CsvWriter& CsvWriter::endRow() {
    text_ += format_.lineEnd;
    rowStarted_ = false;
    return *this;
}

CsvWriter& CsvWriter::row(std::initializer_list<std::string_view> cells) {
    for (std::string_view c : cells) cell(c);
    return endRow();
}

}  // namespace exchange
