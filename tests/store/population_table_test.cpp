#include "app/store/population_table.hpp"

#include <gtest/gtest.h>

#include "import_fixtures.hpp"

namespace {

TEST(PopulationTable, ReadsTheShippedZensusTable) {
    store::PopulationTable t = store::readPopulationTable(std::string(BK_SOURCE_DIR) +
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
    store::PopulationTable t = store::readPopulationTable(dir.file("p.csv"));
    EXPECT_EQ(t.byAgs.at("05358008"), 94149);
}

TEST(PopulationTable, Errors) {
    testdata::TempDir dir;
    auto expectError = [&](const std::string& content, const std::string& fragment) {
        testdata::write(dir.file("p.csv"), content);
        try {
            store::readPopulationTable(dir.file("p.csv"));
            ADD_FAILURE() << "no error for: " << content;
        } catch (const std::runtime_error& e) {
            EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
        }
    };
    expectError("", "is empty");
    expectError("ags;name\n", "row 1: the header needs the columns 'ags' and 'population'");
    expectError("ags;population\n05358008;-5\n", "row 2: column 'population'");
    expectError("ags;population\n05358008;1\n05358008;2\n", "row 3: AGS 05358008 appears twice");
    expectError("ags;population\nabc;1\n", "row 2: column 'ags'");
    EXPECT_THROW(store::readPopulationTable(dir.file("fehlt.csv")), std::runtime_error);
}

}  // namespace
