#include "geo/vector_source.hpp"

#include <cpl_vsi.h>
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "geo/error.hpp"

namespace {

void writeMem(const std::string& path, const std::string& content) {
    VSILFILE* fp = VSIFOpenL(path.c_str(), "wb");
    ASSERT_NE(fp, nullptr);
    VSIFWriteL(content.data(), 1, content.size(), fp);
    VSIFCloseL(fp);
}

const char* kFeature =
    R"({"type":"Feature","properties":{"AGS":"05358008","GEN":"Düren","BEZ":"Stadt","GF":4},)"
    R"("geometry":{"type":"Polygon","coordinates":[[[6.4,50.8],[6.5,50.8],[6.5,50.9],[6.4,50.8]]]}})";

TEST(VectorSource, ReadsABareArrayOfFeatures) {
    // The npm files are "[feature, feature]" without a FeatureCollection around them.
    std::string path = "/vsimem/bare_array.geo.json";
    writeMem(path, "\n  [" + std::string(kFeature) + "," + kFeature + "]");
    geo::VectorSource src(path);
    EXPECT_EQ(src.driverName(), "GeoJSON");
    int n = 0;
    src.forEach({"gen", "AGS", "GF"}, [&](const geo::FeatureView& f) {
        EXPECT_EQ(f.field(0).value(), "Düren");
        EXPECT_EQ(f.field(1).value(), "05358008");
        EXPECT_EQ(f.field(2).value(), "4");
        geo::MultiPolygon mp = f.polygons();
        EXPECT_EQ(mp.size(), 1u);
        EXPECT_EQ(mp[0].outer.size(), 3u);  // closing vertex dropped
        EXPECT_DOUBLE_EQ(mp[0].outer[1].x, 6.5);
        ++n;
        return true;
    });
    EXPECT_EQ(n, 2);
    EXPECT_NE(src.crsWkt().find("WGS 84"), std::string::npos);
    VSIUnlink(path.c_str());
}

// The npm VG250 files also hold FeatureCollections inside the array: the parts of an area
// stored in pieces (Sylt's municipalities, Rostock, ...). Each such collection is read as
// features, the parts with the same properties as one area of several polygons; before, GDAL
// read the collection as one feature without geometry and 132 municipalities were lost.
TEST(VectorSource, NestedCollectionsInTheArrayAreReadWithTheirPartsJoined) {
    const std::string part1 =
        R"({"type":"Feature","properties":{"AGS":"01054001","GEN":"Insel","GF":4},)"
        R"("geometry":{"type":"Polygon","coordinates":[[[8.3,54.9],[8.4,54.9],[8.4,55.0],[8.3,54.9]]]}})";
    const std::string part2 =
        R"({"type":"Feature","properties":{"AGS":"01054001","GEN":"Insel","GF":4},)"
        R"("geometry":{"type":"Polygon","coordinates":[[[8.5,54.9],[8.6,54.9],[8.6,55.0],[8.5,54.9]]]}})";
    const std::string other =
        R"({"type":"Feature","properties":{"AGS":"01054002","GEN":"Ort \"[x]\"","GF":4},)"
        R"("geometry":{"type":"Polygon","coordinates":[[[8.7,54.9],[8.8,54.9],[8.8,55.0],[8.7,54.9]]]}})";
    std::string path = "/vsimem/nested_array.geo.json";
    writeMem(path, "[" + std::string(kFeature) +
                       R"(,{"type":"FeatureCollection","features":[)" + part1 + "," + part2 + "," +
                       other + "]}]");
    geo::VectorSource src(path);
    std::vector<std::pair<std::string, std::size_t>> read;
    src.forEach({"AGS", "GEN"}, [&](const geo::FeatureView& f) {
        read.push_back({f.field(0).value() + " " + f.field(1).value(), f.polygons().size()});
        return true;
    });
    ASSERT_EQ(read.size(), 3u);
    EXPECT_EQ(read[0], (std::pair<std::string, std::size_t>{"05358008 Düren", 1}));
    EXPECT_EQ(read[1], (std::pair<std::string, std::size_t>{"01054001 Insel", 2}));
    EXPECT_EQ(read[2], (std::pair<std::string, std::size_t>{"01054002 Ort \"[x]\"", 1}));
    VSIUnlink(path.c_str());
}

TEST(VectorSource, ReadsAFeatureCollection) {
    std::string path = "/vsimem/collection.geo.json";
    writeMem(path, R"({"type":"FeatureCollection","features":[)" + std::string(kFeature) + "]}");
    geo::VectorSource src(path);
    std::vector<std::string> missing;
    EXPECT_TRUE(src.hasFields({"AGS", "GEN", "BEZ", "GF"}, &missing));
    EXPECT_FALSE(src.hasFields({"AGS", "EWZ"}, &missing));
    ASSERT_EQ(missing.size(), 1u);
    EXPECT_EQ(missing[0], "EWZ");
    VSIUnlink(path.c_str());
}

TEST(VectorSource, MissingFileIsNamed) {
    try {
        geo::VectorSource src("/nonexistent/gemeinden.geo.json");
        FAIL();
    } catch (const geo::GeoError& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/gemeinden.geo.json"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("not found"), std::string::npos);
    }
}

TEST(VectorSource, GarbageIsRefusedWithItsName) {
    std::string path = "/vsimem/garbage.txt";
    writeMem(path, "this is not geodata\n");
    EXPECT_THROW(geo::VectorSource{path}, geo::GeoError);
    VSIUnlink(path.c_str());
}

TEST(VectorSource, NonPolygonFeatureIsReported) {
    std::string path = "/vsimem/points.geo.json";
    writeMem(
        path,
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"A":1},"geometry":{"type":"Point","coordinates":[6.4,50.8]}}]})");
    geo::VectorSource src(path);
    src.forEach({"A"}, [](const geo::FeatureView& f) {
        EXPECT_THROW(f.polygons(), geo::GeoError);
        return true;
    });
    VSIUnlink(path.c_str());
}

}  // namespace
