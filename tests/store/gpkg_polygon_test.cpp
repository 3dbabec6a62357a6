// The GeoPackage area blobs the project reader decodes without GDAL: what GDAL and QGIS write
// (either byte order, Z and M), and damaged blobs, which give a problem naming where.

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <vector>

#include "app/store/gpkg_polygon.hpp"

namespace {

using Bytes = std::vector<unsigned char>;

template <typename T>
void put(Bytes& out, T v, bool big = false) {
    unsigned char b[sizeof(T)];
    std::memcpy(b, &v, sizeof(T));
    if (big)
        for (std::size_t i = sizeof(T); i-- > 0;) out.push_back(b[i]);
    else
        out.insert(out.end(), b, b + sizeof(T));
}

Bytes header() { return {'G', 'P', 0, 0x01, 0xE8, 0x64, 0, 0}; }  // LE, no envelope, SRS 25832

// A polygon with one square ring (closed, 5 points) in `dims` coordinates per point.
void square(Bytes& b, std::uint32_t type, int dims, bool big, double z = 7) {
    b.push_back(big ? 0 : 1);
    put(b, type, big);
    put(b, std::uint32_t{1}, big);
    put(b, std::uint32_t{5}, big);
    const double pts[5][2] = {{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}};
    for (const auto& p : pts) {
        put(b, p[0], big);
        put(b, p[1], big);
        for (int d = 2; d < dims; ++d) put(b, z, big);
    }
}

TEST(GpkgPolygon, WhatThisProgramWritesReadsBack) {
    geo::MultiPolygon shape = {
        {{{0, 0}, {4, 0}, {4, 4}, {0, 4}}, {{{1, 1}, {1, 2}, {2, 2}}}},
        {{{10, 10}, {12, 10}, {11, 12}}, {}},
    };
    store::PolygonBlob back = store::decodeGpkgPolygons(store::encodeGpkgMultiPolygon(shape, 25832));
    ASSERT_EQ(back.problem, store::PolygonBlob::Problem::None) << back.detail;
    ASSERT_EQ(back.shape.size(), 2u);
    EXPECT_EQ(back.shape[0].outer, shape[0].outer);  // without the closing vertex
    ASSERT_EQ(back.shape[0].holes.size(), 1u);
    EXPECT_EQ(back.shape[0].holes[0], shape[0].holes[0]);
    EXPECT_EQ(back.shape[1].outer, shape[1].outer);
}

TEST(GpkgPolygon, BothByteOrdersAndZAndMAreRead) {
    for (bool big : {false, true})
        for (auto [type, dims] : {std::pair{3u, 2}, {1003u, 3}, {2003u, 3}, {3003u, 4},
                                  {0x80000003u, 3}, {0xC0000003u, 4}}) {
            Bytes b = header();
            square(b, type, dims, big);
            store::PolygonBlob p = store::decodeGpkgPolygons(b);
            ASSERT_EQ(p.problem, store::PolygonBlob::Problem::None) << type << " " << p.detail;
            ASSERT_EQ(p.shape.size(), 1u);
            ASSERT_EQ(p.shape[0].outer.size(), 4u) << type;
            EXPECT_EQ(p.shape[0].outer[2].x, 10);
            EXPECT_EQ(p.shape[0].outer[2].y, 10);
        }
}

TEST(GpkgPolygon, AMultiPolygonWithAnEnvelopeAndAnEmptyGeometry) {
    Bytes b = {'G', 'P', 0, 0x03, 0xE8, 0x64, 0, 0};  // xy envelope
    for (double v : {0.0, 10.0, 0.0, 10.0}) put(b, v);
    b.push_back(1);
    put(b, std::uint32_t{6});
    put(b, std::uint32_t{2});
    square(b, 3, 2, false);
    square(b, 3, 2, true);  // a part in the other byte order
    store::PolygonBlob p = store::decodeGpkgPolygons(b);
    ASSERT_EQ(p.problem, store::PolygonBlob::Problem::None) << p.detail;
    EXPECT_EQ(p.shape.size(), 2u);

    Bytes empty = {'G', 'P', 0, 0x11, 0xE8, 0x64, 0, 0};
    store::PolygonBlob e = store::decodeGpkgPolygons(empty);
    EXPECT_EQ(e.problem, store::PolygonBlob::Problem::None);
    EXPECT_TRUE(e.shape.empty());
}

TEST(GpkgPolygon, OtherGeometriesAreNamed) {
    Bytes b = header();
    b.push_back(1);
    put(b, std::uint32_t{2});  // LineString
    put(b, std::uint32_t{0});
    store::PolygonBlob p = store::decodeGpkgPolygons(b);
    EXPECT_EQ(p.problem, store::PolygonBlob::Problem::NotPolygon);
    EXPECT_EQ(p.detail, "LineString");
    Bytes c = header();
    c.push_back(1);
    put(c, std::uint32_t{10});  // CurvePolygon
    EXPECT_EQ(store::decodeGpkgPolygons(c).detail, "CurvePolygon");
}

TEST(GpkgPolygon, DamagedBlobsAreProblemsNotReadsPastTheEnd) {
    Bytes good = header();
    square(good, 3, 2, false);
    // Every truncation of a good blob.
    for (std::size_t n = 0; n < good.size(); ++n) {
        store::PolygonBlob p = store::decodeGpkgPolygons(std::span(good.data(), n));
        EXPECT_EQ(p.problem, store::PolygonBlob::Problem::Damaged) << n;
        EXPECT_TRUE(p.shape.empty());
        EXPECT_FALSE(p.detail.empty());
    }
    // A point count far beyond the bytes there are.
    Bytes huge = good;
    huge[8 + 1 + 4 + 4] = 0xFF, huge[8 + 1 + 4 + 4 + 3] = 0x7F;
    store::PolygonBlob h = store::decodeGpkgPolygons(huge);
    EXPECT_EQ(h.problem, store::PolygonBlob::Problem::Damaged);
    EXPECT_NE(h.detail.find("points"), std::string::npos) << h.detail;
    // No "GP", an impossible byte order, a type code beyond ISO's.
    Bytes noHeader = good;
    noHeader[0] = 'X';
    EXPECT_EQ(store::decodeGpkgPolygons(noHeader).problem, store::PolygonBlob::Problem::Damaged);
    Bytes order = good;
    order[8] = 7;
    EXPECT_EQ(store::decodeGpkgPolygons(order).problem, store::PolygonBlob::Problem::Damaged);
    Bytes type = good;
    type[9] = 0x50, type[10] = 0x46;  // 18000 + ...
    EXPECT_EQ(store::decodeGpkgPolygons(type).problem, store::PolygonBlob::Problem::Damaged);
}

}  // namespace

// The reader of a project's layers (store::loadMapData) on files that are not, or no longer,
// projects: the message names the file and, for a damaged area, the layer and the feature.
#include <fstream>

#include "app/i18n/language.hpp"
#include "app/store/map_data_reader.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

std::string loadError(const std::string& path) {
    try {
        store::loadMapData(path);
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "(no error)";
}

TEST(ProjectLayers, ReadWithoutGdalAsTheBoundaryImportWroteThem) {
    testdata::TempDir dir;
    const std::string path = testdata::boundaryProject(dir);
    domain::MapData map = store::loadMapData(path);
    ASSERT_EQ(map.municipalities.size(), 2u);
    EXPECT_EQ(map.municipalities[0].ags.size(), 8u);
    EXPECT_FALSE(map.municipalities[0].name.empty());
    EXPECT_GT(map.municipalities[0].areaKm2, 0);
    ASSERT_FALSE(map.municipalities[0].shape.empty());
    EXPECT_GE(map.municipalities[0].shape[0].outer.size(), 3u);
    EXPECT_NE(map.municipalities[0].shape[0].outer.front(), map.municipalities[0].shape[0].outer.back());
    EXPECT_FALSE(map.sources.empty());
}

TEST(ProjectLayers, FilesThatAreNoProjectSaySo) {
    i18n::setLanguage(i18n::Lang::De);
    testdata::TempDir dir;
    const std::string empty = dir.file("leer.gpkg");
    std::ofstream(empty).close();
    EXPECT_EQ(loadError(empty), empty + ": keine Projektdatei (kein GeoPackage: die Datei ist leer)");
    const std::string png = dir.file("bild.gpkg");
    std::ofstream(png) << "\x89PNG\r\n\x1a\n and some bytes that are no database at all, long enough";
    EXPECT_EQ(loadError(png).rfind(png + ": keine Projektdatei (kein GeoPackage: ", 0), 0u) << loadError(png);
    const std::string plain = dir.file("nur-sqlite.gpkg");
    testdata::sqliteExec(plain, "CREATE TABLE t(x)");
    EXPECT_EQ(loadError(plain), plain + ": keine Projektdatei (erwartet wird ein GeoPackage, dies ist SQLite)");
    EXPECT_EQ(loadError(dir.file("fehlt.gpkg")), dir.file("fehlt.gpkg") + ": Datei nicht gefunden");
}

TEST(ProjectLayers, ADamagedAreaNamesLayerAndFeature) {
    i18n::setLanguage(i18n::Lang::De);
    testdata::TempDir dir;
    const std::string path = testdata::boundaryProject(dir);
    // GDAL's spatial index triggers call its SQL functions: off for this damage.
    for (const char* t : {"insert", "update1", "update2", "update3", "update4", "update5", "update6",
                          "update7", "delete"})
        testdata::sqliteExec(path, std::string("DROP TRIGGER IF EXISTS rtree_gemeinden_geom_") + t);
    testdata::sqliteExec(path, "UPDATE gemeinden SET geom = X'47500001E8640000010300' WHERE rowid = "
                               "(SELECT max(rowid) FROM gemeinden)");
    const std::string e = loadError(path);
    EXPECT_EQ(e.rfind(path + ": beschädigte Projektdatei (Ebene „gemeinden“, Objekt ", 0), 0u) << e;
    EXPECT_NE(e.find("Geometrie unlesbar: ends after 11 bytes"), std::string::npos) << e;
    testdata::sqliteExec(path, "UPDATE gemeinden SET geom = NULL");
    EXPECT_NE(loadError(path).find("keine Geometrie"), std::string::npos) << loadError(path);
}

}  // namespace
