#include "app/store/open_store.hpp"

#include "app/store/gpkg_store.hpp"
#include "app/store/pg_db.hpp"
#include "app/store/pg_store.hpp"

namespace store {

bool isServerLocation(const std::string& location) { return pg::isServerAddress(location); }

std::unique_ptr<ProjectStore> openStore(const std::string& location, const StoreOptions& options) {
    if (isServerLocation(location)) return PgStore::open(location, options);
    return GpkgStore::open(location, options);
}

}  // namespace store
