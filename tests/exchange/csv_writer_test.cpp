// The one CSV writer: the formula guard, quoting, the separator, UTF-8 and the byte order mark.

#include "app/exchange/csv_writer.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace {

using exchange::csvCell;
using exchange::CsvFormat;
using exchange::CsvWriter;

TEST(CsvCell, FormulasAreNeutralised) {
    EXPECT_EQ(csvCell("=1+2"), "'=1+2");
    EXPECT_EQ(csvCell("@F-1"), "'@F-1");
    EXPECT_EQ(csvCell("@SUM(A1)"), "'@SUM(A1)");
    EXPECT_EQ(csvCell("+1"), "'+1");
    EXPECT_EQ(csvCell("+49 2421 000000"), "'+49 2421 000000");
    EXPECT_EQ(csvCell("-2+3+cmd|' /C calc'!A0"), "'-2+3+cmd|' /C calc'!A0");
    EXPECT_EQ(csvCell("-"), "'-");
    EXPECT_EQ(csvCell("--5"), "'--5");
    EXPECT_EQ(csvCell("-5-1"), "'-5-1");
    EXPECT_EQ(csvCell("-1e5"), "'-1e5");
    EXPECT_EQ(csvCell("-5,"), "'-5,");
    EXPECT_EQ(csvCell("-,5"), "'-,5");
    EXPECT_EQ(csvCell("-1,2,3"), "'-1,2,3");
    // TAB and CR in front are guarded too (a CR anywhere needs quotes).
    EXPECT_EQ(csvCell("\tx"), "'\tx");
    EXPECT_EQ(csvCell("\r=1"), "\"'\r=1\"");
    // With quotes inside, the guard comes first and the whole is quoted.
    EXPECT_EQ(csvCell("=HYPERLINK(\"http://x\";\"klick\")"),
              "\"'=HYPERLINK(\"\"http://x\"\";\"\"klick\"\")\"");
}

TEST(CsvCell, PlainNegativeNumbersStayNumbers) {
    EXPECT_EQ(csvCell("-5"), "-5");
    EXPECT_EQ(csvCell("-0,25"), "-0,25");
    EXPECT_EQ(csvCell("-12.5"), "-12.5");
    EXPECT_FALSE(exchange::needsFormulaGuard("-5"));
    EXPECT_TRUE(exchange::needsFormulaGuard("+5"));
    // With ',' as the separator the decimal comma needs quotes, but no guard.
    EXPECT_EQ(csvCell("-0,25", ','), "\"-0,25\"");
}

TEST(CsvCell, OrdinaryTextIsLeftAlone) {
    EXPECT_EQ(csvCell(""), "");
    EXPECT_EQ(csvCell("Treffpunkt"), "Treffpunkt");
    EXPECT_EQ(csvCell("5"), "5");
    EXPECT_EQ(csvCell("1 = 1"), "1 = 1");
    EXPECT_EQ(csvCell("Begegnungscafé Düren – Nord"), "Begegnungscafé Düren – Nord");
    EXPECT_EQ(csvCell("it's"), "it's");
    EXPECT_FALSE(exchange::needsFormulaGuard("a=b"));
}

TEST(CsvCell, SeparatorQuoteAndLineBreaksAreQuoted) {
    EXPECT_EQ(csvCell("a;b"), "\"a;b\"");
    EXPECT_EQ(csvCell("sagt \"hallo\""), "\"sagt \"\"hallo\"\"\"");
    EXPECT_EQ(csvCell("\""), "\"\"\"\"");
    EXPECT_EQ(csvCell("Zeile 1\nZeile 2"), "\"Zeile 1\nZeile 2\"");
    EXPECT_EQ(csvCell("Zeile 1\r\nZeile 2"), "\"Zeile 1\r\nZeile 2\"");
    EXPECT_EQ(csvCell(" vorne"), "\" vorne\"");
    EXPECT_EQ(csvCell("hinten "), "\"hinten \"");
    // Another separator: ';' is then plain text, ',' needs quotes.
    EXPECT_EQ(csvCell("a;b", ','), "a;b");
    EXPECT_EQ(csvCell("a,b", ','), "\"a,b\"");
    EXPECT_EQ(csvCell("a\tb", '\t'), "\"a\tb\"");
}

TEST(CsvWriter, RowsWithByteOrderMarkAndLineEnds) {
    CsvWriter csv;
    csv.row({"Nr", "Titel", "Betrag"});
    csv.cell("B-01").cell("=1+2; \"x\"\nzwei").cell("-5").endRow();
    csv.endRow();  // an empty line between two blocks
    csv.cell("@F-1").endRow();
    EXPECT_EQ(csv.text(),
              "\xEF\xBB\xBFNr;Titel;Betrag\r\n"
              "B-01;\"'=1+2; \"\"x\"\"\nzwei\";-5\r\n"
              "\r\n"
              "'@F-1\r\n");
}

TEST(CsvWriter, FormatIsConfigurable) {
    CsvWriter csv(CsvFormat{',', false, "\n"});
    csv.row({"a,b", "c;d", "+1"});
    EXPECT_EQ(csv.text(), "\"a,b\",c;d,'+1\n");
    EXPECT_THROW(CsvWriter(CsvFormat{'"', true, "\n"}), std::invalid_argument);
    EXPECT_THROW(CsvWriter(CsvFormat{'\n', true, "\n"}), std::invalid_argument);
}

}  // namespace
