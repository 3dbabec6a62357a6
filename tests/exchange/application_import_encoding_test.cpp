// The spreadsheet import and what a file's bytes can do wrong (issue 9): quotes that never
// close or run too long, bytes that are not UTF-8, and the bounds of domain/limits.hpp on
// amounts, counts, hours and rows.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/domain/limits.hpp"
#include "app/exchange/application_import.hpp"
#include "tests/support/application_import_fixtures.hpp"

namespace {

using namespace importtest;

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
    EXPECT_NE(exchange::formatProblem(f.problems[20]).find("10 more invalid UTF-8 bytes"),
              std::string::npos)
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

}  // namespace
