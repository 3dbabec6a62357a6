// Another district from an official-style VG250 download: the BKG ships shapefiles in
// EPSG:25832 inside a zip (vg250_01-01.utm32s.shape.ebenen.zip with VG250_GEM.shp and
// VG250_KRS.shp). The test builds such a zip from the npm data for North Rhine-Westphalia,
// imports Kreis Heinsberg (05370) from it through /vsizip/, and checks the result against the
// import of the same district straight from the npm GeoJSON files.

#include <cpl_vsi.h>
#include <gdal.h>
#include <gtest/gtest.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <filesystem>
#include <set>

#include "app/store/map_data_reader.hpp"
#include "app/exchange/boundary_import.hpp"
#include "app/domain/map_data.hpp"
#include "geo/crs.hpp"
#include "geo/vector_source.hpp"
#include "tests/support/import_fixtures.hpp"

namespace {

namespace fs = std::filesystem;
const std::string kVg250 = BK_VG250_DIR;
const std::string kZipFolder = "vg250_01-01.utm32s.shape.ebenen/vg250_ebenen_0101";

// Copies the features of `source` whose AGS starts with "05" into a shapefile in EPSG:25832
// with the VG250 field names.
void writeNrwShapefile(const std::string& source, const std::string& shp) {
    geo::VectorSource src(source);
    geo::Transformer toUtm(src.crsWkt(), "EPSG:25832");
    GDALDatasetH ds = GDALCreate(GDALGetDriverByName("ESRI Shapefile"), shp.c_str(), 0, 0, 0,
                                 GDT_Unknown, nullptr);
    ASSERT_NE(ds, nullptr);
    OGRSpatialReferenceH srs = OSRNewSpatialReference(nullptr);
    OSRImportFromEPSG(srs, 25832);
    OGRLayerH layer =
        GDALDatasetCreateLayer(ds, fs::path(shp).stem().c_str(), srs, wkbMultiPolygon, nullptr);
    OSRDestroySpatialReference(srs);
    for (auto [name, type] : {std::pair{"AGS", OFTString},
                              {"GEN", OFTString},
                              {"BEZ", OFTString},
                              {"GF", OFTInteger}}) {
        OGRFieldDefnH f = OGR_Fld_Create(name, type);
        OGR_L_CreateField(layer, f, TRUE);
        OGR_Fld_Destroy(f);
    }
    src.forEach({"AGS", "GEN", "BEZ", "GF"}, [&](const geo::FeatureView& in) {
        if (in.field(0).value_or("").rfind("05", 0) != 0) return true;
        geo::MultiPolygon shape = in.polygons();
        toUtm.forward(shape);
        OGRGeometryH multi = OGR_G_CreateGeometry(wkbMultiPolygon);
        for (const geo::Polygon& part : shape) {
            OGRGeometryH poly = OGR_G_CreateGeometry(wkbPolygon);
            for (std::size_t r = 0; r <= part.holes.size(); ++r) {
                const geo::Ring& ring = r == 0 ? part.outer : part.holes[r - 1];
                OGRGeometryH g = OGR_G_CreateGeometry(wkbLinearRing);
                for (geo::Vec2 p : ring) OGR_G_AddPoint_2D(g, p.x, p.y);
                OGR_G_AddPoint_2D(g, ring.front().x, ring.front().y);
                OGR_G_AddGeometryDirectly(poly, g);
            }
            OGR_G_AddGeometryDirectly(multi, poly);
        }
        OGRFeatureH f = OGR_F_Create(OGR_L_GetLayerDefn(layer));
        for (int i = 0; i < 3; ++i)
            OGR_F_SetFieldString(f, i, in.field(static_cast<std::size_t>(i)).value_or("").c_str());
        OGR_F_SetFieldInteger(f, 3, std::stoi(in.field(3).value_or("0")));
        OGR_F_SetGeometryDirectly(f, multi);
        EXPECT_EQ(OGR_L_CreateFeature(layer, f), OGRERR_NONE);
        OGR_F_Destroy(f);
        return true;
    });
    GDALClose(ds);
}

// Adds every file of `folder` to the zip under kZipFolder, as the BKG download nests them.
void zipFolder(const fs::path& folder, const std::string& zip) {
    for (const auto& entry : fs::directory_iterator(folder)) {
        std::string target =
            "/vsizip/" + zip + "/" + kZipFolder + "/" + entry.path().filename().string();
        VSILFILE* in = VSIFOpenL(entry.path().c_str(), "rb");
        VSILFILE* out = VSIFOpenL(target.c_str(), "wb");
        ASSERT_TRUE(in && out) << target;
        std::vector<char> buf(1 << 16);
        size_t n;
        while ((n = VSIFReadL(buf.data(), 1, buf.size(), in)) > 0)
            VSIFWriteL(buf.data(), 1, n, out);
        VSIFCloseL(in);
        VSIFCloseL(out);
    }
}

TEST(Vg250ShapefileZip, ImportsKreisHeinsbergLikeTheNpmFiles) {
    ASSERT_FALSE(kVg250.empty()) << "configure with -DBK_VG250_DIR (data/setup.sh does)";
    testdata::TempDir dir;
    fs::create_directories(dir.path / "shp");
    writeNrwShapefile(kVg250 + "/gemeinden.geo.json", (dir.path / "shp/VG250_GEM.shp").string());
    writeNrwShapefile(kVg250 + "/kreise.geo.json", (dir.path / "shp/VG250_KRS.shp").string());
    std::string zip = dir.file("vg250_01-01.utm32s.shape.ebenen.zip");
    zipFolder(dir.path / "shp", zip);

    exchange::BoundaryImportOptions fromZip;
    fromZip.municipalities = "/vsizip/" + zip + "/" + kZipFolder + "/VG250_GEM.shp";
    fromZip.districts = "/vsizip/" + zip + "/" + kZipFolder + "/VG250_KRS.shp";
    fromZip.districtKey = "05370";
    fromZip.stand = "2016-01-01";
    fromZip.out = dir.file("heinsberg-zip.gpkg");
    exchange::BoundaryImportReport zipReport = exchange::importBoundaries(fromZip, {});

    exchange::BoundaryImportOptions fromNpm = fromZip;
    fromNpm.municipalities = kVg250 + "/gemeinden.geo.json";
    fromNpm.districts = kVg250 + "/kreise.geo.json";
    fromNpm.out = dir.file("heinsberg-npm.gpkg");
    exchange::BoundaryImportReport npmReport = exchange::importBoundaries(fromNpm, {});

    EXPECT_EQ(zipReport.municipalities, 10);  // Kreis Heinsberg has ten municipalities
    EXPECT_EQ(npmReport.municipalities, 10);
    EXPECT_NEAR(zipReport.areaKm2, npmReport.areaKm2, 1e-6);
    EXPECT_NEAR(zipReport.areaKm2, 628, 2);

    domain::MapData zipData = store::loadMapData(fromZip.out);
    domain::MapData npmData = store::loadMapData(fromNpm.out);
    ASSERT_EQ(zipData.municipalities.size(), npmData.municipalities.size());
    for (std::size_t i = 0; i < zipData.municipalities.size(); ++i) {
        EXPECT_EQ(zipData.municipalities[i].ags, npmData.municipalities[i].ags);
        EXPECT_EQ(zipData.municipalities[i].name, npmData.municipalities[i].name);
        EXPECT_NEAR(zipData.municipalities[i].areaKm2, npmData.municipalities[i].areaKm2, 1e-6);
    }
    std::set<std::string> names;
    for (const domain::Municipality& m : zipData.municipalities) names.insert(m.name);
    EXPECT_TRUE(names.count("Übach-Palenberg"));
    EXPECT_TRUE(names.count("Heinsberg"));
    std::set<std::string> neighbours;
    for (const domain::AdminArea& n : zipData.neighbours) neighbours.insert(n.ags);
    // Düren, Städteregion Aachen, Rhein-Kreis Neuss, Viersen, Mönchengladbach (the
    // Netherlands are not in VG250).
    EXPECT_EQ(neighbours, (std::set<std::string>{"05116", "05162", "05166", "05334", "05358"}));
}

}  // namespace
