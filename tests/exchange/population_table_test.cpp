#include "app/exchange/population_table.hpp"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "app/i18n/language.hpp"
#include "tests/support/import_fixtures.hpp"

namespace {

TEST(PopulationTable, ReadsTheShippedZensusTable) {
    exchange::PopulationTable t = exchange::readPopulationTable(std::string(BK_SOURCE_DIR) +
                                                          "/data/bevoelkerung-zensus2022.csv");
    EXPECT_EQ(t.byAgs.size(), 15u);
    EXPECT_EQ(t.byAgs.at("05358008"), 94149);
    EXPECT_EQ(t.byAgs.at("05358012"), 4482);
    std::int64_t sum = 0;
    for (const auto& [ags, n] : t.byAgs) sum += n;
    EXPECT_EQ(sum, 275392);
    EXPECT_NE(t.source.find("Zensus 2022"), std::string::npos);
    EXPECT_NE(t.source.find("dl-de/by-2-0"), std::string::npos);
}

TEST(PopulationTable, CommaSeparatorBomAndThousands) {
    testdata::TempDir dir;
    testdata::write(dir.file("p.csv"),
                    "\xEF\xBB\xBF"
                    "AGS,Population\r\n05358008,\"94,149\"\r\n");
    exchange::PopulationTable t = exchange::readPopulationTable(dir.file("p.csv"));
    EXPECT_EQ(t.byAgs.at("05358008"), 94149);
}

TEST(PopulationTable, Errors) {
    testdata::TempDir dir;
    auto expectError = [&](const std::string& content, const std::string& fragment) {
        testdata::write(dir.file("p.csv"), content);
        try {
            exchange::readPopulationTable(dir.file("p.csv"));
            ADD_FAILURE() << "no error for: " << content;
        } catch (const std::runtime_error& e) {
            EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
        }
    };
    expectError("", "die Bevölkerungstabelle ist leer");
    expectError("ags;name\n", "Zeile 1: die Kopfzeile braucht die Spalten „ags“ und „population“");
    expectError("ags;population\n05358008;-5\n", "Zeile 2: Spalte „population“");
    expectError("ags;population\n05358008;1\n05358008;2\n", "Zeile 3: AGS 05358008 kommt zweimal vor");
    expectError("ags;population\nabc;1\n", "Zeile 2: Spalte „ags“");
    EXPECT_THROW(exchange::readPopulationTable(dir.file("fehlt.csv")), std::runtime_error);
    // Issue 9, defect 10: 30 digits made "stoll" the whole message.
    expectError("ags;population\n05358008;123456789012345678901234567890\n",
                "Zeile 2: Spalte „population“: „123456789012345678901234567890“ ist mehr als "
                "100.000.000, die Obergrenze für eine Kommune");
    expectError("ags;population\n05358008;100000001\n", "ist mehr als 100.000.000");
}

// Issue 9, defect 9: a UTF-8 table with one byte that is not UTF-8 is refused naming it.
TEST(PopulationTable, OneInvalidUtf8ByteIsNamedByRowColumnAndOffset) {
    testdata::TempDir dir;
    const std::string text =
        "# Quelle: © Statistische Ämter des Bundes und der Länder\n"
        "ags;name;population\n"
        "05358004;Aldenhoven;13939\n"
        "05358024;J\xFClich;32543\n";
    testdata::write(dir.file("p.csv"), text);
    try {
        exchange::readPopulationTable(dir.file("p.csv"));
        ADD_FAILURE() << "read a broken table";
    } catch (const std::runtime_error& e) {
        EXPECT_EQ(std::string(e.what()),
                  dir.file("p.csv") +
                      ", Zeile 4, Spalte name: ungültiges UTF-8-Byte 0xFC an Byte-Position " +
                      std::to_string(text.find('\xFC')) +
                      "; bitte die Tabelle als UTF-8 speichern");
    }
}

// Issue 10: the table's errors come from the catalogue, English with --lang en.
TEST(PopulationTable, ErrorsInEnglish) {
    testdata::TempDir dir;
    testdata::write(dir.file("p.csv"), "ags;population\n05358008;1\n05358008;2\n");
    i18n::setLanguage(i18n::Lang::En);
    std::string message;
    try {
        exchange::readPopulationTable(dir.file("p.csv"));
    } catch (const std::runtime_error& e) {
        message = e.what();
    }
    i18n::setLanguage(i18n::Lang::De);
    EXPECT_EQ(message, dir.file("p.csv") + ", row 3: AGS 05358008 appears twice");
}

TEST(PopulationTable, Windows1252IsDecoded) {
    testdata::TempDir dir;
    testdata::write(dir.file("p.csv"),
                    "# Quelle: Statistische \xC4mter\r\nags;name;population\r\n"
                    "05358024;J\xFClich;32.543\r\n");
    exchange::PopulationTable t = exchange::readPopulationTable(dir.file("p.csv"));
    EXPECT_EQ(t.byAgs.at("05358024"), 32543);
    EXPECT_EQ(t.source, "Quelle: Statistische Ämter");
}

}  // namespace
