#pragma once
// Where a project lives: the persistence behind the edit engine (project::Project). The engine
// decides what an edit changes; a ProjectStore only opens, loads and writes. One implementation
// today, store::GpkgStore (one GeoPackage file per call, gpkg_store.hpp); the interface has no
// SQLite or file types in it so that a PostgreSQL/PostGIS store for committees working from
// several desks can implement it too (issue 14).
//
// Contract of every implementation:
//   - open: before anything reads the project, a write a crash interrupted is rolled back
//     (recoveryNote() then says so); an older schema is migrated on a writable open (after a
//     backup), a newer one refused; the project is locked against a second writer, and a store
//     that cannot write says why (readOnly()).
//   - load() returns the whole project as values; the engine changes its copy only after
//     write() has returned.
//   - write(step) stores the step and its audit entry in one transaction: either both are in
//     the store afterwards or neither (an exception then says why). A store shared by several
//     clients refuses, with ConflictError, a step whose `before` no longer matches what the
//     store holds where the step changes something: nothing is overwritten silently.
//   - The audit log is append-only and hash-chained: each entry's hash covers the previous
//     hash and the entry's fields (auditEntryHash), so an edited, removed or inserted entry
//     breaks the chain and `verify` names it.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "app/domain/application.hpp"
#include "app/domain/call_settings.hpp"
#include "app/domain/committee.hpp"
#include "app/domain/project_state.hpp"
#include "app/map/map_scene.hpp"

namespace store {

// The schema version this program writes. Older projects are migrated on a writable open
// (after a backup copy); newer ones are refused.
inline constexpr int kSchemaVersion = 3;

// One entry of the audit log as stored.
struct AuditEntry {
    std::int64_t id = 0;
    std::string timeUtc;  // ISO 8601, "2026-11-25T07:50:12Z"
    std::string user;
    // A stable key of what was done ("application.update", "undo:choice.record"; see
    // project/history.hpp). Files written before the keys hold a German text here instead.
    std::string action;
    std::string object;  // what it was done to, in no language: "B-01", "B-01 + B-08", a name
    std::string before;  // JSON
    std::string after;   // JSON
    std::string previousHash;
    std::string hash;  // SHA-256 over the previous hash and this entry's fields
};

// SHA-256 (hex) over the previous hash and the entry's fields: what `hash` must be.
std::string auditEntryHash(const AuditEntry& entry);

// One application before and after an edit: an insert (no before), an update, or a delete
// (no after).
struct ApplicationChange {
    std::optional<domain::Application> before;
    std::optional<domain::Application> after;
};

// One edit as the store writes it: everything it changes, and how the audit log names it.
struct Step {
    std::string action;  // stable key, see AuditEntry::action
    std::string object;  // see AuditEntry::object
    std::vector<ApplicationChange> changes;
    std::optional<std::pair<domain::CallSettings, domain::CallSettings>> call;  // before, after
    std::optional<std::pair<domain::Committee, domain::Committee>> committee;   // before, after
    std::optional<std::pair<domain::Funding, domain::Funding>> funding;         // before, after
    // PDFs the step's offers name that the store may not hold yet (kept by SHA-256; a document
    // once stored stays, so that undo and redo find it).
    std::vector<domain::Document> documents;

    // The step that undoes this one, named `action` in the audit log.
    Step reversed(std::string reversedAction) const;
};

// Why a store cannot write (the engine words it in the UI language).
enum class ReadOnlyCause {
    None,
    Requested,      // opened read-only on purpose
    NotWritable,    // the file (or the database role) does not allow writing
    OpenElsewhere,  // another instance holds the project's lock
    Damaged,        // SQLite finds damage where the program writes (readOnlyDetail says what)
};

// Another client changed what a step changes since this client last read it; nothing was
// written. what() says who, when, what and what it says now, in the UI language.
class ConflictError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct StoreOptions {
    bool readOnly = false;  // open read-only even when writing would be possible
};

class ProjectStore {
  public:
    virtual ~ProjectStore() = default;

    // Where the project lives, as the user names it (a path, later a connection string).
    virtual const std::string& location() const = 0;
    virtual ReadOnlyCause readOnlyCause() const = 0;
    bool readOnly() const { return readOnlyCause() != ReadOnlyCause::None; }
    // For ReadOnlyCause::Damaged: SQLite's first finding; else empty.
    virtual std::string readOnlyDetail() const { return {}; }
    // "PATH: an interrupted write was rolled back; ..." when open recovered, else empty.
    virtual const std::string& recoveryNote() const = 0;
    // True for the example project (demo.hpp).
    virtual bool isExample() const = 0;

    // The whole project. Throws std::runtime_error naming the location when the stored data
    // is damaged.
    virtual domain::ProjectState load() = 0;
    // Stores `step` and its audit entry (by `user`) in one transaction. Throws (nothing
    // stored) on a read-only store or when the write fails.
    virtual void write(const Step& step, const std::string& user) = 0;
    // The audit log, oldest first.
    virtual std::vector<AuditEntry> auditLog() const = 0;
    // A PDF an offer names (Offer::documentSha256), nullopt when the store does not hold it.
    virtual std::optional<domain::Document> document(const std::string& sha256) const = 0;
    // True when other clients may have committed steps since this store last loaded (a store
    // several clients share; a file never): the engine then loads again. Does not block; a
    // lost connection is taken up again here (and says true, since steps may have been missed).
    // Throws when the server cannot be reached.
    virtual bool othersChanged() { return false; }
    // The committee member this connection is (a server store whose member logs in with a
    // database role of their own: the member with that role); nullopt for a file.
    virtual std::optional<std::int64_t> ownMember() const { return std::nullopt; }
    // For publish and pull: fills a store that holds no applications, members or audit
    // entries yet with another store's project (the call, applications, committee) and its
    // audit log entry for entry, the chain unchanged, and the offers' PDFs `documents`, in one
    // transaction. Throws (nothing written) on a read-only or non-empty store.
    virtual void importContent(const domain::ProjectState& state, const std::vector<AuditEntry>& log,
                               const std::vector<domain::Document>& documents) = 0;

    // View settings: window state kept with the project (not audited, not undoable); nullopt
    // when unset. setViewSetting throws on a read-only store.
    virtual std::optional<std::string> viewSetting(const std::string& key) const = 0;
    virtual void setViewSetting(const std::string& key, const std::string& value) = 0;

    // The prepared map kept with the project (store/map_cache.hpp): the stored scene when it
    // was made from the boundaries as they are, else nullopt.
    virtual std::optional<map::MapScene> storedMap() = 0;
    // Keeps `scene` with the project for the next open. Does nothing on a read-only store;
    // throws when the write fails (the project's data is untouched then).
    virtual void storeMap(const map::MapScene& scene) = 0;
};

}  // namespace store
