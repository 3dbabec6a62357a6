#pragma once
// Reading the boundary layers of a project file into domain::MapData.

#include <string>

#include "app/domain/map_data.hpp"

namespace store {

// Reads the boundary layers of a project GeoPackage. Throws std::runtime_error naming the file
// when it is not a GeoPackage or lacks the `gemeinden` layer; `kreis`, `nachbarkreise` and
// `datenquellen` are optional. Rolls back a write a crash interrupted first
// (recoverInterruptedWrite); a file another program holds locked is said so
// ("PATH: the project is locked by another program ...").
domain::MapData loadMapData(const std::string& path);

}  // namespace store
