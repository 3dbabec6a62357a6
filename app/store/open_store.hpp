#pragma once
// Where a project is opened: a GeoPackage file by its path, or a schema on a PostgreSQL/PostGIS
// server by its address (postgresql://HOST/DB?schema=NAME). Every command and the window open
// projects through here, so each accepts either.

#include <memory>
#include <string>

#include "app/store/project_store.hpp"

namespace store {

// True when `location` names a project on a server rather than a file.
bool isServerLocation(const std::string& location);

// Opens the project at `location` (GpkgStore::open or PgStore::open; their errors as they are).
std::unique_ptr<ProjectStore> openStore(const std::string& location, const StoreOptions& options = {});

}  // namespace store
