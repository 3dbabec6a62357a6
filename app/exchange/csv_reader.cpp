#include "app/exchange/csv_reader.hpp"

#include <cpl_conv.h>
#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <optional>
#include <utility>

#include "app/domain/limits.hpp"
#include "app/exchange/text_encoding.hpp"
#include "geo/gdal_handles.hpp"
#include "geo/gdal_util.hpp"

namespace exchange::detail {

namespace limits = domain::limits;

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



// Larger files are not lists of applications; refusing them keeps a wrong pick cheap.
constexpr vsi_l_offset kMaxFileBytes = 64ull * 1024 * 1024;

// Reads the whole file through GDAL's virtual file system, so /vsimem/ paths work as well,
// straight into one string (no second copy: a 64 MB file costs 64 MB). Throws GeoError with a
// message for the user.
std::string readAllBytes(const std::string& path) {
    VSIStatBufL st;
    if (VSIStatL(path.c_str(), &st) != 0) throw ImportError({ProblemCode::FileNotFound, "", {}});
    if (VSI_ISDIR(st.st_mode)) throw ImportError({ProblemCode::FileIsFolder, "", {}});
    if (static_cast<vsi_l_offset>(st.st_size) > kMaxFileBytes)
        throw ImportError({ProblemCode::FileTooLarge, "", {"64"}});
    VSILFILE* fp = VSIFOpenL(path.c_str(), "rb");
    if (!fp) throw ImportError({ProblemCode::FileUnreadable, "", {geo::lastGdalError()}});
    std::string bytes(static_cast<std::size_t>(st.st_size), '\0');
    const std::size_t read = VSIFReadL(bytes.data(), 1, bytes.size(), fp);
    VSIFCloseL(fp);
    if (read != bytes.size())
        throw ImportError({ProblemCode::FileUnreadable, "", {geo::lastGdalError()}});
    return bytes;
}

// Where a byte of the CSV text lies as the user sees it: row (header = 1) and column.
class CsvPlaces {
  public:
    // `records` as scanned from `text`, leading and trailing blank records already dropped;
    // the header's names in `headerNames` (UTF-8).
    CsvPlaces(std::string_view text, const std::vector<std::string_view>& records, char separator,
              std::vector<std::string> headerNames)
        : text_(text), records_(records), separator_(separator), headers_(std::move(headerNames)) {}

    // `problem` at `offset` (into the text).
    ImportProblem at(std::size_t offset, Problem problem) const {
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
        return {static_cast<int>(index) + 1, std::move(column), std::move(problem), {}};
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
        out.fileProblems.push_back({ProblemCode::FileTooManyRows, "", {}});
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
                      {scan.quote->endOfFile ? ProblemCode::QuoteNeverCloses
                                             : ProblemCode::QuoteTooLong,
                       "",
                       {}}));
        return out;
    }
    if (brokenUtf8) {
        for (std::size_t at : utf8.invalidAt)
            out.problems.push_back(places.at(
                at, {ProblemCode::InvalidUtf8Byte, "", {hexByte(text[at]), std::to_string(at + bom)}}));
        if (utf8.invalid > utf8.invalidAt.size())
            out.fileProblems.push_back({ProblemCode::MoreInvalidUtf8,
                                        "",
                                        {std::to_string(utf8.invalid - utf8.invalidAt.size())}});
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
        throw ImportError({ProblemCode::FileNotATable, "", {"Windows-1252"}});
    while (!again.records.empty() && trim(again.records.back()).empty()) again.records.pop_back();
    while (!again.records.empty() && trim(again.records.front()).empty())
        again.records.erase(again.records.begin());
    out.bytes = shapeCsvForGdal(again.records, separator);
    return out;
}

// Tells CSV from XLSX by the bytes, not the name: users rename files. Throws ImportError for
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
        throw ImportError({ProblemCode::FileOldExcel, "", {}});
    if (startsWith(bytes, "\xFF\xFE") || startsWith(bytes, "\xFE\xFF"))
        throw ImportError({ProblemCode::FileUtf16, "", {}});
    if (bytes.find('\0') != std::string::npos)
        throw ImportError({ProblemCode::FileNotATable, "", {}});
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
        if (!fp) throw ImportError({ProblemCode::FileUnreadable, "", {path_}});
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



// The first layer as strings. Every value is read as text (no type guessing): a PLZ keeps
// its leading zero and "1.500" stays for us to interpret.
// Takes the bytes out of `sheet`. Stops with GeoError past kMaxApplicationsPerFile rows that
// are not blank (a CSV was counted before; this is for XLSX).
Table readTable(SheetBytes& sheet) {
    // The drivers are registered by whoever used GDAL first; opening a project no longer does
    // (store/map_data_reader reads it with SQLite), so `score --csv` may be the first.
    if (GDALGetDriverCount() == 0) geo::initGdal();
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
        return failures.failures().empty() ? std::string() : failures.failures().back();
    };
    if (!ds) throw ImportError({ProblemCode::FileNotATable, "", {because()}});
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
        if (!blank && ++rows > limits::kMaxApplicationsPerFile)
            throw ImportError({ProblemCode::FileTooManyRows, "", {}});
        table.rows.push_back(std::move(row));
    }
    if (!failures.failures().empty())
        throw ImportError({ProblemCode::FileUnreadable, "", {because()}});
    return table;
}


}  // namespace exchange::detail
