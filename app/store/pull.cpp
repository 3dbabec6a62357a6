// pull: a project on a server into a new project file (publish.hpp). In a file of its own
// because it writes the boundary layers through GDAL (gpkg_writer.hpp), which begegnungskarte-cli
// does not link (app/cli/full_program.hpp).

#include <filesystem>
#include <stdexcept>

#include "app/domain/copy_merge.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/io/output_file.hpp"
#include "app/map/map_scene.hpp"
#include "app/store/audit.hpp"
#include "app/store/copy_origin.hpp"
#include "app/store/gpkg_store.hpp"
#include "app/store/gpkg_writer.hpp"
#include "app/store/map_cache.hpp"
#include "app/store/pg_store.hpp"
#include "app/store/project_schema.hpp"
#include "app/store/publish.hpp"
#include "app/store/recovery.hpp"
#include "app/store/sqlite_db.hpp"

namespace store {

namespace {

namespace fs = std::filesystem;

// The layer description a project file carries for its boundaries, from the recorded source.
std::string boundaryDescription(const domain::MapData& map, const std::string& layerWord) {
    for (const domain::DataSource& s : map.sources)
        if (s.layer == kMunicipalityLayer)
            return layerWord + ", VG250 (BKG), Stand " + s.stand + ", " + s.attribution + ", " + s.licence;
    return layerWord;
}

void writeBoundaryLayers(const std::string& path, const domain::MapData& map) {
    GpkgWriter w(path);
    w.createLayer(kMunicipalityLayer, municipalityFields(), 25832, boundaryDescription(map, "Gemeinden"));
    for (const domain::Municipality& m : map.municipalities) {
        FieldValue population;
        if (m.population) population = *m.population;
        w.addFeature({m.ags, m.name, m.bez, population, m.areaKm2}, &m.shape);
    }
    if (map.district) {
        w.createLayer(kDistrictLayer, adminAreaFields(), 25832, boundaryDescription(map, "Kreis"));
        const domain::AdminArea& d = *map.district;
        w.addFeature({d.ags, d.name, d.bez, std::monostate{}}, &d.shape);
        w.createLayer(kNeighbourLayer, adminAreaFields(), 25832, boundaryDescription(map, "Nachbarkreise"));
        for (const domain::AdminArea& n : map.neighbours) w.addFeature({n.ags, n.name, n.bez, std::monostate{}}, &n.shape);
    }
    w.createLayer(kSourceTable, sourceFields(), 0, "Quellen der Daten in diesem Projekt");
    for (const domain::DataSource& s : map.sources)
        w.addFeature({s.layer, s.source, s.stand, s.licence, s.attribution}, nullptr);
    w.close();
}

}  // namespace

CopyReport pullProject(const std::string& address, const std::string& out) {
    if (fs::exists(out)) throw std::runtime_error(i18n::fill(i18n::text::kPullOutExists, {out}));
    std::unique_ptr<PgStore> source = PgStore::open(address, StoreOptions{true});
    const domain::ProjectState state = source->load();
    const std::vector<AuditEntry> log = source->auditLog();
    // The newest entry this role can read (a member cannot read others' scoring entries before
    // the reveal): push finds it again on the server to know the copy belongs to the project.
    const std::int64_t headId = log.empty() ? 0 : log.back().id;
    const std::string headHash = log.empty() ? kFirstPreviousHash : log.back().hash;

    removeLegacyTemporaries(out);
    fileio::AtomicOutput output(out, ".gpkg");
    const fs::path tmp = output.tempPath();
    const fs::path migrationBackup = tmp.string() + ".bak-schema0";
    std::error_code ec;
    try {
        // GDAL creates the GeoPackage itself and refuses an existing file.
        fs::remove(tmp);
        writeBoundaryLayers(tmp.string(), state.map);
        {
            std::unique_ptr<GpkgStore> copy = GpkgStore::open(tmp.string());
            copy->importContent(state, log, offerDocuments(*source, state));
        }
        Database db(tmp.string(), false);
        if (source->isExample()) db.exec("INSERT OR REPLACE INTO bk_meta (key, value) VALUES ('beispieldaten', '1')");
        // The prepared map goes in too, as import-boundaries does: opening the copy only reads it.
        writeStoredScene(db, map::buildMapScene(state.map), boundaryFingerprint(db));
        // What push needs to tell the copy's own edits from the shared project's later ones.
        writeCopyOrigin(db, {source->location(), headId, headHash, utcNow(), domain::contentToJson(state).dump(), {}});
    } catch (...) {
        fs::remove(migrationBackup, ec);
        throw;
    }
    fs::remove(migrationBackup, ec);
    output.commit();
    return {source->location(), out, static_cast<std::int64_t>(state.applications.size()),
            static_cast<std::int64_t>(state.map.municipalities.size()), static_cast<std::int64_t>(log.size())};
}

}  // namespace store
