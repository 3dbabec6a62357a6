#pragma once
// The one CSV writer: every CSV the program writes (export --out x.csv, rank --format csv, the
// report's scores CSV) is made of these cells, so all of them quote and guard alike.
//
// A cell is written as follows:
//  1. Formula guard (spreadsheet formula injection, OWASP "CSV injection"). A cell whose first
//     character is '=', '+', '-', '@', TAB or CR would be taken for a formula (or a DDE call)
//     by Excel or LibreOffice when the file is opened, e.g. a title "=HYPERLINK(...)" or
//     "@SUM(A1)". Such a cell gets an apostrophe put in front ("'=1+2"), so the spreadsheet
//     shows it as text. This is the rule the report's scores CSV has always used, with one
//     exception: a plain negative number, '-' followed by digits with at most one decimal
//     separator ('.' or ',') between digits ("-5", "-0,25", "-12.5"), stays as it is. A
//     spreadsheet reads it as that number and nothing else, so the guard would only spoil the
//     value. A leading '+' is always guarded: the program never writes one, and text such as a
//     phone number "+49..." stays text that way.
//  2. Quoting (RFC 4180). A cell holding the separator, '"', CR or LF, or beginning or ending
//     with white space, is put in double quotes, with every '"' doubled. Line breaks inside a
//     cell are kept as they are (the reader takes them back inside the quotes).
//
// Text is UTF-8 and passed through byte for byte (the project stores UTF-8). The file starts
// with a UTF-8 byte order mark by default: Excel takes a CSV without one for Windows-1252.
// The separator is ';' by default, as Excel reads CSV in Germany (with the decimal comma).
//
// The importer (store/application_import) reads these files back; the guard's apostrophe is
// then part of the text.

#include <initializer_list>
#include <string>
#include <string_view>

namespace exchange {

// True when `cell` would be read as a formula and gets the apostrophe (rule 1 above).
bool needsFormulaGuard(std::string_view cell);

// One cell as written into a line: guarded, then quoted when needed (rules 1 and 2).
std::string csvCell(std::string_view value, char separator = ';');

struct CsvFormat {
    char separator = ';';          // not '"', CR or LF (std::invalid_argument otherwise)
    bool byteOrderMark = true;     // start with EF BB BF
    std::string lineEnd = "\r\n";  // RFC 4180; "\n" where a file always had it
};

// Builds a CSV text in memory, a row at a time:
//
//   exchange::CsvWriter csv;
//   csv.row({"Nr", "Titel"});
//   csv.cell(a.nr).cell(a.title).endRow();
//   fileio::writeFileAtomically(path, csv.text());
class CsvWriter {
  public:
    explicit CsvWriter(CsvFormat format = {});

    // Appends one cell to the current row.
    CsvWriter& cell(std::string_view value);
    // Ends the current row (a row without cells is an empty line).
    CsvWriter& endRow();
    // The cells of one whole row, then endRow().
    CsvWriter& row(std::initializer_list<std::string_view> cells);

    const std::string& text() const { return text_; }

  private:
    CsvFormat format_;
    std::string text_;
    bool rowStarted_ = false;
};

}  // namespace exchange
