// The spreadsheet import reading good files: CSV in both encodings and with both separators,
// XLSX written through GDAL, both coordinate systems; and the import context of a real
// project. Bad input: application_import_problems_test.cpp; quotes, broken UTF-8 and limits:
// application_import_encoding_test.cpp; the rules shared with the form:
// application_import_rule_cases_test.cpp.

#include "app/exchange/application_import.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "app/project/project.hpp"
#include "tests/support/application_import_fixtures.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

using namespace importtest;

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
