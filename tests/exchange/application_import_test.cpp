// The spreadsheet import: CSV in both encodings and with both separators, XLSX written through
// GDAL, both coordinate systems, and every bad input with the row and column it is reported at.

#include "app/exchange/application_import.hpp"

#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_api.h>

#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "app/domain/limits.hpp"
#include "app/i18n/language.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/i18n/strings.hpp"
#include "app/project/project.hpp"
#include "geo/gdal_util.hpp"
#include "tests/support/import_fixtures.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

using exchange::ImportProblem;
using testdata::TempDir;

// The columns of data/bewerbungen-vorlage.csv, in its order.
const std::vector<std::string> kTemplate = {"Nr",
                                            "Kommune",
                                            "Träger",
                                            "Trägerart",
                                            "Titel",
                                            "Straße",
                                            "PLZ",
                                            "Ort",
                                            "Breitengrad",
                                            "Längengrad",
                                            "Rechtswert",
                                            "Hochwert",
                                            "Liegenschaft",
                                            "Phase",
                                            "Akteure aktuell",
                                            "Akteure Ziel",
                                            "Akteursarten",
                                            "Zielgruppen",
                                            "Hauptamt Std/Woche",
                                            "Ehrenamtliche",
                                            "Eigenmittel EUR",
                                            "Öffnungszeiten",
                                            "Feste Ansprechperson",
                                            "Ansprechperson",
                                            "E-Mail",
                                            "Telefon",
                                            "Eingang E-Mail",
                                            "Eingang Post",
                                            "Vollständig",
                                            "Konzept"};

using Row = std::map<std::string, std::string>;

// A complete, valid application in Düren, at the known point 50.8043 N, 6.4820 E
// (EPSG:25832: 322582.2, 5631084.9).
Row validRow(const std::string& nr) {
    return {{"Nr", nr},
            {"Kommune", "Düren"},
            {"Träger", "Caritasverband für die Region Düren-Jülich e.V."},
            {"Trägerart", "Wohlfahrtsverband"},
            {"Titel", "Begegnungscafé am Markt"},
            {"Straße", "Markt 1"},
            {"PLZ", "52349"},
            {"Ort", "Düren"},
            {"Breitengrad", "50.8043"},
            {"Längengrad", "6.4820"},
            {"Liegenschaft", "Bürger- / Gemeindehaus"},
            {"Phase", "Einrichtung"},
            {"Akteure aktuell", "4"},
            {"Akteure Ziel", "9"},
            {"Akteursarten", "Verein|Kommune"},
            {"Zielgruppen", "Senior*innen | Kinder"},
            {"Hauptamt Std/Woche", "12,5"},
            {"Ehrenamtliche", "7"},
            {"Eigenmittel EUR", "1.200"},
            {"Öffnungszeiten", "Di und Do 15–18 Uhr"},
            {"Feste Ansprechperson", "ja"},
            {"Ansprechperson", "Erika Mustermann"},
            {"E-Mail", "erika@example.org"},
            {"Telefon", "02421 000000"},
            {"Eingang E-Mail", "28.02.2024"},
            {"Eingang Post", "2024-03-01"},
            {"Vollständig", "nein"},
            {"Konzept", "Ein Ort für alle Generationen."}};
}

Row with(Row row, std::initializer_list<std::pair<const std::string, std::string>> changes) {
    for (const auto& [column, value] : changes) row[column] = value;
    return row;
}

std::string csvCell(const std::string& value, char separator) {
    if (value.find_first_of(std::string(1, separator) + "\"\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char c : value) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// CSV text with the given header and rows (missing cells empty), CRLF line ends as Excel writes.
std::string csv(const std::vector<std::string>& header, const std::vector<Row>& rows,
                char separator = ';') {
    std::string out;
    auto line = [&](auto cell) {
        for (std::size_t i = 0; i < header.size(); ++i)
            out += (i ? std::string(1, separator) : "") + csvCell(cell(header[i]), separator);
        out += "\r\n";
    };
    line([](const std::string& h) { return h; });
    for (const Row& r : rows)
        line([&](const std::string& h) {
            auto it = r.find(h);
            return it == r.end() ? std::string() : it->second;
        });
    return out;
}

// Kreis Düren's municipalities; the district is a box around them (enough for these tests).
exchange::ImportContext context(std::set<std::string> existingNrs = {}) {
    exchange::ImportContext c;
    c.municipalities = {{"05358004", "Aldenhoven"},  {"05358008", "Düren"},
                        {"05358016", "Hürtgenwald"}, {"05358024", "Jülich"},
                        {"05358028", "Kreuzau"},     {"05358052", "Nörvenich"},
                        {"05358056", "Titz"},        {"05358060", "Vettweiß"}};
    c.existingNrs = std::move(existingNrs);
    c.insideDistrict = [](const geo::Vec2& p) {
        return p.x > 302000 && p.x < 340000 && p.y > 5608000 && p.y < 5659000;
    };
    return c;
}

// The expectations below are the English texts (--lang en); German is tested on its own.
struct ApplicationImport : ::testing::Test {
    TempDir dir;
    i18n::Lang languageBefore = i18n::language();
    ApplicationImport() { i18n::setLanguage(i18n::Lang::En); }
    ~ApplicationImport() override { i18n::setLanguage(languageBefore); }

    exchange::ApplicationFile read(const std::string& text, const exchange::ImportContext& c = context(),
                                const std::string& name = "bewerbungen.csv") {
        std::string path = dir.file(name);
        testdata::write(path, text);
        return exchange::readApplicationFile(path, c);
    }
};

// The message without the row and column (English: the fixture sets it).
std::string messageOf(const ImportProblem& p) {
    return i18n::problemText(p.problem, i18n::Lang::En);
}

std::string describe(const std::vector<ImportProblem>& problems) {
    std::string out;
    for (const ImportProblem& p : problems) out += "\n  " + exchange::formatProblem(p);
    return out;
}

// Exactly one problem, at this row and column, whose message contains `text`.
void expectOneProblem(const exchange::ApplicationFile& f, int row, const std::string& column,
                      const std::string& text) {
    ASSERT_EQ(f.problems.size(), 1u) << describe(f.problems);
    EXPECT_EQ(f.problems[0].row, row) << describe(f.problems);
    EXPECT_EQ(f.problems[0].column, column) << describe(f.problems);
    EXPECT_NE(exchange::formatProblem(f.problems[0]).find(text), std::string::npos) << describe(f.problems);
}

void expectValidDueren(const domain::Application& a) {
    EXPECT_EQ(a.nr, "B-01");
    EXPECT_EQ(a.municipalityAgs, "05358008");
    EXPECT_EQ(a.applicant, "Caritasverband für die Region Düren-Jülich e.V.");
    EXPECT_EQ(a.applicantKind, domain::ApplicantKind::Wohlfahrtsverband);
    EXPECT_EQ(a.title, "Begegnungscafé am Markt");
    EXPECT_EQ(a.street, "Markt 1");
    EXPECT_EQ(a.postcode, "52349");
    EXPECT_EQ(a.town, "Düren");
    ASSERT_TRUE(a.site.has_value());
    EXPECT_NEAR(a.site->x, 322582.2, 0.1);
    EXPECT_NEAR(a.site->y, 5631084.9, 0.1);
    EXPECT_EQ(a.property, domain::PropertyKind::Buergerhaus);
    EXPECT_EQ(a.phase, domain::Phase::Einrichtung);
    EXPECT_EQ(a.actorsNow, 4);
    EXPECT_EQ(a.actorsTarget, 9);
    EXPECT_EQ(a.actorKinds,
              (std::vector<domain::ActorKind>{domain::ActorKind::Kommune, domain::ActorKind::Verein}));
    EXPECT_EQ(a.targetGroups, (std::vector<domain::TargetGroup>{domain::TargetGroup::Kinder,
                                                               domain::TargetGroup::Senioren}));
    EXPECT_DOUBLE_EQ(a.staffHoursPerWeek, 12.5);
    EXPECT_EQ(a.volunteers, 7);
    EXPECT_DOUBLE_EQ(a.ownFundsEurPerYear, 1200);
    EXPECT_EQ(a.openingHours, "Di und Do 15–18 Uhr");
    EXPECT_TRUE(a.fixedContact);
    EXPECT_EQ(a.contactName, "Erika Mustermann");
    EXPECT_EQ(a.contactEmail, "erika@example.org");
    EXPECT_EQ(a.contactPhone, "02421 000000");
    EXPECT_EQ(a.receivedByEmail, domain::parseDate("2024-02-28"));
    EXPECT_EQ(a.receivedByPost, domain::parseDate("01.03.2024"));
    EXPECT_FALSE(a.formComplete);
    EXPECT_EQ(a.conceptText, "Ein Ort für alle Generationen.");
    EXPECT_EQ(a.status, domain::Status::Eingegangen);
    EXPECT_EQ(a.id, 0);
}

// ---- good files ------------------------------------------------------------------------------

TEST_F(ApplicationImport, Utf8WithBomSemicolonDegrees) {
    exchange::ApplicationFile f = read("\xEF\xBB\xBF" + csv(kTemplate, {validRow("B-01")}));
    ASSERT_TRUE(f.problems.empty()) << describe(f.problems);
    EXPECT_EQ(f.encoding, "UTF-8");
    EXPECT_EQ(f.separator, ";");
    EXPECT_TRUE(f.ignoredColumns.empty());
    ASSERT_EQ(f.applications.size(), 1u);
    expectValidDueren(f.applications[0]);
}

TEST_F(ApplicationImport, Utf8WithoutBomCommaUtm) {
    // With ',' as separator, a cell holding ',' is quoted, as Excel does.
    Row r = with(validRow("B-01"), {{"Breitengrad", ""},
                                    {"Längengrad", ""},
                                    {"Rechtswert", "322582.2"},
                                    {"Hochwert", "5631084.9"},
                                    {"Hauptamt Std/Woche", "12,5"}});
    exchange::ApplicationFile f = read(csv(kTemplate, {r}, ','));
    ASSERT_TRUE(f.problems.empty()) << describe(f.problems);
    EXPECT_EQ(f.encoding, "UTF-8");
    EXPECT_EQ(f.separator, ",");
    ASSERT_EQ(f.applications.size(), 1u);
    expectValidDueren(f.applications[0]);
}

TEST_F(ApplicationImport, UtmWithDecimalComma) {
    Row r = with(validRow("B-01"), {{"Breitengrad", ""},
                                    {"Längengrad", ""},
                                    {"Rechtswert", "322582,2"},
                                    {"Hochwert", "5631084,9"}});
    exchange::ApplicationFile f = read(csv(kTemplate, {r}));
    ASSERT_TRUE(f.problems.empty()) << describe(f.problems);
    expectValidDueren(f.applications.at(0));
}

TEST_F(ApplicationImport, DegreesWithDecimalCommaAndBothPairsThatAgree) {
    Row r = with(validRow("B-01"), {{"Breitengrad", "50,8043"},
                                    {"Längengrad", "6,4820"},
                                    {"Rechtswert", "322582"},
                                    {"Hochwert", "5631085"}});
    exchange::ApplicationFile f = read(csv(kTemplate, {r}));
    ASSERT_TRUE(f.problems.empty()) << describe(f.problems);
    // The metres are taken as they are when both are given.
    EXPECT_EQ(f.applications.at(0).site, (geo::Vec2{322582, 5631085}));
}

TEST_F(ApplicationImport, Windows1252AsExcelWritesIt) {
    // "Jülich", "Träger", "Straße", "Öffnungszeiten", "€" and „…“ in Windows-1252 bytes.
    std::string text =
        "Nr;Kommune;Tr\xE4ger;Titel;Stra\xDF"
        "e;\xD6"
        "ffnungszeiten;Konzept\r\n"
        "B-07;J\xFClich;Verein f\xFCr Begegnung e.V.;Treff \x84Zitadelle\x93;Gro\xDF"
        "e "
        "Rurstra\xDF"
        "e 3;Mo\x96"
        "Fr;500 \x80 f\xFCr Spiele\r\n";
    exchange::ApplicationFile f = read(text);
    ASSERT_TRUE(f.problems.empty()) << describe(f.problems);
    EXPECT_EQ(f.encoding, "Windows-1252");
    EXPECT_EQ(f.separator, ";");
    ASSERT_EQ(f.applications.size(), 1u);
    const domain::Application& a = f.applications[0];
    EXPECT_EQ(a.municipalityAgs, "05358024");
    EXPECT_EQ(a.applicant, "Verein für Begegnung e.V.");
    EXPECT_EQ(a.title, "Treff „Zitadelle“");
    EXPECT_EQ(a.street, "Große Rurstraße 3");
    EXPECT_EQ(a.openingHours, "Mo–Fr");
    EXPECT_EQ(a.conceptText, "500 € für Spiele");
    EXPECT_FALSE(a.site.has_value());
}

TEST_F(ApplicationImport, HeadersInAnyOrderAndCaseWithUmlautsSpelledOut) {
    std::string text =
        "titel,TRAEGER,kommune,nr,Strasse,Akteursarten,Zielgruppen,Bemerkung\n"
        "Jugendtreff,Stadt Jülich,JUELICH,B-02,Kölnstraße 1,Schule/Kita|schule / kita,"
        "Jugendliche|Seniorinnen,intern\n";
    exchange::ApplicationFile f = read(text);
    ASSERT_TRUE(f.problems.empty()) << describe(f.problems);
    EXPECT_EQ(f.separator, ",");
    EXPECT_EQ(f.ignoredColumns, std::vector<std::string>{"Bemerkung"});
    ASSERT_EQ(f.applications.size(), 1u);
    const domain::Application& a = f.applications[0];
    EXPECT_EQ(a.nr, "B-02");
    EXPECT_EQ(a.municipalityAgs, "05358024");
    EXPECT_EQ(a.applicant, "Stadt Jülich");
    EXPECT_EQ(a.title, "Jugendtreff");
    EXPECT_EQ(a.street, "Kölnstraße 1");
    EXPECT_EQ(a.actorKinds, std::vector<domain::ActorKind>{domain::ActorKind::SchuleKita});
    EXPECT_EQ(a.targetGroups, (std::vector<domain::TargetGroup>{domain::TargetGroup::Jugendliche,
                                                               domain::TargetGroup::Senioren}));
}

TEST_F(ApplicationImport, MunicipalityByAgsAlsoWithoutLeadingZero) {
    Row a = with(validRow("B-01"), {{"Kommune", "05358028"}});
    Row b = with(validRow("B-02"), {{"Kommune", "5358028"}});
    exchange::ApplicationFile f = read(csv(kTemplate, {a, b}));
    ASSERT_TRUE(f.problems.empty()) << describe(f.problems);
    ASSERT_EQ(f.applications.size(), 2u);
    EXPECT_EQ(f.applications[0].municipalityAgs, "05358028");
    EXPECT_EQ(f.applications[1].municipalityAgs, "05358028");
}

TEST_F(ApplicationImport, QuotedCellsWithSeparatorsQuotesAndLineBreaks) {
    Row r = with(validRow("B-01"),
                 {{"Konzept", "Erste Zeile; \"zitiert\"\nzweite Zeile"}, {"Titel", "Café; Treff"}});
    exchange::ApplicationFile f = read(csv(kTemplate, {r, validRow("B-02")}));
    ASSERT_TRUE(f.problems.empty()) << describe(f.problems);
    ASSERT_EQ(f.applications.size(), 2u);
    EXPECT_EQ(f.applications[0].conceptText, "Erste Zeile; \"zitiert\"\nzweite Zeile");
    EXPECT_EQ(f.applications[0].title, "Café; Treff");
    EXPECT_EQ(f.applications[1].nr, "B-02");
}

TEST_F(ApplicationImport, BlankRowsAreSkippedButCountForRowNumbers) {
    std::string text = csv(kTemplate, {validRow("B-01")});
    text += ";;;;\r\n\r\n";  // row 3: separators only, row 4: empty
    text += csv(kTemplate, {with(validRow("B-02"), {{"Eingang Post", "1.3.24"}})})
                .substr(csv(kTemplate, {}).size());  // row 5
    text += "\r\n\r\n";                              // trailing empty lines
    exchange::ApplicationFile f = read(text);
    expectOneProblem(f, 5, "Eingang Post", "'1.3.24' is not a date");
    ASSERT_EQ(f.applications.size(), 1u);
    EXPECT_EQ(f.applications[0].nr, "B-01");
}

TEST_F(ApplicationImport, EmptyOptionalCellsKeepDefaults) {
    exchange::ApplicationFile f = read(
        "Nr;Kommune;Träger;Titel;Akteure aktuell;Eingang Post\n"
        "B-01;Kreuzau;Pfarrei St. Heribert;Treff;;\n");
    ASSERT_TRUE(f.problems.empty()) << describe(f.problems);
    const domain::Application& a = f.applications.at(0);
    EXPECT_EQ(a.actorsNow, 0);
    EXPECT_FALSE(a.receivedByPost.has_value());
    EXPECT_FALSE(a.site.has_value());
    EXPECT_EQ(a.applicantKind, domain::ApplicantKind::Kommune);
}

// ---- XLSX, written through GDAL's XLSX driver ------------------------------------------------

struct Dataset {
    GDALDatasetH ds;
    ~Dataset() {
        if (ds) GDALClose(ds);
    }
};

// Writes an XLSX workbook with one sheet: text columns, plus typed number and date cells for
// the columns in `typed` (as Excel stores them when the user types a number or a date).
void writeXlsx(const std::string& path, const std::vector<std::string>& header,
               const std::vector<Row>& rows, const std::map<std::string, OGRFieldType>& typed) {
    geo::initGdal();
    GDALDriverH driver = GDALGetDriverByName("XLSX");
    ASSERT_NE(driver, nullptr);
    Dataset d{GDALCreate(driver, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr)};
    ASSERT_NE(d.ds, nullptr) << geo::lastGdalError();
    OGRLayerH layer = GDALDatasetCreateLayer(d.ds, "Bewerbungen", nullptr, wkbNone, nullptr);
    ASSERT_NE(layer, nullptr);
    for (const std::string& h : header) {
        auto it = typed.find(h);
        OGRFieldDefnH f = OGR_Fld_Create(h.c_str(), it == typed.end() ? OFTString : it->second);
        ASSERT_EQ(OGR_L_CreateField(layer, f, TRUE), OGRERR_NONE);
        OGR_Fld_Destroy(f);
    }
    for (const Row& r : rows) {
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        for (std::size_t i = 0; i < header.size(); ++i) {
            auto cell = r.find(header[i]);
            if (cell == r.end() || cell->second.empty()) continue;
            int k = static_cast<int>(i);
            auto type = typed.find(header[i]);
            if (type != typed.end() && type->second == OFTDate) {
                std::optional<domain::Date> date = domain::parseDate(cell->second);
                ASSERT_TRUE(date.has_value());
                OGR_F_SetFieldDateTime(feature, k, static_cast<int>(date->year()),
                                       static_cast<int>(static_cast<unsigned>(date->month())),
                                       static_cast<int>(static_cast<unsigned>(date->day())), 0, 0,
                                       0, 0);
            } else {
                OGR_F_SetFieldString(feature, k, cell->second.c_str());
            }
        }
        ASSERT_EQ(OGR_L_CreateFeature(layer, feature), OGRERR_NONE);
        OGR_F_Destroy(feature);
    }
}

TEST_F(ApplicationImport, XlsxWithTextNumberAndDateCells) {
    std::string path = dir.file("bewerbungen.xlsx");
    Row r = with(validRow("B-01"), {{"Breitengrad", ""},
                                    {"Längengrad", ""},
                                    {"Rechtswert", "322582.2"},
                                    {"Hochwert", "5631084.9"},
                                    {"Hauptamt Std/Woche", "12.5"},
                                    {"Eigenmittel EUR", "1200"}});
    Row bad = with(r, {{"Nr", "B-02"}, {"Kommune", "Dürren"}});
    writeXlsx(path, kTemplate, {r, bad},
              {{"Rechtswert", OFTReal},
               {"Hochwert", OFTReal},
               {"Akteure aktuell", OFTInteger},
               {"Akteure Ziel", OFTInteger},
               {"Hauptamt Std/Woche", OFTReal},
               {"Eigenmittel EUR", OFTReal},
               {"Eingang E-Mail", OFTDate},
               {"Eingang Post", OFTDate}});
    exchange::ApplicationFile f = exchange::readApplicationFile(path, context());
    EXPECT_EQ(f.encoding, "UTF-8");
    EXPECT_EQ(f.separator, "");
    // The second data row is sheet row 3.
    expectOneProblem(f, 3, "Kommune", "unknown municipality 'Dürren'; did you mean 'Düren'?");
    ASSERT_EQ(f.applications.size(), 1u);
    expectValidDueren(f.applications[0]);
}

TEST_F(ApplicationImport, XlsxRenamedToCsvIsStillRead) {
    std::string path = dir.file("bewerbungen.xlsx");
    // Text cells only. "1.200" is not used: in a workbook it is taken as a number cell would
    // be, one point two (see XlsxNumberCellsKeepTheirDecimals).
    writeXlsx(path, kTemplate, {with(validRow("B-01"), {{"Eigenmittel EUR", "1200"}})}, {});
    std::string renamed = dir.file("bewerbungen-umbenannt.csv");
    std::filesystem::rename(path, renamed);
    exchange::ApplicationFile f = exchange::readApplicationFile(renamed, context());
    ASSERT_TRUE(f.problems.empty()) << describe(f.problems);
    ASSERT_EQ(f.applications.size(), 1u);
    expectValidDueren(f.applications[0]);
}

TEST_F(ApplicationImport, XlsxNumberCellsKeepTheirDecimals) {
    // A number cell holds 1.125 as "1.125": in a workbook that is not a thousands separator,
    // unlike the same text typed into a CSV.
    std::string path = dir.file("stunden.xlsx");
    writeXlsx(path, {"Nr", "Kommune", "Träger", "Titel", "Hauptamt Std/Woche", "Eigenmittel EUR"},
              {{{"Nr", "B-01"},
                {"Kommune", "Titz"},
                {"Träger", "V"},
                {"Titel", "T"},
                {"Hauptamt Std/Woche", "1.125"},
                {"Eigenmittel EUR", "2500"}}},
              {{"Hauptamt Std/Woche", OFTReal}, {"Eigenmittel EUR", OFTReal}});
    exchange::ApplicationFile f = exchange::readApplicationFile(path, context());
    ASSERT_TRUE(f.problems.empty()) << describe(f.problems);
    EXPECT_DOUBLE_EQ(f.applications.at(0).staffHoursPerWeek, 1.125);
    EXPECT_DOUBLE_EQ(f.applications.at(0).ownFundsEurPerYear, 2500);

    exchange::ApplicationFile typed = read(
        "Nr;Kommune;Träger;Titel;Eigenmittel EUR\n"
        "B-01;Titz;V;T;1.125\n");
    ASSERT_TRUE(typed.problems.empty()) << describe(typed.problems);
    EXPECT_DOUBLE_EQ(typed.applications.at(0).ownFundsEurPerYear, 1125);
}

TEST_F(ApplicationImport, XlsxRowNumbersCountEmptySheetRows) {
    std::string path = dir.file("luecke.xlsx");
    writeXlsx(path, kTemplate,
              {validRow("B-01"), Row{}, with(validRow("B-02"), {{"Phase", "Planung"}})}, {});
    exchange::ApplicationFile f = exchange::readApplicationFile(path, context());
    expectOneProblem(f, 4, "Phase", "unknown value 'Planung'");
}

TEST_F(ApplicationImport, OldMacLineEndsAndExtraCells) {
    exchange::ApplicationFile f =
        read("Nr;Kommune;Träger;Titel\rB-01;Düren;V;T;zu viel\rB-02;Düren;V;\r");
    expectOneProblem(f, 3, "Titel", "is empty");
    ASSERT_EQ(f.applications.size(), 1u);
    EXPECT_EQ(f.applications[0].title, "T");
}

// ---- bad files -------------------------------------------------------------------------------

TEST_F(ApplicationImport, MissingRequiredColumns) {
    exchange::ApplicationFile f = read("Kommune;Träger;Ort\nDüren;Verein;Düren\n");
    ASSERT_GE(f.problems.size(), 1u);
    EXPECT_EQ(f.problems[0].row, 0);
    EXPECT_EQ(f.problems[0].column, "");
    EXPECT_EQ(exchange::formatProblem(f.problems[0]),
              dir.file("bewerbungen.csv") + ": required columns missing: Nr, Titel");
    EXPECT_EQ(f.problems.size(), 1u) << describe(f.problems);  // not once per row as well
    EXPECT_TRUE(f.applications.empty());
}

TEST_F(ApplicationImport, HalfACoordinatePairAndAColumnNamedTwice) {
    exchange::ApplicationFile f =
        read("Nr;Kommune;Träger;Titel;Rechtswert;Strasse;Straße\nB-01;Düren;V;T;322582;a;b\n");
    ASSERT_EQ(f.problems.size(), 2u) << describe(f.problems);
    const std::string file = dir.file("bewerbungen.csv") + ": ";
    EXPECT_EQ(exchange::formatProblem(f.problems[0]), file + "the columns 'Strasse' and 'Straße' both mean Straße");
    EXPECT_EQ(exchange::formatProblem(f.problems[1]), file + "the column Rechtswert needs Hochwert as well");
}

TEST_F(ApplicationImport, DuplicateNrInTheFile) {
    exchange::ApplicationFile f =
        read(csv(kTemplate, {validRow("B-01"), validRow("B-02"), validRow("B-01")}));
    expectOneProblem(f, 4, "Nr", "Nr 'B-01' already in row 2");
}

TEST_F(ApplicationImport, DuplicateNrAgainstTheProject) {
    exchange::ApplicationFile f =
        read(csv(kTemplate, {validRow("B-01"), validRow("B-02")}), context({"B-02", "B-09"}));
    expectOneProblem(f, 3, "Nr", "Nr 'B-02' is already in the project");
    ASSERT_EQ(f.applications.size(), 1u);
}

TEST_F(ApplicationImport, UnparseableDates) {
    exchange::ApplicationFile f =
        read(csv(kTemplate, {with(validRow("B-01"), {{"Eingang Post", "31.02.2024"}}),
                             with(validRow("B-02"), {{"Eingang E-Mail", "morgen"}}),
                             with(validRow("B-03"), {{"Eingang E-Mail", "2024-13-01"}})}));
    ASSERT_EQ(f.problems.size(), 3u) << describe(f.problems);
    EXPECT_EQ(exchange::formatProblem(f.problems[0]),
              "row 2, column Eingang Post: '31.02.2024' is not a date (dd.mm.yyyy)");
    EXPECT_EQ(exchange::formatProblem(f.problems[1]),
              "row 3, column Eingang E-Mail: 'morgen' is not a date (dd.mm.yyyy)");
    EXPECT_EQ(exchange::formatProblem(f.problems[2]),
              "row 4, column Eingang E-Mail: '2024-13-01' is not a date (dd.mm.yyyy)");
    EXPECT_TRUE(f.applications.empty());
}

TEST_F(ApplicationImport, UnparseableCoordinates) {
    exchange::ApplicationFile f =
        read(csv(kTemplate, {with(validRow("B-01"), {{"Breitengrad", "50°48'"}}),
                             with(validRow("B-02"), {{"Breitengrad", ""},
                                                     {"Längengrad", ""},
                                                     {"Rechtswert", "322.582,2"},
                                                     {"Hochwert", "5631084,9"}}),
                             with(validRow("B-03"), {{"Längengrad", ""}}),
                             with(validRow("B-04"), {{"Breitengrad", "95"}}),
                             with(validRow("B-05"), {{"Breitengrad", ""},
                                                     {"Längengrad", ""},
                                                     {"Rechtswert", "32322582"},
                                                     {"Hochwert", "5631084"}})}));
    ASSERT_EQ(f.problems.size(), 5u) << describe(f.problems);
    EXPECT_EQ(exchange::formatProblem(f.problems[0]),
              "row 2, column Breitengrad: '50°48'' is not a coordinate");
    EXPECT_EQ(exchange::formatProblem(f.problems[1]),
              "row 3, column Rechtswert: '322.582,2' is not a coordinate");
    EXPECT_EQ(exchange::formatProblem(f.problems[2]),
              "row 4, column Längengrad: is empty while Breitengrad is given");
    EXPECT_EQ(exchange::formatProblem(f.problems[3]),
              "row 5, column Breitengrad: '95' is not a latitude (-90 to 90)");
    EXPECT_EQ(exchange::formatProblem(f.problems[4]),
              "row 6, column Rechtswert: '32322582' is not a Rechtswert in metres (EPSG:25832, 100,000 to "
              "900,000)");
}

TEST_F(ApplicationImport, DegreesAndMetresThatDisagree) {
    exchange::ApplicationFile f = read(csv(
        kTemplate, {with(validRow("B-01"), {{"Rechtswert", "323582"}, {"Hochwert", "5631085"}})}));
    expectOneProblem(f, 2, "", "are 1000 m apart");
}

TEST_F(ApplicationImport, NegativeAndFractionalCounts) {
    exchange::ApplicationFile f =
        read(csv(kTemplate, {with(validRow("B-01"), {{"Akteure aktuell", "-3"}}),
                             with(validRow("B-02"), {{"Ehrenamtliche", "2,5"}}),
                             with(validRow("B-03"), {{"Eigenmittel EUR", "-100"}}),
                             with(validRow("B-04"), {{"Hauptamt Std/Woche", "viel"}})}));
    ASSERT_EQ(f.problems.size(), 4u) << describe(f.problems);
    EXPECT_EQ(exchange::formatProblem(f.problems[0]),
              "row 2, column Akteure aktuell: '-3' is negative");
    EXPECT_EQ(exchange::formatProblem(f.problems[1]),
              "row 3, column Ehrenamtliche: '2,5' is not a whole number");
    EXPECT_EQ(exchange::formatProblem(f.problems[2]),
              "row 4, column Eigenmittel EUR: '-100' is negative");
    EXPECT_EQ(exchange::formatProblem(f.problems[3]),
              "row 5, column Hauptamt Std/Woche: 'viel' is not a number");
    EXPECT_TRUE(f.applications.empty());
}

TEST_F(ApplicationImport, SiteOutsideTheDistrict) {
    exchange::ApplicationFile f = read(csv(
        kTemplate, {with(validRow("B-01"), {{"Breitengrad", "50.9375"}, {"Längengrad", "6.9603"}}),
                    with(validRow("B-02"), {{"Breitengrad", ""},
                                            {"Längengrad", ""},
                                            {"Rechtswert", "356000"},
                                            {"Hochwert", "5645000"}})}));
    ASSERT_EQ(f.problems.size(), 2u) << describe(f.problems);
    EXPECT_EQ(exchange::formatProblem(f.problems[0]),
              "row 2, column Breitengrad: site (50.9375, 6.9603) lies outside the district");
    EXPECT_EQ(exchange::formatProblem(f.problems[1]),
              "row 3, column Rechtswert: site (356000, 5645000) lies outside the district");
}

TEST_F(ApplicationImport, EmptyFiles) {
    const std::string message = dir.file("bewerbungen.csv") + ": the file holds no applications";
    for (const std::string& text :
         {std::string(), std::string("\xEF\xBB\xBF"), std::string("\r\n \r\n"), csv(kTemplate, {}),
          csv(kTemplate, {}) + ";;;\r\n\r\n"}) {
        exchange::ApplicationFile f = read(text);
        ASSERT_EQ(f.problems.size(), 1u) << describe(f.problems);
        EXPECT_EQ(f.problems[0].row, 0);
        EXPECT_EQ(exchange::formatProblem(f.problems[0]), message) << "for " << testing::PrintToString(text);
        EXPECT_TRUE(f.applications.empty());
    }
}

TEST_F(ApplicationImport, UnknownMunicipalitySuggestsTheClosest) {
    exchange::ApplicationFile f =
        read(csv(kTemplate, {with(validRow("B-01"), {{"Kommune", "Jülisch"}}),
                             with(validRow("B-02"), {{"Kommune", "Vettweis"}}),
                             with(validRow("B-03"), {{"Kommune", "Köln"}})}));
    ASSERT_EQ(f.problems.size(), 3u) << describe(f.problems);
    EXPECT_EQ(exchange::formatProblem(f.problems[0]),
              "row 2, column Kommune: unknown municipality 'Jülisch'; did you mean 'Jülich'?");
    EXPECT_EQ(exchange::formatProblem(f.problems[1]),
              "row 3, column Kommune: unknown municipality 'Vettweis'; did you mean 'Vettweiß'?");
    EXPECT_EQ(f.problems[2].row, 4);
    EXPECT_EQ(f.problems[2].column, "Kommune");
    EXPECT_EQ(messageOf(f.problems[2]).rfind("unknown municipality 'Köln'", 0), 0u);
}

// Issue 10: the German import dialog showed "row 3, column Kommune: unknown municipality
// 'Juelch'; did you mean 'Jülich'?" and "1 Probleme.". The problems are codes; the words come
// from the catalogue in the user's language.
TEST_F(ApplicationImport, ProblemsInTheUsersLanguage) {
    exchange::ApplicationFile f =
        read(csv(kTemplate, {validRow("B-01"), with(validRow("B-02"), {{"Kommune", "Juelch"}})}));
    ASSERT_EQ(f.problems.size(), 1u) << describe(f.problems);
    EXPECT_EQ(f.problems[0].problem.code, domain::ProblemCode::MunicipalityUnknownName);
    EXPECT_EQ(f.problems[0].problem.field, "kommune_ags");
    EXPECT_EQ(exchange::formatProblem(f.problems[0], i18n::Lang::De),
              "Zeile 3, Spalte Kommune: unbekannte Kommune „Juelch“; meinten Sie „Jülich“?");
    EXPECT_EQ(exchange::formatProblem(f.problems[0], i18n::Lang::En),
              "row 3, column Kommune: unknown municipality 'Juelch'; did you mean 'Jülich'?");
    EXPECT_EQ(i18n::count(i18n::text::kProblemCount, 1, {}, i18n::Lang::De), "1 Problem");
    EXPECT_EQ(i18n::count(i18n::text::kProblemCount, 2, {}, i18n::Lang::De), "2 Probleme");
    EXPECT_EQ(i18n::count(i18n::text::kProblemCount, 1, {}, i18n::Lang::En), "1 problem");

    // A problem with the file as a whole names the file, in German too.
    exchange::ApplicationFile empty = read("");
    ASSERT_EQ(empty.problems.size(), 1u);
    EXPECT_EQ(exchange::formatProblem(empty.problems[0], i18n::Lang::De),
              dir.file("bewerbungen.csv") + ": die Datei enthält keine Bewerbungen");
}

TEST_F(ApplicationImport, UnknownListAndChoiceValues) {
    exchange::ApplicationFile f =
        read(csv(kTemplate, {with(validRow("B-01"), {{"Zielgruppen", "Kinder|Astronauten"}}),
                             with(validRow("B-02"), {{"Akteursarten", "Verein||Partei"}}),
                             with(validRow("B-03"), {{"Trägerart", "Partei"}}),
                             with(validRow("B-04"), {{"Phase", "Planung"}}),
                             with(validRow("B-05"), {{"Liegenschaft", "Turnhalle"}}),
                             with(validRow("B-06"), {{"Vollständig", "vielleicht"}})}));
    ASSERT_EQ(f.problems.size(), 6u) << describe(f.problems);
    EXPECT_EQ(exchange::formatProblem(f.problems[0]),
              "row 2, column Zielgruppen: unknown value 'Astronauten'; allowed: Kinder, "
              "Jugendliche, Familien, Erwachsene, Senior*innen, Menschen mit Behinderungen, "
              "Neuzugewanderte / Geflüchtete, Menschen mit Migrationsgeschichte, Sonstige");
    EXPECT_EQ(f.problems[1].row, 3);
    EXPECT_EQ(f.problems[1].column, "Akteursarten");
    EXPECT_EQ(messageOf(f.problems[1]).rfind("unknown value 'Partei'; allowed: Kommune, ", 0), 0u);
    EXPECT_EQ(f.problems[2].row, 4);
    EXPECT_EQ(f.problems[2].column, "Trägerart");
    EXPECT_EQ(f.problems[3].row, 5);
    EXPECT_EQ(f.problems[3].column, "Phase");
    EXPECT_EQ(messageOf(f.problems[3]),
              "unknown value 'Planung'; allowed: Konzeptionierung, Einrichtung, "
              "Weiterentwicklung");
    EXPECT_EQ(f.problems[4].row, 6);
    EXPECT_EQ(f.problems[4].column, "Liegenschaft");
    EXPECT_EQ(exchange::formatProblem(f.problems[5]),
              "row 7, column Vollständig: 'vielleicht' is neither ja nor nein");
}

TEST_F(ApplicationImport, EmptyRequiredCellsAndBadEmail) {
    exchange::ApplicationFile f = read(csv(
        kTemplate, {with(validRow("B-01"), {{"Titel", " "}, {"E-Mail", "erika(at)example.org"}}),
                    with(validRow(""), {{"Kommune", ""}})}));
    ASSERT_EQ(f.problems.size(), 4u) << describe(f.problems);
    EXPECT_EQ(exchange::formatProblem(f.problems[0]),
              "row 2, column Titel: is empty; every application needs Titel");
    EXPECT_EQ(exchange::formatProblem(f.problems[1]),
              "row 2, column E-Mail: 'erika(at)example.org' is not an e-mail address");
    EXPECT_EQ(exchange::formatProblem(f.problems[2]),
              "row 3, column Nr: is empty; every application needs Nr");
    EXPECT_EQ(exchange::formatProblem(f.problems[3]),
              "row 3, column Kommune: is empty; every application needs Kommune");
}

TEST_F(ApplicationImport, ColumnNamedAsTheFileSpellsIt) {
    exchange::ApplicationFile f =
        read("nr;KOMMUNE;traeger;titel;eingang post\nB-01;Düren;V;T;gestern\n");
    expectOneProblem(f, 2, "eingang post", "'gestern' is not a date");
}

TEST_F(ApplicationImport, EveryBadRowIsReportedAndGoodRowsAreKeptApart) {
    exchange::ApplicationFile f = read(
        csv(kTemplate,
            {validRow("B-01"), with(validRow("B-02"), {{"Akteure Ziel", "-1"}}), validRow("B-03"),
             with(validRow("B-04"), {{"Kommune", "Dueren-Nord"}, {"PLZ", "52349"}})}));
    ASSERT_EQ(f.problems.size(), 2u) << describe(f.problems);
    EXPECT_EQ(f.problems[0].row, 3);
    EXPECT_EQ(f.problems[1].row, 5);
    ASSERT_EQ(f.applications.size(), 2u);  // the caller imports nothing while problems exist
    EXPECT_EQ(f.applications[0].nr, "B-01");
    EXPECT_EQ(f.applications[1].nr, "B-03");
}

TEST_F(ApplicationImport, FilesThatAreNoSpreadsheet) {
    const std::string missing = dir.file("fehlt.csv");
    exchange::ApplicationFile f = exchange::readApplicationFile(missing, context());
    expectOneProblem(f, 0, "", missing + ": file not found");

    f = read(std::string("\xFF\xFEN\0r\0", 6));
    expectOneProblem(f, 0, "", ": UTF-16 text; save it as CSV (UTF-8) or .xlsx");

    f = read(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
    expectOneProblem(f, 0, "", ": an old Excel workbook (.xls); save it as .xlsx or CSV");

    // Text named .xlsx: said plainly, not read as a CSV with unknown columns.
    const std::string textAsXlsx = dir.file("kein-zip.xlsx");
    testdata::write(textAsXlsx, "Nr;Kommune\nT-01;Düren\n");
    f = exchange::readApplicationFile(textAsXlsx, context());
    expectOneProblem(f, 0, "",
                     textAsXlsx + ": not an XLSX workbook (an .xlsx file is a ZIP archive, this one "
                                  "is not); save it again as .xlsx, or name it .csv if it is a CSV file");

    f = exchange::readApplicationFile(dir.path.string(), context());
    expectOneProblem(f, 0, "", ": is a folder, not a file");
}

// ---- unbalanced quotes, broken UTF-8, limits (issue 9) ----------------------------------------

// Issue 9, defect 2: row 2 opens a quote that never closes. It used to be one application
// whose title held the other five rows (exit 0); now it is a problem where the quote opened.
TEST_F(ApplicationImport, AQuoteThatNeverClosesImportsNothing) {
    std::string text = "Nr;Kommune;Träger;Titel;Konzept\r\n";
    for (int i = 1; i <= 6; ++i) {
        const std::string n = std::to_string(i);
        text += "B-0" + n + ";Düren;Verein " + n + ";" + (i == 1 ? "\"" : "") + "Treff " + n +
                ";Text " + n + "\r\n";
    }
    exchange::ApplicationFile f = read(text);
    expectOneProblem(f, 2, "Titel",
                     "a quote opened here is never closed (it runs to the end of the file)");
    EXPECT_TRUE(f.applications.empty());
}

TEST_F(ApplicationImport, AQuoteOpenedInTheHeaderIsReportedByColumnNumber) {
    exchange::ApplicationFile f = read("Nr;\"Kommune;Träger;Titel\r\nB-01;Düren;V;T\r\n");
    expectOneProblem(f, 1, "2", "never closed");
    EXPECT_TRUE(f.applications.empty());
}

TEST_F(ApplicationImport, QuotedCellsUpToTheLimitsAreRead) {
    // ';' makes the cells quoted.
    std::string lines, chars = "x;" + std::string(domain::limits::kMaxQuotedCellChars - 2, 'x');
    for (std::size_t i = 1; i < domain::limits::kMaxQuotedCellLines; ++i) lines += "Zeile\n";
    lines += "letzte Zeile";  // 50 lines
    exchange::ApplicationFile f = read(csv(
        kTemplate, {with(validRow("B-01"), {{"Konzept", lines}}),
                    with(validRow("B-02"), {{"Konzept", chars}, {"Titel", "\"Café\" am Markt"}})}));
    ASSERT_TRUE(f.problems.empty()) << describe(f.problems);
    ASSERT_EQ(f.applications.size(), 2u);
    EXPECT_EQ(f.applications[0].conceptText, lines);
    EXPECT_EQ(f.applications[1].conceptText, chars);
    EXPECT_EQ(f.applications[1].title, "\"Café\" am Markt");
}

TEST_F(ApplicationImport, QuotedCellsPastTheLimitsAreAnUnclosedQuote) {
    std::string lines;
    for (std::size_t i = 0; i < domain::limits::kMaxQuotedCellLines; ++i) lines += "Zeile\n";
    lines += "eine zu viel";  // 51 lines
    const std::string chars = "x;" + std::string(domain::limits::kMaxQuotedCellChars - 1, 'x');
    for (const std::string& konzept : {lines, chars}) {
        exchange::ApplicationFile f =
            read(csv(kTemplate, {validRow("B-01"), validRow("B-02"),
                                 with(validRow("B-03"), {{"Konzept", konzept}})}));
        expectOneProblem(f, 4, "Konzept",
                         "a quote opened here is not closed within 10,000 characters or 50 lines");
        EXPECT_TRUE(f.applications.empty());
    }
}

// Issue 9, defect 9: one byte that is not UTF-8 in a data row of a UTF-8 file made the whole
// file Windows-1252, the header's umlauts garbled: "required column missing: Träger".
TEST_F(ApplicationImport, OneInvalidUtf8ByteIsReportedWhereItIs) {
    std::string text =
        "\xEF\xBB\xBF" +
        csv(kTemplate, {validRow("B-01"), with(validRow("B-02"), {{"Titel", "Caf\xE4 am Markt"}}),
                        validRow("B-03")});
    const std::size_t offset = text.find('\xE4');
    ASSERT_NE(offset, std::string::npos);
    exchange::ApplicationFile f = read(text);
    expectOneProblem(f, 3, "Titel",
                     "invalid UTF-8 byte 0xE4 at byte offset " + std::to_string(offset));
    EXPECT_EQ(
        exchange::formatProblem(f.problems[0]),
        "row 3, column Titel: invalid UTF-8 byte 0xE4 at byte offset " + std::to_string(offset));
    EXPECT_EQ(f.encoding, "UTF-8");
    EXPECT_TRUE(f.applications.empty());
}

TEST_F(ApplicationImport, ManyInvalidUtf8BytesAreListedUpToTwenty) {
    std::vector<Row> rows;
    for (int i = 0; i < 30; ++i)
        rows.push_back(with(validRow("B-" + std::to_string(i)), {{"Ort", "D\xFCren"}}));
    exchange::ApplicationFile f = read(csv(kTemplate, rows));
    ASSERT_EQ(f.problems.size(), 21u) << describe(f.problems);
    EXPECT_EQ(f.problems[0].row, 2);
    EXPECT_EQ(f.problems[0].column, "Ort");
    EXPECT_EQ(f.problems[19].row, 21);
    EXPECT_EQ(f.problems[20].row, 0);
    EXPECT_NE(exchange::formatProblem(f.problems[20]).find("10 more invalid UTF-8 bytes"), std::string::npos)
        << describe(f.problems);
}

// A Windows-1252 file stays one, even where two of its bytes happen to be UTF-8 ("ß“").
TEST_F(ApplicationImport, Windows1252WithABytePairThatLooksLikeUtf8) {
    std::string text =
        "Nr;Kommune;Tr\xE4ger;Titel\r\n"
        "B-01;J\xFClich;Verein f\xFCr Begegnung;\x84Treff am Fu\xDF\x93\r\n";
    exchange::ApplicationFile f = read(text);
    ASSERT_TRUE(f.problems.empty()) << describe(f.problems);
    EXPECT_EQ(f.encoding, "Windows-1252");
    EXPECT_EQ(f.applications.at(0).title, "„Treff am Fuß“");
}

// Issue 9, defect 10: amounts, counts and hours have upper bounds (limits.hpp).
TEST_F(ApplicationImport, AmountsCountsAndHoursPastTheirBounds) {
    exchange::ApplicationFile f = read(
        csv(kTemplate, {with(validRow("B-01"), {{"Eigenmittel EUR", "99.999.999.999.999.999.999"}}),
                        with(validRow("B-02"), {{"Hauptamt Std/Woche", "169"}}),
                        with(validRow("B-03"), {{"Akteure aktuell", "1000001"}}),
                        with(validRow("B-04"), {{"Ehrenamtliche", "3000000000"}}),
                        with(validRow("B-05"), {{"Eigenmittel EUR", "100.000.000"},
                                                {"Hauptamt Std/Woche", "168"},
                                                {"Akteure Ziel", "1.000.000"},
                                                {"Ehrenamtliche", "1000000"}})}));
    ASSERT_EQ(f.problems.size(), 4u) << describe(f.problems);
    EXPECT_EQ(exchange::formatProblem(f.problems[0]),
              "row 2, column Eigenmittel EUR: '99.999.999.999.999.999.999' is more than "
              "€100,000,000, the upper bound for amounts");
    EXPECT_EQ(exchange::formatProblem(f.problems[1]),
              "row 3, column Hauptamt Std/Woche: '169' is more than 168, the hours a week has");
    EXPECT_EQ(exchange::formatProblem(f.problems[2]),
              "row 4, column Akteure aktuell: '1000001' is more than 1,000,000, the upper bound "
              "for counts");
    EXPECT_EQ(exchange::formatProblem(f.problems[3]),
              "row 5, column Ehrenamtliche: '3000000000' is more than 1,000,000, the upper bound "
              "for counts");
    ASSERT_EQ(f.applications.size(), 1u);
    EXPECT_DOUBLE_EQ(f.applications[0].ownFundsEurPerYear, 100'000'000);
    EXPECT_DOUBLE_EQ(f.applications[0].staffHoursPerWeek, 168);
    EXPECT_EQ(f.applications[0].actorsTarget, 1'000'000);
    EXPECT_EQ(f.applications[0].volunteers, 1'000'000);
}

std::string minimalRows(std::size_t n, std::size_t blankEvery = 0) {
    std::string text = "Nr;Kommune;Träger;Titel\n";
    for (std::size_t i = 1; i <= n; ++i) {
        text += "B-" + std::to_string(i) + ";Düren;Verein;Treff\n";
        if (blankEvery && i % blankEvery == 0) text += ";;;\n";
    }
    return text;
}

TEST_F(ApplicationImport, AtMostFiveThousandRowsPerFile) {
    // Blank rows do not count.
    exchange::ApplicationFile f = read(minimalRows(domain::limits::kMaxApplicationsPerFile, 1000));
    ASSERT_TRUE(f.problems.empty()) << describe(f.problems);
    EXPECT_EQ(f.applications.size(), domain::limits::kMaxApplicationsPerFile);

    f = read(minimalRows(domain::limits::kMaxApplicationsPerFile + 1));
    expectOneProblem(f, 0, "",
                     "bewerbungen.csv: more than 5,000 rows of applications; at most 5,000 are "
                     "imported from one file");
    EXPECT_TRUE(f.applications.empty());
}

TEST_F(ApplicationImport, AtMostFiveThousandRowsPerWorkbook) {
    std::vector<Row> rows;
    for (std::size_t i = 0; i <= domain::limits::kMaxApplicationsPerFile; ++i)
        rows.push_back({{"Nr", "B-" + std::to_string(i)},
                        {"Kommune", "Titz"},
                        {"Träger", "V"},
                        {"Titel", "T"}});
    const std::string path = dir.file("viele.xlsx");
    writeXlsx(path, {"Nr", "Kommune", "Träger", "Titel"}, rows, {});
    exchange::ApplicationFile f = exchange::readApplicationFile(path, context());
    expectOneProblem(f, 0, "", "viele.xlsx: more than 5,000 rows of applications");
    EXPECT_TRUE(f.applications.empty());
}

// ---- the context of a real project -----------------------------------------------------------

TEST(ImportContextFor, MunicipalitiesNrsAndDistrictOfAProject) {
    TempDir dir;
    project::Project project = project::Project::open(testdata::boundaryProject(dir));
    domain::Application a;
    a.nr = "B-01";
    a.municipalityAgs = "05358008";
    a.title = "Treff";
    project.apply(project::AddApplication{a});

    exchange::ImportContext c = exchange::importContextFor(project);
    ASSERT_EQ(c.municipalities.size(), 2u);
    EXPECT_EQ(c.municipalities[0].ags, "05358004");
    EXPECT_EQ(c.municipalities[0].name, "Aldenhoven");
    EXPECT_EQ(c.municipalities[1].ags, "05358008");
    EXPECT_EQ(c.municipalities[1].name, "Düren");
    EXPECT_EQ(c.existingNrs, std::set<std::string>{"B-01"});
    ASSERT_TRUE(c.insideDistrict);
    EXPECT_TRUE(c.insideDistrict({301000, 5601000}));   // Aldenhoven square
    EXPECT_TRUE(c.insideDistrict({303500, 5601500}));   // Düren square
    EXPECT_FALSE(c.insideDistrict({306000, 5601000}));  // the neighbour's square
    EXPECT_FALSE(c.insideDistrict({303500, 5590000}));

    // Read with it: the Nr already in the project and the site east of the district.
    testdata::write(dir.file("b.csv"),
                    "Nr;Kommune;Träger;Titel;Rechtswert;Hochwert\n"
                    "B-01;Düren;V;T;303500;5601500\n"
                    "B-02;Aldenhoven;V;T;306000;5601000\n"
                    "B-03;Aldenhoven;V;T;301000;5601000\n");
    exchange::ApplicationFile f = exchange::readApplicationFile(dir.file("b.csv"), c);
    ASSERT_EQ(f.problems.size(), 2u) << describe(f.problems);
    EXPECT_EQ(exchange::formatProblem(f.problems[0], i18n::Lang::En),
              "row 2, column Nr: Nr 'B-01' is already in the project");
    EXPECT_EQ(exchange::formatProblem(f.problems[1], i18n::Lang::En),
              "row 3, column Rechtswert: site (306000, 5601000) lies outside the district");
    ASSERT_EQ(f.applications.size(), 1u);
    EXPECT_EQ(f.applications[0].nr, "B-03");
}

}  // namespace
