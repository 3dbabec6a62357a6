#include "app/store/verify.hpp"

#include <filesystem>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/store/audit.hpp"
#include "app/store/gpkg_store.hpp"
#include "app/store/open_store.hpp"
#include "app/store/pg_store.hpp"
#include "app/store/project_store.hpp"
#include "app/store/recovery.hpp"
#include "app/store/sqlite_db.hpp"

namespace store {

namespace {

namespace t = i18n::text;

// The chain: ids without gaps from 1, each entry's previous hash the hash before it, each hash
// over the entry's fields. Returns the last hash.
std::string checkChain(const std::vector<AuditEntry>& log, VerifyReport& report) {
    std::string previous = kFirstPreviousHash;
    std::int64_t expectedId = 1;
    for (const AuditEntry& e : log) {
        std::string where = i18n::fill(t::kVerifyEntry, {std::to_string(e.id), e.timeUtc, e.action});
        if (e.id != expectedId)
            report.problems.push_back(i18n::fill(t::kVerifyEntriesMissing,
                                                 {std::to_string(expectedId), std::to_string(e.id - 1)}));
        if (e.previousHash != previous) report.problems.push_back(i18n::fill(t::kVerifyChainBroken, {where}));
        if (auditEntryHash(e) != e.hash) report.problems.push_back(i18n::fill(t::kVerifyEntryEdited, {where}));
        previous = e.hash;
        expectedId = e.id + 1;
        ++report.auditEntries;
    }
    return previous;
}

// A project on a server: the chain, the chain's head as every writer sees it, and a full load.
VerifyReport verifyServerProject(const std::string& address) {
    VerifyReport report;
    try {
        std::unique_ptr<PgStore> s = PgStore::open(address, StoreOptions{true});
        report.schemaVersion = kSchemaVersion;
        const std::vector<AuditEntry> log = s->auditLog();
        const auto [headId, headHash] = s->chainHead();
        if (static_cast<std::int64_t>(log.size()) < headId) {
            // A member before the reveal reads not every entry: the server checks the chain
            // (with the owner's rights) and says per entry whether it holds.
            report.note = i18n::fill(t::kVerifyHiddenEntries, {std::to_string(headId - static_cast<std::int64_t>(log.size()))});
            std::int64_t expectedId = 1;
            for (const PgStore::ChainCheck& c : s->serverChainCheck()) {
                const std::string where = i18n::fill(t::kVerifyEntry, {std::to_string(c.id), c.timeUtc, c.action});
                if (c.id != expectedId)
                    report.problems.push_back(i18n::fill(t::kVerifyEntriesMissing,
                                                         {std::to_string(expectedId), std::to_string(c.id - 1)}));
                if (!c.linkOk) report.problems.push_back(i18n::fill(t::kVerifyChainBroken, {where}));
                if (!c.entryOk) report.problems.push_back(i18n::fill(t::kVerifyEntryEdited, {where}));
                expectedId = c.id + 1;
                ++report.auditEntries;
            }
            report.applications = static_cast<std::int64_t>(s->load().applications.size());
            return report;
        }
        const std::string last = checkChain(log, report);
        if (headHash != last || headId != (log.empty() ? 0 : log.back().id))
            report.problems.push_back(i18n::fill(t::kVerifyEntriesMissing,
                                                 {std::to_string(log.empty() ? 1 : log.back().id + 1),
                                                  std::to_string(headId)}));
        report.applications = static_cast<std::int64_t>(s->load().applications.size());
    } catch (const std::exception& e) {
        report.problems.push_back(e.what());
    }
    return report;
}

}  // namespace

VerifyReport verifyProject(const std::string& path) {
    if (isServerLocation(path)) return verifyServerProject(path);
    VerifyReport report;
    auto problem = [&](std::string text) { report.problems.push_back(std::move(text)); };
    if (!std::filesystem::exists(path)) {
        problem(i18n::fill(t::kVerifyNotFound, {path}));
        return report;
    }
    try {
        // verify recovers too: the rolled-back file is what every opener sees from now on.
        report.recoveryNote = recoverInterruptedWrite(path).value_or("");
        Database db(path, true);
        requireGeoPackage(db, path);
        auto integrity = db.scalar("PRAGMA integrity_check");
        if (!integrity || std::get<std::string>(*integrity) != "ok")
            problem(i18n::fill(t::kVerifyIntegrity,
                               {integrity ? std::get<std::string>(*integrity) : std::string("-")}));
        report.schemaVersion = storedSchemaVersion(db, path);
        if (report.schemaVersion > kSchemaVersion)
            problem(i18n::fill(t::kVerifyNewer, {path, std::to_string(report.schemaVersion),
                                                 std::to_string(kSchemaVersion)}));
        else if (report.schemaVersion != kSchemaVersion)
            problem(i18n::fill(t::kVerifyOlder,
                               {std::to_string(report.schemaVersion), std::to_string(kSchemaVersion)}));
        for (const char* table :
             {"gemeinden", "bewerbungen", "standorte", "ausschreibung", "audit_log", "bk_meta",
              "gpkg_geometry_columns", "mitglieder", "bewertungen", "befangenheit", "entscheidung"})
            if (!db.hasTable(table)) problem(i18n::fill(t::kVerifyTableMissing, {table}));
        if (!report.problems.empty()) return report;
        for (const char* trigger : {"audit_log_append_only_update", "audit_log_append_only_delete"})
            if (!db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?1",
                           {std::string(trigger)}))
                problem(i18n::fill(t::kVerifyTriggerRemoved, {trigger}));
        report.applications = std::get<std::int64_t>(db.scalar("SELECT count(*) FROM bewerbungen").value());
        auto orphans = std::get<std::int64_t>(
            db.scalar("SELECT count(*) FROM standorte WHERE bewerbung_id NOT IN (SELECT id FROM bewerbungen)")
                .value());
        if (orphans > 0) problem(i18n::count(t::kVerifyOrphanSites, orphans));

        checkChain(GpkgStore::open(path, StoreOptions{true})->auditLog(), report);
        // Last, what every open reads: the call, the applications, the committee (their JSON
        // columns), so that verify never says OK for a file the program cannot open.
        if (report.problems.empty()) GpkgStore::open(path, StoreOptions{true})->load();
    } catch (const std::exception& e) {
        problem(e.what());
    }
    return report;
}

}  // namespace store
