#pragma once
// The values of spreadsheet cells as the application import reads them: numbers as people
// type them in a German or English spreadsheet and as XLSX stores them, yes/no, dates, and
// the labels of the domain's enumerations. Internal to exchange/.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/domain/application.hpp"

namespace exchange::detail {

enum class NumberText {
    Coordinate,  // one decimal mark, '.' or ','; no thousands separators
    Typed,       // typed into a CSV: "1.500" and "1.500,50" carry thousands separators
    Cell,        // an XLSX number cell as text: "1.125" is one and an eighth
};

bool allDigits(std::string_view s);
// The number in `text` read as `kind`; nullopt when it is none.
std::optional<double> parseNumber(std::string_view text, NumberText kind);
// "ja"/"nein" (and yes/no, x, 1/0); an empty cell is "nein".
std::optional<bool> parseYesNo(std::string_view text);
// A date cell: dd.mm.yyyy, yyyy-mm-dd, yyyy/mm/dd, with a time part ignored.
std::optional<domain::Date> parseDateCell(std::string_view text);
// "Schule/Kita" spaced as the labels are ("Schule / Kita").
std::string spacedSlashes(std::string_view text);
std::string joinedLabels(const std::vector<std::string>& labels);
// A number with at most `decimals` places, trailing zeros dropped: "50.8043".
std::string formatNumber(double v, int decimals);

template <typename E>
std::optional<E> labelValue(std::string_view text) {
    return domain::parseLabel<E>(spacedSlashes(text));
}

template <typename E>
std::string allowedLabels() {
    std::vector<std::string> labels;
    for (E v : domain::allValues<E>()) labels.emplace_back(domain::label(v));
    return joinedLabels(labels);
}

}  // namespace exchange::detail
