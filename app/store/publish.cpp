#include "app/store/publish.hpp"

#include <stdexcept>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/store/gpkg_store.hpp"
#include "app/store/open_store.hpp"
#include "app/store/pg_store.hpp"

namespace store {

std::vector<domain::Document> offerDocuments(const ProjectStore& store, const domain::ProjectState& state) {
    std::vector<domain::Document> out;
    for (const domain::Offer& o : state.funding.offers) {
        if (o.documentSha256.empty()) continue;
        bool have = false;
        for (const domain::Document& d : out) have |= d.sha256 == o.documentSha256;
        if (have) continue;
        if (std::optional<domain::Document> d = store.document(o.documentSha256)) out.push_back(std::move(*d));
    }
    return out;
}

CopyReport publishProject(const std::string& path, const std::string& address, bool replace) {
    if (isServerLocation(path)) throw std::runtime_error(i18n::fill(i18n::text::kPublishSourceIsServer, {path}));
    std::unique_ptr<GpkgStore> source = GpkgStore::open(path, StoreOptions{true});
    const domain::ProjectState state = source->load();
    const std::vector<AuditEntry> log = source->auditLog();
    std::unique_ptr<PgStore> target =
        PgStore::create(address, state, log, offerDocuments(*source, state), source->isExample(), replace);
    return {path, target->location(), static_cast<std::int64_t>(state.applications.size()),
            static_cast<std::int64_t>(state.map.municipalities.size()), static_cast<std::int64_t>(log.size())};
}

}  // namespace store
