#include "app/store/map_data_reader.hpp"
#include "app/exchange/boundary_import.hpp"
#include "app/i18n/language.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "app/domain/map_data.hpp"
#include "app/project/project.hpp"
#include "app/store/sha256.hpp"
#include "geo/measure.hpp"
#include "tests/support/import_fixtures.hpp"

namespace {

using testdata::TempDir;
namespace fs = std::filesystem;

// The expected messages are the English texts (--lang en); German: tests/exchange/cli_texts_test.cpp.
struct ImportTest : ::testing::Test {
    TempDir dir;
    exchange::BoundaryImportOptions options;
    i18n::Lang languageBefore = i18n::language();
    ImportTest() { i18n::setLanguage(i18n::Lang::En); }
    ~ImportTest() override { i18n::setLanguage(languageBefore); }

    void SetUp() override {
        testdata::write(dir.file("gem.geojson"), testdata::municipalities());
        testdata::write(dir.file("krs.geojson"), testdata::districts());
        testdata::write(dir.file("pop.csv"),
                        "# Quelle: Testzahlen\nags;name;population\n05358004;Aldenhoven;1,000\n"
                        "05358008;Düren;2000\n");
        options.municipalities = dir.file("gem.geojson");
        options.districts = dir.file("krs.geojson");
        options.districtKey = "05358";
        options.population = dir.file("pop.csv");
        options.out = dir.file("projekt.gpkg");
        options.stand = "2016-01-01";
    }

    // Runs the import, expects failure with `fragment` in the message and no output file.
    void expectFailure(const std::string& fragment) {
        try {
            exchange::importBoundaries(options, {});
            ADD_FAILURE() << "import succeeded, expected: " << fragment;
        } catch (const std::exception& e) {
            EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos)
                << "message: " << e.what();
        }
        for (const auto& entry : fs::directory_iterator(dir.path))
            EXPECT_EQ(entry.path().extension() == ".gpkg" && entry.path().string() != options.out,
                      false)
                << "left behind: " << entry.path();
    }

    // The backup copies import-boundaries kept beside the output, sorted (not the one
    // Project::open makes before a migration, "projekt.gpkg.bak-schema0").
    std::vector<std::string> backups() const {
        std::vector<std::string> out;
        const std::regex backup(R"(projekt\.gpkg\.bak-[0-9]{8}-[0-9]{6}(-[0-9]+)?)");
        for (const auto& entry : fs::directory_iterator(dir.path))
            if (std::regex_match(entry.path().filename().string(), backup))
                out.push_back(entry.path().string());
        std::sort(out.begin(), out.end());
        return out;
    }

    // Every name in the folder, sorted.
    std::vector<std::string> files() const {
        std::vector<std::string> out;
        for (const auto& entry : fs::directory_iterator(dir.path))
            out.push_back(entry.path().filename().string());
        std::sort(out.begin(), out.end());
        return out;
    }
};

std::string fileHash(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return store::sha256Hex(s.str());
}

TEST_F(ImportTest, SelectsReprojectsAndWritesAllLayers) {
    std::vector<std::string> stages;
    exchange::BoundaryImportReport r =
        exchange::importBoundaries(options, [&](const exchange::ImportProgress& p) {
            if (p.finished) stages.push_back(p.stage);
        });
    EXPECT_EQ(r.municipalities, 2);
    EXPECT_NEAR(r.areaKm2, 13.0, 1e-6);
    EXPECT_EQ(r.population, 3000);
    EXPECT_TRUE(r.district);
    EXPECT_EQ(r.neighbours, 1);
    EXPECT_EQ(r.attribution, "© GeoBasis-DE / BKG (2016)");
    EXPECT_EQ(stages, (std::vector<std::string>{"Gemeinden", "Kreise"}));

    domain::MapData data = store::loadMapData(options.out);
    ASSERT_EQ(data.municipalities.size(), 2u);
    EXPECT_EQ(data.municipalities[0].ags, "05358004");
    EXPECT_EQ(data.municipalities[0].name, "Aldenhoven");
    EXPECT_EQ(data.municipalities[0].bez, "Gemeinde");
    EXPECT_EQ(data.municipalities[0].population, 1000);
    EXPECT_NEAR(data.municipalities[0].areaKm2, 4.0, 1e-9);
    EXPECT_EQ(data.municipalities[1].name, "Düren");
    EXPECT_NEAR(data.municipalities[1].areaKm2, 9.0, 1e-9);
    // Coordinates stay in EPSG:25832 metres.
    EXPECT_NEAR(geo::bounds(data.municipalities[1].shape).minx, 302000, 1e-6);
    ASSERT_TRUE(data.district.has_value());
    EXPECT_EQ(data.district->ags, "05358");
    ASSERT_EQ(data.neighbours.size(), 1u);
    EXPECT_EQ(data.neighbours[0].name, "Nachbarkreis");
    EXPECT_EQ(data.attribution(),
              "© GeoBasis-DE / BKG (2016) · © Statistische Ämter des Bundes und der Länder, "
              "Zensus 2022");
    ASSERT_FALSE(data.sources.empty());
    EXPECT_EQ(data.sources[0].layer, "gemeinden");
    EXPECT_EQ(data.sources[0].stand, "2016-01-01");
    EXPECT_EQ(data.sources[0].licence, "dl-de/by-2-0");
}

TEST_F(ImportTest, WithoutDistrictsOnlyMunicipalities) {
    options.districts.reset();
    exchange::BoundaryImportReport r = exchange::importBoundaries(options, {});
    EXPECT_FALSE(r.district);
    domain::MapData data = store::loadMapData(options.out);
    EXPECT_EQ(data.municipalities.size(), 2u);
    EXPECT_FALSE(data.district.has_value());
    EXPECT_TRUE(data.neighbours.empty());
}

TEST_F(ImportTest, WgsInputIsReprojected) {
    testdata::write(
        dir.file("wgs.geojson"),
        R"([{"type":"Feature","properties":{"AGS":"05358008","GEN":"Düren","BEZ":"Stadt","GF":4},"geometry":{"type":"Polygon","coordinates":[[[6.48,50.80],[6.49,50.80],[6.49,50.81],[6.48,50.80]]]}}])");
    options.municipalities = dir.file("wgs.geojson");
    options.districts.reset();
    options.population.reset();
    exchange::importBoundaries(options, {});
    domain::MapData data = store::loadMapData(options.out);
    ASSERT_EQ(data.municipalities.size(), 1u);
    geo::Box b = geo::bounds(data.municipalities[0].shape);
    EXPECT_GT(b.minx, 320000);
    EXPECT_LT(b.maxx, 325000);
    EXPECT_GT(b.miny, 5629000);
    EXPECT_FALSE(data.municipalities[0].population.has_value());
}

TEST_F(ImportTest, DerivesStandFromWskWithAWarning) {
    testdata::write(dir.file("wsk.geojson"),
                    testdata::collection(
                        testdata::square("05358004", "A", 4, 0, 0, 1, R"(,"WSK":"2009/01/01")")));
    options.municipalities = dir.file("wsk.geojson");
    options.districts.reset();
    options.stand.clear();
    exchange::BoundaryImportReport r = exchange::importBoundaries(options, {});
    EXPECT_EQ(r.stand, "2009-01-01");
    EXPECT_EQ(r.attribution, "© GeoBasis-DE / BKG (2009)");
    ASSERT_EQ(std::count_if(r.warnings.begin(), r.warnings.end(),
                            [](const std::string& w) { return w.find("WSK") != std::string::npos; }),
              1);
}

// The edition is the latest WSK of the whole source: a Land whose municipalities did not change
// since 2009 is still in the edition of the file (here 2016, the date of another Land's change).
TEST_F(ImportTest, StandIsTheLatestWskOfTheWholeSourceNotOfTheSelection) {
    testdata::write(dir.file("wsk.geojson"),
                    testdata::collection(
                        testdata::square("05358004", "A", 4, 0, 0, 1, R"(,"WSK":"2009/01/01")") +
                        "," + testdata::square("09162000", "M", 4, 50, 0, 1, R"(,"WSK":"2016/01/01")") +
                        "," + testdata::square("09162999", "See", 2, 60, 0, 1, R"(,"WSK":"2016/03/01")")));
    options.municipalities = dir.file("wsk.geojson");
    options.districts.reset();
    options.stand.clear();
    exchange::BoundaryImportReport r = exchange::importBoundaries(options, {});
    EXPECT_EQ(r.municipalities, 1);
    EXPECT_EQ(r.stand, "2016-03-01");
    EXPECT_EQ(r.attribution, "© GeoBasis-DE / BKG (2016)");
}

TEST_F(ImportTest, WithoutPopulationItWarnsThatCoverageCannotBeMeasured) {
    options.population.reset();
    exchange::BoundaryImportReport r = exchange::importBoundaries(options, {});
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_NE(r.warnings[0].find("population coverage cannot be measured"), std::string::npos)
        << r.warnings[0];
}

// A Land (two digits) and all of Germany ("DE" or no key) select by AGS prefix; the outline is
// the union of their districts, named after the Land, with the districts around as neighbours.
TEST_F(ImportTest, LandAndGermanySelectByPrefixWithTheUnionAsOutline) {
    testdata::write(dir.file("krs-land.geojson"),
                    testdata::collection(testdata::square("05358", "Düren", 4, 0, 0, 5) + "," +
                                         testdata::square("05999", "Nachbarkreis", 4, 5, 0, 5) +
                                         "," + testdata::square("06411", "Darmstadt", 4, 10, 0, 5) +
                                         "," + testdata::square("01001", "Flensburg", 4, 100, 100, 5)));
    options.districts = dir.file("krs-land.geojson");
    options.districtKey = "05";
    exchange::BoundaryImportReport r = exchange::importBoundaries(options, {});
    EXPECT_EQ(r.municipalities, 3);
    EXPECT_EQ(r.neighbours, 1);  // Darmstadt touches the Land's eastern edge
    domain::MapData data = store::loadMapData(options.out);
    ASSERT_TRUE(data.district);
    EXPECT_EQ(data.district->name, "Nordrhein-Westfalen");
    EXPECT_NEAR(geo::area(data.district->shape) / 1e6, 50, 1e-6);  // 10 x 5 km: one outline
    ASSERT_EQ(data.neighbours.size(), 1u);
    EXPECT_EQ(data.neighbours[0].ags, "06411");

    for (const char* key : {"DE", ""}) {
        options.districtKey = key;
        options.overwrite = true;
        r = exchange::importBoundaries(options, {});
        EXPECT_EQ(r.municipalities, 3) << key;
        EXPECT_EQ(r.neighbours, 0) << key;
        data = store::loadMapData(options.out);
        ASSERT_TRUE(data.district);
        EXPECT_EQ(data.district->name, "Germany");
        EXPECT_NEAR(geo::area(data.district->shape) / 1e6, 100, 1e-6) << key;  // all 4 districts
    }
}

// Official VG250 data holds a few self-intersecting rings: such a ring is repaired (GEOS
// MakeValid), named in a warning with the area changed, and does not stop the import.
TEST_F(ImportTest, RepairsAnInvalidRingThatChangesLittleAndNamesIt) {
    // A 2 km square whose shell runs out and back along a 1 m spike: a ring self-intersection
    // whose repair drops only the spike (area change far below 1 %).
    testdata::write(
        dir.file("zacke.geojson"),
        testdata::collection(
            R"({"type":"Feature","properties":{"AGS":"05358004","GEN":"Zacke","BEZ":"Gemeinde","GF":4},"geometry":{"type":"Polygon","coordinates":[[[300000,5600000],[302000,5600000],[302000,5601000],[302500,5601000],[302500,5601001],[302000,5601001],[302000,5600999],[302000,5602000],[300000,5602000],[300000,5600000]]]}})"));
    options.municipalities = dir.file("zacke.geojson");
    options.districts.reset();
    exchange::BoundaryImportReport r = exchange::importBoundaries(options, {});
    EXPECT_EQ(r.repaired, 1);
    ASSERT_FALSE(r.warnings.empty());
    EXPECT_NE(r.warnings[0].find("geometry of Zacke (AGS 05358004) repaired"), std::string::npos)
        << r.warnings[0];
    EXPECT_NE(r.warnings[0].find("area changed by"), std::string::npos) << r.warnings[0];
    domain::MapData data = store::loadMapData(options.out);
    ASSERT_EQ(data.municipalities.size(), 1u);
    EXPECT_NEAR(data.municipalities[0].areaKm2, 4, 0.01);
}

TEST_F(ImportTest, MissingFile) {
    options.municipalities = dir.file("nicht-da.geojson");
    expectFailure("nicht-da.geojson: file not found");
}

TEST_F(ImportTest, UnreadableFile) {
    testdata::write(dir.file("kaputt.geojson"), "{ this is not json");
    options.municipalities = dir.file("kaputt.geojson");
    expectFailure(
        "kaputt.geojson: cannot be read as boundaries: not a vector data source GDAL can read");
}

TEST_F(ImportTest, SourceWithoutVg250Fields) {
    testdata::write(
        dir.file("fremd.geojson"),
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"AGS":"05358004","NAME":"A"},"geometry":{"type":"Polygon","coordinates":[[[6.4,50.8],[6.5,50.8],[6.5,50.9],[6.4,50.8]]]}}]})");
    options.municipalities = dir.file("fremd.geojson");
    expectFailure("fremd.geojson: not a VG250 layer, the field(s) GEN, BEZ, GF are missing");
}

TEST_F(ImportTest, DistrictKeySelectsNothing) {
    options.districtKey = "09162";
    expectFailure("the area key 09162 selects no municipality");
}

TEST_F(ImportTest, DistrictKeyMustBeDigits) {
    options.districtKey = "Düren";
    expectFailure("expected 2 to 8 digits");
}

TEST_F(ImportTest, DistrictMissingFromDistrictFile) {
    testdata::write(dir.file("krs2.geojson"),
                    testdata::collection(testdata::square("05999", "X", 4, 5, 0, 5)));
    options.districts = dir.file("krs2.geojson");
    expectFailure("no district with AGS 05358");
}

TEST_F(ImportTest, UnknownCrs) {
    testdata::write(dir.file("crs.geojson"),
                    testdata::collection(testdata::square("05358004", "A", 4, 0, 0, 1), "999999"));
    options.municipalities = dir.file("crs.geojson");
    expectFailure("crs.geojson: cannot be read as boundaries: unknown coordinate reference system");
}

TEST_F(ImportTest, WrongCrsIsCaughtByThePlausibilityCheck) {
    // UTM coordinates declared as WGS 84 degrees: PROJ cannot transform them sensibly.
    testdata::write(dir.file("falsch.geojson"),
                    testdata::collection(testdata::square("05358004", "A", 4, 0, 0, 1), "4326"));
    options.municipalities = dir.file("falsch.geojson");
    try {
        exchange::importBoundaries(options, {});
        ADD_FAILURE() << "import succeeded";
    } catch (const std::exception& e) {
        EXPECT_NE(std::string(e.what()).find("falsch.geojson: A (AGS 05358004)"), std::string::npos)
            << e.what();
    }
    EXPECT_FALSE(fs::exists(options.out));
}

TEST_F(ImportTest, DegreesLabelledAsUtmLieOutsideGermany) {
    testdata::write(
        dir.file("grad.geojson"),
        testdata::collection(
            R"({"type":"Feature","properties":{"AGS":"05358004","GEN":"A","BEZ":"Gemeinde","GF":4},"geometry":{"type":"Polygon","coordinates":[[[6.4,50.8],[6.5,50.8],[6.5,50.9],[6.4,50.8]]]}})"));
    options.municipalities = dir.file("grad.geojson");
    expectFailure("lies outside Germany after reprojection to EPSG:25832");
}

TEST_F(ImportTest, InvalidGeometry) {
    // A bow tie: the ring crosses itself.
    testdata::write(
        dir.file("schleife.geojson"),
        testdata::collection(
            R"({"type":"Feature","properties":{"AGS":"05358004","GEN":"Schleife","BEZ":"Gemeinde","GF":4},"geometry":{"type":"Polygon","coordinates":[[[300000,5600000],[302000,5602000],[302000,5600000],[300000,5602000],[300000,5600000]]]}})"));
    options.municipalities = dir.file("schleife.geojson");
    // Its shoelace area is 0, so no repair can keep it within 1 %: the import stops.
    expectFailure("Schleife (AGS 05358004): invalid geometry: Self-intersection");
    expectFailure("(at most 1 % is allowed)");
}

TEST_F(ImportTest, UnwritableOutput) {
    options.out = dir.file("gibt-es-nicht/projekt.gpkg");
    expectFailure("gibt-es-nicht/projekt.gpkg: cannot write here, the folder");
}

TEST_F(ImportTest, ExistingOutputIsKeptWithoutOverwrite) {
    testdata::write(options.out, "precious");
    expectFailure("already exists");
    std::ifstream in(options.out);
    std::string content;
    in >> content;
    EXPECT_EQ(content, "precious");
    options.overwrite = true;
    exchange::BoundaryImportReport r;
    EXPECT_NO_THROW(r = exchange::importBoundaries(options, {}));
    EXPECT_EQ(store::loadMapData(options.out).municipalities.size(), 2u);
    // What it replaced is kept beside it.
    ASSERT_EQ(backups(), std::vector<std::string>{r.backup});
    std::ifstream kept(r.backup);
    kept >> content;
    EXPECT_EQ(content, "precious");
}

// Issue 9, 1.6: never replace a project another instance has open.
TEST_F(ImportTest, OverwriteIsRefusedWhileTheProjectIsOpenElsewhere) {
    exchange::importBoundaries(options, {});
    project::Project open = project::Project::open(options.out);
    ASSERT_FALSE(open.readOnly());
    std::string before = fileHash(options.out);
    options.overwrite = true;
    options.discardApplications = true;
    expectFailure("projekt.gpkg: is open in another Begegnungskarte window or command; close it "
                  "there and try again");
    EXPECT_EQ(fileHash(options.out), before);
    EXPECT_TRUE(backups().empty());
}

// Issue 9, 1.6: applications, committee and audit log are not lost without a confirmation, and
// then a backup is kept.
TEST_F(ImportTest, ReplacingApplicationsNeedsTheConfirmationAndKeepsABackup) {
    exchange::importBoundaries(options, {});
    {
        project::Project p = project::Project::open(options.out);
        domain::Application a;
        a.nr = "B-01";
        a.title = "Begegnungscafé";
        a.municipalityAgs = "05358008";
        p.apply(project::AddApplication{a});
        p.apply(project::AddMember{{0, "A. Muster", "Amt 52"}});
    }
    std::string before = fileHash(options.out);
    options.overwrite = true;
    expectFailure(options.out +
                  " holds 1 application, 1 member and 2 audit entries; add "
                  "--discard-applications to replace it anyway (a backup is kept)");
    EXPECT_EQ(fileHash(options.out), before);
    EXPECT_TRUE(backups().empty());

    options.discardApplications = true;
    exchange::BoundaryImportReport r = exchange::importBoundaries(options, {});
    EXPECT_TRUE(std::regex_match(fs::path(r.backup).filename().string(),
                                 std::regex(R"(projekt\.gpkg\.bak-[0-9]{8}-[0-9]{6})")))
        << r.backup;
    ASSERT_EQ(backups(), std::vector<std::string>{r.backup});
    EXPECT_EQ(fileHash(r.backup), before);
    const project::OpenOptions readOnly{true, ""};
    EXPECT_TRUE(project::Project::open(options.out, readOnly).applications().empty());
    EXPECT_EQ(project::Project::open(r.backup, readOnly).applications().size(), 1u);
}

TEST_F(ImportTest, EveryReplacedFileGetsItsOwnBackup) {
    testdata::write(options.out, "first");
    options.overwrite = true;
    std::string first = exchange::importBoundaries(options, {}).backup;
    testdata::write(options.out, "second");
    std::string second = exchange::importBoundaries(options, {}).backup;
    EXPECT_NE(first, second);
    EXPECT_EQ(backups().size(), 2u);
}

// A boundary-only project is what this command builds from its source: replacing it again and
// again (as the test fixture does) keeps no pile of backups.
TEST_F(ImportTest, ABoundaryOnlyProjectIsReplacedWithoutABackup) {
    exchange::importBoundaries(options, {});
    options.overwrite = true;
    EXPECT_EQ(exchange::importBoundaries(options, {}).backup, "");
    EXPECT_TRUE(backups().empty());
}

// Issue 9, 1.7: temporaries of crashed runs, today's (with the dead writer's process id) and
// older versions' (".NAME.tmp-NNNNNN.gpkg"), neither block the import nor stay.
TEST_F(ImportTest, TemporariesOfCrashedRunsAreRemoved) {
    pid_t dead = fork();
    if (dead == 0) _exit(0);
    waitpid(dead, nullptr, 0);
    std::string stale = ".projekt.gpkg.bk-tmp-" + std::to_string(dead) + "-42.gpkg";
    for (const std::string& name : {stale, stale + "-journal",
                                    std::string(".projekt.gpkg.tmp-123456.gpkg"),
                                    std::string(".projekt.gpkg.tmp-123456.gpkg-journal")})
        testdata::write(dir.file(name), "left by a crash");
    exchange::importBoundaries(options, {});
    EXPECT_EQ(files(), (std::vector<std::string>{"gem.geojson", "krs.geojson", "pop.csv",
                                                 "projekt.gpkg"}));
}

TEST_F(ImportTest, BadPopulationRowIsNamed) {
    testdata::write(dir.file("pop.csv"), "ags;population\n05358004;viele\n");
    expectFailure("pop.csv, row 2: column 'population'");
}

TEST(LoadMapData, RefusesNonGeoPackage) {
    TempDir dir;
    testdata::write(dir.file("x.gpkg"), "not sqlite");
    EXPECT_THROW(store::loadMapData(dir.file("x.gpkg")), std::runtime_error);
}

}  // namespace
