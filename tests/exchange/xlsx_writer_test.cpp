// The XLSX writer (exchange/xlsx_writer): workbooks read back through GDAL's XLSX driver with
// their types (text, integer, real, date), the parts of the zip, and the file written through
// fileio.

#include "app/exchange/xlsx_writer.hpp"

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_api.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "geo/gdal_util.hpp"
#include "tests/support/import_fixtures.hpp"

namespace {

namespace fs = std::filesystem;
namespace xlsx = exchange::xlsx;

// The bytes as a /vsimem/ file, removed at the end.
struct MemXlsx {
    std::string path;
    MemXlsx(const std::string& name, const std::string& bytes) : path("/vsimem/" + name) {
        VSILFILE* f = VSIFOpenL(path.c_str(), "wb");
        VSIFWriteL(bytes.data(), 1, bytes.size(), f);
        VSIFCloseL(f);
    }
    ~MemXlsx() { VSIUnlink(path.c_str()); }
    // A part of the zip as text.
    std::string part(const std::string& name) const {
        const std::string p = "/vsizip/" + path + "/" + name;
        VSILFILE* f = VSIFOpenL(p.c_str(), "rb");
        if (!f) return "";
        std::string out;
        char buf[4096];
        size_t n;
        while ((n = VSIFReadL(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
        VSIFCloseL(f);
        return out;
    }
};

struct Dataset {
    GDALDatasetH ds = nullptr;
    explicit Dataset(const std::string& path) {
        geo::initGdal();
        CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
        const char* const drivers[] = {"XLSX", nullptr};
        ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr);
        CPLSetConfigOption("OGR_XLSX_HEADERS", nullptr);
    }
    ~Dataset() {
        if (ds) GDALClose(ds);
    }
};

xlsx::Workbook sample() {
    xlsx::Sheet s;
    s.name = "Bewerbungen";
    s.columns = {{"Nr", 10, xlsx::ColumnKind::Text},
                 {"Träger <&> \"x\"", 30, xlsx::ColumnKind::General},
                 {"Anzahl", 10, xlsx::ColumnKind::General},
                 {"Stunden", 10, xlsx::ColumnKind::General},
                 {"Eingang", 12, xlsx::ColumnKind::Date}};
    s.rows.push_back({xlsx::text("B-01"), xlsx::text("Verein „Mitte“ & Co.\nzweite Zeile"),
                      xlsx::number(7, 0), xlsx::number(12.5, 2),
                      xlsx::date(domain::parseDate("01.03.2024"))});
    s.rows.push_back({xlsx::text("B-02"), xlsx::text("=1+1"), xlsx::number(0, 0),
                      xlsx::number(0.25, 2), xlsx::Cell{}});
    xlsx::Sheet second;
    second.name = "Zweites Blatt";
    second.columns = {{"a", 8, xlsx::ColumnKind::General}};
    second.rows.push_back({xlsx::number(3.14159, 4)});
    xlsx::Workbook book;
    book.sheets = {s, second};
    book.title = "Titel";
    book.creator = "Begegnungskarte";
    return book;
}

TEST(XlsxWriter, ColumnLetters) {
    EXPECT_EQ(xlsx::columnLetters(0), "A");
    EXPECT_EQ(xlsx::columnLetters(25), "Z");
    EXPECT_EQ(xlsx::columnLetters(26), "AA");
    EXPECT_EQ(xlsx::columnLetters(29), "AD");
    EXPECT_EQ(xlsx::columnLetters(701), "ZZ");
    EXPECT_EQ(xlsx::columnLetters(702), "AAA");
}

TEST(XlsxWriter, GdalReadsTextNumbersAndDatesWithTheirTypes) {
    MemXlsx file("xlsx-writer-types.xlsx", xlsx::workbookBytes(sample(), "t.xlsx"));
    Dataset d(file.path);
    ASSERT_NE(d.ds, nullptr);
    ASSERT_EQ(GDALDatasetGetLayerCount(d.ds), 2);
    OGRLayerH layer = GDALDatasetGetLayer(d.ds, 0);
    EXPECT_STREQ(OGR_L_GetName(layer), "Bewerbungen");
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    ASSERT_EQ(OGR_FD_GetFieldCount(defn), 5);
    EXPECT_STREQ(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, 1)), "Träger <&> \"x\"");
    EXPECT_EQ(OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, 0)), OFTString);
    EXPECT_EQ(OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, 1)), OFTString);
    EXPECT_EQ(OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, 2)), OFTInteger);
    EXPECT_EQ(OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, 3)), OFTReal);
    EXPECT_EQ(OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, 4)), OFTDate);

    OGRFeatureH f = OGR_L_GetNextFeature(layer);
    ASSERT_NE(f, nullptr);
    EXPECT_STREQ(OGR_F_GetFieldAsString(f, 0), "B-01");
    EXPECT_STREQ(OGR_F_GetFieldAsString(f, 1), "Verein „Mitte“ & Co.\nzweite Zeile");
    EXPECT_EQ(OGR_F_GetFieldAsInteger(f, 2), 7);
    EXPECT_DOUBLE_EQ(OGR_F_GetFieldAsDouble(f, 3), 12.5);
    int y = 0, m = 0, day = 0, h = 0, min = 0, tz = 0;
    float s = 0;
    ASSERT_TRUE(OGR_F_GetFieldAsDateTimeEx(f, 4, &y, &m, &day, &h, &min, &s, &tz));
    EXPECT_EQ(y, 2024);
    EXPECT_EQ(m, 3);
    EXPECT_EQ(day, 1);
    OGR_F_Destroy(f);
    f = OGR_L_GetNextFeature(layer);
    ASSERT_NE(f, nullptr);
    EXPECT_STREQ(OGR_F_GetFieldAsString(f, 1), "=1+1");  // text, never a formula
    EXPECT_DOUBLE_EQ(OGR_F_GetFieldAsDouble(f, 3), 0.25);
    EXPECT_FALSE(OGR_F_IsFieldSetAndNotNull(f, 4));
    OGR_F_Destroy(f);

    OGRLayerH second = GDALDatasetGetLayer(d.ds, 1);
    EXPECT_STREQ(OGR_L_GetName(second), "Zweites Blatt");
    f = OGR_L_GetNextFeature(second);
    ASSERT_NE(f, nullptr);
    EXPECT_DOUBLE_EQ(OGR_F_GetFieldAsDouble(f, 0), 3.14159);
    OGR_F_Destroy(f);
}

TEST(XlsxWriter, PartsOfTheZip) {
    MemXlsx file("xlsx-writer-parts.xlsx", xlsx::workbookBytes(sample(), "t.xlsx"));
    const std::string sheet = file.part("xl/worksheets/sheet1.xml");
    // The date is the serial 45352 (2024-03-01) with the date style; the header row is frozen.
    EXPECT_NE(sheet.find("<c r=\"E2\" s=\"2\"><v>45352</v></c>"), std::string::npos) << sheet;
    EXPECT_NE(sheet.find("state=\"frozen\""), std::string::npos);
    EXPECT_NE(sheet.find("<c r=\"D2\" s=\"6\"><v>12.5</v></c>"), std::string::npos);
    EXPECT_NE(file.part("xl/styles.xml").find("formatCode=\"DD.MM.YYYY\""), std::string::npos);
    EXPECT_NE(file.part("docProps/core.xml").find("<dc:title>Titel</dc:title>"),
              std::string::npos);
    EXPECT_NE(file.part("[Content_Types].xml").find("/xl/worksheets/sheet2.xml"),
              std::string::npos);
    // No drop-down lists, no hidden list sheet.
    EXPECT_EQ(file.part("xl/workbook.xml").find("Listen"), std::string::npos);
}

TEST(XlsxWriter, RefusesSheetNamesExcelRefuses) {
    xlsx::Workbook book = sample();
    book.sheets[1].name = "a/b";
    EXPECT_THROW(xlsx::workbookBytes(book, "t.xlsx"), std::runtime_error);
    book.sheets[1].name = std::string(32, 'x');
    EXPECT_THROW(xlsx::workbookBytes(book, "t.xlsx"), std::runtime_error);
}

TEST(XlsxWriter, WritesTheFileThroughATemporaryFile) {
    testdata::TempDir dir;
    const std::string path = dir.file("mappe.xlsx");
    xlsx::writeWorkbook(sample(), path);
    ASSERT_TRUE(fs::exists(path));
    std::ifstream in(path, std::ios::binary);
    std::string head(4, '\0');
    in.read(head.data(), 4);
    EXPECT_EQ(head, std::string("PK\x03\x04", 4));
    for (const auto& e : fs::directory_iterator(dir.path))
        EXPECT_EQ(e.path().filename().string(), "mappe.xlsx");  // no temporary left
    // A folder missing: an error naming the file, nothing written.
    EXPECT_THROW(xlsx::writeWorkbook(sample(), dir.file("fehlt/mappe.xlsx")), std::runtime_error);
}

}  // namespace
