// Numbers, money, dates and percentages in the German and the English format, and the language
// switch itself.

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <stdexcept>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"

namespace {

using i18n::Lang;

const std::string nbsp = "\u00A0";

TEST(Format, Integers) {
    EXPECT_EQ(i18n::formatInteger(0, Lang::De), "0");
    EXPECT_EQ(i18n::formatInteger(999, Lang::De), "999");
    EXPECT_EQ(i18n::formatInteger(1000, Lang::De), "1.000");
    EXPECT_EQ(i18n::formatInteger(94149, Lang::De), "94.149");
    EXPECT_EQ(i18n::formatInteger(94149, Lang::En), "94,149");
    EXPECT_EQ(i18n::formatInteger(1234567, Lang::En), "1,234,567");
    EXPECT_EQ(i18n::formatInteger(-1234567, Lang::De), "-1.234.567");
    EXPECT_EQ(i18n::formatInteger(-999, Lang::En), "-999");
}

TEST(Format, DecimalsRoundHalfAwayFromZero) {
    EXPECT_EQ(i18n::formatDecimal(84.8, 1, Lang::De), "84,8");
    EXPECT_EQ(i18n::formatDecimal(84.8, 1, Lang::En), "84.8");
    EXPECT_EQ(i18n::formatDecimal(0.95, 1, Lang::De), "1,0");
    EXPECT_EQ(i18n::formatDecimal(2.5, 0, Lang::En), "3");
    EXPECT_EQ(i18n::formatDecimal(-2.5, 0, Lang::En), "-3");
    EXPECT_EQ(i18n::formatDecimal(0.125, 2, Lang::En), "0.13");
    EXPECT_EQ(i18n::formatDecimal(1234.5678, 2, Lang::De), "1.234,57");
    EXPECT_EQ(i18n::formatDecimal(1234.5678, 2, Lang::En), "1,234.57");
    EXPECT_EQ(i18n::formatDecimal(0.05, 2, Lang::De), "0,05");
    // A negative that rounds to zero has no minus sign.
    EXPECT_EQ(i18n::formatDecimal(-0.004, 2, Lang::De), "0,00");
    EXPECT_EQ(i18n::formatDecimal(-12.34, 1, Lang::De), "-12,3");
    // Places are clamped to 0..9.
    EXPECT_EQ(i18n::formatDecimal(3.7, -2, Lang::En), "4");
}

// Found by fuzzing the boundary import: a repair that changed an area by 1e308 % took the
// process down (the rounded value overflowed a long long and the padding went negative).
TEST(Format, DecimalsBeyondALongLongAndNonFiniteValuesAreWrittenOut) {
    EXPECT_EQ(i18n::formatDecimal(1e20, 2, Lang::De), "100.000.000.000.000.000.000,00");
    EXPECT_EQ(i18n::formatDecimal(-1e20, 0, Lang::En), "-100,000,000,000,000,000,000");
    const std::string huge = i18n::formatDecimal(1e308, 2, Lang::De);
    EXPECT_EQ(huge.substr(0, 4), "100.");
    EXPECT_EQ(huge.substr(huge.size() - 3), ",00");
    EXPECT_EQ(i18n::formatDecimal(9.0e15, 0, Lang::En), "9,000,000,000,000,000");
    EXPECT_EQ(i18n::formatDecimal(8.9e15, 0, Lang::En), "8,900,000,000,000,000");
    EXPECT_EQ(i18n::formatDecimal(std::numeric_limits<double>::infinity(), 2, Lang::De), "\u221E");
    EXPECT_EQ(i18n::formatDecimal(-std::numeric_limits<double>::infinity(), 2, Lang::De), "-\u221E");
    EXPECT_EQ(i18n::formatDecimal(std::nan(""), 2, Lang::De), "NaN");
}

TEST(Format, Euro) {
    EXPECT_EQ(i18n::formatEuro(1500, Lang::De), "1.500" + nbsp + "€");
    EXPECT_EQ(i18n::formatEuro(1500, Lang::En), "€1,500");
    EXPECT_EQ(i18n::formatEuro(1500.5, Lang::De), "1.500,50" + nbsp + "€");
    EXPECT_EQ(i18n::formatEuro(1500.5, Lang::En), "€1,500.50");
    EXPECT_EQ(i18n::formatEuro(0, Lang::En), "€0");
}

TEST(Format, Dates) {
    EXPECT_EQ(i18n::formatDate(2024, 3, 1, Lang::De), "01.03.2024");
    EXPECT_EQ(i18n::formatDate(2024, 3, 1, Lang::En), "2024-03-01");
    EXPECT_EQ(i18n::formatDate(2024, 2, 29, Lang::De), "29.02.2024");  // leap year
    EXPECT_THROW(i18n::formatDate(2023, 2, 29, Lang::De), std::invalid_argument);
    EXPECT_THROW(i18n::formatDate(1900, 2, 29, Lang::De), std::invalid_argument);
    EXPECT_EQ(i18n::formatDate(2000, 2, 29, Lang::En), "2000-02-29");
    EXPECT_THROW(i18n::formatDate(2024, 13, 1, Lang::En), std::invalid_argument);
    EXPECT_THROW(i18n::formatDate(2024, 4, 31, Lang::En), std::invalid_argument);
    EXPECT_THROW(i18n::formatDate(2024, 1, 0, Lang::En), std::invalid_argument);
}

TEST(Format, IsoDates) {
    EXPECT_EQ(i18n::formatIsoDate("2024-03-01", Lang::De), "01.03.2024");
    EXPECT_EQ(i18n::formatIsoDate("2024-03-01", Lang::En), "2024-03-01");
    EXPECT_EQ(i18n::formatIsoDate("2016-01-01T12:30:00Z", Lang::De), "01.01.2016");
    // Text that is no (possible) ISO date stays as it is.
    EXPECT_EQ(i18n::formatIsoDate("2023-02-30", Lang::De), "2023-02-30");
    EXPECT_EQ(i18n::formatIsoDate("01.03.2024", Lang::En), "01.03.2024");
    EXPECT_EQ(i18n::formatIsoDate("", Lang::De), "");
    EXPECT_EQ(i18n::formatIsoDate("unbekannt", Lang::De), "unbekannt");
}

TEST(Format, Percent) {
    EXPECT_EQ(i18n::formatPercent(39.58, 1, Lang::De), "39,6" + nbsp + "%");
    EXPECT_EQ(i18n::formatPercent(39.58, 1, Lang::En), "39.6%");
    EXPECT_EQ(i18n::formatPercent(100, 0, Lang::En), "100%");
    EXPECT_EQ(i18n::formatPercent(-5.25, 1, Lang::De), "-5,3" + nbsp + "%");
}

TEST(Format, FillPatterns) {
    EXPECT_EQ(i18n::fill("{1}: Standort in {2}", {"B-01", "Düren"}), "B-01: Standort in Düren");
    EXPECT_EQ(i18n::fill("{2} before {1}", {"a", "b"}), "b before a");
    EXPECT_EQ(i18n::fill("{1} and {1}", {"x"}), "x and x");
    EXPECT_EQ(i18n::fill("{1} {2}", {"only"}), "only {2}");  // a blank without argument stays
    EXPECT_EQ(i18n::fill("no blanks {", {"x"}), "no blanks {");
}

TEST(Language, SwitchesTheCatalogueAndTheDefaultFormat) {
    ASSERT_EQ(i18n::language(), Lang::De);  // German until set
    EXPECT_STREQ(i18n::text::kMunicipalities.c_str(), "Kommunen");
    EXPECT_EQ(i18n::formatInteger(1500), "1.500");
    i18n::setLanguage(Lang::En);
    EXPECT_STREQ(i18n::text::kMunicipalities.c_str(), "Municipalities");
    EXPECT_EQ(std::string(i18n::text::kCall), "Call for applications");
    EXPECT_EQ(i18n::formatInteger(1500), "1,500");
    EXPECT_EQ(i18n::formatIsoDate("2024-03-01"), "2024-03-01");
    i18n::setLanguage(Lang::De);
    EXPECT_EQ(i18n::formatIsoDate("2024-03-01"), "01.03.2024");
}

TEST(Language, Codes) {
    EXPECT_EQ(i18n::parseLanguage("de"), Lang::De);
    EXPECT_EQ(i18n::parseLanguage("en"), Lang::En);
    EXPECT_EQ(i18n::languageCode(Lang::En), "en");
    EXPECT_THROW(i18n::parseLanguage("fr"), std::invalid_argument);
}

}  // namespace

TEST(Count, GermanAndEnglishFormsForOneAndOthers) {
    using i18n::Lang;
    EXPECT_EQ(i18n::count(i18n::text::kProblemCount, 1, {}, Lang::De), "1 Problem");
    EXPECT_EQ(i18n::count(i18n::text::kProblemCount, 2, {}, Lang::De), "2 Probleme");
    EXPECT_EQ(i18n::count(i18n::text::kProblemCount, 0, {}, Lang::De), "0 Probleme");
    EXPECT_EQ(i18n::count(i18n::text::kProblemCount, 1234, {}, Lang::De), "1.234 Probleme");
    EXPECT_EQ(i18n::count(i18n::text::kProblemCount, 1, {}, Lang::En), "1 problem");
    EXPECT_EQ(i18n::count(i18n::text::kProblemCount, 1234, {}, Lang::En), "1,234 problems");
}

TEST(Count, CountedTextsOfTheWindowAndReportAgreeWithTheirNumber) {
    using i18n::Lang;
    namespace t = i18n::text;
    EXPECT_EQ(i18n::count(t::kMoreScoresHidden, 1, {"(verborgen)"}, Lang::De),
              "1 weitere Bewertung (verborgen)");
    EXPECT_EQ(i18n::count(t::kMoreScoresHidden, 3, {"(hidden)"}, Lang::En), "3 more scores (hidden)");
    EXPECT_EQ(i18n::count(t::kApplicationsInFile, 1, {}, Lang::En), "1 application in the file");
    EXPECT_EQ(i18n::count(t::kApplicationsInFile, 2, {}, Lang::De), "2 Bewerbungen in der Datei");
    EXPECT_EQ(i18n::count(t::kEvidenceGroups, 1, {"ja", "nein"}, Lang::De),
              "1 Zielgruppe; generationenübergreifend: ja, interkulturell: nein");
    EXPECT_EQ(i18n::count(t::kRepApplicationsSummary, 1,
                          {"1", i18n::count(t::kRepTakingPart, 1, {}, Lang::De)}, Lang::De),
              "1 Bewerbung, davon 1 formal förderfähig; 1 förderfähige mit Standort geht in die "
              "Auswahl ein.");
}

// Issue 11: amounts typed in the call settings are read in the language's format (ImGui's
// number fields read '.' decimals only and showed "1500").
TEST(Format, ParseDecimalReadsTheLanguagesFormat) {
    using i18n::Lang;
    using i18n::parseDecimal;
    EXPECT_EQ(parseDecimal("1.500", Lang::De), 1500.0);
    EXPECT_EQ(parseDecimal("1500", Lang::De), 1500.0);
    EXPECT_EQ(parseDecimal("1.500,50", Lang::De), 1500.5);
    EXPECT_EQ(parseDecimal(" 2.000\u00A0€ ", Lang::De), 2000.0);
    EXPECT_EQ(parseDecimal("-2,5", Lang::De), -2.5);
    EXPECT_EQ(parseDecimal("1.234.567", Lang::De), 1234567.0);
    EXPECT_EQ(parseDecimal("1.5", Lang::De), std::nullopt);  // neither 1,5 nor 1.500
    EXPECT_EQ(parseDecimal("1,5.0", Lang::De), std::nullopt);
    EXPECT_EQ(parseDecimal("12.34.567", Lang::De), std::nullopt);
    EXPECT_EQ(parseDecimal("abc", Lang::De), std::nullopt);
    EXPECT_EQ(parseDecimal("", Lang::De), std::nullopt);
    EXPECT_EQ(parseDecimal("3,", Lang::De), std::nullopt);
    EXPECT_EQ(parseDecimal("1,500.50", Lang::En), 1500.5);
    EXPECT_EQ(parseDecimal("€1,500", Lang::En), 1500.0);
    EXPECT_EQ(parseDecimal("1500.5", Lang::En), 1500.5);
    EXPECT_EQ(parseDecimal("1,5", Lang::En), std::nullopt);
    // What formatDecimal writes, parseDecimal reads back.
    for (Lang lang : {Lang::De, Lang::En})
        for (double v : {0.0, 12.5, 1500.0, 98765.43})
            EXPECT_EQ(parseDecimal(i18n::formatDecimal(v, 2, lang), lang), v);
}
