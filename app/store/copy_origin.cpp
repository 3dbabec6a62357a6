#include "app/store/copy_origin.hpp"

#include <utility>

#include "app/store/sqlite_db.hpp"

namespace store {

namespace {

constexpr const char* kKeys[] = {"kopie.quelle", "kopie.kopf_id", "kopie.kopf_hash", "kopie.gezogen_utc",
                                 "kopie.basis"};

std::optional<std::string> meta(Database& db, const char* key) {
    std::optional<SqlValue> v = db.scalar("SELECT value FROM bk_meta WHERE key = ?1", {std::string(key)});
    if (!v || !std::holds_alternative<std::string>(*v)) return std::nullopt;
    return std::get<std::string>(*v);
}

void put(Database& db, const char* key, const std::string& value) {
    db.prepare("INSERT OR REPLACE INTO bk_meta (key, value) VALUES (?1, ?2)").bind({std::string(key), value}).run();
}

}  // namespace

void writeCopyOrigin(Database& db, const CopyOrigin& o) {
    const std::string values[] = {o.address, std::to_string(o.headId), o.headHash, o.pulledUtc, o.base};
    for (std::size_t i = 0; i < std::size(kKeys); ++i) put(db, kKeys[i], values[i]);
    if (o.pushedUtc) put(db, "kopie.uebertragen_utc", *o.pushedUtc);
}

void renewCopyOrigin(const std::string& path, const CopyOrigin& origin) {
    Database db(path, false);
    Transaction t(db);
    writeCopyOrigin(db, origin);
    t.commit();
}

std::optional<CopyOrigin> readCopyOrigin(const std::string& path) {
    Database db(path, true);
    if (!db.hasTable("bk_meta")) return std::nullopt;
    std::optional<std::string> values[std::size(kKeys)];
    for (std::size_t i = 0; i < std::size(kKeys); ++i)
        if (!(values[i] = meta(db, kKeys[i]))) return std::nullopt;
    CopyOrigin o;
    o.address = *values[0];
    o.headId = std::stoll(*values[1]);
    o.headHash = *values[2];
    o.pulledUtc = *values[3];
    o.base = std::move(*values[4]);
    o.pushedUtc = meta(db, "kopie.uebertragen_utc");
    return o;
}

}  // namespace store
