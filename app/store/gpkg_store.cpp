#include "app/store/gpkg_store.hpp"
#include "app/store/map_cache.hpp"

#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <tuple>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/store/application_table.hpp"
#include "app/store/audit.hpp"
#include "app/store/map_data_reader.hpp"
#include "app/store/project_schema_sql.hpp"
#include "app/store/qgis_styles.hpp"
#include "app/store/recovery.hpp"
#include "app/store/sqlite_db.hpp"

namespace store {

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The project file keeps SQLite's rollback journal (why: recovery.hpp). A file another program
// switched to WAL is switched back on a writable open, which also folds its -wal into the file;
// when another connection still uses the WAL this fails and is left for a later open.
void keepRollbackJournal(Database& db) {
    try {
        auto mode = db.scalar("PRAGMA journal_mode");
        if (mode && std::holds_alternative<std::string>(*mode) &&
            std::get<std::string>(*mode) == "wal")
            db.exec("PRAGMA journal_mode = DELETE");
    } catch (const std::exception&) {
        // Still readable and writable in WAL mode; only the single-file property waits.
    }
}

std::string newerProgram(const std::string& path, int version) {
    return i18n::fill(i18n::text::kStoreNewer,
                      {path, std::to_string(version), std::to_string(kSchemaVersion)});
}

}  // namespace

int storedSchemaVersion(Database& db, const std::string& path) {
    if (!db.hasTable("bk_meta")) return 0;
    auto v = db.scalar("SELECT value FROM bk_meta WHERE key = 'schema_version'");
    if (!v) return 0;
    if (auto* n = std::get_if<std::int64_t>(&*v)) return static_cast<int>(*n);
    if (!std::holds_alternative<std::string>(*v)) return 0;
    const std::string& text = std::get<std::string>(*v);
    int version = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), version);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        throw std::runtime_error(i18n::fill(i18n::text::kStoreDamagedVersion, {path, text}));
    return version;
}

void requireGeoPackage(Database& db, const std::string& path) {
    if (!isGeoPackage(db))
        throw std::runtime_error(i18n::fill(i18n::text::kStoreNotGpkgProject, {path}));
}

// SQLite's quick check of every table the program writes (all but the boundary layers, their
// spatial indexes and the stored map, which are written only by the import): the first
// finding, or nullopt when all is well. A file damaged there is opened read-only: SQLite checks
// a page when it reads it, and an edit that reuses a damaged page can spread the damage to
// tables that were intact (found by fuzzing, tests/fuzz/fuzz_project_open.cpp). Milliseconds,
// where a check of the whole file takes half a second for all Germany.
std::optional<std::string> damageWhereWritten(Database& db) {
    try {
        std::vector<std::string> tables;
        Statement list = db.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'rtree%' "
            "AND name NOT IN ('gemeinden', 'kreis', 'nachbarkreise', 'bk_map_cache')");
        while (list.step()) tables.push_back(list.text(0));
        for (const std::string& table : tables) {
            Statement check = db.prepare("PRAGMA quick_check(" + sqlIdentifier(table) + ")");
            // "ok", or one finding per row ("On tree page 52 cell 2: Offset 25307 out of
            // range"), each row possibly several lines headed "*** in database main ***".
            std::string findings;
            while (check.step()) {
                const std::string row = check.text(0);
                if (row == "ok") break;
                std::size_t start = 0;
                while (start <= row.size()) {
                    std::size_t end = row.find('\n', start);
                    if (end == std::string::npos) end = row.size();
                    const std::string line = row.substr(start, end - start);
                    if (!line.empty() && line.rfind("***", 0) != 0)
                        findings += (findings.empty() ? "" : "; ") + line;
                    start = end + 1;
                }
            }
            if (!findings.empty()) return table + ": " + findings;
        }
    } catch (const std::runtime_error& e) {
        if (isLockedMessage(e.what())) throw;
        return std::string(e.what());
    }
    return std::nullopt;
}

struct GpkgStore::Handles {
    std::unique_ptr<ProjectLock> lock;
    std::unique_ptr<Database> db;
    domain::MapData map;
};

GpkgStore::~GpkgStore() = default;

std::unique_ptr<GpkgStore> GpkgStore::open(const std::string& path, const StoreOptions& options) {
    std::unique_ptr<GpkgStore> s(new GpkgStore());
    s->path_ = path;
    s->handles_ = std::make_unique<Handles>();
    Handles& h = *s->handles_;
    // Before anything reads the file: a crash mid-write leaves a journal only a writable
    // connection can roll back (recovery.hpp).
    s->recoveryNote_ = recoverInterruptedWrite(path).value_or("");
    h.map = loadMapData(path);  // also refuses files that are no project at all

    if (options.readOnly) s->cause_ = ReadOnlyCause::Requested;
    if (!s->readOnly() && access(path.c_str(), W_OK) != 0) s->cause_ = ReadOnlyCause::NotWritable;
    if (!s->readOnly()) {
        h.lock = std::make_unique<ProjectLock>(path);
        if (!h.lock->held()) s->cause_ = ReadOnlyCause::OpenElsewhere;
    }
    h.db = std::make_unique<Database>(path, s->readOnly());
    requireGeoPackage(*h.db, path);
    if (!s->readOnly()) {
        if (std::optional<std::string> damage = damageWhereWritten(*h.db)) {
            s->cause_ = ReadOnlyCause::Damaged;
            s->damage_ = *damage;
            h.db = std::make_unique<Database>(path, true);
            h.lock.reset();
        }
    }
    if (!s->readOnly()) keepRollbackJournal(*h.db);
    s->schemaVersion_ = storedSchemaVersion(*h.db, path);
    if (s->schemaVersion_ > kSchemaVersion) throw std::runtime_error(newerProgram(path, s->schemaVersion_));
    // Read-only, an older file is read as it is: what it lacks stays empty.
    if (s->schemaVersion_ < kSchemaVersion && !s->readOnly()) {
        s->migrate(s->schemaVersion_, h.map);
        s->schemaVersion_ = kSchemaVersion;
    }
    // QGIS draws the layers as the program does (qgis_styles.hpp); written only when missing or
    // out of date, so an up-to-date file is not touched.
    if (!s->readOnly()) refreshQgisStyles(*h.db, h.map);
    return s;
}

void GpkgStore::migrate(int from, const domain::MapData& map) {
    Database& db = *handles_->db;
    // A copy first: whatever goes wrong below, the user's file survives as it was.
    std::string backup = path_ + ".bak-schema" + std::to_string(from);
    fs::copy_file(path_, backup, fs::copy_options::overwrite_existing);
    Transaction t(db);
    if (from < 1) {
        db.exec(createApplicationTableSql());
        db.exec(sql::kCreateTables);
        db.prepare("INSERT INTO ausschreibung (id, daten) VALUES (1, ?1)")
            .bind({domain::toJson(domain::CallSettings{}).dump()})
            .run();
        db.prepare("INSERT INTO bk_meta (key, value) VALUES ('created_utc', ?1)").bind({utcNow()}).run();
        // The sites lie in the district: its bounds are the layer's extent for GIS programs.
        geo::Box e = map.extent();
        db.prepare(
              "UPDATE gpkg_contents SET min_x = ?1, min_y = ?2, max_x = ?3, max_y = ?4 "
              "WHERE table_name = 'standorte'")
            .bind({e.minx, e.miny, e.maxx, e.maxy})
            .run();
    }
    if (from < 2) {
        db.exec(sql::kCreateCommitteeTables);
        db.prepare("INSERT INTO entscheidung (id, einstellungen) VALUES (1, ?1)")
            .bind({domain::toJson(domain::DecisionSettings{}).dump()})
            .run();
    }
    if (from < 3) db.exec(sql::kCreateFundingTables);
    db.prepare("INSERT OR REPLACE INTO bk_meta (key, value) VALUES ('schema_version', ?1)")
        .bind({std::to_string(kSchemaVersion)})
        .run();
    t.commit();
}

domain::ProjectState GpkgStore::load() {
    // A boundary-only file (straight from import-boundaries) opened read-only, e.g. by
    // `snapshot`: it has no applications.
    if (schemaVersion_ == 0) {
        domain::ProjectState state;
        state.map = handles_->map;
        return state;
    }
    // A damaged file (a column edited by hand, a byte flipped on disk) must be named as such,
    // not end in a bare "parse error" or "std::get: wrong index for variant" from the JSON and
    // variant code below.
    try {
        return loadTables();
    } catch (const std::runtime_error&) {
        throw;
    } catch (const std::exception& e) {
        throw std::runtime_error(i18n::fill(i18n::text::kStoreDamaged, {path_, e.what()}));
    }
}

domain::ProjectState GpkgStore::loadTables() {
    Database& db = *handles_->db;
    domain::ProjectState state;
    state.map = handles_->map;
    example_ = db.scalar("SELECT 1 FROM bk_meta WHERE key = 'beispieldaten'").has_value();
    state.call = domain::callFromJson(json::parse(
        std::get<std::string>(db.scalar("SELECT daten FROM ausschreibung WHERE id = 1").value())));
    state.applications = readApplications(db);
    if (!db.hasTable("mitglieder")) return state;
    domain::Committee& committee = state.committee;
    Statement m = db.prepare("SELECT id, name, rolle FROM mitglieder ORDER BY id");
    while (m.step()) committee.members.push_back({m.integer(0), m.text(1), m.text(2)});
    Statement s = db.prepare(
        "SELECT mitglied_id, bewerbung_id, kriterium, wert FROM bewertungen "
        "ORDER BY mitglied_id, bewerbung_id, kriterium");
    while (s.step()) {
        std::optional<decision::Criterion> c = domain::criterionFromStorageKey(s.text(2));
        if (!c) throw std::runtime_error(path_ + ": unknown criterion '" + s.text(2) + "' in bewertungen");
        committee.scores.push_back({s.integer(0), s.integer(1), *c, static_cast<int>(s.integer(3))});
    }
    std::sort(committee.scores.begin(), committee.scores.end(),
              [](const decision::Score& a, const decision::Score& b) {
                  return std::tuple(a.member, a.application, a.criterion) <
                         std::tuple(b.member, b.application, b.criterion);
              });
    Statement r = db.prepare(
        "SELECT mitglied_id, bewerbung_id FROM befangenheit ORDER BY mitglied_id, bewerbung_id");
    while (r.step()) committee.recusals.push_back({r.integer(0), r.integer(1)});
    Statement e = db.prepare("SELECT einstellungen, auswahl FROM entscheidung WHERE id = 1");
    if (e.step()) {
        committee.settings = domain::decisionSettingsFromJson(json::parse(e.text(0)));
        if (!e.isNull(1)) committee.choice = domain::choiceFromJson(json::parse(e.text(1)));
    }
    if (!db.hasTable("angebote")) return state;
    domain::Funding& funding = state.funding;
    Statement o = db.prepare("SELECT daten FROM angebote ORDER BY id");
    while (o.step()) funding.offers.push_back(domain::offerFromJson(json::parse(o.text(0))));
    Statement i = db.prepare("SELECT daten FROM rechnungen ORDER BY id");
    while (i.step()) funding.invoices.push_back(domain::invoiceFromJson(json::parse(i.text(0))));
    Statement a = db.prepare("SELECT daten FROM vertraege ORDER BY bewerbung_id");
    while (a.step()) funding.agreements.push_back(domain::agreementFromJson(json::parse(a.text(0))));
    if (auto note = db.scalar("SELECT text FROM vermerk WHERE id = 1")) funding.note = std::get<std::string>(*note);
    return state;
}

void GpkgStore::write(const Step& step, const std::string& user) {
    if (readOnly()) throw std::runtime_error(i18n::fill(i18n::text::kStoreReadOnlyNothingWritten, {path_}));
    Database& db = *handles_->db;
    Transaction t(db);
    for (const ApplicationChange& c : step.changes) {
        if (c.after)
            writeApplication(db, *c.after, c.before.has_value());
        else
            deleteApplication(db, c.before->id);
    }
    if (step.call)
        db.prepare("UPDATE ausschreibung SET daten = ?1 WHERE id = 1")
            .bind({domain::toJson(step.call->second).dump()})
            .run();
    if (step.committee) writeCommittee(step.committee->first, step.committee->second);
    if (step.funding) writeFunding(step.funding->first, step.funding->second, step.documents);
    db.exec(
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE table_name IN ('standorte', 'bewerbungen', 'ausschreibung', 'audit_log')");
    appendAudit(step, user);
    t.commit();
}

// Only the rows that differ are written: a score change is one row, not the whole table.
void GpkgStore::writeCommittee(const domain::Committee& before, const domain::Committee& after) {
    Database& db = *handles_->db;
    for (const decision::Member& m : before.members)
        if (!after.member(m.id)) db.prepare("DELETE FROM mitglieder WHERE id = ?1").bind({m.id}).run();
    for (const decision::Member& m : after.members) {
        const decision::Member* old = before.member(m.id);
        if (!old || !(*old == m))
            db.prepare("INSERT OR REPLACE INTO mitglieder (id, name, rolle) VALUES (?1, ?2, ?3)")
                .bind({m.id, m.name, m.role})
                .run();
    }
    for (const decision::Score& sc : before.scores)
        if (!after.score(sc.member, sc.application, sc.criterion))
            db.prepare(
                  "DELETE FROM bewertungen WHERE mitglied_id = ?1 AND bewerbung_id = ?2 AND "
                  "kriterium = ?3")
                .bind({sc.member, sc.application, std::string(domain::criterionStorageKey(sc.criterion))})
                .run();
    for (const decision::Score& sc : after.scores)
        if (before.score(sc.member, sc.application, sc.criterion) != sc.value)
            db.prepare(
                  "INSERT OR REPLACE INTO bewertungen (mitglied_id, bewerbung_id, kriterium, wert) "
                  "VALUES (?1, ?2, ?3, ?4)")
                .bind({sc.member, sc.application, std::string(domain::criterionStorageKey(sc.criterion)),
                       std::int64_t{sc.value}})
                .run();
    for (const decision::Recusal& r : before.recusals)
        if (!after.recused(r.member, r.application))
            db.prepare("DELETE FROM befangenheit WHERE mitglied_id = ?1 AND bewerbung_id = ?2")
                .bind({r.member, r.application})
                .run();
    for (const decision::Recusal& r : after.recusals)
        if (!before.recused(r.member, r.application))
            db.prepare("INSERT INTO befangenheit (mitglied_id, bewerbung_id) VALUES (?1, ?2)")
                .bind({r.member, r.application})
                .run();
    if (!(before.settings == after.settings) || before.choice != after.choice)
        db.prepare("UPDATE entscheidung SET einstellungen = ?1, auswahl = ?2 WHERE id = 1")
            .bind({domain::toJson(after.settings).dump(),
                   after.choice ? SqlValue{domain::toJson(*after.choice).dump()} : SqlValue{std::monostate{}}})
            .run();
    db.exec(
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE table_name IN ('mitglieder', 'bewertungen', 'befangenheit', 'entscheidung')");
}

// Only the rows that differ, as for the committee; documents only when missing.
void GpkgStore::writeFunding(const domain::Funding& before, const domain::Funding& after,
                             const std::vector<domain::Document>& documents) {
    Database& db = *handles_->db;
    for (const domain::Document& d : documents)
        db.prepare("INSERT OR IGNORE INTO dokumente (sha256, name, daten) VALUES (?1, ?2, ?3)")
            .bind({d.sha256, d.name, d.bytes})
            .run();
    for (const domain::Offer& o : before.offers)
        if (!after.offer(o.id)) db.prepare("DELETE FROM angebote WHERE id = ?1").bind({o.id}).run();
    for (const domain::Offer& o : after.offers)
        if (const domain::Offer* old = before.offer(o.id); !old || !(*old == o))
            db.prepare("INSERT OR REPLACE INTO angebote (id, bewerbung_id, daten) VALUES (?1, ?2, ?3)")
                .bind({o.id, o.application, domain::toJson(o).dump()})
                .run();
    // Deletions first: a number given up by one invoice may be taken by another in the same step.
    for (const domain::Invoice& i : before.invoices)
        if (!after.invoice(i.id)) db.prepare("DELETE FROM rechnungen WHERE id = ?1").bind({i.id}).run();
    for (const domain::Invoice& i : after.invoices)
        if (const domain::Invoice* old = before.invoice(i.id); !old || !(*old == i))
            db.prepare("INSERT OR REPLACE INTO rechnungen (id, bewerbung_id, nummer, daten) VALUES (?1, ?2, ?3, ?4)")
                .bind({i.id, i.application, i.number, domain::toJson(i).dump()})
                .run();
    for (const domain::Agreement& a : before.agreements)
        if (!after.agreement(a.application))
            db.prepare("DELETE FROM vertraege WHERE bewerbung_id = ?1").bind({a.application}).run();
    for (const domain::Agreement& a : after.agreements)
        if (const domain::Agreement* old = before.agreement(a.application); !old || !(*old == a))
            db.prepare("INSERT OR REPLACE INTO vertraege (bewerbung_id, daten) VALUES (?1, ?2)")
                .bind({a.application, domain::toJson(a).dump()})
                .run();
    if (before.note != after.note)
        db.prepare("INSERT OR REPLACE INTO vermerk (id, text) VALUES (1, ?1)").bind({after.note}).run();
    db.exec(
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE table_name IN ('angebote', 'rechnungen', 'vertraege', 'dokumente', 'vermerk')");
}

std::optional<domain::Document> GpkgStore::document(const std::string& sha256) const {
    Database& db = *handles_->db;
    if (!db.hasTable("dokumente")) return std::nullopt;
    Statement s = db.prepare("SELECT name, daten FROM dokumente WHERE sha256 = ?1");
    s.bind({sha256});
    if (!s.step()) return std::nullopt;
    return domain::Document{sha256, s.text(0), s.blob(1)};
}

void GpkgStore::appendAudit(const Step& step, const std::string& user) {
    Database& db = *handles_->db;
    auto last = db.scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    AuditEntry e = auditEntryFor(step, user, last ? std::get<std::string>(*last) : kFirstPreviousHash, utcNow());
    db.prepare(
          "INSERT INTO audit_log (zeit_utc, benutzer, aktion, objekt, vorher, nachher, prev_hash, "
          "hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .bind({e.timeUtc, e.user, e.action, e.object, e.before, e.after, e.previousHash, e.hash})
        .run();
}

void GpkgStore::importContent(const domain::ProjectState& state, const std::vector<AuditEntry>& log,
                              const std::vector<domain::Document>& documents) {
    if (readOnly()) throw std::runtime_error(i18n::fill(i18n::text::kStoreReadOnlyNothingWritten, {path_}));
    Database& db = *handles_->db;
    Transaction t(db);
    for (const char* table : {"bewerbungen", "mitglieder", "bewertungen", "audit_log"})
        if (db.scalar(std::string("SELECT 1 FROM ") + table + " LIMIT 1"))
            throw std::runtime_error(path_ + ": " + table + " is not empty; nothing written");
    for (const domain::Application& a : state.applications) writeApplication(db, a, false);
    db.prepare("UPDATE ausschreibung SET daten = ?1 WHERE id = 1").bind({domain::toJson(state.call).dump()}).run();
    domain::Committee empty;
    empty.settings = state.committee.settings;
    empty.choice = state.committee.choice;
    writeCommittee(empty, state.committee);
    db.prepare("UPDATE entscheidung SET einstellungen = ?1, auswahl = ?2 WHERE id = 1")
        .bind({domain::toJson(state.committee.settings).dump(),
               state.committee.choice ? SqlValue{domain::toJson(*state.committee.choice).dump()}
                                      : SqlValue{std::monostate{}}})
        .run();
    writeFunding({}, state.funding, documents);
    for (const AuditEntry& e : log)
        db.prepare(
              "INSERT INTO audit_log (id, zeit_utc, benutzer, aktion, objekt, vorher, nachher, "
              "prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
            .bind({e.id, e.timeUtc, e.user, e.action, e.object, e.before, e.after, e.previousHash, e.hash})
            .run();
    t.commit();
}

std::vector<AuditEntry> GpkgStore::auditLog() const {
    std::vector<AuditEntry> out;
    if (!handles_->db->hasTable("audit_log")) return out;
    Statement s = handles_->db->prepare(
        "SELECT id, zeit_utc, benutzer, aktion, objekt, vorher, nachher, prev_hash, hash FROM "
        "audit_log ORDER BY id");
    while (s.step())
        out.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5),
                       s.text(6), s.text(7), s.text(8)});
    return out;
}

// View settings live in bk_meta under "ansicht.<key>": the key/value table every file since
// schema 1 has, so no migration is needed and older files keep opening; a boundary-only file
// opened read-only has no bk_meta and so no view settings.
std::optional<std::string> GpkgStore::viewSetting(const std::string& key) const {
    if (!handles_->db->hasTable("bk_meta")) return std::nullopt;
    auto v = handles_->db->scalar("SELECT value FROM bk_meta WHERE key = ?1", {"ansicht." + key});
    if (!v || !std::holds_alternative<std::string>(*v)) return std::nullopt;
    return std::get<std::string>(*v);
}

void GpkgStore::setViewSetting(const std::string& key, const std::string& value) {
    if (readOnly()) throw std::runtime_error(i18n::fill(i18n::text::kStoreReadOnlyViewNotSaved, {path_}));
    if (viewSetting(key) == value) return;
    handles_->db->prepare("INSERT OR REPLACE INTO bk_meta (key, value) VALUES (?1, ?2)")
        .bind({"ansicht." + key, value})
        .run();
}

std::optional<map::MapScene> GpkgStore::storedMap() {
    return readStoredScene(*handles_->db, path_, boundaryFingerprint(*handles_->db));
}

void GpkgStore::storeMap(const map::MapScene& scene) {
    if (readOnly()) return;
    writeStoredScene(*handles_->db, scene, boundaryFingerprint(*handles_->db));
}

}  // namespace store
