// Integration tests on the real Kreis Düren project imported from the BKG VG250 data by the
// ctest fixture `kreis_dueren_project` (tests/cli/CMakeLists.txt).

#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "app/store/map_data_reader.hpp"
#include "app/domain/map_data.hpp"
#include "geo/measure.hpp"
#include "geo/tessellate.hpp"
#include "geo/vector_source.hpp"

namespace {

const std::string kProject = std::string(BK_BINARY_DIR) + "/tests/kreis-dueren.gpkg";

class KreisDueren : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        ASSERT_TRUE(std::filesystem::exists(kProject))
            << kProject << " is made by the ctest fixture import_kreis_dueren; run through ctest";
        data_ = new domain::MapData(store::loadMapData(kProject));
    }
    static void TearDownTestSuite() {
        delete data_;
        data_ = nullptr;
    }
    static const domain::MapData& data() { return *data_; }

  private:
    static domain::MapData* data_;
};

domain::MapData* KreisDueren::data_ = nullptr;

TEST_F(KreisDueren, FifteenMunicipalitiesWithNamesAndKeys) {
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"05358004", "Aldenhoven"},  {"05358008", "Düren"},      {"05358012", "Heimbach"},
        {"05358016", "Hürtgenwald"}, {"05358020", "Inden"},      {"05358024", "Jülich"},
        {"05358028", "Kreuzau"},     {"05358032", "Langerwehe"}, {"05358036", "Linnich"},
        {"05358040", "Merzenich"},   {"05358044", "Nideggen"},   {"05358048", "Niederzier"},
        {"05358052", "Nörvenich"},   {"05358056", "Titz"},       {"05358060", "Vettweiß"}};
    ASSERT_EQ(data().municipalities.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(data().municipalities[i].ags, expected[i].first);
        EXPECT_EQ(data().municipalities[i].name, expected[i].second);
    }
    EXPECT_EQ(data().municipalities[1].bez, "Stadt");
}

TEST_F(KreisDueren, AreaAndPopulation) {
    double area = 0;
    for (const domain::Municipality& m : data().municipalities) {
        area += m.areaKm2;
        EXPECT_NEAR(m.areaKm2, geo::area(m.shape) / 1e6, 1e-9) << m.name;
        ASSERT_TRUE(m.population.has_value()) << m.name;
    }
    EXPECT_NEAR(area, 940.4, 0.5);
    EXPECT_EQ(data().totalPopulation(), 275392);
    EXPECT_EQ(data().municipalities[1].population, 94149);  // Düren
}

TEST_F(KreisDueren, AllGeometriesValid) {
    for (const domain::Municipality& m : data().municipalities)
        EXPECT_EQ(geo::invalidReason(m.shape), "") << m.name;
    ASSERT_TRUE(data().district.has_value());
    EXPECT_EQ(geo::invalidReason(data().district->shape), "");
}

TEST_F(KreisDueren, TessellationCoversEveryMunicipalityExactly) {
    for (const domain::Municipality& m : data().municipalities) {
        geo::TriangleMesh mesh = geo::tessellate(m.shape);
        double expected = geo::area(m.shape);
        EXPECT_NEAR(mesh.area(), expected, expected * 1e-6) << m.name;
        EXPECT_EQ(mesh.indices.size() % 3, 0u);
    }
}

TEST_F(KreisDueren, DistrictAndItsFiveNeighbours) {
    EXPECT_EQ(data().district->ags, "05358");
    std::set<std::string> keys;
    for (const domain::AdminArea& n : data().neighbours) keys.insert(n.ags);
    EXPECT_EQ(keys, (std::set<std::string>{"05162", "05334", "05362", "05366", "05370"}));
    // The district outline encloses the municipalities: equal area within a square metre.
    double sum = 0;
    for (const domain::Municipality& m : data().municipalities) sum += geo::area(m.shape);
    EXPECT_NEAR(geo::area(data().district->shape), sum, 1e4);
}

TEST_F(KreisDueren, GeoPackageFieldsAndSources) {
    geo::VectorSource layer(kProject, "gemeinden");
    EXPECT_EQ(layer.fieldNames(),
              (std::vector<std::string>{"ags", "name", "bez", "population", "area_km2"}));
    EXPECT_NE(layer.crsWkt().find("ETRS89 / UTM zone 32N"), std::string::npos);
    ASSERT_FALSE(data().sources.empty());
    EXPECT_EQ(data().sources[0].stand, "2016-01-01");
    EXPECT_EQ(data().sources[0].attribution, "© GeoBasis-DE / BKG (2016)");
    EXPECT_EQ(data().attribution().rfind("© GeoBasis-DE / BKG (2016)", 0), 0u);
    EXPECT_NE(data().attribution().find("Zensus 2022"), std::string::npos);
}

}  // namespace
