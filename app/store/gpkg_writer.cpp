#include "app/store/gpkg_writer.hpp"

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <stdexcept>

#include "geo/gdal_handles.hpp"
#include "geo/gdal_util.hpp"

namespace store {
namespace {

using geo::GeometryPtr;

OGRGeometryH toRing(const geo::Ring& ring) {
    OGRGeometryH r = OGR_G_CreateGeometry(wkbLinearRing);
    for (geo::Vec2 p : ring) OGR_G_AddPoint_2D(r, p.x, p.y);
    if (!ring.empty()) OGR_G_AddPoint_2D(r, ring.front().x, ring.front().y);
    return r;
}

GeometryPtr toOgr(const geo::MultiPolygon& mp) {
    GeometryPtr multi(OGR_G_CreateGeometry(wkbMultiPolygon));
    for (const geo::Polygon& part : mp) {
        OGRGeometryH poly = OGR_G_CreateGeometry(wkbPolygon);
        OGR_G_AddGeometryDirectly(poly, toRing(part.outer));
        for (const geo::Ring& hole : part.holes) OGR_G_AddGeometryDirectly(poly, toRing(hole));
        OGR_G_AddGeometryDirectly(multi.get(), poly);
    }
    return multi;
}

}  // namespace

struct GpkgWriter::Impl {
    geo::DatasetPtr ds;
    OGRLayerH layer = nullptr;
    bool inTransaction = false;
};

GpkgWriter::GpkgWriter(const std::string& path) : impl_(std::make_unique<Impl>()), path_(path) {
    geo::initGdal();
    GDALDriverH driver = GDALGetDriverByName("GPKG");
    if (!driver) throw std::runtime_error("GDAL has no GeoPackage driver");
    CPLErrorReset();
    impl_->ds.reset(GDALCreate(driver, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!impl_->ds)
        throw std::runtime_error(path + ": cannot create the GeoPackage: " + geo::lastGdalError());
    impl_->inTransaction = GDALDatasetStartTransaction(impl_->ds.get(), FALSE) == OGRERR_NONE;
}

GpkgWriter::~GpkgWriter() = default;

void GpkgWriter::createLayer(const std::string& name, const std::vector<FieldDef>& fields, int epsg,
                             const std::string& description) {
    geo::SrsPtr srs;
    if (epsg) {
        srs.reset(OSRNewSpatialReference(nullptr));
        OSRImportFromEPSG(srs.get(), epsg);
        OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    }
    std::string descOption = "DESCRIPTION=" + description;
    const char* options[] = {"FID=fid", descOption.c_str(), "GEOMETRY_NAME=geom", nullptr};
    impl_->layer =
        GDALDatasetCreateLayer(impl_->ds.get(), name.c_str(), srs.get(),
                               epsg ? wkbMultiPolygon : wkbNone, const_cast<char**>(options));
    if (!impl_->layer)
        throw std::runtime_error(path_ + ": cannot create layer '" + name +
                                 "': " + geo::lastGdalError());
    for (const FieldDef& f : fields) {
        OGRFieldType t = f.type == FieldType::Text      ? OFTString
                         : f.type == FieldType::Integer ? OFTInteger64
                                                        : OFTReal;
        OGRFieldDefnH defn = OGR_Fld_Create(f.name.c_str(), t);
        OGRErr err = OGR_L_CreateField(impl_->layer, defn, TRUE);
        OGR_Fld_Destroy(defn);
        if (err != OGRERR_NONE)
            throw std::runtime_error(path_ + ": cannot create field '" + f.name + "' in '" + name +
                                     "': " + geo::lastGdalError());
    }
}

void GpkgWriter::addFeature(const std::vector<FieldValue>& values,
                            const geo::MultiPolygon* geometry) {
    geo::FeaturePtr f(
        OGR_F_Create(OGR_L_GetLayerDefn(impl_->layer)));
    for (size_t i = 0; i < values.size(); ++i) {
        int k = static_cast<int>(i);
        if (auto* s = std::get_if<std::string>(&values[i]))
            OGR_F_SetFieldString(f.get(), k, s->c_str());
        if (auto* n = std::get_if<std::int64_t>(&values[i]))
            OGR_F_SetFieldInteger64(f.get(), k, *n);
        if (auto* d = std::get_if<double>(&values[i])) OGR_F_SetFieldDouble(f.get(), k, *d);
        if (std::holds_alternative<std::monostate>(values[i])) OGR_F_SetFieldNull(f.get(), k);
    }
    if (geometry) OGR_F_SetGeometryDirectly(f.get(), toOgr(*geometry).release());
    if (OGR_L_CreateFeature(impl_->layer, f.get()) != OGRERR_NONE)
        throw std::runtime_error(path_ + ": cannot write a feature: " + geo::lastGdalError());
}

void GpkgWriter::close() {
    if (!impl_->ds) return;
    CPLErrorReset();
    if (impl_->inTransaction && GDALDatasetCommitTransaction(impl_->ds.get()) != OGRERR_NONE)
        throw std::runtime_error(path_ + ": cannot commit: " + geo::lastGdalError());
    impl_->ds.reset();
    if (CPLGetLastErrorType() == CE_Failure)
        throw std::runtime_error(path_ + ": cannot finish writing: " + geo::lastGdalError());
}

std::vector<FieldDef> municipalityFields() {
    return {{"ags", FieldType::Text},
            {"name", FieldType::Text},
            {"bez", FieldType::Text},
            {"population", FieldType::Integer},
            {"area_km2", FieldType::Real}};
}

std::vector<FieldDef> adminAreaFields() {
    return {{"ags", FieldType::Text}, {"name", FieldType::Text}, {"bez", FieldType::Text}, {"area_km2", FieldType::Real}};
}

std::vector<FieldDef> sourceFields() {
    return {{"layer", FieldType::Text},
            {"quelle", FieldType::Text},
            {"stand", FieldType::Text},
            {"lizenz", FieldType::Text},
            {"namensnennung", FieldType::Text}};
}

}  // namespace store
