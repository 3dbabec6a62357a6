// The spreadsheet import reporting bad files and bad cells, each at the row and column the
// user sees in the spreadsheet, in English (--lang en) and, for one file, in German.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/exchange/application_import.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "tests/support/application_import_fixtures.hpp"

namespace {

using namespace importtest;

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
    EXPECT_EQ(exchange::formatProblem(f.problems[0]),
              file + "the columns 'Strasse' and 'Straße' both mean Straße");
    EXPECT_EQ(exchange::formatProblem(f.problems[1]),
              file + "the column Rechtswert needs Hochwert as well");
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
              "row 6, column Rechtswert: '32322582' is not a Rechtswert in metres (EPSG:25832, "
              "100,000 to "
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
        EXPECT_EQ(exchange::formatProblem(f.problems[0]), message)
            << "for " << testing::PrintToString(text);
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
                     textAsXlsx +
                         ": not an XLSX workbook (an .xlsx file is a ZIP archive, this one "
                         "is not); save it again as .xlsx, or name it .csv if it is a CSV file");

    f = exchange::readApplicationFile(dir.path.string(), context());
    expectOneProblem(f, 0, "", ": is a folder, not a file");
}

}  // namespace
