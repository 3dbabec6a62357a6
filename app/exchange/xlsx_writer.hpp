#pragma once
// The one XLSX writer of the program: a workbook as plain values (sheets of typed cells, column
// widths, a bold frozen header row, drop-down lists) turned into Office Open XML in a zip,
// written with GDAL's zip writer (CPLCreateZip) into memory, so no further library is needed.
// Text goes into the shared strings table; numbers are numbers; dates are date serials with the
// format TT.MM.JJJJ, so Excel, LibreOffice and GDAL's XLSX driver read them as dates.
// Used by the application export (.xlsx), the import template and the report's scores workbook.
// The bytes are written to a file through fileio (app/io/output_file.hpp) by the caller.

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "app/domain/application.hpp"

namespace exchange::xlsx {

struct Number {
    double value = 0;
    int decimals = -1;  // the cell's display format: -1 general, 0 "0", 2 "0.00", ... (max 7)
};

// An empty cell, text, a number or a date.
using Cell = std::variant<std::monostate, std::string, Number, domain::Date>;

inline Cell text(std::string s) {
    return Cell{std::move(s)};
}
inline Cell number(double v, int decimals = -1) {
    return Cell{Number{v, decimals}};
}
inline Cell date(const std::optional<domain::Date>& d) {
    return d ? Cell{*d} : Cell{};
}

enum class ColumnKind { General, Text, Date };

struct Column {
    std::string header;
    double width = 12;  // in characters, as Excel counts them
    // Text: empty cells of the column are text ("@"), so a PLZ typed as 01234 keeps its zero;
    // Date: empty cells take the date format.
    ColumnKind kind = ColumnKind::General;
};

// A drop-down list on a range of one column: the values, kept on the hidden sheet "Listen"
// (no 255-character limit as for a list written into the rule), under a defined name.
struct ListValidation {
    std::size_t column = 0;         // 0-based column of the sheet
    std::size_t firstRow = 2;       // 1-based sheet rows
    std::size_t lastRow = 1000;
    std::string name;               // defined name, letters/digits/_ only: "Traegerart"
    std::vector<std::string> values;
    std::string errorTitle;         // shown when a typed value is not in the list
    std::string error;
};

struct Sheet {
    std::string name;  // at most 31 characters, none of []:*?/\ (checked by write)
    std::vector<Column> columns;  // the header row (bold, frozen) when any header is set
    std::vector<std::vector<Cell>> rows;
    std::vector<ListValidation> lists;
};

struct Workbook {
    std::vector<Sheet> sheets;
    std::string title;    // docProps/core.xml dc:title
    std::string creator;      // dc:creator
    std::string description;  // dc:description (an export's attribution)
};

// "A", "B", …, "Z", "AA", … for a 0-based column.
std::string columnLetters(std::size_t column);

// The workbook as the bytes of an .xlsx file. Throws std::runtime_error naming `target` when
// GDAL's zip writer fails or a sheet name is not allowed.
std::string workbookBytes(const Workbook& workbook, const std::string& target);

// Writes workbookBytes through fileio::AtomicOutput (temporary file beside `path`, renamed at
// the end). Throws std::runtime_error naming the file.
void writeWorkbook(const Workbook& workbook, const std::string& path);

}  // namespace exchange::xlsx
