#include "app/store/map_data_reader.hpp"

#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/store/project_schema.hpp"
#include "app/store/recovery.hpp"
#include "geo/error.hpp"
#include "geo/gdal_util.hpp"
#include "geo/vector_source.hpp"

namespace store {

using domain::AdminArea;
using domain::MapData;
using domain::Municipality;

namespace {

// The driver and layer names of a file, read once before the layers themselves.
struct Probe {
    std::string driver;
    std::vector<std::string> layers;
    bool has(const char* name) const {
        return std::find(layers.begin(), layers.end(), name) != layers.end();
    }
};

Probe probe(const std::string& path) {
    if (!std::filesystem::exists(path)) throw std::runtime_error(i18n::fill(i18n::text::kStoreNotFound, {path}));
    geo::initGdal();
    GDALDatasetH ds =
        GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr);
    if (!ds) {
        std::string why = geo::lastGdalError();
        // Another program (sqlite3, QGIS, a script) holds the file locked: it is a project,
        // just not readable right now.
        if (isLockedMessage(why)) throw std::runtime_error(lockedByAnotherProgram(path));
        throw std::runtime_error(i18n::fill(i18n::text::kStoreNotGpkg, {path, why}));
    }
    Probe p{GDALGetDriverShortName(GDALGetDatasetDriver(ds)), {}};
    for (int i = 0; i < GDALDatasetGetLayerCount(ds); ++i)
        p.layers.emplace_back(OGR_L_GetName(GDALDatasetGetLayer(ds, i)));
    GDALClose(ds);
    return p;
}

std::vector<AdminArea> readAdminAreas(const std::string& path, const char* layer) {
    geo::VectorSource src(path, layer);
    std::vector<AdminArea> out;
    src.forEach({"ags", "name", "bez"}, [&](const geo::FeatureView& f) {
        out.push_back({f.field(0).value_or(""), f.field(1).value_or(""), f.field(2).value_or(""),
                       f.polygons()});
        return true;
    });
    return out;
}

}  // namespace

MapData loadMapData(const std::string& path) {
    MapData data;
    // GDAL opens read-only: a journal left by a crash must be rolled back before (Project::open
    // has done so already and shows the note; this covers other callers).
    recoverInterruptedWrite(path);
    Probe file = probe(path);
    if (file.driver != "GPKG")
        throw std::runtime_error(i18n::fill(i18n::text::kStoreOtherFormat, {path, file.driver}));
    if (!file.has(kMunicipalityLayer))
        throw std::runtime_error(i18n::fill(i18n::text::kStoreNoMunicipalityLayer, {path}));
    try {
        geo::VectorSource src(path, kMunicipalityLayer);
        src.forEach({"ags", "name", "bez", "population", "area_km2"},
                    [&](const geo::FeatureView& f) {
                        Municipality m{f.field(0).value_or(""),
                                       f.field(1).value_or(""),
                                       f.field(2).value_or(""),
                                       std::nullopt,
                                       0,
                                       f.polygons()};
                        if (auto p = f.field(3)) m.population = std::stoll(*p);
                        m.areaKm2 = std::stod(f.field(4).value_or("0"));
                        data.municipalities.push_back(std::move(m));
                        return true;
                    });
        if (file.has(kDistrictLayer)) {
            auto districts = readAdminAreas(path, kDistrictLayer);
            if (!districts.empty()) data.district = std::move(districts.front());
        }
        if (file.has(kNeighbourLayer)) data.neighbours = readAdminAreas(path, kNeighbourLayer);
        if (file.has(kSourceTable)) {
            geo::VectorSource sources(path, kSourceTable);
            sources.forEach(
                {"layer", "quelle", "stand", "lizenz", "namensnennung"},
                [&](const geo::FeatureView& f) {
                    data.sources.push_back({f.field(0).value_or(""), f.field(1).value_or(""),
                                            f.field(2).value_or(""), f.field(3).value_or(""),
                                            f.field(4).value_or("")});
                    return true;
                });
        }
    } catch (const geo::GeoError& e) {
        if (isLockedMessage(e.what())) throw std::runtime_error(lockedByAnotherProgram(path));
        throw std::runtime_error(e.what());
    }
    if (data.municipalities.empty())
        throw std::runtime_error(i18n::fill(i18n::text::kStoreNoMunicipalities, {path}));
    return data;
}

}  // namespace store
