#include "app/exchange/application_import.hpp"

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "app/domain/limits.hpp"
#include "app/project/project.hpp"
#include "app/exchange/text_encoding.hpp"
#include "geo/crs.hpp"
#include "geo/error.hpp"
#include "geo/gdal_handles.hpp"
#include "geo/gdal_util.hpp"

namespace exchange {

using domain::allValues;
using domain::parseDate;
using domain::parseLabel;
namespace limits = domain::limits;

using domain::ActorKind;
using domain::Application;
using domain::Date;
using domain::Municipality;
using domain::Phase;
using domain::Status;
using domain::TargetGroup;
using project::Project;

namespace {

// ---------------------------------------------------------------------------------------------
// Text helpers

bool isBlank(char c) {
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

std::string trim(std::string_view s) {
    while (!s.empty() && isBlank(s.front())) s.remove_prefix(1);
    while (!s.empty() && isBlank(s.back())) s.remove_suffix(1);
    return std::string(s);
}

// Lower case with umlauts and ß spelled out, so "Jülich", "JUELICH" and "Juelich" compare equal.
std::string fold(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == 0xC3 && i + 1 < text.size()) {
            auto next = static_cast<unsigned char>(text[i + 1]);
            const char* spelled = next == 0xA4 || next == 0x84   ? "ae"
                                  : next == 0xB6 || next == 0x96 ? "oe"
                                  : next == 0xBC || next == 0x9C ? "ue"
                                  : next == 0x9F                 ? "ss"
                                                                 : nullptr;
            if (spelled) {
                out += spelled;
                ++i;
                continue;
            }
        }
        out += static_cast<char>(std::tolower(c));
    }
    return trim(out);
}

// Headers compare on letters and digits only: "E-Mail", "Email" and "e_mail" are one column,
// as are "Hauptamt Std/Woche" and "Hauptamt Std / Woche".
std::string headerKey(std::string_view header) {
    std::string out;
    for (char c : fold(header))
        if (std::isalnum(static_cast<unsigned char>(c))) out += c;
    return out;
}

std::string quoted(std::string_view s) {
    return "'" + std::string(s) + "'";
}

std::string joined(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : std::string(separator)) + p;
    return out;
}

// ---------------------------------------------------------------------------------------------
// Encoding

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// ---------------------------------------------------------------------------------------------
// CSV text, shaped for GDAL

bool isBlankRecord(std::string_view record) {
    return std::all_of(record.begin(), record.end(),
                       [](char c) { return isBlank(c) || c == ';' || c == ','; });
}

// A quoted cell that never closes, or is longer than the limits allow (limits.hpp).
struct QuoteProblem {
    std::size_t openedAt = 0;  // offset of the opening quote in the scanned text
    bool endOfFile = false;    // runs to the end of the file; else: past the limits
};

struct CsvScan {
    std::vector<std::string_view> records;  // views into the scanned text
    std::optional<QuoteProblem> quote;      // scanning stopped there
    bool tooManyRows = false;               // stopped after the header and maxRows rows
};

// Splits text into records at line ends outside double quotes (a cell may hold line breaks):
// LF, CRLF, or a lone CR as Excel for Mac writes ("CSV (Macintosh)"). A quote opens a quoted
// stretch anywhere (as GDAL reads it) and "" inside one is a quote character. Stops at a
// quoted stretch that does not close before the end or before kMaxQuotedCellChars characters
// or kMaxQuotedCellLines lines, and after maxRows records that are not blank following the
// header: one pass, nothing parsed beyond the limit.
// `utf8`: the text is UTF-8, so continuation bytes are no characters of their own.
CsvScan scanCsv(std::string_view text, std::size_t maxRows, bool utf8) {
    CsvScan out;
    std::size_t start = 0, rows = 0;
    bool inQuotes = false;
    std::size_t openedAt = 0, chars = 0, lines = 1;
    auto endRecord = [&](std::size_t end) {
        std::string_view record = text.substr(start, end - start);
        if (!isBlankRecord(record) && rows++ > maxRows) {  // the first one is the header
            out.tooManyRows = true;
            return false;
        }
        out.records.push_back(record);
        return true;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                ++i;
            } else if (c == '"') {
                inQuotes = false;
                continue;
            } else if (c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
                ++lines;
            }
            if (!utf8 || (static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;
            if (chars > limits::kMaxQuotedCellChars || lines > limits::kMaxQuotedCellLines) {
                out.quote = QuoteProblem{openedAt, false};
                out.records.push_back(text.substr(start));  // the record it opened in
                return out;
            }
        } else if (c == '"') {
            inQuotes = true;
            openedAt = i;
            chars = 0;
            lines = 1;
        } else if (c == '\n' || c == '\r') {
            if (!endRecord(i)) return out;
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            start = i + 1;
        }
    }
    if (inQuotes) {
        out.quote = QuoteProblem{openedAt, true};
        out.records.push_back(text.substr(start));
        return out;
    }
    if (start < text.size()) endRecord(text.size());
    return out;
}

// Excel writes ';' where the decimal mark is ',' (Germany) and ',' elsewhere; the header line
// tells which, as no column name holds either.
char detectSeparator(std::string_view header) {
    int semicolons = 0, commas = 0;
    bool inQuotes = false;
    for (char c : header) {
        if (c == '"') inQuotes = !inQuotes;
        if (!inQuotes && c == ';') ++semicolons;
        if (!inQuotes && c == ',') ++commas;
    }
    return commas > semicolons ? ',' : ';';
}

std::vector<std::string> splitCsvRecord(std::string_view record, char separator) {
    std::vector<std::string> cells(1);
    bool inQuotes = false;
    for (std::size_t i = 0; i < record.size(); ++i) {
        char c = record[i];
        if (c == '"' && inQuotes && i + 1 < record.size() && record[i + 1] == '"') {
            cells.back() += '"';
            ++i;
        } else if (c == '"') {
            inQuotes = !inQuotes;
        } else if (c == separator && !inQuotes) {
            cells.emplace_back();
        } else {
            cells.back() += c;
        }
    }
    return cells;
}

// The text GDAL gets: the header with every name quoted, because GDAL 3.6 guesses the
// separator from the header and falls back to ',' when it sees both ',' and ';' there; and
// every empty line turned into a lone separator, because GDAL skips empty lines and the row
// numbers the user sees would then drift.
std::string shapeCsvForGdal(const std::vector<std::string_view>& records, char separator) {
    std::string out;
    for (const std::string& name : splitCsvRecord(records.front(), separator)) {
        if (!out.empty()) out += separator;
        out += '"';
        for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
        out += '"';
    }
    out += '\n';
    for (std::size_t i = 1; i < records.size(); ++i) {
        if (records[i].empty())
            out += separator;
        else
            out += records[i];
        out += '\n';
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// The file's bytes, classified

enum class SheetKind { Csv, Xlsx };

struct SheetBytes {
    SheetKind kind = SheetKind::Csv;
    std::string bytes;  // UTF-8 text shaped for GDAL (CSV) or the workbook as it is (XLSX)
    std::string encoding;
    std::string separator;
    bool empty = false;  // nothing but blanks: no header, no rows
    // Found before any row is read; then nothing else is read.
    std::vector<ImportProblem> problems;    // at a row and column
    std::vector<std::string> fileProblems;  // with the file as a whole
};

// Larger files are not lists of applications; refusing them keeps a wrong pick cheap.
constexpr vsi_l_offset kMaxFileBytes = 64ull * 1024 * 1024;

// Reads the whole file through GDAL's virtual file system, so /vsimem/ paths work as well,
// straight into one string (no second copy: a 64 MB file costs 64 MB). Throws GeoError with a
// message for the user.
std::string readAllBytes(const std::string& path) {
    VSIStatBufL st;
    if (VSIStatL(path.c_str(), &st) != 0) throw geo::GeoError("file not found");
    if (VSI_ISDIR(st.st_mode)) throw geo::GeoError("is a folder, not a file");
    if (static_cast<vsi_l_offset>(st.st_size) > kMaxFileBytes)
        throw geo::GeoError("the file is larger than 64 MB; it is not a list of applications");
    VSILFILE* fp = VSIFOpenL(path.c_str(), "rb");
    if (!fp) throw geo::GeoError("cannot read the file: " + geo::lastGdalError());
    std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
    const std::size_t read = VSIFReadL(bytes.data(), 1, bytes.size(), fp);
    VSIFCloseL(fp);
    if (read != bytes.size()) throw geo::GeoError("cannot read the file: " + geo::lastGdalError());
    return bytes;
}

bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

// Where a byte of the CSV text lies as the user sees it: row (header = 1) and column.
class CsvPlaces {
  public:
    // `records` as scanned from `text`, leading and trailing blank records already dropped;
    // the header's names in `headerNames` (UTF-8).
    CsvPlaces(std::string_view text, const std::vector<std::string_view>& records, char separator,
              std::vector<std::string> headerNames)
        : text_(text), records_(records), separator_(separator), headers_(std::move(headerNames)) {}

    // The problem at `offset` (into the text), with `message`.
    ImportProblem at(std::size_t offset, std::string message) const {
        // The last record that starts at or before the offset.
        auto it =
            std::upper_bound(records_.begin(), records_.end(), offset,
                             [&](std::size_t o, std::string_view r) { return o < startOf(r); });
        const std::size_t index =
            it == records_.begin() ? 0 : static_cast<std::size_t>(it - records_.begin()) - 1;
        const std::size_t start = records_.empty() ? 0 : startOf(records_[index]);
        std::size_t cell = 0;
        bool inQuotes = false;
        for (std::size_t i = start; i < offset && i < text_.size(); ++i) {
            if (text_[i] == '"') inQuotes = !inQuotes;
            if (text_[i] == separator_ && !inQuotes) ++cell;
        }
        // The header row's own cells, and cells past the header, by number.
        std::string column = index > 0 && cell < headers_.size() && !headers_[cell].empty()
                                 ? headers_[cell]
                                 : std::to_string(cell + 1);
        return {static_cast<int>(index) + 1, std::move(column), std::move(message)};
    }

  private:
    std::size_t startOf(std::string_view record) const {
        return static_cast<std::size_t>(record.data() - text_.data());
    }

    std::string_view text_;
    const std::vector<std::string_view>& records_;
    char separator_;
    std::vector<std::string> headers_;
};

// 5000 -> "5,000"
std::string withThousands(std::size_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

// The file is refused as a whole past kMaxApplicationsPerFile rows.
std::string tooManyRows() {
    return "more than " + withThousands(limits::kMaxApplicationsPerFile) +
           " rows of applications; at most " + withThousands(limits::kMaxApplicationsPerFile) +
           " are imported from one file (a call receives tens), so nothing is imported: split "
           "the file";
}

// Decodes, checks and shapes CSV bytes. Every check runs before GDAL sees a byte:
// - a quote that never closes (or runs past the limits of limits.hpp) is a problem at the
//   row and column where it opened, instead of one cell swallowing the rows after it;
// - more than kMaxApplicationsPerFile rows are refused after counting that many, not parsed;
// - the encoding: UTF-8 when every byte is; Windows-1252 (as Excel writes "CSV") when bytes
//   are not UTF-8 and there are no more well-formed UTF-8 characters than such bytes; a file
//   with more well-formed UTF-8 characters than bad bytes is UTF-8 with broken bytes, each a
//   problem at its row, column and byte offset in the file (decoding it as Windows-1252 would
//   garble the header's umlauts and misreport "required column missing: Träger").
SheetBytes decodeCsv(std::string bytes) {
    SheetBytes out;
    std::string_view text = bytes;
    std::size_t bom = 0;
    if (startsWith(text, kUtf8Bom)) {
        text.remove_prefix(kUtf8Bom.size());
        bom = kUtf8Bom.size();
    }
    const Utf8Check utf8 = checkUtf8(text);
    const TextEncoding encoding = likelyEncoding(utf8);
    const bool brokenUtf8 = encoding == TextEncoding::BrokenUtf8;
    out.encoding = encoding == TextEncoding::Windows1252 ? "Windows-1252" : "UTF-8";
    CsvScan scan = scanCsv(text, limits::kMaxApplicationsPerFile, out.encoding == "UTF-8");
    std::vector<std::string_view>& records = scan.records;
    while (!records.empty() && trim(records.back()).empty() && !scan.quote) records.pop_back();
    while (!records.empty() && trim(records.front()).empty()) records.erase(records.begin());
    if (scan.tooManyRows) {
        out.fileProblems.push_back(tooManyRows());
        return out;
    }
    if (records.empty()) {
        out.empty = true;
        return out;
    }
    auto decoded = [&](std::string_view raw) {
        return out.encoding == "UTF-8" ? std::string(raw) : windows1252ToUtf8(raw);
    };
    // The header as far as it goes (an unclosed quote may have cut it).
    std::string_view header = records.front();
    if (scan.quote && records.size() == 1)
        header = header.substr(
            0, scan.quote->openedAt - static_cast<std::size_t>(header.data() - text.data()));
    const char separator = detectSeparator(header);
    out.separator = std::string(1, separator);
    std::vector<std::string> names;
    for (const std::string& name : splitCsvRecord(header, separator))
        names.push_back(trim(decoded(name)));
    const CsvPlaces places(text, records, separator, names);

    if (scan.quote) {
        out.problems.push_back(
            places.at(scan.quote->openedAt,
                      scan.quote->endOfFile
                          ? "a quote opened here is never closed (it runs to the end of the file)"
                          : "a quote opened here is not closed within " +
                                withThousands(limits::kMaxQuotedCellChars) + " characters or " +
                                std::to_string(limits::kMaxQuotedCellLines) +
                                " lines, the most a cell may hold; is its closing quote missing?"));
        return out;
    }
    if (brokenUtf8) {
        for (std::size_t at : utf8.invalidAt)
            out.problems.push_back(places.at(at, "invalid UTF-8 byte " + hexByte(text[at]) +
                                                     " at byte offset " +
                                                     std::to_string(at + bom)));
        if (utf8.invalid > utf8.invalidAt.size())
            out.fileProblems.push_back(std::to_string(utf8.invalid - utf8.invalidAt.size()) +
                                       " more invalid UTF-8 bytes; save the file as CSV UTF-8");
        return out;
    }
    if (out.encoding == "UTF-8") {
        out.bytes = shapeCsvForGdal(records, separator);
        return out;
    }
    // Windows-1252: the records again over the UTF-8 text (quotes and line ends are the same
    // bytes in both, so the scan finds the same records).
    const std::string utf8Text = windows1252ToUtf8(text);
    CsvScan again = scanCsv(utf8Text, limits::kMaxApplicationsPerFile, true);
    if (again.quote || again.tooManyRows)  // cannot be: the first scan counted alike
        throw geo::GeoError("the CSV reads differently after decoding Windows-1252");
    while (!again.records.empty() && trim(again.records.back()).empty()) again.records.pop_back();
    while (!again.records.empty() && trim(again.records.front()).empty())
        again.records.erase(again.records.begin());
    out.bytes = shapeCsvForGdal(again.records, separator);
    return out;
}

// Tells CSV from XLSX by the bytes, not the name: users rename files. Throws GeoError for
// formats that are neither.
SheetBytes classify(std::string bytes) {
    if (startsWith(bytes, "PK\x03\x04")) {
        SheetBytes out;
        out.kind = SheetKind::Xlsx;
        out.encoding = "UTF-8";  // XLSX stores text as Unicode
        out.bytes = std::move(bytes);
        return out;
    }
    if (startsWith(bytes, "\xD0\xCF\x11\xE0"))
        throw geo::GeoError("an old Excel workbook (.xls); save it as .xlsx or CSV");
    if (startsWith(bytes, "\xFF\xFE") || startsWith(bytes, "\xFE\xFF"))
        throw geo::GeoError("UTF-16 text; save it as CSV (UTF-8) or .xlsx");
    if (bytes.find('\0') != std::string::npos)
        throw geo::GeoError("not a CSV or XLSX file GDAL can read");
    return decodeCsv(std::move(bytes));
}

// ---------------------------------------------------------------------------------------------
// GDAL access

using geo::DatasetPtr;
using geo::FeaturePtr;

// An in-memory file over `bytes`, unlinked when it goes; GDAL reads it in place.
class MemFile {
  public:
    MemFile(const std::string& name, std::string bytes) : bytes_(std::move(bytes)) {
        static std::atomic<unsigned> counter{0};
        path_ = "/vsimem/bk_application_import_" + std::to_string(counter++) + "/" + name;
        VSILFILE* fp = VSIFileFromMemBuffer(path_.c_str(), reinterpret_cast<GByte*>(bytes_.data()),
                                            bytes_.size(), FALSE);
        if (!fp) throw geo::GeoError("cannot create the in-memory copy " + path_);
        VSIFCloseL(fp);
    }
    ~MemFile() { VSIUnlink(path_.c_str()); }
    MemFile(const MemFile&) = delete;
    MemFile& operator=(const MemFile&) = delete;
    const std::string& path() const { return path_; }

  private:
    std::string bytes_;
    std::string path_;
};

// Sets configuration options for this thread only and restores them when it goes.
class ThreadConfig {
  public:
    ThreadConfig() = default;
    ~ThreadConfig() {
        for (auto it = saved_.rbegin(); it != saved_.rend(); ++it)
            CPLSetThreadLocalConfigOption(it->first.c_str(),
                                          it->second ? it->second->c_str() : nullptr);
    }
    ThreadConfig(const ThreadConfig&) = delete;
    ThreadConfig& operator=(const ThreadConfig&) = delete;
    void set(const std::string& key, const std::string& value) {
        const char* old = CPLGetThreadLocalConfigOption(key.c_str(), nullptr);
        saved_.emplace_back(key, old ? std::optional<std::string>(old) : std::nullopt);
        CPLSetThreadLocalConfigOption(key.c_str(), value.c_str());
    }

  private:
    std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};

// Newer GDAL versions take some settings as open options that GDAL 3.6 only reads from
// configuration options; passing an option the driver does not list only earns a warning.
bool driverTakesOpenOption(const char* driver, const std::string& option) {
    GDALDriverH d = GDALGetDriverByName(driver);
    const char* list = d ? GDALGetMetadataItem(d, GDAL_DMD_OPENOPTIONLIST, nullptr) : nullptr;
    return list && std::string_view(list).find("name=\"" + option + "\"") != std::string::npos;
}

void addOpenOption(CPLStringList& options, const char* driver, const std::string& name,
                   const std::string& value) {
    if (driverTakesOpenOption(driver, name)) options.SetNameValue(name.c_str(), value.c_str());
}

struct TableRow {
    int row = 0;  // spreadsheet row: the header is row 1
    std::vector<std::string> cells;
};

struct Table {
    std::vector<std::string> headers;
    std::vector<TableRow> rows;
};

// The first layer as strings. Every value is read as text (no type guessing): a PLZ keeps
// its leading zero and "1.500" stays for us to interpret.
// Takes the bytes out of `sheet`. Stops with GeoError past kMaxApplicationsPerFile rows that
// are not blank (a CSV was counted before; this is for XLSX).
Table readTable(SheetBytes& sheet) {
    const bool csv = sheet.kind == SheetKind::Csv;
    const char* driver = csv ? "CSV" : "XLSX";
    MemFile mem(csv ? "bewerbungen.csv" : "bewerbungen.xlsx", std::move(sheet.bytes));
    CPLStringList options;
    ThreadConfig config;  // lives until reading ends: the XLSX driver parses sheets lazily
    if (csv) {
        options.SetNameValue("HEADERS", "YES");
        options.SetNameValue("AUTODETECT_TYPE", "NO");
        options.SetNameValue("EMPTY_STRING_AS_NULL", "NO");
        addOpenOption(options, driver, "SEPARATOR", sheet.separator == "," ? "COMMA" : "SEMICOLON");
    } else {
        config.set("OGR_XLSX_HEADERS", "FORCE");
        config.set("OGR_XLSX_FIELD_TYPES", "STRING");
        addOpenOption(options, driver, "HEADERS", "FORCE");
        addOpenOption(options, driver, "FIELD_TYPES", "STRING");
    }
    const char* const drivers[] = {driver, nullptr};
    geo::GdalFailureCollector failures;
    DatasetPtr ds(GDALOpenEx(mem.path().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                             options.List(), nullptr));
    auto because = [&] {
        return failures.failures().empty() ? std::string()
                                           : " (" + failures.failures().back() + ")";
    };
    if (!ds)
        throw geo::GeoError(std::string("not a ") + (csv ? "CSV file" : "XLSX workbook") +
                            " GDAL can read" + because());
    if (GDALDatasetGetLayerCount(ds.get()) < 1) return {};
    OGRLayerH layer = GDALDatasetGetLayer(ds.get(), 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    Table table;
    const int fields = OGR_FD_GetFieldCount(defn);
    for (int i = 0; i < fields; ++i)
        table.headers.push_back(trim(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i))));
    int read = 0;
    std::size_t rows = 0;
    while (FeaturePtr f{OGR_L_GetNextFeature(layer)}) {
        ++read;
        TableRow row;
        // The CSV text was shaped to give one feature per record; the XLSX driver numbers
        // features by their sheet row.
        row.row = csv ? read + 1 : static_cast<int>(OGR_F_GetFID(f.get()));
        for (int i = 0; i < fields; ++i)
            row.cells.emplace_back(
                OGR_F_IsFieldSetAndNotNull(f.get(), i) ? OGR_F_GetFieldAsString(f.get(), i) : "");
        const bool blank = std::all_of(row.cells.begin(), row.cells.end(),
                                       [](const std::string& c) { return trim(c).empty(); });
        if (!blank && ++rows > limits::kMaxApplicationsPerFile) throw geo::GeoError(tooManyRows());
        table.rows.push_back(std::move(row));
    }
    if (!failures.failures().empty()) throw geo::GeoError("reading stopped" + because());
    return table;
}

// ---------------------------------------------------------------------------------------------
// Columns

enum class Col {
    Nr,
    Kommune,
    Traeger,
    Traegerart,
    Titel,
    Strasse,
    Plz,
    Ort,
    Breitengrad,
    Laengengrad,
    Rechtswert,
    Hochwert,
    Liegenschaft,
    Phase,
    AkteureAktuell,
    AkteureZiel,
    Akteursarten,
    Zielgruppen,
    HauptamtStunden,
    Ehrenamtliche,
    Eigenmittel,
    Oeffnungszeiten,
    FesteAnsprechperson,
    Ansprechperson,
    Email,
    Telefon,
    EingangEmail,
    EingangPost,
    Vollstaendig,
    Konzept
};

constexpr const auto& kColumnNames = kSpreadsheetColumns;
static_assert(kColumnNames.size() == static_cast<std::size_t>(Col::Konzept) + 1);

constexpr std::array<Col, 4> kRequired = {Col::Nr, Col::Kommune, Col::Traeger, Col::Titel};

constexpr std::size_t at(Col c) {
    return static_cast<std::size_t>(c);
}

std::string nameOf(Col c) {
    return std::string(kColumnNames.at(at(c)));
}

struct ColumnMap {
    std::array<int, kColumnNames.size()> index{};         // -1: the file has no such column
    std::array<std::string, kColumnNames.size()> header;  // as the file spells it
    bool has(Col c) const { return index.at(at(c)) >= 0; }
};

std::optional<Col> columnFor(const std::string& header) {
    const std::string key = headerKey(header);
    for (std::size_t i = 0; i < kColumnNames.size(); ++i)
        if (headerKey(kColumnNames.at(i)) == key) return static_cast<Col>(i);
    return std::nullopt;
}

// Matches headers to columns; reports columns named twice and missing required columns or
// half coordinate pairs as problems with the file.
ColumnMap mapColumns(const std::vector<std::string>& headers, std::vector<std::string>& ignored,
                     std::vector<std::string>& fileProblems) {
    ColumnMap map;
    map.index.fill(-1);
    for (std::size_t i = 0; i < headers.size(); ++i) {
        std::optional<Col> col = columnFor(headers[i]);
        if (!col) {
            ignored.push_back(headers[i]);
        } else if (map.has(*col)) {
            fileProblems.push_back("the columns " + quoted(map.header.at(at(*col))) + " and " +
                                   quoted(headers[i]) + " both mean " + nameOf(*col));
        } else {
            map.index.at(at(*col)) = static_cast<int>(i);
            map.header.at(at(*col)) = headers[i];
        }
    }
    std::vector<std::string> missing;
    for (Col c : kRequired)
        if (!map.has(c)) missing.push_back(nameOf(c));
    if (!missing.empty())
        fileProblems.push_back("required column" + std::string(missing.size() > 1 ? "s" : "") +
                               " missing: " + joined(missing, ", "));
    for (auto [a, b] : {std::pair{Col::Breitengrad, Col::Laengengrad},
                        std::pair{Col::Rechtswert, Col::Hochwert}}) {
        if (map.has(a) != map.has(b))
            fileProblems.push_back("the column " + nameOf(map.has(a) ? a : b) + " needs " +
                                   nameOf(map.has(a) ? b : a) + " as well");
    }
    return map;
}

// ---------------------------------------------------------------------------------------------
// Cell values

enum class NumberText {
    Coordinate,  // one decimal mark, '.' or ','; no thousands separators
    Typed,       // typed into a CSV: "1.500" and "1.500,50" carry thousands separators
    Cell,        // an XLSX number cell as text: "1.125" is one and an eighth
};

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

bool looksLikeEmail(std::string_view s) {
    std::size_t at = s.find('@');
    if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos)
        return false;
    if (std::any_of(s.begin(), s.end(), isBlank)) return false;
    std::string_view domain = s.substr(at + 1);
    std::size_t dot = domain.find('.');
    return dot != std::string_view::npos && dot > 0 && domain.back() != '.';
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

template <typename E>
std::optional<E> labelValue(std::string_view text) {
    return parseLabel<E>(spacedSlashes(text));
}

template <typename E>
std::string allowedLabels() {
    std::vector<std::string> labels;
    for (E v : allValues<E>()) labels.emplace_back(label(v));
    return joined(labels, ", ");
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

// ---------------------------------------------------------------------------------------------
// One row

// Reads the cells of one row, reporting each value that does not fit under the row and the
// column as the file names it.
class RowReader {
  public:
    RowReader(const TableRow& row, const ColumnMap& columns, bool spreadsheetCells,
              std::vector<ImportProblem>& problems)
        : row_(row),
          columns_(columns),
          spreadsheetCells_(spreadsheetCells),
          problems_(problems),
          problemsBefore_(problems.size()) {}

    int number() const { return row_.row; }
    bool has(Col c) const { return columns_.has(c); }
    const std::string& header(Col c) const { return columns_.header.at(at(c)); }
    bool hasProblems() const { return problems_.size() > problemsBefore_; }

    // Trimmed text; empty where the file lacks the column.
    std::string text(Col c) const {
        int i = columns_.index.at(at(c));
        return i < 0 || static_cast<std::size_t>(i) >= row_.cells.size()
                   ? std::string()
                   : trim(row_.cells[static_cast<std::size_t>(i)]);
    }

    void problem(Col c, std::string message) {
        problems_.push_back({row_.row, header(c), std::move(message)});
    }
    void rowProblem(std::string message) {
        problems_.push_back({row_.row, std::string(), std::move(message)});
    }

    // A missing required column is reported once for the file, not once per row.
    std::string required(Col c) {
        std::string t = text(c);
        if (t.empty() && has(c)) problem(c, "is empty; every application needs " + nameOf(c));
        return t;
    }

    std::optional<double> number(Col c, NumberText kind) {
        std::string t = text(c);
        auto v = parseNumber(t, kind);
        if (!v) problem(c, quoted(t) + " is not a number");
        return v;
    }

    // 0 .. `most` (limits.hpp); `bound` says what the bound is, for the message.
    double amount(Col c, double most, const std::string& bound) {
        if (text(c).empty()) return 0;
        std::optional<double> v = number(c, numberText());
        if (!v) return 0;
        if (*v < 0) {
            problem(c, quoted(text(c)) + " is negative");
        } else if (*v > most) {
            problem(c, quoted(text(c)) + " is more than " + bound);
        } else {
            return *v;
        }
        return 0;
    }

    int count(Col c) {
        if (text(c).empty()) return 0;
        std::optional<double> v = number(c, numberText());
        if (!v) return 0;
        if (*v < 0) {
            problem(c, quoted(text(c)) + " is negative; a count is 0 or more");
        } else if (*v != std::floor(*v)) {
            problem(c, quoted(text(c)) + " is not a whole number");
        } else if (*v > limits::kMaxCount) {
            problem(c, quoted(text(c)) + " is more than " +
                           withThousands(static_cast<std::size_t>(limits::kMaxCount)) +
                           ", the upper bound for counts");
        } else {
            return static_cast<int>(*v);
        }
        return 0;
    }

    bool yesNo(Col c) {
        std::optional<bool> v = parseYesNo(text(c));
        if (!v) problem(c, quoted(text(c)) + " is neither ja nor nein");
        return v.value_or(false);
    }

    std::optional<Date> date(Col c) {
        std::string t = text(c);
        if (t.empty()) return std::nullopt;
        std::optional<Date> d = parseDateCell(t);
        if (!d) problem(c, quoted(t) + " is not a date (dd.mm.yyyy)");
        return d;
    }

    // An empty cell keeps the model's default.
    template <typename E>
    void choice(Col c, E& out) {
        std::string t = text(c);
        if (t.empty()) return;
        if (std::optional<E> v = labelValue<E>(t))
            out = *v;
        else
            problem(c, "unknown value " + quoted(t) + "; allowed: " + allowedLabels<E>());
    }

    // Values separated by '|', sorted and without duplicates as the model wants them.
    template <typename E>
    std::vector<E> list(Col c) {
        std::vector<E> out;
        std::string t = text(c);
        std::size_t start = 0;
        while (start <= t.size()) {
            std::size_t bar = std::min(t.find('|', start), t.size());
            std::string part = trim(std::string_view(t).substr(start, bar - start));
            start = bar + 1;
            if (part.empty()) continue;
            if (std::optional<E> v = labelValue<E>(part))
                out.push_back(*v);
            else
                problem(c, "unknown value " + quoted(part) + "; allowed: " + allowedLabels<E>());
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    std::string email(Col c) {
        std::string t = text(c);
        if (!t.empty() && !looksLikeEmail(t)) problem(c, quoted(t) + " is not an e-mail address");
        return t;
    }

  private:
    NumberText numberText() const {
        return spreadsheetCells_ ? NumberText::Cell : NumberText::Typed;
    }

    const TableRow& row_;
    const ColumnMap& columns_;
    bool spreadsheetCells_;
    std::vector<ImportProblem>& problems_;
    std::size_t problemsBefore_;
};

// ---------------------------------------------------------------------------------------------
// Municipalities

std::size_t levenshtein(std::string_view a, std::string_view b) {
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1,
                                   previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// A Kommune cell names the municipality or gives its AGS; Excel drops the AGS's leading zero
// when it takes the column for numbers, so seven digits get it back.
const MunicipalityRef* findMunicipality(const std::vector<MunicipalityRef>& list,
                                        const std::string& cell) {
    std::string ags = cell.size() == 7 && allDigits(cell) ? "0" + cell : cell;
    const std::string name = fold(cell);
    for (const MunicipalityRef& m : list)
        if (m.ags == ags || fold(m.name) == name) return &m;
    return nullptr;
}

const MunicipalityRef* closestMunicipality(const std::vector<MunicipalityRef>& list,
                                           const std::string& cell) {
    const std::string name = fold(cell);
    const MunicipalityRef* best = nullptr;
    std::size_t bestDistance = 0;
    for (const MunicipalityRef& m : list) {
        std::size_t d = levenshtein(name, fold(m.name));
        if (!best || d < bestDistance) best = &m, bestDistance = d;
    }
    return best;
}

std::string readMunicipality(RowReader& row, const std::vector<MunicipalityRef>& list) {
    std::string cell = row.required(Col::Kommune);
    if (cell.empty()) return {};
    if (const MunicipalityRef* m = findMunicipality(list, cell)) return m->ags;
    std::string message = "unknown municipality " + quoted(cell);
    if (const MunicipalityRef* near = closestMunicipality(list, cell))
        message += "; did you mean " + quoted(near->name) + "?";
    row.problem(Col::Kommune, message);
    return {};
}

// Nr must be unique in the file and new to the project.
class NrRegister {
  public:
    explicit NrRegister(const std::set<std::string>& existing) : existing_(existing) {}

    std::string read(RowReader& row) {
        std::string nr = row.required(Col::Nr);
        if (nr.empty()) return nr;
        auto [it, fresh] = firstRow_.emplace(nr, row.number());
        if (!fresh)
            row.problem(Col::Nr,
                        "Nr " + quoted(nr) + " already in row " + std::to_string(it->second));
        if (existing_.count(nr) > 0)
            row.problem(Col::Nr, "Nr " + quoted(nr) + " is already in the project");
        return nr;
    }

  private:
    const std::set<std::string>& existing_;
    std::map<std::string, int> firstRow_;
};

// ---------------------------------------------------------------------------------------------
// Sites

// Two sites given for one place may differ by rounding, not by a street.
constexpr double kSiteAgreementMetres = 50;

struct Site {
    geo::Vec2 xy;       // EPSG:25832
    std::string shown;  // as a message shows it: "50.8043, 6.482"
};

class SiteReader {
  public:
    SiteReader(const ImportContext& context, std::vector<ImportProblem>& problems)
        : context_(context), problems_(problems) {}

    // Empty cells: no site. Problems are reported on the row; the site is then nullopt.
    std::optional<geo::Vec2> read(RowReader& row) {
        bool bad = false;
        std::optional<Site> degrees = fromDegrees(row, bad);
        std::optional<Site> metres = fromMetres(row, bad);
        if (bad) return std::nullopt;
        if (degrees && metres) {
            double apart = geo::length(degrees->xy - metres->xy);
            if (apart > kSiteAgreementMetres) {
                row.rowProblem("Breitengrad/Längengrad and Rechtswert/Hochwert are " +
                               formatNumber(apart, 0) + " m apart; they must give the same site");
                return std::nullopt;
            }
        }
        const std::optional<Site>& site = metres ? metres : degrees;
        if (!site) return std::nullopt;
        if (context_.insideDistrict && !context_.insideDistrict(site->xy)) {
            row.problem(metres ? Col::Rechtswert : Col::Breitengrad,
                        "site (" + site->shown + ") lies outside the district");
            return std::nullopt;
        }
        return site->xy;
    }

  private:
    // Both cells of a pair as numbers; nullopt when both are empty or something is wrong.
    static std::optional<std::pair<double, double>> pair(RowReader& row, Col first, Col second,
                                                         bool& bad) {
        if (!row.has(first) || !row.has(second)) return std::nullopt;
        std::string a = row.text(first), b = row.text(second);
        if (a.empty() && b.empty()) return std::nullopt;
        if (a.empty() || b.empty()) {
            row.problem(a.empty() ? first : second,
                        "is empty while " + row.header(a.empty() ? second : first) + " is given");
            bad = true;
            return std::nullopt;
        }
        auto x = parseNumber(a, NumberText::Coordinate);
        auto y = parseNumber(b, NumberText::Coordinate);
        if (!x) row.problem(first, quoted(a) + " is not a coordinate");
        if (!y) row.problem(second, quoted(b) + " is not a coordinate");
        if (!x || !y) {
            bad = true;
            return std::nullopt;
        }
        return std::pair{*x, *y};
    }

    // Reports a value outside [low, high]; true when it fits.
    static bool within(RowReader& row, Col c, double v, double low, double high,
                       const std::string& what) {
        if (v >= low && v <= high) return true;
        row.problem(c, quoted(row.text(c)) + " is not " + what);
        return false;
    }

    std::optional<Site> fromDegrees(RowReader& row, bool& bad) {
        auto latLon = pair(row, Col::Breitengrad, Col::Laengengrad, bad);
        if (!latLon) return std::nullopt;
        auto [lat, lon] = *latLon;
        bool fits = within(row, Col::Breitengrad, lat, -90, 90, "a latitude (-90 to 90)");
        fits = within(row, Col::Laengengrad, lon, -180, 180, "a longitude (-180 to 180)") && fits;
        const geo::Transformer* toProject = fits ? transformer() : nullptr;
        if (!toProject) {
            bad = true;
            return std::nullopt;
        }
        try {
            geo::Vec2 xy = toProject->forward({lon, lat});  // x = east = longitude
            return Site{xy, formatNumber(lat, 6) + ", " + formatNumber(lon, 6)};
        } catch (const geo::GeoError& e) {
            row.problem(Col::Breitengrad, e.what());
            bad = true;
            return std::nullopt;
        }
    }

    std::optional<Site> fromMetres(RowReader& row, bool& bad) {
        auto eastNorth = pair(row, Col::Rechtswert, Col::Hochwert, bad);
        if (!eastNorth) return std::nullopt;
        auto [east, north] = *eastNorth;
        // UTM eastings stay within 100 to 900 km; "32322582" is the same with the zone put in
        // front, a Gauss-Krüger habit the project does not take.
        const std::string inMetres = "in metres (EPSG:25832)";
        bool fits = within(row, Col::Rechtswert, east, 100000, 900000, "a Rechtswert " + inMetres);
        fits = within(row, Col::Hochwert, north, 0, 10000000, "a Hochwert " + inMetres) && fits;
        if (!fits) {
            bad = true;
            return std::nullopt;
        }
        return Site{{east, north}, formatNumber(east, 1) + ", " + formatNumber(north, 1)};
    }

    // Made once, on the first site in degrees; a failure is reported once for the file.
    const geo::Transformer* transformer() {
        if (!toProject_ && !transformerFailed_) {
            try {
                toProject_.emplace("EPSG:4326", geo::kProjectCrs);
            } catch (const geo::GeoError& e) {
                transformerFailed_ = true;
                problems_.push_back({0, "", std::string("cannot convert degrees: ") + e.what()});
            }
        }
        return toProject_ ? &*toProject_ : nullptr;
    }

    const ImportContext& context_;
    std::vector<ImportProblem>& problems_;
    std::optional<geo::Transformer> toProject_;
    bool transformerFailed_ = false;
};

// ---------------------------------------------------------------------------------------------
// Applications

struct RowContext {
    const ImportContext& context;
    NrRegister& nrs;
    SiteReader& sites;
};

void readIdentity(RowReader& row, RowContext& ctx, Application& a) {
    a.nr = ctx.nrs.read(row);
    a.municipalityAgs = readMunicipality(row, ctx.context.municipalities);
    a.applicant = row.required(Col::Traeger);
    row.choice(Col::Traegerart, a.applicantKind);
    a.title = row.required(Col::Titel);
}

void readPlace(RowReader& row, RowContext& ctx, Application& a) {
    a.street = row.text(Col::Strasse);
    a.postcode = row.text(Col::Plz);
    a.town = row.text(Col::Ort);
    a.site = ctx.sites.read(row);
    row.choice(Col::Liegenschaft, a.property);
}

void readProfile(RowReader& row, Application& a) {
    row.choice(Col::Phase, a.phase);
    a.actorsNow = row.count(Col::AkteureAktuell);
    a.actorsTarget = row.count(Col::AkteureZiel);
    a.actorKinds = row.list<ActorKind>(Col::Akteursarten);
    a.targetGroups = row.list<TargetGroup>(Col::Zielgruppen);
    a.staffHoursPerWeek =
        row.amount(Col::HauptamtStunden, limits::kMaxHoursPerWeek,
                   formatNumber(limits::kMaxHoursPerWeek, 0) + ", the hours a week has");
    a.volunteers = row.count(Col::Ehrenamtliche);
    a.ownFundsEurPerYear =
        row.amount(Col::Eigenmittel, limits::kMaxAmountEur,
                   withThousands(static_cast<std::size_t>(limits::kMaxAmountEur)) +
                       " €, the upper bound for amounts");
    a.openingHours = row.text(Col::Oeffnungszeiten);
    a.fixedContact = row.yesNo(Col::FesteAnsprechperson);
}

void readContactAndReceipt(RowReader& row, Application& a) {
    a.contactName = row.text(Col::Ansprechperson);
    a.contactEmail = row.email(Col::Email);
    a.contactPhone = row.text(Col::Telefon);
    a.receivedByEmail = row.date(Col::EingangEmail);
    a.receivedByPost = row.date(Col::EingangPost);
    a.formComplete = row.yesNo(Col::Vollstaendig);
    a.conceptText = row.text(Col::Konzept);
}

// Spreadsheets often end in rows that only look empty; those are skipped, as are rows with
// text in unknown columns only.
bool isBlankRow(const TableRow& row, const ColumnMap& columns) {
    for (int i : columns.index)
        if (i >= 0 && static_cast<std::size_t>(i) < row.cells.size() &&
            !trim(row.cells[static_cast<std::size_t>(i)]).empty())
            return false;
    return true;
}

// Reads every row; only rows without problems become applications.
void readRows(const Table& table, const ColumnMap& columns, const SheetBytes& sheet,
              const ImportContext& context, ApplicationFile& out) {
    NrRegister nrs(context.existingNrs);
    SiteReader sites(context, out.problems);
    RowContext ctx{context, nrs, sites};
    int rows = 0;
    for (const TableRow& tableRow : table.rows) {
        if (isBlankRow(tableRow, columns)) continue;
        ++rows;
        RowReader row(tableRow, columns, sheet.kind == SheetKind::Xlsx, out.problems);
        Application a;
        readIdentity(row, ctx, a);
        readPlace(row, ctx, a);
        readProfile(row, a);
        readContactAndReceipt(row, a);
        a.status = Status::Eingegangen;
        if (!row.hasProblems()) out.applications.push_back(std::move(a));
    }
    if (rows == 0) out.problems.push_back({0, "", "the file holds no applications"});
}

}  // namespace

ImportContext importContextFor(const Project& project) {
    ImportContext context;
    for (const Municipality& m : project.map().municipalities)
        context.municipalities.push_back({m.ags, m.name});
    for (const Application& a : project.applications()) context.existingNrs.insert(a.nr);
    context.insideDistrict = [&project](const geo::Vec2& site) {
        return project.municipalityAt(site).has_value();
    };
    return context;
}

std::string formatProblem(const ImportProblem& p) {
    if (p.row <= 0) return p.message;
    std::string out = "row " + std::to_string(p.row);
    if (!p.column.empty()) out += ", column " + p.column;
    return out + ": " + p.message;
}

ApplicationFile readApplicationFile(const std::string& path, const ImportContext& context) {
    // initGdal() also replaces the log sink, so only call it when nobody has set GDAL up.
    if (GDALGetDriverCount() == 0) geo::initGdal();
    ApplicationFile out;
    auto fileProblem = [&](const std::string& message) {
        out.problems.push_back({0, "", path + ": " + message});
    };
    SheetBytes sheet;
    Table table;
    try {
        std::string bytes = readAllBytes(path);
        // An XLSX renamed to .csv is read by its bytes; the other way round, text named .xlsx,
        // is said plainly instead of reported as a CSV with unknown columns.
        const std::size_t dot = path.find_last_of("./");
        std::string extension =
            dot != std::string::npos && path[dot] == '.' ? path.substr(dot) : std::string();
        std::transform(extension.begin(), extension.end(), extension.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if ((extension == ".xlsx" || extension == ".xlsm") && !startsWith(bytes, "PK\x03\x04")) {
            fileProblem("not an XLSX workbook (an .xlsx file is a ZIP archive, this one is not); "
                        "save it again as .xlsx, or name it .csv if it is a CSV file");
            return out;
        }
        sheet = classify(std::move(bytes));
        out.encoding = sheet.encoding;
        out.separator = sheet.separator;
        if (!sheet.problems.empty() || !sheet.fileProblems.empty()) {
            out.problems = std::move(sheet.problems);
            for (const std::string& message : sheet.fileProblems) fileProblem(message);
            return out;
        }
        if (sheet.empty) {
            fileProblem("the file holds no applications");
            return out;
        }
        table = readTable(sheet);
    } catch (const geo::GeoError& e) {
        fileProblem(e.what());
        return out;
    }
    if (table.headers.empty()) {
        fileProblem("the file holds no applications");
        return out;
    }
    std::vector<std::string> columnProblems;
    ColumnMap columns = mapColumns(table.headers, out.ignoredColumns, columnProblems);
    for (const std::string& message : columnProblems) fileProblem(message);
    const std::size_t before = out.problems.size();
    readRows(table, columns, sheet, context, out);
    // The rows are still read, so every problem shows at once; but without a required column
    // no row is an application.
    if (!columnProblems.empty()) out.applications.clear();
    // Problems with the file as a whole name it; readRows adds them without the path.
    for (std::size_t i = before; i < out.problems.size(); ++i)
        if (out.problems[i].row == 0)
            out.problems[i].message = path + ": " + out.problems[i].message;
    return out;
}

}  // namespace exchange
