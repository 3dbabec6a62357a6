// The spreadsheets for the office on the real Kreis Düren project (fixture
// kreis_dueren_project): `export --out bewerbungen.xlsx` read back through GDAL with its types
// and through the importer; the import template's drop-down lists and its round trip (filled
// with one row, imported, stored); the report's scores workbook with one sheet per table.

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_api.h>

#include <filesystem>
#include <string>

#include "app/exchange/application_export.hpp"
#include "app/exchange/application_import.hpp"
#include "app/exchange/scores_workbook.hpp"
#include "app/exchange/xlsx_writer.hpp"
#include "app/i18n/language.hpp"
#include "app/project/project.hpp"
#include "geo/gdal_util.hpp"
#include "tests/support/demo_project_fixture.hpp"
#include "tests/support/import_fixtures.hpp"

namespace {

namespace fs = std::filesystem;
namespace xlsx = exchange::xlsx;
using testdata::TempDir;

const std::string kBoundaries = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";

// A part of a zip file on disk as text ("" when missing).
std::string zipPart(const std::string& zip, const std::string& name) {
    const std::string p = "/vsizip/" + zip + "/" + name;
    VSILFILE* f = VSIFOpenL(p.c_str(), "rb");
    if (!f) return "";
    std::string out;
    char buf[4096];
    size_t n;
    while ((n = VSIFReadL(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    VSIFCloseL(f);
    return out;
}

struct Dataset {
    GDALDatasetH ds = nullptr;
    explicit Dataset(const std::string& path) {
        geo::initGdal();
        // The first row is the header (GDAL's guess fails where a sheet's first data row
        // holds text only). GDAL 3.6's XLSX driver has no open option for it, and it reads the
        // sheets lazily: the config option stays set while the dataset is open.
        CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
        const char* const drivers[] = {"XLSX", nullptr};
        ds = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr);
    }
    ~Dataset() {
        if (ds) GDALClose(ds);
        CPLSetConfigOption("OGR_XLSX_HEADERS", nullptr);
    }
    OGRFieldType type(OGRLayerH layer, const char* field) const {
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        const int i = OGR_FD_GetFieldIndex(defn, field);
        return i < 0 ? OFTMaxType : OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, i));
    }
};

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
        ++n;
    return n;
}

using XlsxExport = testdata::DemoProjectTest;

TEST_F(XlsxExport, ApplicationsWithNumbersAsNumbersAndDatesAsDates) {
    const std::string out = dir_.file("bewerbungen.xlsx");
    {
        project::Project p = project::Project::open(path_, project::OpenOptions{true, ""});
        exchange::ExportSummary s = exchange::exportApplications(p, {out, false});
        EXPECT_EQ(s.format, exchange::ExportFormat::Xlsx);
        EXPECT_EQ(s.applications, p.applications().size());
    }
    Dataset d(out);
    ASSERT_NE(d.ds, nullptr);
    OGRLayerH layer = GDALDatasetGetLayer(d.ds, 0);
    EXPECT_STREQ(OGR_L_GetName(layer), "Bewerbungen");
    EXPECT_EQ(d.type(layer, "Nr"), OFTString);
    EXPECT_EQ(d.type(layer, "Kommune"), OFTString);
    EXPECT_EQ(d.type(layer, "PLZ"), OFTString);  // leading zeros kept
    EXPECT_EQ(d.type(layer, "Akteure aktuell"), OFTInteger);
    EXPECT_EQ(d.type(layer, "Ehrenamtliche"), OFTInteger);
    EXPECT_EQ(d.type(layer, "Breitengrad"), OFTReal);
    EXPECT_EQ(d.type(layer, "Rechtswert"), OFTReal);
    EXPECT_EQ(d.type(layer, "Eingang E-Mail"), OFTDate);
    EXPECT_EQ(d.type(layer, "Ansprechperson"), OFTMaxType);  // no contacts unless asked for
    EXPECT_EQ(OGR_L_GetFeatureCount(layer, TRUE), 8);
    OGRFeatureH f = OGR_L_GetNextFeature(layer);
    ASSERT_NE(f, nullptr);
    const double lat = OGR_F_GetFieldAsDouble(f, OGR_F_GetFieldIndex(f, "Breitengrad"));
    EXPECT_GT(lat, 50.5);
    EXPECT_LT(lat, 51.0);
    OGR_F_Destroy(f);

    // And it reads back in, every row, into an empty project of the district.
    const std::string emptyPath = dir_.file("leer.gpkg");
    fs::copy_file(kBoundaries, emptyPath);
    project::Project empty = project::Project::open(emptyPath);
    exchange::ApplicationFile file =
        exchange::readApplicationFile(out, exchange::importContextFor(empty));
    ASSERT_TRUE(file.problems.empty()) << exchange::formatProblem(file.problems.at(0));
    EXPECT_TRUE(file.ignoredColumns.empty());
    project::Project demo = project::Project::open(path_, project::OpenOptions{true, ""});
    ASSERT_EQ(file.applications.size(), demo.applications().size());
    for (std::size_t i = 0; i < file.applications.size(); ++i) {
        const domain::Application& a = file.applications[i];
        const domain::Application& b = demo.applications()[i];
        EXPECT_EQ(a.nr, b.nr);
        EXPECT_EQ(a.title, b.title);
        EXPECT_EQ(a.actorsNow, b.actorsNow);
        EXPECT_DOUBLE_EQ(a.staffHoursPerWeek, b.staffHoursPerWeek);
        EXPECT_EQ(a.receivedByEmail, b.receivedByEmail);
        EXPECT_EQ(a.phase, b.phase);
        ASSERT_EQ(a.site.has_value(), b.site.has_value());
        if (a.site) {
            EXPECT_NEAR(a.site->x, b.site->x, 0.05);
        }
    }
}

TEST_F(XlsxExport, TemplateHasDropDownListsForTheVocabularies) {
    const std::string out = dir_.file("vorlage.xlsx");
    project::Project p = project::Project::open(path_, project::OpenOptions{true, ""});
    exchange::TemplateSummary s = exchange::writeImportTemplate(&p, out);
    EXPECT_EQ(s.lists, (std::vector<std::string>{"Kommune", "Trägerart", "Liegenschaft", "Phase",
                                                  "Feste Ansprechperson", "Vollständig"}));
    const std::string sheet = zipPart(out, "xl/worksheets/sheet1.xml");
    EXPECT_EQ(count(sheet, "<dataValidation type=\"list\""), 6u) << sheet;
    EXPECT_NE(sheet.find("sqref=\"B2:B5001\"><formula1>Kommunen</formula1>"), std::string::npos);
    EXPECT_NE(sheet.find("sqref=\"D2:D5001\"><formula1>Traegerarten</formula1>"),
              std::string::npos);
    const std::string workbook = zipPart(out, "xl/workbook.xml");
    EXPECT_NE(workbook.find("<sheet name=\"Listen\" sheetId=\"2\" state=\"hidden\""),
              std::string::npos)
        << workbook;
    // The Kommune list holds the project's 15 municipalities, in column A of "Listen".
    EXPECT_NE(workbook.find("<definedName name=\"Kommunen\">Listen!$A$1:$A$15</definedName>"),
              std::string::npos)
        << workbook;
    const std::string strings = zipPart(out, "xl/sharedStrings.xml");
    for (const char* v : {"Düren", "Nideggen", "Verein", "Bürger- / Gemeindehaus",
                          "Konzeptionierung", "ja",
                          "nein"})
        EXPECT_NE(strings.find(std::string(">") + v + "<"), std::string::npos) << v;

    // Only .xlsx; never over the project.
    EXPECT_THROW(exchange::writeImportTemplate(&p, dir_.file("vorlage.csv")), std::runtime_error);
    EXPECT_THROW(exchange::writeImportTemplate(&p, path_), std::runtime_error);
    // Without a project: no Kommune list.
    EXPECT_EQ(exchange::writeImportTemplate(nullptr, dir_.file("ohne.xlsx")).lists.size(), 5u);
}

TEST_F(XlsxExport, TemplateFilledWithOneRowIsImportedAndStored) {
    project::Project p = project::Project::open(path_);
    xlsx::Workbook book = exchange::importTemplate({"Düren", "Jülich"}, p.call().title);
    xlsx::Sheet& sheet = book.sheets.front();
    std::vector<xlsx::Cell> row(sheet.columns.size());
    auto set = [&](const std::string& column, xlsx::Cell v) {
        for (std::size_t i = 0; i < sheet.columns.size(); ++i)
            if (sheet.columns[i].header == column) {
                row[i] = std::move(v);
                return;
            }
        FAIL() << column;
    };
    set("Nr", xlsx::text("V-01"));
    set("Kommune", xlsx::text("Jülich"));
    set("Träger", xlsx::text("Verein aus der Vorlage (fiktiv)"));
    set("Trägerart", xlsx::text("Verein"));
    set("Titel", xlsx::text("Treff aus der Vorlage (fiktiv)"));
    set("PLZ", xlsx::text("02428"));
    set("Rechtswert", xlsx::number(322582.2, 2));
    set("Hochwert", xlsx::number(5631084.9, 2));
    set("Phase", xlsx::text("Einrichtung"));
    set("Akteure aktuell", xlsx::number(3, 0));
    set("Hauptamt Std/Woche", xlsx::number(7.5, 2));
    set("Feste Ansprechperson", xlsx::text("ja"));
    set("Eingang Post", xlsx::date(domain::parseDate("04.03.2024")));
    set("Vollständig", xlsx::text("nein"));
    sheet.rows.push_back(row);
    const std::string out = dir_.file("vorlage-ausgefuellt.xlsx");
    xlsx::writeWorkbook(book, out);

    exchange::ApplicationFile file = exchange::readApplicationFile(out, exchange::importContextFor(p));
    ASSERT_TRUE(file.problems.empty()) << exchange::formatProblem(file.problems.at(0));
    ASSERT_EQ(file.applications.size(), 1u);
    const std::size_t before = p.applications().size();
    p.apply(project::ImportApplications{file.applications, "vorlage-ausgefuellt.xlsx"});
    ASSERT_EQ(p.applications().size(), before + 1);
    const domain::Application& a = p.applications().back();
    EXPECT_EQ(a.nr, "V-01");
    EXPECT_EQ(p.map().municipalityName(a.municipalityAgs), "Jülich");
    EXPECT_EQ(a.applicantKind, domain::ApplicantKind::Verein);
    EXPECT_EQ(a.postcode, "02428");
    EXPECT_EQ(a.phase, domain::Phase::Einrichtung);
    EXPECT_EQ(a.actorsNow, 3);
    EXPECT_DOUBLE_EQ(a.staffHoursPerWeek, 7.5);
    EXPECT_TRUE(a.fixedContact);
    EXPECT_FALSE(a.formComplete);
    EXPECT_EQ(a.receivedByPost, domain::parseDate("04.03.2024"));
    ASSERT_TRUE(a.site.has_value());
    EXPECT_NEAR(a.site->x, 322582.2, 0.01);

    // Stored: a second open of the file has it.
    project::Project again = project::Project::open(path_, project::OpenOptions{true, ""});
    EXPECT_EQ(again.applications().back().nr, "V-01");
}

TEST_F(XlsxExport, ScoresWorkbookHasOneSheetPerTable) {
    project::Project p = project::Project::open(path_);
    // The demo has a committee but no scores yet: the first member scores every application.
    ASSERT_FALSE(p.committee().members.empty());
    const std::int64_t member = p.committee().members.front().id;
    for (const domain::Application& a : p.applications())
        for (int k = 1; k < decision::kCriteria; ++k)
            p.apply(project::SetScore{member, a.id, static_cast<decision::Criterion>(k), 1 + k % 4});
    const decision::Outcome outcome = decision::decide(p.state());
    const std::string out = dir_.file("bewertungen.xlsx");
    xlsx::writeWorkbook(exchange::scoresWorkbook(p, true, outcome), out);
    Dataset d(out);
    ASSERT_NE(d.ds, nullptr);
    ASSERT_EQ(GDALDatasetGetLayerCount(d.ds), 4);
    EXPECT_STREQ(OGR_L_GetName(GDALDatasetGetLayer(d.ds, 0)), "Bewertungen");
    EXPECT_STREQ(OGR_L_GetName(GDALDatasetGetLayer(d.ds, 1)), "Zusammenfassung");
    EXPECT_STREQ(OGR_L_GetName(GDALDatasetGetLayer(d.ds, 2)), "Rangfolge");
    EXPECT_STREQ(OGR_L_GetName(GDALDatasetGetLayer(d.ds, 3)), "Entscheidung");

    OGRLayerH scores = GDALDatasetGetLayer(d.ds, 0);
    const std::size_t expectedRows =
        p.applications().size() * p.committee().members.size() * (decision::kCriteria - 1);
    EXPECT_EQ(static_cast<std::size_t>(OGR_L_GetFeatureCount(scores, TRUE)), expectedRows);
    EXPECT_EQ(d.type(scores, "Punkte"), OFTInteger);
    // Anonymous: "Mitglied 1", never a name.
    OGRFeatureH f = OGR_L_GetNextFeature(scores);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(std::string(OGR_F_GetFieldAsString(f, OGR_F_GetFieldIndex(f, "Mitglied")))
                  .rfind("Mitglied ", 0),
              0u);
    OGR_F_Destroy(f);

    OGRLayerH ranking = GDALDatasetGetLayer(d.ds, 2);
    EXPECT_EQ(static_cast<std::size_t>(OGR_L_GetFeatureCount(ranking, TRUE)),
              outcome.ranking.ranked.size());
    EXPECT_EQ(d.type(ranking, "Rang"), OFTInteger);
    EXPECT_EQ(d.type(ranking, "Gesamt"), OFTReal);
    f = OGR_L_GetNextFeature(ranking);
    ASSERT_NE(f, nullptr);
    EXPECT_EQ(OGR_F_GetFieldAsInteger(f, 0), 1);
    EXPECT_NEAR(OGR_F_GetFieldAsDouble(f, OGR_F_GetFieldIndex(f, "Gesamt")),
                outcome.ranking.ranked.front().total, 1e-9);
    OGR_F_Destroy(f);

    OGRLayerH decisionSheet = GDALDatasetGetLayer(d.ds, 3);
    f = OGR_L_GetNextFeature(decisionSheet);
    ASSERT_NE(f, nullptr);
    EXPECT_STREQ(OGR_F_GetFieldAsString(f, 0), "Empfohlene Auswahl");
    EXPECT_EQ(std::string(OGR_F_GetFieldAsString(f, 1)),
              decision::setNrs(p.state(), outcome.recommendation));
    OGR_F_Destroy(f);
}

TEST(XlsxExportPaths, XlsxByExtension) {
    EXPECT_EQ(exchange::exportFormatFor("a/B.XLSX"), exchange::ExportFormat::Xlsx);
    EXPECT_TRUE(exchange::isXlsxPath("bericht-bewertungen.Xlsx"));
    EXPECT_FALSE(exchange::isXlsxPath("bericht-bewertungen.csv"));
}

}  // namespace
