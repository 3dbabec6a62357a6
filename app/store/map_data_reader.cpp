#include "app/store/map_data_reader.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <stdexcept>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/store/gpkg_polygon.hpp"
#include "app/store/project_schema.hpp"
#include "app/store/recovery.hpp"
#include "app/store/sqlite_db.hpp"

// The layers are read with SQLite straight from the GeoPackage's tables: the geometry blobs
// decoded by store/gpkg_polygon. GDAL is not needed to open a project, so the commands that
// only read one (snapshot, report, rank, verify) run without loading it and its hundred
// libraries (BENCHMARKS.md: ~60 ms of every start).

namespace store {

using domain::AdminArea;
using domain::MapData;
using domain::Municipality;

namespace {

// A column's value as GDAL's GetFieldAsString gave it: text as it is, numbers written out;
// nullopt for NULL.
std::optional<std::string> textOf(const Statement& s, int column) {
    switch (s.type(column)) {
        case SQLITE_NULL:
            return std::nullopt;
        case SQLITE_INTEGER:
            return std::to_string(s.integer(column));
        case SQLITE_FLOAT: {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.15g", s.real(column));
            return std::string(buf);
        }
        default:
            return s.text(column);
    }
}

std::optional<double> numberOf(const Statement& s, int column) {
    switch (s.type(column)) {
        case SQLITE_NULL:
            return std::nullopt;
        case SQLITE_INTEGER:
            return static_cast<double>(s.integer(column));
        case SQLITE_FLOAT:
            return s.real(column);
        default: {
            const std::string t = s.text(column);
            double v = 0;
            const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
            if (ec != std::errc() || end != t.data() + t.size()) return std::nullopt;
            return v;
        }
    }
}

class ProjectReader {
  public:
    explicit ProjectReader(const std::string& path) : path_(path) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec))
            throw std::runtime_error(i18n::fill(i18n::text::kStoreNotFound, {path}));
        if (std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) == 0 && !ec)
            throw std::runtime_error(
                i18n::fill(i18n::text::kStoreNotGpkg, {path, i18n::text::kStoreEmptyFile.str()}));
        try {
            db_ = std::make_unique<Database>(path, true);
            if (!isGeoPackage(*db_))
                throw std::runtime_error(i18n::fill(i18n::text::kStoreOtherFormat, {path, "SQLite"}));
            Statement layers = db_->prepare("SELECT table_name FROM gpkg_contents");
            while (layers.step()) layers_.push_back(layers.text(0));
        } catch (const std::runtime_error& e) {
            if (isLockedMessage(e.what())) throw std::runtime_error(lockedByAnotherProgram(path));
            if (!db_) throw;  // cannot open: said with SQLite's reason (kStoreCannotOpen)
            const int code = sqlite3_errcode(db_->handle()) & 0xff;
            if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
                throw std::runtime_error(
                    i18n::fill(i18n::text::kStoreNotGpkg, {path, sqlite3_errmsg(db_->handle())}));
            throw;
        }
    }

    bool has(const char* layer) const {
        return std::find(layers_.begin(), layers_.end(), layer) != layers_.end();
    }

    // Calls `row` for each feature of `layer` in the order of its ids, with the named fields
    // (nullopt where the layer lacks the column) and, for a spatial layer, its areas.
    void forEach(const char* layer, const std::vector<std::string>& fields,
                 const std::function<void(const std::vector<std::optional<std::string>>&,
                                          const Statement&, geo::MultiPolygon)>& row,
                 bool spatial) {
        std::vector<std::string> columns;
        {
            Statement info = db_->prepare("SELECT name FROM pragma_table_info(?1)");
            info.bind({std::string(layer)});
            while (info.step()) columns.push_back(info.text(0));
        }
        std::string geometry;
        if (spatial) {
            Statement g = db_->prepare(
                "SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?1");
            g.bind({std::string(layer)});
            if (g.step()) geometry = g.text(0);
        }
        std::string sql = "SELECT rowid";
        for (const std::string& f : fields)
            sql += std::find(columns.begin(), columns.end(), f) != columns.end() ? ", " + sqlIdentifier(f) : ", NULL";
        sql += geometry.empty() ? ", NULL" : ", " + sqlIdentifier(geometry);
        sql += " FROM " + sqlIdentifier(layer) + " ORDER BY rowid";
        Statement s = db_->prepare(sql);
        const int shapeColumn = static_cast<int>(fields.size()) + 1;
        std::vector<std::optional<std::string>> values(fields.size());
        while (s.step()) {
            for (std::size_t i = 0; i < fields.size(); ++i) values[i] = textOf(s, static_cast<int>(i) + 1);
            geo::MultiPolygon shape;
            if (spatial) shape = shapeOf(s, layer, shapeColumn);
            row(values, s, std::move(shape));
        }
    }

  private:
    geo::MultiPolygon shapeOf(const Statement& s, const char* layer, int column) const {
        using i18n::fill;
        namespace text = i18n::text;
        auto bad = [&](const std::string& why) {
            return std::runtime_error(
                fill(text::kStoreBadShape, {path_, layer, std::to_string(s.integer(0)), why}));
        };
        if (s.type(column) != SQLITE_BLOB) throw bad(text::kStoreNoShape.str());
        PolygonBlob blob = decodeGpkgPolygons(s.blobView(column));
        switch (blob.problem) {
            case PolygonBlob::Problem::None:
                return std::move(blob.shape);
            case PolygonBlob::Problem::NotPolygon:
                throw bad(fill(text::kStoreShapeNotArea, {blob.detail}));
            case PolygonBlob::Problem::Damaged:
                break;
        }
        throw bad(fill(text::kStoreShapeDamaged, {blob.detail}));
    }

    std::string path_;
    std::unique_ptr<Database> db_;
    std::vector<std::string> layers_;
};

std::vector<AdminArea> readAdminAreas(ProjectReader& project, const char* layer) {
    std::vector<AdminArea> out;
    project.forEach(
        layer, {"ags", "name", "bez"},
        [&](const std::vector<std::optional<std::string>>& f, const Statement&,
            geo::MultiPolygon shape) {
            out.push_back({f[0].value_or(""), f[1].value_or(""), f[2].value_or(""), std::move(shape)});
        },
        true);
    return out;
}

}  // namespace

MapData loadMapData(const std::string& path) {
    MapData data;
    // Read-only: a journal left by a crash must be rolled back before (Project::open has done
    // so already and shows the note; this covers other callers).
    recoverInterruptedWrite(path);
    ProjectReader project(path);
    if (!project.has(kMunicipalityLayer))
        throw std::runtime_error(i18n::fill(i18n::text::kStoreNoMunicipalityLayer, {path}));
    project.forEach(
        kMunicipalityLayer, {"ags", "name", "bez", "population", "area_km2"},
        [&](const std::vector<std::optional<std::string>>& f, const Statement& s,
            geo::MultiPolygon shape) {
            Municipality m{f[0].value_or(""), f[1].value_or(""), f[2].value_or(""), std::nullopt, 0,
                           std::move(shape)};
            // Columns 4 and 5 of the row (after the id): population and area.
            if (auto p = numberOf(s, 4); p && std::isfinite(*p) && std::abs(*p) < 9.0e18)
                m.population = std::llround(*p);
            m.areaKm2 = numberOf(s, 5).value_or(0);
            data.municipalities.push_back(std::move(m));
        },
        true);
    if (project.has(kDistrictLayer)) {
        auto districts = readAdminAreas(project, kDistrictLayer);
        if (!districts.empty()) data.district = std::move(districts.front());
    }
    if (project.has(kNeighbourLayer)) data.neighbours = readAdminAreas(project, kNeighbourLayer);
    if (project.has(kSourceTable)) {
        project.forEach(
            kSourceTable, {"layer", "quelle", "stand", "lizenz", "namensnennung"},
            [&](const std::vector<std::optional<std::string>>& f, const Statement&,
                geo::MultiPolygon) {
                data.sources.push_back({f[0].value_or(""), f[1].value_or(""), f[2].value_or(""),
                                        f[3].value_or(""), f[4].value_or("")});
            },
            false);
    }
    if (data.municipalities.empty())
        throw std::runtime_error(i18n::fill(i18n::text::kStoreNoMunicipalities, {path}));
    return data;
}

}  // namespace store
