#pragma once
// The one spreadsheet reader of the program: the bytes of a file classified as CSV or XLSX,
// CSV decoded (UTF-8 with or without BOM, Windows-1252 as Excel writes it; ';' or ','
// detected), checked before any parser sees it (unclosed quotes, broken UTF-8, too many rows),
// and read as a table of strings; GDAL only for XLSX and as the CSV parser of the shaped text.
// Problems are codes (domain/problem.hpp) with the row and column the user sees.
// Internal to exchange/: the application import is its caller.

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "app/domain/problem.hpp"
#include "app/exchange/application_import.hpp"

namespace exchange::detail {

using domain::Problem;
using domain::ProblemCode;

// A problem with the file as a whole that stops reading it.
struct ImportError : std::runtime_error {
    explicit ImportError(Problem p) : std::runtime_error("import problem"), problem(std::move(p)) {}
    Problem problem;
};

// Text helpers shared by the reader and the row parser.
bool isBlank(char c);
std::string trim(std::string_view s);
// Lower case with umlauts and ß spelled out, so "Jülich", "JUELICH" and "Juelich" compare equal.
std::string fold(std::string_view text);
// Letters and digits of fold(header): "E-Mail", "Email" and "e_mail" are one column.
std::string headerKey(std::string_view header);
std::string quoted(std::string_view s);
std::string joined(const std::vector<std::string>& parts, std::string_view separator);
bool startsWith(std::string_view s, std::string_view prefix);

enum class SheetKind { Csv, Xlsx };

struct SheetBytes {
    SheetKind kind = SheetKind::Csv;
    std::string bytes;  // UTF-8 text shaped for GDAL (CSV) or the workbook as it is (XLSX)
    std::string encoding;
    std::string separator;
    bool empty = false;  // nothing but blanks: no header, no rows
    // Found before any row is read; then nothing else is read.
    std::vector<ImportProblem> problems;    // at a row and column
    std::vector<Problem> fileProblems;      // with the file as a whole
};

// The whole file through GDAL's virtual file system (/vsimem/ paths work as well). Throws
// ImportError (not found, a folder, larger than 64 MB, unreadable).
std::string readAllBytes(const std::string& path);

// Tells CSV from XLSX by the bytes, not the name: users rename files. CSV bytes are decoded,
// checked and shaped for GDAL. Throws ImportError for formats that are neither.
SheetBytes classify(std::string bytes);

struct TableRow {
    int row = 0;  // spreadsheet row: the header is row 1
    std::vector<std::string> cells;
};

struct Table {
    std::vector<std::string> headers;
    std::vector<TableRow> rows;
};

// The first layer as strings; takes the bytes out of `sheet`. Throws ImportError past
// kMaxApplicationsPerFile rows that are not blank, or when GDAL cannot read it.
Table readTable(SheetBytes& sheet);

}  // namespace exchange::detail
