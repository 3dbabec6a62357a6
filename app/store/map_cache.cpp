#include "app/store/map_cache.hpp"

#include <sqlite3.h>

#include "app/map/scene_codec.hpp"
#include "app/store/project_schema.hpp"
#include "app/store/sqlite_db.hpp"

namespace store {
namespace {

constexpr const char* kCacheTable = "bk_map_cache";

std::string levelPart(std::size_t index) {
    return "level/" + std::to_string(index);
}

std::optional<map::Bytes> readPart(Database& db, const std::string& part,
                                   const std::string& fingerprint) {
    Statement st = db.prepare("SELECT data FROM bk_map_cache WHERE part = ?1 AND fingerprint = ?2");
    st.bind({part, fingerprint});
    if (!st.step()) return std::nullopt;
    std::vector<unsigned char> blob = st.blob(0);
    return map::Bytes(blob.begin(), blob.end());
}

}  // namespace

std::string boundaryFingerprint(Database& db) {
    std::string print = "format " + std::to_string(map::kSceneFormat);
    if (!db.hasTable("gpkg_contents")) return print;
    Statement st = db.prepare(
        "SELECT table_name, IFNULL(last_change, '') FROM gpkg_contents "
        "WHERE table_name IN (?1, ?2, ?3, ?4) ORDER BY table_name");
    st.bind({kMunicipalityLayer, kDistrictLayer, kNeighbourLayer, kSourceTable});
    while (st.step()) print += "; " + st.text(0) + " " + st.text(1);
    for (const char* layer : {kMunicipalityLayer, kDistrictLayer, kNeighbourLayer}) {
        if (!db.hasTable(layer)) continue;
        auto n = db.scalar(std::string("SELECT count(*) FROM \"") + layer + "\"");
        if (n && std::holds_alternative<std::int64_t>(*n))
            print += "; " + std::string(layer) + " n=" + std::to_string(std::get<std::int64_t>(*n));
    }
    return print;
}

std::optional<map::MapScene> readStoredScene(Database& db, const std::string& path,
                                             const std::string& fingerprint) {
    if (!db.hasTable(kCacheTable)) return std::nullopt;
    std::optional<map::Bytes> meta = readPart(db, "meta", fingerprint);
    if (!meta) return std::nullopt;
    map::MapScene scene;
    try {
        scene = map::decodeSceneMeta(*meta);
    } catch (const map::SceneCodecError&) {
        return std::nullopt;
    }
    // Each level is read when a view first needs it, through a connection of its own.
    scene.loadLevel = [path, fingerprint](std::size_t index) {
        Database own(path, true);
        std::optional<map::Bytes> bytes = readPart(own, levelPart(index), fingerprint);
        if (!bytes) throw map::SceneCodecError("the stored map lacks a level");
        return map::decodeSceneLevel(*bytes);
    };
    return scene;
}

void writeStoredScene(Database& db, const map::MapScene& scene, const std::string& fingerprint) {
    Transaction tx(db);
    db.exec(
        "CREATE TABLE IF NOT EXISTS bk_map_cache (part TEXT PRIMARY KEY, fingerprint TEXT NOT NULL,"
        " data BLOB NOT NULL)");
    db.exec("DELETE FROM bk_map_cache");
    auto put = [&](const std::string& part, const map::Bytes& bytes) {
        db.prepare("INSERT INTO bk_map_cache (part, fingerprint, data) VALUES (?1, ?2, ?3)")
            .bind({part, fingerprint, std::vector<unsigned char>(bytes.begin(), bytes.end())})
            .run();
    };
    put("meta", map::encodeSceneMeta(scene));
    for (std::size_t i = 0; i < scene.levels.size(); ++i)
        put(levelPart(i), map::encodeSceneLevel(scene.level(i)));
    tx.commit();
}

}  // namespace store
