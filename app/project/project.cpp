#include "app/store/map_data_reader.hpp"
#include "app/project/project.hpp"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/store/gpkg_point.hpp"
#include "app/domain/limits.hpp"
#include "app/store/project_schema_sql.hpp"
#include "app/store/recovery.hpp"
#include "app/domain/committee.hpp"
#include "app/store/sha256.hpp"
#include "app/store/sqlite_db.hpp"
#include "geo/measure.hpp"

namespace project {

using domain::applicationFromJson;
using domain::callFromJson;
using domain::choiceFromJson;
using domain::committeeDiff;
using domain::criterionFromStorageKey;
using domain::criterionStorageKey;
using domain::decisionSettingsFromJson;
using domain::toJson;
namespace limits = domain::limits;
namespace sql = store::sql;
using store::Database;
using store::ProjectLock;
using store::SqlValue;
using store::Statement;
using store::Transaction;
using store::decodeGpkgPoint;
using store::encodeGpkgPoint;
using store::loadMapData;
using store::recoverInterruptedWrite;
using store::sha256Hex;

using domain::Application;
using domain::CallSettings;
using domain::Choice;
using domain::Committee;
using domain::DecisionSettings;
using domain::MapData;
using domain::Municipality;
using domain::Status;

namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// ---- the columns of `bewerbungen`, derived once from the JSON form of an application ----

enum class ColumnKind { Text, Integer, Real, Bool, List };

struct Column {
    std::string name;
    ColumnKind kind;
};

// Every field of toJson(Application) but the id (the primary key) and the site (it lives in
// `standorte`). Deriving the columns keeps the table and the JSON form from drifting apart.
const std::vector<Column>& applicationColumns() {
    static const std::vector<Column> columns = [] {
        std::vector<Column> out;
        json sample = toJson(Application{});
        for (auto it = sample.begin(); it != sample.end(); ++it) {
            if (it.key() == "id" || it.key() == "standort") continue;
            ColumnKind kind = it->is_boolean()          ? ColumnKind::Bool
                              : it->is_number_integer() ? ColumnKind::Integer
                              : it->is_number_float()   ? ColumnKind::Real
                              : it->is_array()          ? ColumnKind::List
                                                        : ColumnKind::Text;
            out.push_back({it.key(), kind});
        }
        return out;
    }();
    return columns;
}

std::string createApplicationTable() {
    std::string sqlText = "CREATE TABLE bewerbungen (id INTEGER PRIMARY KEY";
    for (const Column& c : applicationColumns()) {
        const char* type = c.kind == ColumnKind::Integer || c.kind == ColumnKind::Bool ? "INTEGER"
                           : c.kind == ColumnKind::Real                                ? "REAL"
                                                                                       : "TEXT";
        sqlText += ", " + c.name + " " + type;
        if (c.name == "nr") sqlText += " NOT NULL UNIQUE";
    }
    return sqlText + ");";
}

constexpr const char* kListSeparator = " | ";

SqlValue toSql(const json& v, ColumnKind kind) {
    if (v.is_null()) return std::monostate{};
    switch (kind) {
        case ColumnKind::Bool:
            return std::int64_t{v.get<bool>() ? 1 : 0};
        case ColumnKind::Integer:
            return v.get<std::int64_t>();
        case ColumnKind::Real:
            return v.get<double>();
        case ColumnKind::List: {
            std::string joined;
            for (const auto& item : v)
                joined += (joined.empty() ? "" : kListSeparator) + item.get<std::string>();
            return joined;
        }
        case ColumnKind::Text:
            return v.get<std::string>();
    }
    return std::monostate{};
}

json fromSql(const Statement& s, int column, ColumnKind kind) {
    if (s.isNull(column)) return kind == ColumnKind::List ? json::array() : json();
    switch (kind) {
        case ColumnKind::Bool:
            return s.integer(column) != 0;
        case ColumnKind::Integer:
            return s.integer(column);
        case ColumnKind::Real:
            return s.real(column);
        case ColumnKind::List: {
            json list = json::array();
            std::string text = s.text(column);
            std::size_t start = 0;
            while (!text.empty() && start <= text.size()) {
                std::size_t end = text.find(kListSeparator, start);
                list.push_back(text.substr(start, end - start));
                if (end == std::string::npos) break;
                start = end + std::strlen(kListSeparator);
            }
            return list;
        }
        case ColumnKind::Text:
            return s.text(column);
    }
    return json();
}

// ---- small helpers ----

std::string utcNow() {
    std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string systemUser() {
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_name) return pw->pw_name;
    if (const char* u = std::getenv("USER")) return u;
    return "unbekannt";
}

std::string entryHash(const AuditEntry& e) {
    return sha256Hex(e.previousHash + '\n' + e.timeUtc + '\n' + e.user + '\n' + e.action + '\n' +
                     e.object + '\n' + e.before + '\n' + e.after);
}

bool looksLikeEmail(const std::string& s) {
    auto at = s.find('@');
    return at != std::string::npos && at > 0 && s.find('@', at + 1) == std::string::npos &&
           s.find('.', at) != std::string::npos && s.back() != '.' &&
           s.find(' ') == std::string::npos;
}

// One stored change: an application before and after (insert, update or delete), or the call.
struct Change {
    std::optional<Application> before;
    std::optional<Application> after;
};

struct Step {
    std::string action;  // "Bewerbung geändert"
    std::string object;  // "Bewerbung B-01"
    std::vector<Change> changes;
    std::optional<std::pair<CallSettings, CallSettings>> call;  // before, after
    std::optional<std::pair<Committee, Committee>> committee;   // before, after

    Step reversed(const std::string& prefix) const {
        Step r{prefix + action, object, {}, std::nullopt, std::nullopt};
        for (auto it = changes.rbegin(); it != changes.rend(); ++it)
            r.changes.push_back({it->after, it->before});
        if (call) r.call = std::make_pair(call->second, call->first);
        if (committee) r.committee = std::make_pair(committee->second, committee->first);
        return r;
    }
};

}  // namespace

std::vector<std::string> validationProblems(const Application& a, const MapData& map) {
    // In the current language: these are shown in the window's form and by the importer.
    namespace t = i18n::text;
    std::vector<std::string> problems;
    if (a.nr.empty()) problems.push_back(t::kNrMissing.str());
    if (a.title.empty()) problems.push_back(t::kTitleMissing.str());
    bool knownMunicipality =
        std::any_of(map.municipalities.begin(), map.municipalities.end(),
                    [&](const Municipality& m) { return m.ags == a.municipalityAgs; });
    if (!knownMunicipality)
        problems.push_back(i18n::fill(t::kMunicipalityNotInDistrict, {a.municipalityAgs}));
    auto negative = [&](const char* field) { problems.push_back(i18n::fill(t::kNegativeNumber, {field})); };
    // Counts and amounts within 0 .. the bounds of limits.hpp; NaN (never typed, but possible
    // in a hand-edited file) is no number at all.
    auto count = [&](int value, const char* field) {
        if (value < 0) negative(field);
        if (value > limits::kMaxCount)
            problems.push_back(i18n::fill(t::kCountTooLarge, {field, i18n::formatInteger(limits::kMaxCount)}));
    };
    auto hours = [&](double value, const char* field) {
        if (std::isnan(value)) problems.push_back(i18n::fill(t::kNotANumber, {field}));
        if (value < 0) negative(field);
        if (value > limits::kMaxHoursPerWeek)
            problems.push_back(i18n::fill(
                t::kHoursTooLarge, {field, i18n::formatInteger(static_cast<long long>(limits::kMaxHoursPerWeek))}));
    };
    count(a.actorsNow, t::kFieldActorsNow);
    count(a.actorsTarget, t::kFieldActorsTarget);
    count(a.volunteers, t::kFieldVolunteers);
    hours(a.staffHoursPerWeek, t::kFieldStaffHours);
    hours(a.openingHoursPerWeek, t::kFieldOpeningHoursPerWeek);
    if (std::isnan(a.ownFundsEurPerYear))
        problems.push_back(i18n::fill(t::kNotANumber, {t::kFieldOwnFunds.str()}));
    if (a.ownFundsEurPerYear < 0) problems.push_back(i18n::fill(t::kNegativeAmount, {t::kFieldOwnFunds.str()}));
    if (a.ownFundsEurPerYear > limits::kMaxAmountEur)
        problems.push_back(i18n::fill(t::kAmountTooLarge, {t::kFieldOwnFunds.str(), i18n::formatEuro(limits::kMaxAmountEur)}));
    if (!a.contactEmail.empty() && !looksLikeEmail(a.contactEmail))
        problems.push_back(i18n::fill(t::kNotAnEmail, {a.contactEmail}));
    if (a.status == Status::NichtFoerderfaehig && a.statusReason.empty())
        problems.push_back(t::kIneligibleNeedsReason.str());
    return problems;
}

struct Project::Impl {
    std::string path;
    std::string user;
    std::string readOnlyReason;
    std::string recoveryNote;
    std::unique_ptr<ProjectLock> lock;
    std::unique_ptr<Database> db;
    domain::ProjectState state;
    // Shorthands for the parts of `state` the edit code reads and writes.
    MapData& map = state.map;
    CallSettings& call = state.call;
    std::vector<Application>& applications = state.applications;
    Committee& committee = state.committee;
    std::uint64_t revision = 0;
    std::vector<Step> undo, redo;
    bool example = false;

    bool readOnly() const { return !readOnlyReason.empty(); }

    void load();
    void loadTables();
    void migrate(int from);
    void write(const Step& step);
    void writeCommittee(const Committee& before, const Committee& after);
    void loadCommittee();
    void appendAudit(const Step& step);
    Step plan(const Action& action) const;
    void planCommittee(const Action& action, Step& step) const;
    void commit(const Step& step);
    std::int64_t nextId() const {
        std::int64_t id = 0;
        for (const Application& a : applications) id = std::max(id, a.id);
        return id + 1;
    }
};

namespace {

int schemaVersion(Database& db, const std::string& path) {
    if (!db.hasTable("bk_meta")) return 0;
    auto v = db.scalar("SELECT value FROM bk_meta WHERE key = 'schema_version'");
    if (!v) return 0;
    if (auto* n = std::get_if<std::int64_t>(&*v)) return static_cast<int>(*n);
    if (!std::holds_alternative<std::string>(*v)) return 0;
    const std::string& text = std::get<std::string>(*v);
    int version = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), version);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        throw std::runtime_error(path + ": damaged project file: schema_version is '" + text +
                                 "', not a number");
    return version;
}

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

void requireGeoPackage(Database& db, const std::string& path) {
    auto id = db.scalar("PRAGMA application_id");
    if (!id || !std::holds_alternative<std::int64_t>(*id) ||
        std::get<std::int64_t>(*id) != 0x47504B47 /* 'GPKG' */ || !db.hasTable("gpkg_contents"))
        throw std::runtime_error(path + ": not a GeoPackage project file");
}

}  // namespace

void Project::Impl::migrate(int from) {
    // A copy first: whatever goes wrong below, the user's file survives as it was.
    std::string backup = path + ".bak-schema" + std::to_string(from);
    fs::copy_file(path, backup, fs::copy_options::overwrite_existing);
    Transaction t(*db);
    if (from < 1) {
        db->exec(createApplicationTable());
        db->exec(sql::kCreateTables);
        db->prepare("INSERT INTO ausschreibung (id, daten) VALUES (1, ?1)")
            .bind({toJson(CallSettings{}).dump()})
            .run();
        db->prepare("INSERT INTO bk_meta (key, value) VALUES ('created_utc', ?1)")
            .bind({utcNow()})
            .run();
        // The sites lie in the district: its bounds are the layer's extent for GIS programs.
        geo::Box e = map.extent();
        db->prepare(
              "UPDATE gpkg_contents SET min_x = ?1, min_y = ?2, max_x = ?3, max_y = ?4 "
              "WHERE table_name = 'standorte'")
            .bind({e.minx, e.miny, e.maxx, e.maxy})
            .run();
    }
    if (from < 2) {
        db->exec(sql::kCreateCommitteeTables);
        db->prepare("INSERT INTO entscheidung (id, einstellungen) VALUES (1, ?1)")
            .bind({toJson(DecisionSettings{}).dump()})
            .run();
    }
    db->prepare("INSERT OR REPLACE INTO bk_meta (key, value) VALUES ('schema_version', ?1)")
        .bind({std::to_string(kSchemaVersion)})
        .run();
    t.commit();
}

void Project::Impl::load() {
    // A damaged file (a column edited by hand, a byte flipped on disk) must be named as such,
    // not end in a bare "parse error" or "std::get: wrong index for variant" from the JSON and
    // variant code below.
    try {
        loadTables();
    } catch (const std::runtime_error&) {
        throw;
    } catch (const std::exception& e) {
        throw std::runtime_error(path + ": damaged project file (" + e.what() + ")");
    }
}

void Project::Impl::loadTables() {
    example = db->scalar("SELECT 1 FROM bk_meta WHERE key = 'beispieldaten'").has_value();
    call = callFromJson(json::parse(
        std::get<std::string>(db->scalar("SELECT daten FROM ausschreibung WHERE id = 1").value())));
    applications.clear();
    std::string select = "SELECT id";
    for (const Column& c : applicationColumns()) select += ", " + c.name;
    Statement s = db->prepare(select + " FROM bewerbungen ORDER BY id");
    while (s.step()) {
        json j;
        j["id"] = s.integer(0);
        int k = 1;
        for (const Column& c : applicationColumns()) j[c.name] = fromSql(s, k++, c.kind);
        j["standort"] = nullptr;
        applications.push_back(applicationFromJson(j));
    }
    Statement sites = db->prepare("SELECT bewerbung_id, geom FROM standorte");
    while (sites.step()) {
        std::int64_t id = sites.integer(0);
        auto it = std::find_if(applications.begin(), applications.end(),
                               [&](const Application& a) { return a.id == id; });
        if (it != applications.end() && !sites.isNull(1)) it->site = decodeGpkgPoint(sites.blob(1));
    }
    if (db->hasTable("mitglieder")) loadCommittee();
}

void Project::Impl::loadCommittee() {
    committee = {};
    Statement m = db->prepare("SELECT id, name, rolle FROM mitglieder ORDER BY id");
    while (m.step()) committee.members.push_back({m.integer(0), m.text(1), m.text(2)});
    Statement s = db->prepare(
        "SELECT mitglied_id, bewerbung_id, kriterium, wert FROM bewertungen "
        "ORDER BY mitglied_id, bewerbung_id, kriterium");
    while (s.step()) {
        std::optional<decision::Criterion> c = criterionFromStorageKey(s.text(2));
        if (!c) throw std::runtime_error(path + ": unknown criterion '" + s.text(2) + "' in bewertungen");
        committee.scores.push_back(
            {s.integer(0), s.integer(1), *c, static_cast<int>(s.integer(3))});
    }
    std::sort(committee.scores.begin(), committee.scores.end(),
              [](const decision::Score& a, const decision::Score& b) {
                  return std::tuple(a.member, a.application, a.criterion) <
                         std::tuple(b.member, b.application, b.criterion);
              });
    Statement r = db->prepare(
        "SELECT mitglied_id, bewerbung_id FROM befangenheit ORDER BY mitglied_id, bewerbung_id");
    while (r.step()) committee.recusals.push_back({r.integer(0), r.integer(1)});
    Statement e = db->prepare("SELECT einstellungen, auswahl FROM entscheidung WHERE id = 1");
    if (e.step()) {
        committee.settings = decisionSettingsFromJson(json::parse(e.text(0)));
        if (!e.isNull(1)) committee.choice = choiceFromJson(json::parse(e.text(1)));
    }
}

Project Project::open(const std::string& path, const OpenOptions& options) {
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->user = options.user.empty() ? systemUser() : options.user;
    // Before anything reads the file: a crash mid-write leaves a journal only a writable
    // connection can roll back (recovery.hpp).
    impl->recoveryNote = recoverInterruptedWrite(path).value_or("");
    impl->map = loadMapData(path);  // also refuses files that are no project at all

    if (options.readOnly) impl->readOnlyReason = "schreibgeschützt geöffnet (auf Wunsch)";
    if (!impl->readOnly() && access(path.c_str(), W_OK) != 0)
        impl->readOnlyReason = "die Datei ist schreibgeschützt";
    if (!impl->readOnly()) {
        impl->lock = std::make_unique<ProjectLock>(path);
        if (!impl->lock->held())
            impl->readOnlyReason = "die Datei ist bereits in einem anderen Fenster geöffnet";
    }
    impl->db = std::make_unique<Database>(path, impl->readOnly());
    requireGeoPackage(*impl->db, path);
    if (!impl->readOnly()) keepRollbackJournal(*impl->db);
    int version = schemaVersion(*impl->db, path);
    if (version > kSchemaVersion)
        throw std::runtime_error(path + ": written by a newer Begegnungskarte (schema " +
                                 std::to_string(version) + ", this program knows up to " +
                                 std::to_string(kSchemaVersion) + "); please update the program");
    // A boundary-only file (straight from import-boundaries) opened read-only, e.g. by
    // `snapshot`: it has no applications, and there is nothing to migrate for reading.
    if (version == 0 && impl->readOnly()) return Project(std::move(impl));
    if (version < kSchemaVersion) {
        // Read-only, an older file is read as it is: what it lacks stays empty.
        if (impl->readOnly()) {
            impl->load();
            return Project(std::move(impl));
        }
        impl->migrate(version);
    }
    impl->load();
    return Project(std::move(impl));
}

Project::Project(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Project::~Project() = default;
Project::Project(Project&&) noexcept = default;
Project& Project::operator=(Project&&) noexcept = default;

const std::string& Project::path() const {
    return impl_->path;
}
bool Project::readOnly() const {
    return impl_->readOnly();
}
const std::string& Project::readOnlyReason() const {
    return impl_->readOnlyReason;
}
const std::string& Project::recoveryNote() const {
    return impl_->recoveryNote;
}
const std::string& Project::user() const {
    return impl_->user;
}
void Project::setUser(const std::string& user) {
    impl_->user = user;
}
const MapData& Project::map() const {
    return impl_->map;
}
bool Project::isExample() const {
    return impl_->example;
}

// View settings live in bk_meta under "ansicht.<key>": the key/value table every file since
// schema 1 has, so no migration is needed and older files keep opening; a boundary-only file
// opened read-only has no bk_meta and so no view settings.
std::optional<std::string> Project::viewSetting(const std::string& key) const {
    if (!impl_->db->hasTable("bk_meta")) return std::nullopt;
    auto v = impl_->db->scalar("SELECT value FROM bk_meta WHERE key = ?1", {"ansicht." + key});
    if (!v || !std::holds_alternative<std::string>(*v)) return std::nullopt;
    return std::get<std::string>(*v);
}

void Project::setViewSetting(const std::string& key, const std::string& value) {
    if (impl_->readOnly()) throw std::runtime_error(impl_->path + ": read-only, view not saved");
    if (viewSetting(key) == value) return;
    impl_->db->prepare("INSERT OR REPLACE INTO bk_meta (key, value) VALUES (?1, ?2)")
        .bind({"ansicht." + key, value})
        .run();
}
const CallSettings& Project::call() const {
    return impl_->call;
}
const Committee& Project::committee() const {
    return impl_->committee;
}
std::uint64_t Project::revision() const {
    return impl_->revision;
}
const std::vector<Application>& Project::applications() const {
    return impl_->applications;
}

const domain::ProjectState& Project::state() const {
    return impl_->state;
}
const Application* Project::find(std::int64_t id) const {
    return impl_->state.find(id);
}
const Application* Project::findByNr(const std::string& nr) const {
    return impl_->state.findByNr(nr);
}
std::optional<std::size_t> Project::municipalityAt(geo::Vec2 site) const {
    return impl_->state.municipalityAt(site);
}

Step Project::Impl::plan(const Action& action) const {
    auto current = [&](std::int64_t id) -> const Application& {
        for (const Application& a : applications)
            if (a.id == id) return a;
        throw ValidationError("Bewerbung " + std::to_string(id) + " gibt es nicht");
    };
    auto validate = [&](const Application& a, std::int64_t ignoreId) {
        std::vector<std::string> problems = validationProblems(a, map);
        for (const Application& other : applications)
            if (other.nr == a.nr && other.id != ignoreId)
                problems.push_back("Nr '" + a.nr + "' ist schon vergeben");
        if (!problems.empty()) {
            std::string msg =
                "Bewerbung " + (a.nr.empty() ? std::string("(ohne Nr)") : a.nr) + ": ";
            for (std::size_t i = 0; i < problems.size(); ++i) msg += (i ? "; " : "") + problems[i];
            throw ValidationError(msg);
        }
    };
    Step step;
    step.action = describe(action);
    if (const auto* add = std::get_if<AddApplication>(&action)) {
        Application a = add->application;
        a.id = nextId();
        validate(a, a.id);
        step.object = "Bewerbung " + a.nr;
        step.changes.push_back({std::nullopt, a});
    } else if (const auto* update = std::get_if<UpdateApplication>(&action)) {
        const Application& before = current(update->application.id);
        validate(update->application, before.id);
        step.object = "Bewerbung " + update->application.nr;
        step.changes.push_back({before, update->application});
    } else if (const auto* del = std::get_if<DeleteApplication>(&action)) {
        const Application& before = current(del->id);
        step.object = "Bewerbung " + before.nr;
        step.changes.push_back({before, std::nullopt});
    } else if (const auto* move = std::get_if<MoveSite>(&action)) {
        const Application& before = current(move->id);
        Application after = before;
        after.site = move->site;
        step.object = "Bewerbung " + before.nr;
        step.changes.push_back({before, after});
    } else if (const auto* import = std::get_if<ImportApplications>(&action)) {
        std::int64_t id = nextId();
        std::vector<std::string> seen;
        for (Application a : import->applications) {
            a.id = id++;
            validate(a, a.id);
            if (std::find(seen.begin(), seen.end(), a.nr) != seen.end())
                throw ValidationError("Nr '" + a.nr + "' kommt im Import doppelt vor");
            seen.push_back(a.nr);
            step.changes.push_back({std::nullopt, a});
        }
        if (step.changes.empty()) throw ValidationError("Der Import enthält keine Bewerbungen");
        step.object = "Import " + import->source + " (" + std::to_string(step.changes.size()) +
                      " Bewerbungen)";
    } else if (const auto* callUpdate = std::get_if<UpdateCall>(&action)) {
        if (callUpdate->call.placesFunded < 1)
            throw ValidationError("Ausschreibung: mindestens ein geförderter Ort");
        if (callUpdate->call.materialEurPerPlace < 0 || callUpdate->call.consultingEurPerPlace < 0)
            throw ValidationError("Ausschreibung: negative Beträge");
        step.object = "Ausschreibung";
        step.call = std::make_pair(call, callUpdate->call);
    } else {
        planCommittee(action, step);
    }
    return step;
}

void Project::Impl::planCommittee(const Action& action, Step& step) const {
    Committee after = committee;
    auto memberName = [&](std::int64_t id) -> std::string {
        const decision::Member* m = committee.member(id);
        if (!m) throw ValidationError("Mitglied " + std::to_string(id) + " gibt es nicht");
        return m->name;
    };
    auto application = [&](std::int64_t id) -> const Application& {
        for (const Application& a : applications)
            if (a.id == id) return a;
        throw ValidationError("Bewerbung " + std::to_string(id) + " gibt es nicht");
    };
    auto requireName = [&](const decision::Member& m) {
        if (m.name.empty()) throw ValidationError("Mitglied: Name fehlt");
        for (const decision::Member& other : committee.members)
            if (other.id != m.id && other.name == m.name)
                throw ValidationError("Mitglied '" + m.name + "' gibt es schon");
    };
    if (const auto* add = std::get_if<AddMember>(&action)) {
        decision::Member m = add->member;
        m.id = 1;
        for (const decision::Member& other : committee.members) m.id = std::max(m.id, other.id + 1);
        requireName(m);
        after.members.push_back(m);
        step.object = "Mitglied " + m.name;
    } else if (const auto* update = std::get_if<UpdateMember>(&action)) {
        memberName(update->member.id);
        requireName(update->member);
        for (decision::Member& m : after.members)
            if (m.id == update->member.id) m = update->member;
        step.object = "Mitglied " + update->member.name;
    } else if (const auto* remove = std::get_if<RemoveMember>(&action)) {
        step.object = "Mitglied " + memberName(remove->id);
        std::erase_if(after.members, [&](const decision::Member& m) { return m.id == remove->id; });
        std::erase_if(after.scores, [&](const decision::Score& x) { return x.member == remove->id; });
        std::erase_if(after.recusals,
                      [&](const decision::Recusal& x) { return x.member == remove->id; });
    } else if (const auto* score = std::get_if<SetScore>(&action)) {
        std::string who = memberName(score->member);
        const Application& a = application(score->application);
        if (score->criterion == decision::Criterion::Verteilung)
            throw ValidationError("Die Verteilung wird berechnet, nicht bewertet");
        if (score->value && (*score->value < decision::kMinScore || *score->value > decision::kMaxScore))
            throw ValidationError("Bewertung " + std::to_string(*score->value) +
                                  ": erlaubt sind 0 bis 5");
        if (score->value && committee.recused(score->member, score->application))
            throw ValidationError(who + " ist für " + a.nr + " befangen");
        std::erase_if(after.scores, [&](const decision::Score& x) {
            return x.member == score->member && x.application == score->application &&
                   x.criterion == score->criterion;
        });
        if (score->value)
            after.scores.push_back(
                {score->member, score->application, score->criterion, *score->value});
        std::sort(after.scores.begin(), after.scores.end(),
                  [](const decision::Score& x, const decision::Score& y) {
                      return std::tuple(x.member, x.application, x.criterion) <
                             std::tuple(y.member, y.application, y.criterion);
                  });
        step.object = "Bewerbung " + a.nr + ", " + criterionStorageKey(score->criterion) + ", " + who;
    } else if (const auto* recusal = std::get_if<SetRecusal>(&action)) {
        std::string who = memberName(recusal->member);
        const Application& a = application(recusal->application);
        std::erase_if(after.recusals, [&](const decision::Recusal& x) {
            return x.member == recusal->member && x.application == recusal->application;
        });
        if (recusal->recused) after.recusals.push_back({recusal->member, recusal->application});
        std::sort(after.recusals.begin(), after.recusals.end(),
                  [](const decision::Recusal& x, const decision::Recusal& y) {
                      return std::pair(x.member, x.application) < std::pair(y.member, y.application);
                  });
        step.object = "Bewerbung " + a.nr + ", " + who;
    } else if (const auto* settings = std::get_if<UpdateDecisionSettings>(&action)) {
        const DecisionSettings& d = settings->settings;
        double sum = 0;
        for (double w : d.weights) {
            if (!(w >= 0)) throw ValidationError("Gewichte dürfen nicht negativ sein");
            sum += w;
        }
        if (!(sum > 0)) throw ValidationError("Mindestens ein Gewicht muss größer als 0 sein");
        if (!(d.radiusKm > 0 && d.radiusKm <= 100))
            throw ValidationError("Radius: erlaubt sind mehr als 0 bis 100 km");
        if (d.samples < 1 || d.samples > 1000000)
            throw ValidationError("Stichproben: erlaubt sind 1 bis 1.000.000");
        if (!(d.plusMinusPercent >= 0 && d.plusMinusPercent <= 100))
            throw ValidationError("Spielraum der Gewichte: erlaubt sind 0 bis 100 %");
        after.settings = d;
        step.object = "Entscheidung";
    } else if (const auto* choice = std::get_if<RecordChoice>(&action)) {
        Choice c = choice->choice;
        std::sort(c.applications.begin(), c.applications.end());
        std::sort(c.recommended.begin(), c.recommended.end());
        if (static_cast<int>(c.applications.size()) != call.placesFunded)
            throw ValidationError("Die Auswahl muss " + std::to_string(call.placesFunded) +
                                  " Orte umfassen");
        std::vector<std::string> municipalities, nrs;
        for (std::int64_t id : c.applications) {
            const Application& a = application(id);
            if (std::find(municipalities.begin(), municipalities.end(), a.municipalityAgs) !=
                municipalities.end())
                throw ValidationError("Die Auswahl nimmt zwei Orte aus derselben Kommune");
            municipalities.push_back(a.municipalityAgs);
            nrs.push_back(a.nr);
        }
        bool trimmedEmpty = c.reason.find_first_not_of(" \t\n") == std::string::npos;
        if (c.applications != c.recommended && trimmedEmpty)
            throw ValidationError(
                "Eine andere Auswahl als die Empfehlung braucht eine schriftliche Begründung");
        after.choice = c;
        for (const Application& a : applications) {
            bool chosen = std::find(c.applications.begin(), c.applications.end(), a.id) !=
                          c.applications.end();
            bool rejected = std::find(choice->rejected.begin(), choice->rejected.end(), a.id) !=
                            choice->rejected.end();
            Status status = chosen ? Status::Ausgewaehlt : rejected ? Status::Abgelehnt : a.status;
            if (status != a.status) {
                Application changed = a;
                changed.status = status;
                step.changes.push_back({a, changed});
            }
        }
        step.object = "Auswahl";
        for (std::size_t i = 0; i < nrs.size(); ++i) step.object += (i ? " + " : " ") + nrs[i];
    }
    step.committee = std::make_pair(committee, after);
}

void Project::Impl::write(const Step& step) {
    std::string insert = "INSERT INTO bewerbungen (id";
    std::string values = "?1";
    std::string update = "UPDATE bewerbungen SET ";
    int k = 2;
    for (const Column& c : applicationColumns()) {
        insert += ", " + c.name;
        values += ", ?" + std::to_string(k);
        update += (k > 2 ? ", " : "") + c.name + " = ?" + std::to_string(k);
        ++k;
    }
    insert += ") VALUES (" + values + ")";
    update += " WHERE id = ?1";
    auto rowValues = [](const Application& a) {
        json j = toJson(a);
        std::vector<SqlValue> v{a.id};
        for (const Column& c : applicationColumns()) v.push_back(toSql(j.at(c.name), c.kind));
        return v;
    };
    for (const Change& c : step.changes) {
        std::int64_t id = c.after ? c.after->id : c.before->id;
        db->prepare("DELETE FROM standorte WHERE bewerbung_id = ?1").bind({id}).run();
        if (!c.after) {
            db->prepare("DELETE FROM bewerbungen WHERE id = ?1").bind({id}).run();
            continue;
        }
        db->prepare(c.before ? update : insert).bind(rowValues(*c.after)).run();
        if (c.after->site)
            db->prepare(
                  "INSERT INTO standorte (geom, bewerbung_id, nr, titel, kommune_ags, status) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .bind({encodeGpkgPoint(*c.after->site, 25832), id, c.after->nr, c.after->title,
                       c.after->municipalityAgs, std::string(label(c.after->status))})
                .run();
    }
    if (step.call)
        db->prepare("UPDATE ausschreibung SET daten = ?1 WHERE id = 1")
            .bind({toJson(step.call->second).dump()})
            .run();
    if (step.committee) writeCommittee(step.committee->first, step.committee->second);
    db->exec(
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE table_name IN ('standorte', 'bewerbungen', 'ausschreibung', 'audit_log')");
    appendAudit(step);
}

// Only the rows that differ are written: a score change is one row, not the whole table.
void Project::Impl::writeCommittee(const Committee& before, const Committee& after) {
    for (const decision::Member& m : before.members)
        if (!after.member(m.id))
            db->prepare("DELETE FROM mitglieder WHERE id = ?1").bind({m.id}).run();
    for (const decision::Member& m : after.members) {
        const decision::Member* old = before.member(m.id);
        if (!old || !(*old == m))
            db->prepare("INSERT OR REPLACE INTO mitglieder (id, name, rolle) VALUES (?1, ?2, ?3)")
                .bind({m.id, m.name, m.role})
                .run();
    }
    for (const decision::Score& sc : before.scores)
        if (!after.score(sc.member, sc.application, sc.criterion))
            db->prepare(
                  "DELETE FROM bewertungen WHERE mitglied_id = ?1 AND bewerbung_id = ?2 AND "
                  "kriterium = ?3")
                .bind({sc.member, sc.application, std::string(criterionStorageKey(sc.criterion))})
                .run();
    for (const decision::Score& sc : after.scores)
        if (before.score(sc.member, sc.application, sc.criterion) != sc.value)
            db->prepare(
                  "INSERT OR REPLACE INTO bewertungen (mitglied_id, bewerbung_id, kriterium, wert) "
                  "VALUES (?1, ?2, ?3, ?4)")
                .bind({sc.member, sc.application, std::string(criterionStorageKey(sc.criterion)),
                       std::int64_t{sc.value}})
                .run();
    for (const decision::Recusal& r : before.recusals)
        if (!after.recused(r.member, r.application))
            db->prepare("DELETE FROM befangenheit WHERE mitglied_id = ?1 AND bewerbung_id = ?2")
                .bind({r.member, r.application})
                .run();
    for (const decision::Recusal& r : after.recusals)
        if (!before.recused(r.member, r.application))
            db->prepare("INSERT INTO befangenheit (mitglied_id, bewerbung_id) VALUES (?1, ?2)")
                .bind({r.member, r.application})
                .run();
    if (!(before.settings == after.settings) || before.choice != after.choice)
        db->prepare("UPDATE entscheidung SET einstellungen = ?1, auswahl = ?2 WHERE id = 1")
            .bind({toJson(after.settings).dump(),
                   after.choice ? SqlValue{toJson(*after.choice).dump()} : SqlValue{std::monostate{}}})
            .run();
    db->exec(
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE table_name IN ('mitglieder', 'bewertungen', 'befangenheit', 'entscheidung')");
}

void Project::Impl::appendAudit(const Step& step) {
    json before = json::array(), after = json::array();
    for (const Change& c : step.changes) {
        before.push_back(c.before ? toJson(*c.before) : json());
        after.push_back(c.after ? toJson(*c.after) : json());
    }
    if (step.call) {
        before.push_back(toJson(step.call->first));
        after.push_back(toJson(step.call->second));
    }
    if (step.committee) {
        // Only what changed, both ways: the log stays readable and small per score.
        before.push_back(committeeDiff(step.committee->second, step.committee->first));
        after.push_back(committeeDiff(step.committee->first, step.committee->second));
    }
    AuditEntry e;
    auto last = db->scalar("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1");
    e.previousHash = last ? std::get<std::string>(*last) : std::string(64, '0');
    e.timeUtc = utcNow();
    e.user = user;
    e.action = step.action;
    e.object = step.object;
    e.before = before.dump();
    e.after = after.dump();
    e.hash = entryHash(e);
    db->prepare(
          "INSERT INTO audit_log (zeit_utc, benutzer, aktion, objekt, vorher, nachher, prev_hash, "
          "hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .bind({e.timeUtc, e.user, e.action, e.object, e.before, e.after, e.previousHash, e.hash})
        .run();
}

void Project::Impl::commit(const Step& step) {
    if (readOnly()) throw std::runtime_error(path + ": " + readOnlyReason);
    Transaction t(*db);
    write(step);
    t.commit();
    // Only after the commit: memory follows the file, never the other way round.
    for (const Change& c : step.changes) {
        std::int64_t id = c.after ? c.after->id : c.before->id;
        auto it = std::find_if(applications.begin(), applications.end(),
                               [&](const Application& a) { return a.id == id; });
        if (!c.after) {
            if (it != applications.end()) applications.erase(it);
        } else if (it != applications.end()) {
            *it = *c.after;
        } else {
            applications.push_back(*c.after);
        }
    }
    std::sort(applications.begin(), applications.end(),
              [](const Application& a, const Application& b) { return a.id < b.id; });
    if (step.call) call = step.call->second;
    if (step.committee) committee = step.committee->second;
    ++revision;
}

void Project::apply(const Action& action) {
    Step step = impl_->plan(action);
    impl_->commit(step);
    impl_->undo.push_back(std::move(step));
    impl_->redo.clear();
}

bool Project::canUndo() const {
    return !impl_->undo.empty() && !impl_->readOnly();
}
bool Project::canRedo() const {
    return !impl_->redo.empty() && !impl_->readOnly();
}
std::string Project::undoDescription() const {
    return impl_->undo.empty() ? "" : impl_->undo.back().action + ": " + impl_->undo.back().object;
}
std::string Project::redoDescription() const {
    return impl_->redo.empty() ? "" : impl_->redo.back().action + ": " + impl_->redo.back().object;
}

void Project::undo() {
    if (impl_->undo.empty()) return;
    Step step = impl_->undo.back();
    impl_->commit(step.reversed("Rückgängig: "));
    impl_->undo.pop_back();
    impl_->redo.push_back(std::move(step));
}

void Project::redo() {
    if (impl_->redo.empty()) return;
    Step step = impl_->redo.back();
    Step again = step;
    again.action = "Wiederholt: " + step.action;
    impl_->commit(again);
    impl_->redo.pop_back();
    impl_->undo.push_back(std::move(step));
}

std::vector<AuditEntry> Project::auditLog() const {
    std::vector<AuditEntry> out;
    Statement s = impl_->db->prepare(
        "SELECT id, zeit_utc, benutzer, aktion, objekt, vorher, nachher, prev_hash, hash FROM "
        "audit_log ORDER BY id");
    while (s.step())
        out.push_back({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5),
                       s.text(6), s.text(7), s.text(8)});
    return out;
}

VerifyReport verifyProject(const std::string& path) {
    VerifyReport report;
    auto problem = [&](std::string text) { report.problems.push_back(std::move(text)); };
    if (!fs::exists(path)) {
        problem(path + ": file not found");
        return report;
    }
    try {
        // verify recovers too: the rolled-back file is what every opener sees from now on.
        report.recoveryNote = recoverInterruptedWrite(path).value_or("");
        Database db(path, true);
        requireGeoPackage(db, path);
        auto integrity = db.scalar("PRAGMA integrity_check");
        if (!integrity || std::get<std::string>(*integrity) != "ok")
            problem("SQLite integrity check failed: " +
                    (integrity ? std::get<std::string>(*integrity) : std::string("no answer")));
        report.schemaVersion = schemaVersion(db, path);
        if (report.schemaVersion > kSchemaVersion)
            problem(path + ": written by a newer Begegnungskarte (schema " +
                    std::to_string(report.schemaVersion) + ", this program knows up to " +
                    std::to_string(kSchemaVersion) + "); please update the program");
        else if (report.schemaVersion != kSchemaVersion)
            problem("schema version " + std::to_string(report.schemaVersion) + ", expected " +
                    std::to_string(kSchemaVersion) + " (open the file once to migrate it)");
        for (const char* table :
             {"gemeinden", "bewerbungen", "standorte", "ausschreibung", "audit_log", "bk_meta",
              "gpkg_geometry_columns", "mitglieder", "bewertungen", "befangenheit", "entscheidung"})
            if (!db.hasTable(table)) problem(std::string("table '") + table + "' is missing");
        if (!report.problems.empty()) return report;
        for (const char* trigger : {"audit_log_append_only_update", "audit_log_append_only_delete"})
            if (!db.scalar("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?1",
                           {std::string(trigger)}))
                problem(std::string("audit log protection '") + trigger + "' was removed");
        report.applications =
            std::get<std::int64_t>(db.scalar("SELECT count(*) FROM bewerbungen").value());
        auto orphans = std::get<std::int64_t>(
            db.scalar("SELECT count(*) FROM standorte WHERE bewerbung_id NOT IN "
                      "(SELECT id FROM bewerbungen)")
                .value());
        if (orphans > 0) problem(std::to_string(orphans) + " site(s) belong to no application");

        Statement s = db.prepare(
            "SELECT id, zeit_utc, benutzer, aktion, objekt, vorher, nachher, prev_hash, hash "
            "FROM audit_log ORDER BY id");
        std::string previous(64, '0');
        std::int64_t expectedId = 1;
        while (s.step()) {
            AuditEntry e{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4),
                         s.text(5),    s.text(6), s.text(7), s.text(8)};
            std::string where =
                "audit entry " + std::to_string(e.id) + " (" + e.timeUtc + ", " + e.action + ")";
            if (e.id != expectedId)
                problem("audit entries " + std::to_string(expectedId) + " to " +
                        std::to_string(e.id - 1) + " are missing");
            if (e.previousHash != previous)
                problem(where + ": does not follow the entry before it (chain broken)");
            if (entryHash(e) != e.hash)
                problem(where + ": its content does not match its hash (edited afterwards)");
            previous = e.hash;
            expectedId = e.id + 1;
            ++report.auditEntries;
        }
        // Last, what every open reads: the call, the applications, the committee (their JSON
        // columns), so that verify never says OK for a file the program cannot open.
        if (report.problems.empty()) Project::open(path, OpenOptions{true, ""});
    } catch (const std::exception& e) {
        problem(e.what());
    }
    return report;
}

std::string describe(const Action& action) {
    return std::visit(
        [](const auto& a) -> std::string {
            using T = std::decay_t<decltype(a)>;
            if constexpr (std::is_same_v<T, AddApplication>) return "Bewerbung angelegt";
            if constexpr (std::is_same_v<T, UpdateApplication>) return "Bewerbung geändert";
            if constexpr (std::is_same_v<T, DeleteApplication>) return "Bewerbung gelöscht";
            if constexpr (std::is_same_v<T, MoveSite>) return "Standort gesetzt";
            if constexpr (std::is_same_v<T, ImportApplications>) return "Bewerbungen importiert";
            if constexpr (std::is_same_v<T, UpdateCall>) return "Ausschreibung geändert";
            if constexpr (std::is_same_v<T, AddMember>) return "Mitglied hinzugefügt";
            if constexpr (std::is_same_v<T, UpdateMember>) return "Mitglied geändert";
            if constexpr (std::is_same_v<T, RemoveMember>) return "Mitglied entfernt";
            if constexpr (std::is_same_v<T, SetScore>)
                return a.value ? "Bewertung gesetzt" : "Bewertung gelöscht";
            if constexpr (std::is_same_v<T, SetRecusal>)
                return a.recused ? "Befangenheit erklärt" : "Befangenheit aufgehoben";
            if constexpr (std::is_same_v<T, UpdateDecisionSettings>)
                return "Entscheidungseinstellungen geändert";
            if constexpr (std::is_same_v<T, RecordChoice>) return "Auswahl beschlossen";
        },
        action);
}

}  // namespace project
