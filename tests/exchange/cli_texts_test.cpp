// The messages of import-boundaries, export and demo come from the catalogue: German by
// default, English with --lang en, both naming the file (issue 10, section 2). The other
// tests of these modules check the English texts; these check both languages side by side.

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <string>

#include "app/exchange/application_export.hpp"
#include "app/exchange/boundary_import.hpp"
#include "app/exchange/demo.hpp"
#include "app/i18n/language.hpp"
#include "app/project/project.hpp"
#include "tests/support/import_fixtures.hpp"

namespace {

using testdata::TempDir;

const std::string kBoundaries = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";

// The message `action` throws in `lang`; the language is restored afterwards.
std::string messageIn(i18n::Lang lang, const std::function<void()>& action) {
    const i18n::Lang before = i18n::language();
    i18n::setLanguage(lang);
    std::string message = "no error";
    try {
        action();
    } catch (const std::exception& e) {
        message = e.what();
    }
    i18n::setLanguage(before);
    return message;
}

struct BoundaryMessages : ::testing::Test {
    TempDir dir;
    exchange::BoundaryImportOptions options;

    void SetUp() override {
        testdata::write(dir.file("gem.geojson"), testdata::municipalities());
        options.municipalities = dir.file("gem.geojson");
        options.districtKey = "05358";
        options.out = dir.file("projekt.gpkg");
        options.stand = "2016-01-01";
    }
    std::string importIn(i18n::Lang lang) {
        return messageIn(lang, [&] { exchange::importBoundaries(options, {}); });
    }
};

TEST_F(BoundaryMessages, DistrictKey) {
    options.districtKey = "05x";
    EXPECT_EQ(importIn(i18n::Lang::De),
              "Gebietsschlüssel „05x“: erwartet werden 2 bis 8 Ziffern eines AGS (05 ein Land, "
              "05358 ein Kreis, 05358004 eine Kommune) oder DE für ganz Deutschland");
    EXPECT_EQ(importIn(i18n::Lang::En),
              "area key '05x': expected 2 to 8 digits of an AGS (05 a Land, 05358 a district, "
              "05358004 a municipality) or DE for all of Germany");
}

TEST_F(BoundaryMessages, KeySelectsNothing) {
    options.districtKey = "09162";
    EXPECT_EQ(importIn(i18n::Lang::De), options.municipalities +
                                            ": der Gebietsschlüssel 09162 wählt keine Kommune aus "
                                            "(AGS, die damit beginnt, und GF = 4)");
    EXPECT_EQ(
        importIn(i18n::Lang::En),
        options.municipalities +
            ": the area key 09162 selects no municipality (AGS starting with it, GF = 4)");
}

// A missing source used to be GDAL's English "file not found" in every language; text that is
// no vector data says so in the user's language, GDAL's words in parentheses.
TEST_F(BoundaryMessages, MissingAndUnreadableSource) {
    options.municipalities = dir.file("fehlt.geojson");
    EXPECT_EQ(importIn(i18n::Lang::De), options.municipalities + ": Datei nicht gefunden");
    EXPECT_EQ(importIn(i18n::Lang::En), options.municipalities + ": file not found");
    testdata::write(dir.file("text.geojson"), "kein JSON");
    options.municipalities = dir.file("text.geojson");
    EXPECT_EQ(importIn(i18n::Lang::De)
                  .rfind(options.municipalities + ": lässt sich nicht als Grenzdaten lesen: ", 0),
              0u)
        << importIn(i18n::Lang::De);
    EXPECT_EQ(importIn(i18n::Lang::En)
                  .rfind(options.municipalities + ": cannot be read as boundaries: ", 0),
              0u)
        << importIn(i18n::Lang::En);
    EXPECT_FALSE(std::filesystem::exists(options.out));
}

TEST_F(BoundaryMessages, ExistingOutputAndTheWskWarning) {
    testdata::write(options.out, "alt");
    EXPECT_EQ(importIn(i18n::Lang::De),
              options.out + ": gibt es schon; eine andere Datei wählen oder --overwrite angeben");
    EXPECT_EQ(importIn(i18n::Lang::En),
              options.out + ": already exists; choose another file or pass --overwrite");
    std::filesystem::remove(options.out);
    // Without --stand and without a WSK field: the fix is named in the option's words.
    options.stand.clear();
    EXPECT_EQ(importIn(i18n::Lang::De), options.municipalities +
                                            ": kein Feld WSK, aus dem sich der Stand ablesen "
                                            "ließe; bitte --stand JJJJ-MM-TT angeben");
}

TEST(ExportMessages, UnknownFormatAndTheProjectItself) {
    project::Project p = project::Project::open(kBoundaries, project::OpenOptions{true, ""});
    TempDir dir;
    auto exportTo = [&](const std::string& out) {
        return [&p, out] { exchange::exportApplications(p, {out, false}); };
    };
    const std::string shp = dir.file("x.shp");
    EXPECT_EQ(messageIn(i18n::Lang::De, exportTo(shp)),
              shp + ": unbekanntes Exportformat „.shp“; möglich sind .gpkg, .geojson, .csv und .xlsx");
    EXPECT_EQ(messageIn(i18n::Lang::En, exportTo(shp)),
              shp + ": unknown export format '.shp'; use .gpkg, .geojson, .csv or .xlsx");
    EXPECT_EQ(messageIn(i18n::Lang::De, exportTo(kBoundaries)),
              kBoundaries + ": das ist die Projektdatei selbst; bitte einen anderen Namen wählen");
}

TEST(DemoMessages, ExistingOutputAndMissingBoundaries) {
    TempDir dir;
    const std::string out = dir.file("beispiel.gpkg");
    testdata::write(out, "alt");
    auto demo = [&](const std::string& from, const std::string& to) {
        return [from, to] { exchange::createDemoProject(from, to); };
    };
    EXPECT_EQ(messageIn(i18n::Lang::De, demo(kBoundaries, out)),
              out + ": gibt es schon; bitte eine andere Datei wählen");
    EXPECT_EQ(messageIn(i18n::Lang::En, demo(kBoundaries, out)),
              out + ": already exists; choose another file");
    const std::string missing = dir.file("fehlt.gpkg");
    EXPECT_EQ(messageIn(i18n::Lang::De, demo(missing, dir.file("neu.gpkg"))),
              missing + ": Datei nicht gefunden (sie entsteht mit import-boundaries)");
    EXPECT_EQ(messageIn(i18n::Lang::En, demo(missing, dir.file("neu.gpkg"))),
              missing + ": file not found (make it with import-boundaries)");
}

}  // namespace
