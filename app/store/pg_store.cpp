#include "app/store/pg_store.hpp"

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <tuple>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/store/audit.hpp"
#include "app/store/gpkg_polygon.hpp"
#include "app/store/pg_db.hpp"
#include "app/store/pg_rows.hpp"
#include "app/store/pg_schema_sql.hpp"
#include "app/store/project_schema.hpp"

namespace store {

std::string memberGroup(const std::string& schema) { return "bk_" + schema + "_mitglied"; }
std::string chairGroup(const std::string& schema) { return "bk_" + schema + "_vorsitz"; }

namespace {

using nlohmann::json;
using pg::Param;
namespace text = i18n::text;
using pgrows::putApplication;

// Access rules (sql::kPgAccess, kPgFundingAccess) for `schema`, with its two group roles
// created when they do not exist yet (roles belong to the whole server, not the schema).
void setUpAccess(pg::Connection& db, const std::string& schema, const char* rules = sql::kPgAccess) {
    const std::string members = memberGroup(schema), chair = chairGroup(schema);
    for (const std::string& role : {members, chair})
        if (!db.scalar("SELECT 1 FROM pg_roles WHERE rolname = $1", {role}))
            db.exec("CREATE ROLE " + pg::identifier(role) + " NOLOGIN");
    std::string sql = rules;
    auto replaceAll = [&](const std::string& key, const std::string& value) {
        for (std::size_t at = sql.find(key); at != std::string::npos; at = sql.find(key, at + value.size()))
            sql.replace(at, key.size(), value);
    };
    replaceAll("{Mname}", members);
    replaceAll("{Vname}", chair);
    replaceAll("{M}", pg::identifier(members));
    replaceAll("{V}", pg::identifier(chair));
    replaceAll("{S}", pg::identifier(schema));
    db.exec(sql);
}

void insertAudit(pg::Connection& db, const AuditEntry& e) {
    db.query(
        "INSERT INTO audit_log (id, zeit_utc, benutzer, aktion, objekt, vorher, nachher, prev_hash, hash) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        {e.id, e.timeUtc, e.user, e.action, e.object, e.before, e.after, e.previousHash, e.hash});
    db.query("UPDATE audit_kopf SET letzte_id = $1, hash = $2 WHERE id = 1", {e.id, e.hash});
}

// The project's content and its audit log as another store holds them (publish, pull).
void fillContent(pg::Connection& db, const domain::ProjectState& state, const std::vector<AuditEntry>& log,
                 const std::vector<domain::Document>& documents) {
    const std::string who = log.empty() ? std::string() : log.back().user;
    for (const domain::Application& a : state.applications) putApplication(db, a, who, false);
    db.query("UPDATE ausschreibung SET daten = $1::jsonb WHERE id = 1", {domain::toJson(state.call).dump()});
    for (const decision::Member& m : state.committee.members)
        db.query("INSERT INTO mitglieder (id, name, rolle, geaendert_von) VALUES ($1, $2, $3, $4)",
                 {m.id, m.name, m.role, who});
    for (const decision::Score& s : state.committee.scores)
        db.query(
            "INSERT INTO bewertungen (mitglied_id, bewerbung_id, kriterium, wert, geaendert_von) "
            "VALUES ($1, $2, $3, $4, $5)",
            {s.member, s.application, std::string(domain::criterionStorageKey(s.criterion)), s.value, who});
    for (const decision::Recusal& r : state.committee.recusals)
        db.query("INSERT INTO befangenheit (mitglied_id, bewerbung_id, geaendert_von) VALUES ($1, $2, $3)",
                 {r.member, r.application, who});
    db.query("UPDATE entscheidung SET einstellungen = $1::jsonb, auswahl = $2::jsonb WHERE id = 1",
             {domain::toJson(state.committee.settings).dump(),
              state.committee.choice ? Param(domain::toJson(*state.committee.choice).dump()) : Param::null()});
    pgrows::writeFunding(db, {}, state.funding, documents, who);
    for (const AuditEntry& e : log) insertAudit(db, e);
}

geo::MultiPolygon shapeOf(const pg::Result& r, int row, int column, const std::string& where,
                          const char* layer) {
    PolygonBlob blob = decodeWkbPolygons(r.bytes(row, column));
    if (blob.problem == PolygonBlob::Problem::None) return std::move(blob.shape);
    throw std::runtime_error(i18n::fill(text::kStoreBadShape,
                                        {where, layer, std::to_string(r.integer(row, 0)),
                                         blob.problem == PolygonBlob::Problem::NotPolygon
                                             ? i18n::fill(text::kStoreShapeNotArea, {blob.detail})
                                             : i18n::fill(text::kStoreShapeDamaged, {blob.detail})}));
}

void insertAreas(pg::Connection& db, const char* layer, const std::vector<domain::AdminArea>& areas) {
    for (const domain::AdminArea& a : areas)
        db.query(std::string("INSERT INTO ") + layer +
                     " (ags, name, bez, geom) VALUES ($1, $2, $3, ST_GeomFromWKB($4, 25832))",
                 {a.ags, a.name, a.bez, Param::bytes(encodeWkbMultiPolygon(a.shape))});
}

}  // namespace

PgStore::~PgStore() = default;

std::string PgStore::channel() const { return "begegnungskarte_" + schema_; }

void PgStore::connect(const std::string& address) {
    pg::Address a = pg::parseAddress(address);
    shown_ = a.shown;
    schema_ = a.schema;
    conninfo_ = a.conninfo;
    reconnect();
}

void PgStore::reconnect() {
    // The new connection is set up completely before it replaces the old one: when the server
    // is still away this throws and the store keeps its (dead) connection for the next try.
    auto fresh = std::make_unique<pg::Connection>(conninfo_, shown_);
    fresh->exec("SET search_path = " + pg::identifier(schema_) + ", public");
    // Times in messages are the user's local time.
    fresh->exec("SET TimeZone = 'Europe/Berlin'");
    // Other clients' steps are announced here (write() notifies).
    fresh->exec("LISTEN " + pg::identifier(channel()));
    db_ = std::move(fresh);
}

bool PgStore::othersChanged() {
    bool changed = othersPending_;
    try {
        for (const pg::Notification& n : db_->notifications()) {
            char* end = nullptr;
            const long long id = std::strtoll(n.payload.c_str(), &end, 10);
            if (n.channel == channel() && id > lastSeen_) changed = true;
        }
    } catch (const pg::Error& e) {
        if (!e.connectionLost()) throw;
        reconnect();
        changed = true;
    }
    if (!db_->alive()) {
        reconnect();
        changed = true;
    }
    return changed;
}

std::unique_ptr<PgStore> PgStore::create(const std::string& address, const domain::ProjectState& state,
                                         const std::vector<AuditEntry>& log,
                                         const std::vector<domain::Document>& documents, bool example,
                                         bool replace) {
    const domain::MapData& map = state.map;
    std::unique_ptr<PgStore> s(new PgStore());
    s->connect(address);
    pg::Connection& db = *s->db_;
    if (!db.scalar("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")) {
        try {
            db.exec("CREATE EXTENSION IF NOT EXISTS postgis");
        } catch (const pg::Error& e) {
            throw std::runtime_error(i18n::fill(text::kPgNoPostgis, {s->shown_, e.what()}));
        }
    }
    pg::Transaction t(db);
    if (db.scalar("SELECT 1 FROM pg_namespace WHERE nspname = $1", {s->schema_})) {
        if (!replace) throw std::runtime_error(i18n::fill(text::kPgSchemaTaken, {s->shown_, s->schema_}));
        if (!db.scalar("SELECT to_regclass($1)::text", {s->schema_ + ".bk_meta"}) ||
            !db.scalar("SELECT value FROM bk_meta WHERE key = 'schema_version'"))
            throw std::runtime_error(i18n::fill(text::kPgSchemaNotProject, {s->shown_, s->schema_}));
        db.exec("DROP SCHEMA " + pg::identifier(s->schema_) + " CASCADE");
    }
    db.exec("CREATE SCHEMA " + pg::identifier(s->schema_));
    db.exec(sql::kPgCreateTables);
    db.exec(sql::kPgCreateFundingTables);
    for (const domain::Municipality& m : map.municipalities)
        db.query(
            "INSERT INTO gemeinden (ags, name, bez, population, area_km2, geom) "
            "VALUES ($1, $2, $3, $4, $5, ST_GeomFromWKB($6, 25832))",
            {m.ags, m.name, m.bez, m.population ? Param(*m.population) : Param::null(), m.areaKm2,
             Param::bytes(encodeWkbMultiPolygon(m.shape))});
    if (map.district) insertAreas(db, kDistrictLayer, {*map.district});
    insertAreas(db, kNeighbourLayer, map.neighbours);
    for (const domain::DataSource& d : map.sources)
        db.query(
            "INSERT INTO datenquellen (layer, quelle, stand, lizenz, namensnennung) VALUES ($1, $2, $3, $4, $5)",
            {d.layer, d.source, d.stand, d.licence, d.attribution});
    db.query("INSERT INTO bk_meta (key, value) VALUES ('schema_version', $1), ('created_utc', $2)",
             {std::to_string(kSchemaVersion), utcNow()});
    if (example) db.exec("INSERT INTO bk_meta (key, value) VALUES ('beispieldaten', '1')");
    db.query("INSERT INTO ausschreibung (id, daten) VALUES (1, $1::jsonb)",
             {domain::toJson(domain::CallSettings{}).dump()});
    db.query("INSERT INTO entscheidung (id, einstellungen) VALUES (1, $1::jsonb)",
             {domain::toJson(domain::DecisionSettings{}).dump()});
    db.query("INSERT INTO audit_kopf (id, letzte_id, hash) VALUES (1, 0, $1)", {kFirstPreviousHash});
    setUpAccess(db, s->schema_);
    setUpAccess(db, s->schema_, sql::kPgFundingAccess);
    fillContent(db, state, log, documents);
    t.commit();
    s->lastSeen_ = log.empty() ? 0 : log.back().id;
    s->example_ = example;
    s->map_ = map;
    return s;
}

std::unique_ptr<PgStore> PgStore::open(const std::string& address, const StoreOptions& options) {
    std::unique_ptr<PgStore> s(new PgStore());
    s->connect(address);
    pg::Connection& db = *s->db_;
    if (!db.scalar("SELECT to_regclass($1)::text", {s->schema_ + ".bk_meta"}))
        throw std::runtime_error(i18n::fill(text::kPgNoProject, {s->shown_, s->schema_}));
    std::optional<std::string> version = db.scalar("SELECT value FROM bk_meta WHERE key = 'schema_version'");
    if (!version) throw std::runtime_error(i18n::fill(text::kPgNoProject, {s->shown_, s->schema_}));
    int v = 0;
    try {
        v = std::stoi(*version);
    } catch (const std::exception&) {
        throw std::runtime_error(i18n::fill(text::kStoreDamagedVersion, {s->shown_, *version}));
    }
    if (v > kSchemaVersion)
        throw std::runtime_error(i18n::fill(text::kStoreNewer, {s->shown_, std::to_string(v), std::to_string(kSchemaVersion)}));
    if (options.readOnly)
        s->cause_ = ReadOnlyCause::Requested;
    else if (db.scalar("SELECT has_table_privilege('audit_log', 'INSERT')") != std::optional<std::string>("t"))
        s->cause_ = ReadOnlyCause::NotWritable;
    // A schema 2 project gains the funding tables on the first writable open by a role that may
    // create them (its owner); for any other role it stays readable, without funding.
    if (v < 3 && !s->readOnly()) {
        try {
            pg::Transaction t(db);
            db.exec(sql::kPgCreateFundingTables);
            setUpAccess(db, s->schema_, sql::kPgFundingAccess);
            db.query("UPDATE bk_meta SET value = $1 WHERE key = 'schema_version'", {std::to_string(kSchemaVersion)});
            t.commit();
            v = kSchemaVersion;
        } catch (const pg::Error& e) {
            if (e.sqlstate != "42501") throw;
            s->cause_ = ReadOnlyCause::NotWritable;
        }
    }
    s->fundingTables_ = v >= 3;
    s->example_ = db.scalar("SELECT 1 FROM bk_meta WHERE key = 'beispieldaten'").has_value();
    s->map_ = s->loadMap();
    return s;
}

domain::MapData PgStore::loadMap() {
    pg::Connection& db = *db_;
    domain::MapData data;
    pg::Result m = db.query(
        "SELECT fid, ags, name, bez, population, area_km2, ST_AsBinary(geom) FROM gemeinden ORDER BY fid");
    data.municipalities.reserve(static_cast<std::size_t>(m.rows()));
    for (int i = 0; i < m.rows(); ++i) {
        domain::Municipality x{m.text(i, 1), m.text(i, 2), m.text(i, 3), std::nullopt, m.real(i, 5),
                               shapeOf(m, i, 6, shown_, kMunicipalityLayer)};
        if (!m.isNull(i, 4)) x.population = m.integer(i, 4);
        data.municipalities.push_back(std::move(x));
    }
    auto areas = [&](const char* layer) {
        std::vector<domain::AdminArea> out;
        pg::Result r = db.query(std::string("SELECT fid, ags, name, bez, ST_AsBinary(geom) FROM ") + layer +
                                " ORDER BY fid");
        for (int i = 0; i < r.rows(); ++i)
            out.push_back({r.text(i, 1), r.text(i, 2), r.text(i, 3), shapeOf(r, i, 4, shown_, layer)});
        return out;
    };
    std::vector<domain::AdminArea> district = areas(kDistrictLayer);
    if (!district.empty()) data.district = std::move(district.front());
    data.neighbours = areas(kNeighbourLayer);
    pg::Result q = db.query("SELECT layer, quelle, stand, lizenz, namensnennung FROM datenquellen ORDER BY fid");
    for (int i = 0; i < q.rows(); ++i)
        data.sources.push_back({q.text(i, 0), q.text(i, 1), q.text(i, 2), q.text(i, 3), q.text(i, 4)});
    if (data.municipalities.empty())
        throw std::runtime_error(i18n::fill(text::kStoreNoMunicipalities, {shown_}));
    return data;
}

domain::ProjectState PgStore::load() {
    // One snapshot: what other clients commit meanwhile is either all in or all out.
    pg::Transaction t(*db_, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    try {
        domain::ProjectState state = loadContent();
        t.commit();
        return state;
    } catch (const pg::Error&) {
        throw;
    } catch (const std::exception& e) {
        throw std::runtime_error(i18n::fill(text::kPgDamaged, {shown_, e.what()}));
    }
}

domain::ProjectState PgStore::loadContent() {
    pg::Connection& db = *db_;
    domain::ProjectState state;
    state.map = *map_;
    state.call = domain::callFromJson(json::parse(db.scalar("SELECT daten::text FROM ausschreibung WHERE id = 1").value()));
    pg::Result a = db.query("SELECT daten::text FROM bewerbungen ORDER BY id");
    for (int i = 0; i < a.rows(); ++i) state.applications.push_back(domain::applicationFromJson(json::parse(a.text(i, 0))));
    domain::Committee& committee = state.committee;
    pg::Result m = db.query("SELECT id, name, rolle FROM mitglieder ORDER BY id");
    for (int i = 0; i < m.rows(); ++i) committee.members.push_back({m.integer(i, 0), m.text(i, 1), m.text(i, 2)});
    pg::Result s = db.query("SELECT mitglied_id, bewerbung_id, kriterium, wert FROM bewertungen");
    for (int i = 0; i < s.rows(); ++i) {
        std::optional<decision::Criterion> c = domain::criterionFromStorageKey(s.text(i, 2));
        if (!c) throw std::runtime_error("unknown criterion '" + s.text(i, 2) + "' in bewertungen");
        committee.scores.push_back({s.integer(i, 0), s.integer(i, 1), *c, static_cast<int>(s.integer(i, 3))});
    }
    std::sort(committee.scores.begin(), committee.scores.end(),
              [](const decision::Score& x, const decision::Score& y) {
                  return std::tuple(x.member, x.application, x.criterion) <
                         std::tuple(y.member, y.application, y.criterion);
              });
    pg::Result r = db.query("SELECT mitglied_id, bewerbung_id FROM befangenheit ORDER BY 1, 2");
    for (int i = 0; i < r.rows(); ++i) committee.recusals.push_back({r.integer(i, 0), r.integer(i, 1)});
    pg::Result e = db.query("SELECT einstellungen::text, auswahl::text FROM entscheidung WHERE id = 1");
    if (e.rows() > 0) {
        committee.settings = domain::decisionSettingsFromJson(json::parse(e.text(0, 0)));
        if (!e.isNull(0, 1)) committee.choice = domain::choiceFromJson(json::parse(e.text(0, 1)));
    }
    if (fundingTables_) {
        domain::Funding& f = state.funding;
        pg::Result o = db.query("SELECT daten::text FROM angebote ORDER BY id");
        for (int i = 0; i < o.rows(); ++i) f.offers.push_back(domain::offerFromJson(json::parse(o.text(i, 0))));
        pg::Result inv = db.query("SELECT daten::text FROM rechnungen ORDER BY id");
        for (int i = 0; i < inv.rows(); ++i) f.invoices.push_back(domain::invoiceFromJson(json::parse(inv.text(i, 0))));
        pg::Result v = db.query("SELECT daten::text FROM vertraege ORDER BY bewerbung_id");
        for (int i = 0; i < v.rows(); ++i) f.agreements.push_back(domain::agreementFromJson(json::parse(v.text(i, 0))));
        f.note = db.scalar("SELECT text FROM vermerk WHERE id = 1").value_or("");
    }
    lastSeen_ = std::stoll(db.scalar("SELECT letzte_id FROM audit_kopf WHERE id = 1").value_or("0"));
    othersPending_ = false;
    return state;
}

void PgStore::write(const Step& step, const std::string& user) {
    if (readOnly()) throw std::runtime_error(i18n::fill(text::kStoreReadOnlyNothingWritten, {shown_}));
    try {
        writeStep(step, user);
    } catch (const pg::Error& e) {
        // The server's rules for members (pg_schema_sql.hpp, kPgAccess), said in words.
        if (e.sqlstate != "42501") throw;
        if (std::string(e.what()).find("only the chair reveals") != std::string::npos)
            throw std::runtime_error(i18n::fill(text::kPgOnlyChairReveals, {shown_}));
        throw std::runtime_error(i18n::fill(text::kPgNotAllowed, {shown_, e.what()}));
    }
}

void PgStore::writeStep(const Step& step, const std::string& user) {
    // A connection lost while the window was idle (a server restart) is taken up again: nothing
    // of this step has reached the server yet.
    if (!db_->alive()) reconnect();
    std::optional<pg::Transaction> begun;
    try {
        begun.emplace(*db_);
    } catch (const pg::Error& e) {
        if (!e.connectionLost()) throw;
        reconnect();
        begun.emplace(*db_);
    }
    pg::Connection& db = *db_;
    pg::Transaction& t = *begun;
    // The chain's head first: every writer waits here for the one before it, so the checks
    // below see everything committed before, and the entries form one chain.
    pg::Result head = db.query("SELECT letzte_id, hash FROM audit_kopf WHERE id = 1 FOR UPDATE");
    bool othersBefore = head.integer(0, 0) != lastSeen_;
    domain::ProjectState context;
    for (const ApplicationChange& c : step.changes) {
        othersBefore |= pgrows::writeApplicationChange(db, c, user);
        if (c.after) context.applications.push_back(*c.after);
    }
    if (step.call) othersBefore |= pgrows::writeCall(db, step.call->first, step.call->second, user);
    if (step.committee) {
        if (context.applications.empty()) {
            pg::Result a = db.query("SELECT daten::text FROM bewerbungen ORDER BY id");
            for (int i = 0; i < a.rows(); ++i)
                context.applications.push_back(domain::applicationFromJson(json::parse(a.text(i, 0))));
        }
        othersBefore |= pgrows::writeCommittee(db, step.committee->first, step.committee->second, context, user);
        // A reveal (or blind mode switched) changes what this role may read: load it all again.
        const domain::DecisionSettings& b = step.committee->first.settings;
        const domain::DecisionSettings& a = step.committee->second.settings;
        othersBefore |= a.revealed != b.revealed || a.blind != b.blind;
    }
    if (step.funding) othersBefore |= pgrows::writeFunding(db, step.funding->first, step.funding->second, step.documents, user);
    AuditEntry e = auditEntryFor(step, user, head.text(0, 1), utcNow());
    e.id = head.integer(0, 0) + 1;
    insertAudit(db, e);
    db.query("SELECT pg_notify($1, $2)", {channel(), std::to_string(e.id)});
    t.commit();
    lastSeen_ = e.id;
    // Others wrote since this client last loaded: what it holds lacks their steps (and this
    // step may have been merged with them), so the engine loads again.
    if (othersBefore) othersPending_ = true;
}

std::vector<AuditEntry> PgStore::auditLog() const {
    std::vector<AuditEntry> out;
    pg::Result r = db_->query(
        "SELECT id, zeit_utc, benutzer, aktion, objekt, vorher, nachher, prev_hash, hash FROM audit_log ORDER BY id");
    out.reserve(static_cast<std::size_t>(r.rows()));
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({r.integer(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4), r.text(i, 5),
                       r.text(i, 6), r.text(i, 7), r.text(i, 8)});
    return out;
}

void PgStore::importContent(const domain::ProjectState& state, const std::vector<AuditEntry>& log,
                            const std::vector<domain::Document>& documents) {
    if (readOnly()) throw std::runtime_error(i18n::fill(text::kStoreReadOnlyNothingWritten, {shown_}));
    pg::Transaction t(*db_);
    for (const char* table : {"bewerbungen", "mitglieder", "bewertungen", "audit_log"})
        if (db_->scalar(std::string("SELECT 1 FROM ") + table + " LIMIT 1"))
            throw std::runtime_error(shown_ + ": " + table + " is not empty; nothing written");
    fillContent(*db_, state, log, documents);
    t.commit();
    lastSeen_ = log.empty() ? 0 : log.back().id;
}

std::optional<std::int64_t> PgStore::ownMember() const {
    std::optional<std::string> id = db_->scalar("SELECT id FROM mitglieder WHERE db_rolle = session_user");
    if (!id) return std::nullopt;
    return std::stoll(*id);
}

void grantMemberRole(const std::string& address, const std::string& memberName, const std::string& dbRole,
                     bool chair) {
    pg::Address a = pg::parseAddress(address);
    pg::Connection db(a.conninfo, a.shown);
    db.exec("SET search_path = " + pg::identifier(a.schema) + ", public");
    if (!db.scalar("SELECT to_regclass('mitglieder')::text"))
        throw std::runtime_error(i18n::fill(text::kPgNoProject, {a.shown, a.schema}));
    if (!db.scalar("SELECT 1 FROM pg_roles WHERE rolname = $1", {dbRole}))
        throw std::runtime_error(i18n::fill(text::kPgNoSuchRole, {a.shown, dbRole}));
    pg::Transaction t(db);
    pg::Result r = db.query("UPDATE mitglieder SET db_rolle = $2 WHERE name = $1", {memberName, dbRole});
    if (r.affected() != 1) throw std::runtime_error(i18n::fill(text::kPgNoSuchMember, {a.shown, memberName}));
    db.exec("GRANT " + pg::identifier(memberGroup(a.schema)) + " TO " + pg::identifier(dbRole));
    if (chair) db.exec("GRANT " + pg::identifier(chairGroup(a.schema)) + " TO " + pg::identifier(dbRole));
    t.commit();
}

std::vector<PgStore::ChainCheck> PgStore::serverChainCheck() const {
    std::vector<ChainCheck> out;
    pg::Result r = db_->query("SELECT id, zeit_utc, aktion, eintrag_ok, kette_ok FROM bk_kette_pruefen()");
    for (int i = 0; i < r.rows(); ++i)
        out.push_back({r.integer(i, 0), r.text(i, 1), r.text(i, 2), r.boolean(i, 3), r.boolean(i, 4)});
    return out;
}

std::pair<std::int64_t, std::string> PgStore::chainHead() const {
    pg::Result r = db_->query("SELECT letzte_id, hash FROM audit_kopf WHERE id = 1");
    if (r.rows() == 0) return {0, kFirstPreviousHash};
    return {r.integer(0, 0), r.text(0, 1)};
}

std::optional<domain::Document> PgStore::document(const std::string& sha256) const {
    if (!fundingTables_) return std::nullopt;
    pg::Result r = db_->query("SELECT name, daten FROM dokumente WHERE sha256 = $1", {sha256});
    if (r.rows() == 0) return std::nullopt;
    return domain::Document{sha256, r.text(0, 0), r.bytes(0, 1)};
}

std::optional<std::string> PgStore::viewSetting(const std::string& key) const {
    return db_->scalar("SELECT value FROM ansicht WHERE key = $1", {key});
}

void PgStore::setViewSetting(const std::string& key, const std::string& value) {
    if (readOnly()) throw std::runtime_error(i18n::fill(text::kStoreReadOnlyViewNotSaved, {shown_}));
    db_->query("INSERT INTO ansicht (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2",
               {key, value});
}

}  // namespace store
