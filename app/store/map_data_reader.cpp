#include "app/store/map_data_reader.hpp"

#include <gdal.h>
#include <ogr_api.h>

#include <algorithm>
#include <filesystem>
#include <memory>
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

bool has(const std::vector<std::string>& layers, const char* name) {
    return std::find(layers.begin(), layers.end(), name) != layers.end();
}

// Opens the project file once for all its layers (each GDAL open of a GeoPackage reads its
// schema and checks: ~5 ms, a tenth of a snapshot of NRW before this).
std::unique_ptr<geo::VectorSource> openProject(const std::string& path) {
    if (!std::filesystem::exists(path))
        throw std::runtime_error(i18n::fill(i18n::text::kStoreNotFound, {path}));
    try {
        return std::make_unique<geo::VectorSource>(path);
    } catch (const geo::GeoError& e) {
        // GDAL's own reason, which the source gives in parentheses after its (English)
        // sentence; the sentence itself is said by the catalogue's text.
        const std::string what = e.what();
        const std::size_t open = what.find(" ("), close = what.rfind(')');
        std::string why = open != std::string::npos && close != std::string::npos && close > open
                              ? what.substr(open + 2, close - open - 2)
                              : geo::lastGdalError();
        // Another program (sqlite3, QGIS, a script) holds the file locked: it is a project,
        // just not readable right now.
        if (isLockedMessage(why)) throw std::runtime_error(lockedByAnotherProgram(path));
        throw std::runtime_error(i18n::fill(i18n::text::kStoreNotGpkg, {path, why}));
    }
}

std::vector<AdminArea> readAdminAreas(geo::VectorSource& src, const char* layer) {
    src.selectLayer(layer);
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
    std::unique_ptr<geo::VectorSource> src = openProject(path);
    const std::string driver = src->driverName();
    if (driver != "GPKG")
        throw std::runtime_error(i18n::fill(i18n::text::kStoreOtherFormat, {path, driver}));
    const std::vector<std::string> layers = src->layerNames();
    if (!has(layers, kMunicipalityLayer))
        throw std::runtime_error(i18n::fill(i18n::text::kStoreNoMunicipalityLayer, {path}));
    try {
        src->selectLayer(kMunicipalityLayer);
        src->forEach({"ags", "name", "bez", "population", "area_km2"},
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
        if (has(layers, kDistrictLayer)) {
            auto districts = readAdminAreas(*src, kDistrictLayer);
            if (!districts.empty()) data.district = std::move(districts.front());
        }
        if (has(layers, kNeighbourLayer)) data.neighbours = readAdminAreas(*src, kNeighbourLayer);
        if (has(layers, kSourceTable)) {
            src->selectLayer(kSourceTable);
            src->forEach(
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
