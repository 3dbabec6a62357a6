#pragma once
// The prepared map kept in the project file (table bk_map_cache), so that opening a project
// only reads its meshes instead of building them (map/scene_codec.hpp has the bytes). A cache:
// each record carries a fingerprint of the boundary layers as they are (GeoPackage's
// last_change of each boundary layer, the number of features, map::kSceneFormat); a record
// with another fingerprint is ignored and written again. Nothing else in the project depends
// on it: deleting the table only costs the next open the time to build the map.

#include <optional>
#include <string>

#include "app/map/map_scene.hpp"

namespace store {

class Database;

// The fingerprint of the boundary layers of an open project database.
std::string boundaryFingerprint(Database& db);

// The stored scene for this fingerprint, its levels read on first use from `path` (each read
// opens the file read-only for that moment, so the scene outlives the database handle); nullopt
// when none is stored for the fingerprint, or the stored one cannot be decoded.
std::optional<map::MapScene> readStoredScene(Database& db, const std::string& path,
                                             const std::string& fingerprint);

// Replaces the stored scene (one transaction). The caller makes sure the file is writable.
void writeStoredScene(Database& db, const map::MapScene& scene, const std::string& fingerprint);

}  // namespace store
