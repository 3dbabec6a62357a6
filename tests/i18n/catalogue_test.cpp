// The string catalogue is complete: every entry of app/i18n/strings.hpp has a real English text.
// The entries are read from the header's source (each `inline constexpr Str kName {"de", "en"};`,
// adjacent literals concatenated), so an entry added anywhere in the file is checked without
// having to be listed here as well.

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "tests/support/catalogue_reader.hpp"
#include "app/i18n/strings.hpp"

namespace {

const std::string kHeader = std::string(BK_SOURCE_DIR) + "/app/i18n/strings.hpp";

// Entries whose English text is rightly the same word as the German one.
const std::set<std::string> kSameInBothLanguages = {
    "kAppName",       "kAgs",          "kStatus",      "kMemberName", "kRadius",
    "kMedian",        "kParetoOptimal", "kCritOrganisationShort", "kSectionOrganisation",
    "kExportFormat",  "kRepPareto",    "kRepRadius",   "kRepRegion",  "kSheetNorth",
    "kSheetRadius",   "kRankRegion",   "kXlsxColPareto", "kXlsxRadiusKm",
    // Patterns of blanks and units only (the words come from other entries).
    "kRepScoresSummary", "kRankSummary", "kSnapWrote", "kBoundariesSummary", "kCmdScoreSet", "kSnapWrotePaperPage",
    "kPublished", "kPushAbsent",
    "kVerifyProblems"};

TEST(Catalogue, ReadsTheEntriesOfTheHeader) {
    std::vector<testsupport::CatalogueEntry> entries = testsupport::readCatalogue(kHeader);
    ASSERT_GT(entries.size(), 250u);
    // Spot checks against the compiled catalogue: the reader sees what the compiler sees,
    // multi-line concatenations included.
    auto find = [&](const std::string& name) {
        for (const auto& e : entries)
            if (e.name == name) return e;
        ADD_FAILURE() << name << " not found";
        return testsupport::CatalogueEntry{};
    };
    EXPECT_EQ(find("kMunicipalities").en, i18n::text::kMunicipalities.en);
    EXPECT_EQ(find("kImportHint").de, i18n::text::kImportHint.de);
    EXPECT_EQ(find("kImportHint").en, i18n::text::kImportHint.en);
    EXPECT_EQ(find("kCoverageNote").en, i18n::text::kCoverageNote.en);
    EXPECT_EQ(find("kSetTooltip").de, i18n::text::kSetTooltip.de);  // escape \n
}

TEST(Catalogue, EveryEntryHasARealEnglishText) {
    std::set<std::string> names;
    for (const testsupport::CatalogueEntry& e : testsupport::readCatalogue(kHeader)) {
        SCOPED_TRACE(e.name);
        EXPECT_TRUE(names.insert(e.name).second) << "duplicate entry";
        EXPECT_FALSE(e.de.empty());
        EXPECT_FALSE(e.en.empty());
        EXPECT_EQ(e.en.find("@EN@"), std::string::npos) << "placeholder left";
        if (!kSameInBothLanguages.count(e.name)) {
            EXPECT_NE(e.en, e.de) << "English equals German: translate it or add it to the list";
        }
        // Patterns for i18n::fill have the same blanks in both languages.
        for (char k = '1'; k <= '9'; ++k) {
            std::string blank = std::string("{") + k + "}";
            EXPECT_EQ(e.de.find(blank) == std::string::npos, e.en.find(blank) == std::string::npos)
                << blank;
        }
    }
}

}  // namespace
