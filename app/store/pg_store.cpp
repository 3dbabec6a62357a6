#include "app/store/pg_store.hpp"

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <tuple>

#include "app/domain/json_merge.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/store/audit.hpp"
#include "app/store/gpkg_polygon.hpp"
#include "app/store/pg_db.hpp"
#include "app/store/pg_schema_sql.hpp"
#include "app/store/project_schema.hpp"

namespace store {

std::string memberGroup(const std::string& schema) { return "bk_" + schema + "_mitglied"; }
std::string chairGroup(const std::string& schema) { return "bk_" + schema + "_vorsitz"; }

namespace {

using nlohmann::json;
using pg::Param;
namespace text = i18n::text;

// Who changed a row and when (local time of the server session), for a conflict's message.
struct RowMeta {
    std::string who;
    std::string when;
};

constexpr const char* kMetaColumns = "geaendert_von, to_char(geaendert_utc, 'DD.MM.YYYY HH24:MI:SS')";

RowMeta metaOf(const pg::Result& r, int row, int column) {
    return {r.text(row, column), r.text(row, column + 1)};
}

[[noreturn]] void conflict(const RowMeta& m, const std::string& what, const std::string& now) {
    throw ConflictError(i18n::fill(text::kPgConflict,
                                   {m.who.empty() ? text::kUnknown.str() : m.who, m.when, what, now}));
}

// A JSON value as a user reads it: strings without quotes, lists joined, nothing as "—".
std::string shown(const json& v) {
    if (v.is_null()) return "—";
    if (v.is_string()) return v.get<std::string>();
    if (v.is_array()) {
        std::string out;
        for (const json& item : v) out += (out.empty() ? "" : ", ") + shown(item);
        return out.empty() ? "—" : out;
    }
    return v.dump();
}

// The application as the store compares it: through the domain's JSON form both ways, so
// that numbers read back from jsonb compare equal to the ones written.
json canonical(const json& stored) { return domain::toJson(domain::applicationFromJson(stored)); }

void putApplication(pg::Connection& db, const domain::Application& a, const std::string& user, bool exists) {
    const std::string daten = domain::toJson(a).dump();
    if (exists)
        db.query(
            "UPDATE bewerbungen SET nr = $2, daten = $3::jsonb, version = version + 1, "
            "geaendert_von = $4, geaendert_utc = now() WHERE id = $1",
            {a.id, a.nr, daten, user});
    else
        db.query(
            "INSERT INTO bewerbungen (id, nr, daten, geaendert_von) VALUES ($1, $2, $3::jsonb, $4)",
            {a.id, a.nr, daten, user});
    db.query("DELETE FROM standorte WHERE bewerbung_id = $1", {a.id});
    if (a.site)
        db.query(
            "INSERT INTO standorte (bewerbung_id, nr, titel, kommune_ags, status, geom) "
            "VALUES ($1, $2, $3, $4, $5, ST_SetSRID(ST_MakePoint($6, $7), 25832))",
            {a.id, a.nr, a.title, a.municipalityAgs, std::string(domain::label(a.status)), a.site->x,
             a.site->y});
}

std::string applicationName(const domain::Application& a) { return a.nr; }

// One application change, checked against what the store holds now. True when what was
// written differs from the step's `after` (merged with others' changes of other fields).
bool writeApplicationChange(pg::Connection& db, const ApplicationChange& c, const std::string& user) {
    const domain::Application& any = c.after ? *c.after : *c.before;
    pg::Result row = db.query(std::string("SELECT daten::text, ") + kMetaColumns +
                                  " FROM bewerbungen WHERE id = $1 FOR UPDATE",
                              {any.id});
    const std::string what = i18n::fill(text::kPgConflictApplication, {applicationName(any)});
    if (!c.before) {  // a new application: its id or Nr must still be free
        if (row.rows() > 0) conflict(metaOf(row, 0, 1), what, shown(json::parse(row.text(0, 0))["titel"]));
        pg::Result nr = db.query(std::string("SELECT daten::text, ") + kMetaColumns +
                                     " FROM bewerbungen WHERE nr = $1",
                                 {any.nr});
        if (nr.rows() > 0) conflict(metaOf(nr, 0, 1), what, shown(json::parse(nr.text(0, 0))["titel"]));
        putApplication(db, *c.after, user, false);
        return false;
    }
    if (row.rows() == 0) {
        if (!c.after) return false;  // deleted here and there: the same result
        RowMeta gone{};
        pg::Result last = db.query(
            "SELECT benutzer, to_char(zeit_utc::timestamptz, 'DD.MM.YYYY HH24:MI:SS') FROM audit_log "
            "WHERE objekt = $1 ORDER BY id DESC LIMIT 1",
            {any.nr});
        if (last.rows() > 0) gone = {last.text(0, 0), last.text(0, 1)};
        conflict(gone, what, text::kPgConflictDeleted.str());
    }
    const json current = canonical(json::parse(row.text(0, 0)));
    const json base = domain::toJson(*c.before);
    if (!c.after) {  // a deletion: only of what this client saw
        if (current != base) conflict(metaOf(row, 0, 1), what, shown(current["titel"]));
        db.query("DELETE FROM bewerbungen WHERE id = $1", {any.id});
        return false;
    }
    const json mine = domain::toJson(*c.after);
    domain::JsonMerge m = domain::mergeJson(base, mine, current);
    if (m.clash)
        conflict(metaOf(row, 0, 1), i18n::fill(text::kPgConflictField, {any.nr, *m.clash}),
                 shown(current[*m.clash]));
    putApplication(db, domain::applicationFromJson(m.merged), user, true);
    return m.merged != mine;
}

bool writeCall(pg::Connection& db, const domain::CallSettings& before, const domain::CallSettings& after,
               const std::string& user) {
    pg::Result row = db.query(std::string("SELECT daten::text, ") + kMetaColumns +
                              " FROM ausschreibung WHERE id = 1 FOR UPDATE");
    const json current = domain::toJson(domain::callFromJson(json::parse(row.text(0, 0))));
    domain::JsonMerge m = domain::mergeJson(domain::toJson(before), domain::toJson(after), current);
    if (m.clash) conflict(metaOf(row, 0, 1), text::kPgConflictCall.str(), *m.clash + ": " + shown(current[*m.clash]));
    db.query(
        "UPDATE ausschreibung SET daten = $1::jsonb, version = version + 1, geaendert_von = $2, "
        "geaendert_utc = now() WHERE id = 1",
        {domain::toJson(domain::callFromJson(m.merged)).dump(), user});
    return m.merged != domain::toJson(after);
}

std::string memberName(const domain::Committee& c, std::int64_t id) {
    const decision::Member* m = c.member(id);
    return m ? m->name : std::to_string(id);
}

// True when what was written differs from `after` (settings merged with others' changes).
bool writeCommittee(pg::Connection& db, const domain::Committee& before, const domain::Committee& after,
                    const domain::ProjectState& context, const std::string& user) {
    auto appNr = [&](std::int64_t id) {
        const domain::Application* a = context.find(id);
        return a ? a->nr : std::to_string(id);
    };
    // Members: each one that changes must still be as this client saw it.
    std::vector<std::int64_t> ids;
    for (const decision::Member& m : before.members) ids.push_back(m.id);
    for (const decision::Member& m : after.members) ids.push_back(m.id);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (std::int64_t id : ids) {
        const decision::Member* b = before.member(id);
        const decision::Member* a = after.member(id);
        if ((b && a && *b == *a) || (!b && !a)) continue;
        pg::Result row = db.query(std::string("SELECT name, rolle, ") + kMetaColumns +
                                      " FROM mitglieder WHERE id = $1 FOR UPDATE",
                                  {id});
        std::optional<decision::Member> current;
        if (row.rows() > 0) current = decision::Member{id, row.text(0, 0), row.text(0, 1)};
        const bool asSeen = (!b && !current) || (b && current && *b == *current);
        const bool sameResult = (!a && !current) || (a && current && *a == *current);
        if (!asSeen && !sameResult)
            conflict(row.rows() > 0 ? metaOf(row, 0, 2) : RowMeta{},
                     i18n::fill(text::kPgConflictMember, {(a ? a : b)->name}),
                     current ? current->name + " (" + current->role + ")" : text::kPgConflictDeleted.str());
        if (sameResult) continue;
        if (!a)
            db.query("DELETE FROM mitglieder WHERE id = $1", {id});
        else
            db.query(
                "INSERT INTO mitglieder (id, name, rolle, geaendert_von) VALUES ($1, $2, $3, $4) "
                "ON CONFLICT (id) DO UPDATE SET name = $2, rolle = $3, version = mitglieder.version + 1, "
                "geaendert_von = $4, geaendert_utc = now()",
                {id, a->name, a->role, user});
    }
    // Scores: the ones that change, each against the value this client saw.
    using Key = std::tuple<std::int64_t, std::int64_t, decision::Criterion>;
    std::vector<Key> keys;
    for (const decision::Score& s : before.scores) keys.emplace_back(s.member, s.application, s.criterion);
    for (const decision::Score& s : after.scores) keys.emplace_back(s.member, s.application, s.criterion);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const auto& [memberId, appId, criterion] : keys) {
        const std::optional<int> b = before.score(memberId, appId, criterion);
        const std::optional<int> a = after.score(memberId, appId, criterion);
        if (a == b) continue;
        const std::string key = domain::criterionStorageKey(criterion);
        pg::Result row = db.query(std::string("SELECT wert, ") + kMetaColumns +
                                      " FROM bewertungen WHERE mitglied_id = $1 AND bewerbung_id = $2 "
                                      "AND kriterium = $3 FOR UPDATE",
                                  {memberId, appId, key});
        std::optional<int> current;
        if (row.rows() > 0) current = static_cast<int>(row.integer(0, 0));
        if (current != b && current != a)
            conflict(row.rows() > 0 ? metaOf(row, 0, 1) : RowMeta{},
                     i18n::fill(text::kPgConflictScore, {memberName(after, memberId), appNr(appId), key}),
                     current ? std::to_string(*current) : "—");
        if (current == a) continue;
        if (!a)
            db.query("DELETE FROM bewertungen WHERE mitglied_id = $1 AND bewerbung_id = $2 AND kriterium = $3",
                     {memberId, appId, key});
        else
            db.query(
                "INSERT INTO bewertungen (mitglied_id, bewerbung_id, kriterium, wert, geaendert_von) "
                "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (mitglied_id, bewerbung_id, kriterium) DO UPDATE "
                "SET wert = $4, version = bewertungen.version + 1, geaendert_von = $5, geaendert_utc = now()",
                {memberId, appId, key, *a, user});
    }
    // Conflicts of interest.
    std::vector<std::pair<std::int64_t, std::int64_t>> pairs;
    for (const decision::Recusal& r : before.recusals) pairs.emplace_back(r.member, r.application);
    for (const decision::Recusal& r : after.recusals) pairs.emplace_back(r.member, r.application);
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (const auto& [memberId, appId] : pairs) {
        const bool b = before.recused(memberId, appId), a = after.recused(memberId, appId);
        if (a == b) continue;
        if (a)
            db.query(
                "INSERT INTO befangenheit (mitglied_id, bewerbung_id, geaendert_von) VALUES ($1, $2, $3) "
                "ON CONFLICT DO NOTHING",
                {memberId, appId, user});
        else
            db.query("DELETE FROM befangenheit WHERE mitglied_id = $1 AND bewerbung_id = $2", {memberId, appId});
    }
    // Settings and the choice.
    if (before.settings == after.settings && before.choice == after.choice) return false;
    pg::Result row = db.query(std::string("SELECT einstellungen::text, auswahl::text, ") + kMetaColumns +
                              " FROM entscheidung WHERE id = 1 FOR UPDATE");
    const json current = domain::toJson(domain::decisionSettingsFromJson(json::parse(row.text(0, 0))));
    domain::JsonMerge m = domain::mergeJson(domain::toJson(before.settings), domain::toJson(after.settings), current);
    if (m.clash)
        conflict(metaOf(row, 0, 2), text::kPgConflictDecision.str(), *m.clash + ": " + shown(current[*m.clash]));
    std::optional<domain::Choice> currentChoice;
    if (!row.isNull(0, 1)) currentChoice = domain::choiceFromJson(json::parse(row.text(0, 1)));
    if (before.choice != after.choice && currentChoice != before.choice && currentChoice != after.choice)
        conflict(metaOf(row, 0, 2), text::kPgConflictDecision.str(),
                 currentChoice ? domain::toJson(*currentChoice).dump() : "—");
    const std::optional<domain::Choice>& choice = before.choice != after.choice ? after.choice : currentChoice;
    db.query(
        "UPDATE entscheidung SET einstellungen = $1::jsonb, auswahl = $2::jsonb, version = version + 1, "
        "geaendert_von = $3, geaendert_utc = now() WHERE id = 1",
        {domain::toJson(domain::decisionSettingsFromJson(m.merged)).dump(),
         choice ? Param(domain::toJson(*choice).dump()) : Param::null(), user});
    return m.merged != domain::toJson(after.settings) || choice != after.choice;
}

// The project's access rules (sql::kPgAccess) for `schema`, with its two group roles created
// when they do not exist yet (roles belong to the whole server, not the schema).
void setUpAccess(pg::Connection& db, const std::string& schema) {
    const std::string members = memberGroup(schema), chair = chairGroup(schema);
    for (const std::string& role : {members, chair})
        if (!db.scalar("SELECT 1 FROM pg_roles WHERE rolname = $1", {role}))
            db.exec("CREATE ROLE " + pg::identifier(role) + " NOLOGIN");
    std::string sql = sql::kPgAccess;
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
void fillContent(pg::Connection& db, const domain::ProjectState& state, const std::vector<AuditEntry>& log) {
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
                                         const std::vector<AuditEntry>& log, bool example, bool replace) {
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
    fillContent(db, state, log);
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
        othersBefore |= writeApplicationChange(db, c, user);
        if (c.after) context.applications.push_back(*c.after);
    }
    if (step.call) othersBefore |= writeCall(db, step.call->first, step.call->second, user);
    if (step.committee) {
        if (context.applications.empty()) {
            pg::Result a = db.query("SELECT daten::text FROM bewerbungen ORDER BY id");
            for (int i = 0; i < a.rows(); ++i)
                context.applications.push_back(domain::applicationFromJson(json::parse(a.text(i, 0))));
        }
        othersBefore |= writeCommittee(db, step.committee->first, step.committee->second, context, user);
        // A reveal (or blind mode switched) changes what this role may read: load it all again.
        const domain::DecisionSettings& b = step.committee->first.settings;
        const domain::DecisionSettings& a = step.committee->second.settings;
        othersBefore |= a.revealed != b.revealed || a.blind != b.blind;
    }
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

void PgStore::importContent(const domain::ProjectState& state, const std::vector<AuditEntry>& log) {
    if (readOnly()) throw std::runtime_error(i18n::fill(text::kStoreReadOnlyNothingWritten, {shown_}));
    pg::Transaction t(*db_);
    for (const char* table : {"bewerbungen", "mitglieder", "bewertungen", "audit_log"})
        if (db_->scalar(std::string("SELECT 1 FROM ") + table + " LIMIT 1"))
            throw std::runtime_error(shown_ + ": " + table + " is not empty; nothing written");
    fillContent(*db_, state, log);
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

std::optional<std::string> PgStore::viewSetting(const std::string& key) const {
    return db_->scalar("SELECT value FROM ansicht WHERE key = $1", {key});
}

void PgStore::setViewSetting(const std::string& key, const std::string& value) {
    if (readOnly()) throw std::runtime_error(i18n::fill(text::kStoreReadOnlyViewNotSaved, {shown_}));
    db_->query("INSERT INTO ansicht (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2",
               {key, value});
}

}  // namespace store
