#include "app/exchange/xlsx_writer.hpp"

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <ctime>
#include <cstdio>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/io/output_file.hpp"

namespace exchange::xlsx {

namespace {

namespace text = i18n::text;
using i18n::fill;

// The cell styles of styles.xml (cellXfs), by index.
constexpr int kStyleHeader = 1;
constexpr int kStyleDate = 2;
constexpr int kStyleText = 3;
constexpr int kStyleDecimals0 = 4;  // 4 + d: a number shown with d decimals, d = 0…7
constexpr int kMaxDecimals = 7;

const char* const kListSheet = "Listen";

// XML text and attribute values: the five entities, and no control character XML 1.0 forbids
// (a tab and line breaks stay).
std::string escaped(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    out += ' ';
                else
                    out += c;
        }
    }
    return out;
}

// A number as XML needs it: '.' as decimal mark whatever the locale, round-trip precision.
std::string numberText(double v) {
    if (!std::isfinite(v)) return "0";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    std::string s = buf;
    for (char& c : s)
        if (c == ',') c = '.';
    return s;
}

// Days since 1899-12-30, the serial Excel (in its 1900 date system) and LibreOffice count.
long long dateSerial(const domain::Date& d) {
    using namespace std::chrono;
    return (sys_days(d) - sys_days(year(1899) / December / 30)).count();
}

std::string cellRef(std::size_t column, std::size_t row) {
    return columnLetters(column) + std::to_string(row);
}

class SharedStrings {
  public:
    std::size_t index(const std::string& s) {
        ++uses_;
        auto [it, added] = indices_.emplace(s, strings_.size());
        if (added) strings_.push_back(s);
        return it->second;
    }
    std::string xml() const {
        std::string x =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" +
            std::to_string(uses_) + "\" uniqueCount=\"" + std::to_string(strings_.size()) + "\">";
        for (const std::string& s : strings_) {
            // Leading or trailing blanks and line breaks are kept only with xml:space.
            const bool keep = !s.empty() && (s.front() == ' ' || s.back() == ' ' ||
                                             s.find('\n') != std::string::npos);
            x += keep ? "<si><t xml:space=\"preserve\">" : "<si><t>";
            x += escaped(s) + "</t></si>";
        }
        return x + "</sst>";
    }

  private:
    std::map<std::string, std::size_t> indices_;
    std::vector<std::string> strings_;
    std::size_t uses_ = 0;
};

int columnStyle(ColumnKind kind) {
    switch (kind) {
        case ColumnKind::Text: return kStyleText;
        case ColumnKind::Date: return kStyleDate;
        case ColumnKind::General: break;
    }
    return 0;
}

std::string cellXml(const Cell& cell, std::size_t column, std::size_t row, int style,
                    SharedStrings& strings) {
    const std::string ref = cellRef(column, row);
    const std::string s = style ? " s=\"" + std::to_string(style) + "\"" : std::string();
    if (const auto* t = std::get_if<std::string>(&cell)) {
        if (t->empty()) return {};
        return "<c r=\"" + ref + "\"" + s + " t=\"s\"><v>" + std::to_string(strings.index(*t)) +
               "</v></c>";
    }
    if (const auto* n = std::get_if<Number>(&cell)) {
        const int decimals = std::min(n->decimals, kMaxDecimals);
        const std::string ns =
            decimals >= 0 ? " s=\"" + std::to_string(kStyleDecimals0 + decimals) + "\"" : s;
        return "<c r=\"" + ref + "\"" + ns + "><v>" + numberText(n->value) + "</v></c>";
    }
    if (const auto* d = std::get_if<domain::Date>(&cell)) {
        return "<c r=\"" + ref + "\" s=\"" + std::to_string(kStyleDate) + "\"><v>" +
               std::to_string(dateSerial(*d)) + "</v></c>";
    }
    return {};
}

bool hasHeader(const Sheet& sheet) {
    for (const Column& c : sheet.columns)
        if (!c.header.empty()) return true;
    return false;
}

// The range of the list `list` on the hidden sheet: column `index` (0-based), from row 1.
std::string listRange(std::size_t index, const ListValidation& list) {
    const std::string col = columnLetters(index);
    const std::size_t rows = std::max<std::size_t>(list.values.size(), 1);
    return std::string(kListSheet) + "!$" + col + "$1:$" + col + "$" + std::to_string(rows);
}

std::string sheetXml(const Sheet& sheet, SharedStrings& strings,
                     const std::map<const ListValidation*, std::string>& listNames) {
    std::string x =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    const bool header = hasHeader(sheet);
    if (header)
        x += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
             "activePane=\"bottomLeft\" state=\"frozen\"/>"
             "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView>"
             "</sheetViews>";
    x += "<sheetFormatPr defaultRowHeight=\"15\"/>";
    if (!sheet.columns.empty()) {
        x += "<cols>";
        for (std::size_t i = 0; i < sheet.columns.size(); ++i) {
            const Column& c = sheet.columns[i];
            const int style = columnStyle(c.kind);
            x += "<col min=\"" + std::to_string(i + 1) + "\" max=\"" + std::to_string(i + 1) +
                 "\" width=\"" + numberText(c.width) + "\" customWidth=\"1\"" +
                 (style ? " style=\"" + std::to_string(style) + "\"" : std::string()) + "/>";
        }
        x += "</cols>";
    }
    x += "<sheetData>";
    std::size_t row = 1;
    if (header) {
        x += "<row r=\"1\">";
        for (std::size_t i = 0; i < sheet.columns.size(); ++i)
            x += cellXml(Cell{sheet.columns[i].header}, i, 1, kStyleHeader, strings);
        x += "</row>";
        ++row;
    }
    for (const std::vector<Cell>& cells : sheet.rows) {
        x += "<row r=\"" + std::to_string(row) + "\">";
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const int style = i < sheet.columns.size() ? columnStyle(sheet.columns[i].kind) : 0;
            x += cellXml(cells[i], i, row, style, strings);
        }
        x += "</row>";
        ++row;
    }
    x += "</sheetData>";
    if (!sheet.lists.empty()) {
        x += "<dataValidations count=\"" + std::to_string(sheet.lists.size()) + "\">";
        for (const ListValidation& list : sheet.lists) {
            const std::string col = columnLetters(list.column);
            x += "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" "
                 "showErrorMessage=\"1\"";
            if (!list.errorTitle.empty()) x += " errorTitle=\"" + escaped(list.errorTitle) + "\"";
            if (!list.error.empty()) x += " error=\"" + escaped(list.error) + "\"";
            x += " sqref=\"" + col + std::to_string(list.firstRow) + ":" + col +
                 std::to_string(list.lastRow) + "\"><formula1>" + listNames.at(&list) +
                 "</formula1></dataValidation>";
        }
        x += "</dataValidations>";
    }
    x += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.787\" bottom=\"0.787\" header=\"0.3\" "
         "footer=\"0.3\"/>";
    return x + "</worksheet>";
}

std::string stylesXml() {
    std::string numFmts = "<numFmt numFmtId=\"164\" formatCode=\"DD.MM.YYYY\"/>";
    int formats = 1;
    for (int d = 1; d <= kMaxDecimals; ++d, ++formats)
        numFmts += "<numFmt numFmtId=\"" + std::to_string(164 + d) + "\" formatCode=\"0." +
                   std::string(static_cast<std::size_t>(d), '0') + "\"/>";
    std::string xfs =
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyFont=\"1\"/>"
        "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/>"
        "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
        "applyNumberFormat=\"1\"/>";
    for (int d = 1; d <= kMaxDecimals; ++d)
        xfs += "<xf numFmtId=\"" + std::to_string(164 + d) +
               "\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
           "<numFmts count=\"" +
           std::to_string(formats) + "\">" + numFmts +
           "</numFmts>"
           "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/>"
           "</font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
           "</fonts>"
           "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
           "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
           "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
           "</borders>"
           "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
           "borderId=\"0\"/></cellStyleXfs>"
           "<cellXfs count=\"" +
           std::to_string(kStyleDecimals0 + kMaxDecimals + 1) + "\">" + xfs +
           "</cellXfs>"
           "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
           "</cellStyles></styleSheet>";
}

bool allowedSheetName(const std::string& name) {
    if (name.empty() || name.size() > 31 || name.front() == '\'' || name.back() == '\'')
        return false;
    return name.find_first_of("[]:*?/\\") == std::string::npos;
}

// GDAL's zip writer on a /vsimem/ file; the bytes are taken out at the end.
class MemoryZip {
  public:
    explicit MemoryZip(const std::string& target) : target_(target) {
        static std::atomic<unsigned> counter{0};
        path_ = "/vsimem/bk-xlsx-" + std::to_string(getpid()) + "-" +
                std::to_string(counter++) + ".xlsx";
        zip_ = CPLCreateZip(path_.c_str(), nullptr);
        if (!zip_) fail();
    }
    ~MemoryZip() {
        if (zip_) CPLCloseZip(zip_);
        VSIUnlink(path_.c_str());
    }
    MemoryZip(const MemoryZip&) = delete;
    MemoryZip& operator=(const MemoryZip&) = delete;

    void add(const std::string& name, const std::string& content) {
        if (CPLCreateFileInZip(zip_, name.c_str(), nullptr) != CE_None) fail();
        const bool written =
            CPLWriteFileInZip(zip_, content.data(), static_cast<int>(content.size())) == CE_None;
        if (CPLCloseFileInZip(zip_) != CE_None || !written) fail();
    }

    std::string bytes() {
        void* zip = zip_;
        zip_ = nullptr;
        if (CPLCloseZip(zip) != CE_None) fail();
        vsi_l_offset size = 0;
        GByte* data = VSIGetMemFileBuffer(path_.c_str(), &size, FALSE);
        if (!data) fail();
        return std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
    }

  private:
    [[noreturn]] void fail() const {
        const char* why = CPLGetLastErrorMsg();
        throw std::runtime_error(
            fill(text::kXlsxZipFailed, {target_, why && *why ? why : "CPLCreateZip"}));
    }
    std::string target_;
    std::string path_;
    void* zip_ = nullptr;
};

std::string isoNow() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buf;
}

}  // namespace

std::string columnLetters(std::size_t column) {
    std::string letters;
    std::size_t n = column + 1;
    while (n > 0) {
        const std::size_t r = (n - 1) % 26;
        letters.insert(letters.begin(), static_cast<char>('A' + r));
        n = (n - 1) / 26;
    }
    return letters;
}

std::string workbookBytes(const Workbook& workbook, const std::string& target) {
    std::vector<const Sheet*> sheets;
    std::vector<const ListValidation*> lists;
    for (const Sheet& s : workbook.sheets) {
        if (!allowedSheetName(s.name) || s.name == kListSheet)
            throw std::runtime_error(fill(text::kXlsxBadSheetName, {target, s.name}));
        sheets.push_back(&s);
        for (const ListValidation& l : s.lists) lists.push_back(&l);
    }
    // The values of the drop-down lists, one column each, on a hidden sheet after the others.
    Sheet listSheet{kListSheet, {}, {}, {}};
    std::map<const ListValidation*, std::string> listNames;
    std::string definedNames;
    for (std::size_t i = 0; i < lists.size(); ++i) {
        const ListValidation& l = *lists[i];
        for (std::size_t r = 0; r < l.values.size(); ++r) {
            if (listSheet.rows.size() <= r) listSheet.rows.emplace_back();
            listSheet.rows[r].resize(i + 1);
            listSheet.rows[r][i] = Cell{l.values[r]};
        }
        listNames[&l] = l.name;
        definedNames += "<definedName name=\"" + escaped(l.name) + "\">" +
                        escaped(listRange(i, l)) + "</definedName>";
    }
    if (!lists.empty()) sheets.push_back(&listSheet);

    SharedStrings strings;
    std::vector<std::string> sheetXmls;
    for (const Sheet* s : sheets) sheetXmls.push_back(sheetXml(*s, strings, listNames));

    std::string contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/xl/workbook.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        "<Override PartName=\"/xl/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        "<Override PartName=\"/xl/sharedStrings.xml\" "
        "ContentType=\"application/"
        "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
        "<Override PartName=\"/docProps/core.xml\" "
        "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        "<Override PartName=\"/docProps/app.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>";
    std::string workbookSheets, workbookRels;
    for (std::size_t i = 0; i < sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        contentTypes += "<Override PartName=\"/xl/worksheets/sheet" + n +
                        ".xml\" ContentType=\"application/"
                        "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
        const bool hidden = sheets[i] == &listSheet;
        workbookSheets += "<sheet name=\"" + escaped(sheets[i]->name) + "\" sheetId=\"" + n +
                          "\"" + (hidden ? " state=\"hidden\"" : "") + " r:id=\"rId" + n + "\"/>";
        workbookRels += "<Relationship Id=\"rId" + n +
                        "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        "relationships/worksheet\" Target=\"worksheets/sheet" +
                        n + ".xml\"/>";
    }
    contentTypes += "</Types>";
    workbookRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        workbookRels + "<Relationship Id=\"rId" + std::to_string(sheets.size() + 1) +
        "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/><Relationship Id=\"rId" +
        std::to_string(sheets.size() + 2) +
        "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";
    const std::string workbookXml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>" +
        workbookSheets + "</sheets>" +
        (definedNames.empty() ? std::string() : "<definedNames>" + definedNames + "</definedNames>") +
        "</workbook>";
    const std::string rootRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
        "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>";
    const std::string now = isoNow();
    const std::string core =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/"
        "metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        "<dc:title>" +
        escaped(workbook.title) + "</dc:title><dc:creator>" + escaped(workbook.creator) +
        "</dc:creator>" +
        (workbook.description.empty()
             ? std::string()
             : "<dc:description>" + escaped(workbook.description) + "</dc:description>") +
        "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + now +
        "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + now +
        "</dcterms:modified></cp:coreProperties>";
    const std::string app =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "extended-properties\"><Application>Begegnungskarte</Application></Properties>";

    MemoryZip zip(target);
    zip.add("[Content_Types].xml", contentTypes);
    zip.add("_rels/.rels", rootRels);
    zip.add("docProps/core.xml", core);
    zip.add("docProps/app.xml", app);
    zip.add("xl/workbook.xml", workbookXml);
    zip.add("xl/_rels/workbook.xml.rels", workbookRels);
    zip.add("xl/styles.xml", stylesXml());
    for (std::size_t i = 0; i < sheetXmls.size(); ++i)
        zip.add("xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", sheetXmls[i]);
    zip.add("xl/sharedStrings.xml", strings.xml());
    return zip.bytes();
}

void writeWorkbook(const Workbook& workbook, const std::string& path) {
    const std::string bytes = workbookBytes(workbook, path);
    fileio::AtomicOutput file(path, ".xlsx");
    file.write(bytes);
    file.commit();
}

}  // namespace exchange::xlsx
