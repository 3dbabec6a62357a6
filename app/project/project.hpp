#pragma once
// The edit engine: one project open for reading and editing. It owns the project's state as
// values (domain::ProjectState) and the store it lives in (store::ProjectStore; a GeoPackage
// file today, store/gpkg_store.hpp). Every edit is an action value (actions.hpp) applied by
// apply(): it is checked against the rules, written with its audit entry in one transaction,
// and only then does the state in memory follow. Nothing waits for a "Save".

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/map/map_scene.hpp"
#include "app/domain/application.hpp"
#include "app/domain/call_settings.hpp"
#include "app/domain/committee.hpp"
#include "app/domain/map_data.hpp"
#include "app/domain/problem.hpp"
#include "app/domain/project_state.hpp"
#include "app/project/actions.hpp"
#include "app/store/project_store.hpp"
#include "app/store/verify.hpp"

namespace project {

using store::kSchemaVersion;
using store::verifyProject;
using store::VerifyReport;

// An edit that breaks a rule (Nr taken, negative count, a score out of range, a choice without
// its reason, ...); the project is unchanged. `problems` are the codes (test these, never the
// text); what() is the text in the UI language at the time of the refusal, e.g.
// "Bewerbung B-01: Nr „B-01“ ist im Projekt schon vergeben".
class ValidationError : public std::runtime_error {
  public:
    ValidationError(const std::string& message, std::vector<domain::Problem> codes)
        : std::runtime_error(message), problems(std::move(codes)) {}
    std::vector<domain::Problem> problems;
};

// An edit, undo or redo on a project open read-only ("PATH: open read-only (REASON); nothing
// changed"); the project is unchanged.
class ReadOnlyError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// What apply() did: the ids of what it created (a new application, each application of an
// import in order, a new member); empty for edits that create nothing.
struct ApplyResult {
    std::vector<std::int64_t> created;
};

struct OpenOptions {
    bool readOnly = false;  // open read-only even when writing would be possible
    std::string user;       // who edits (audit log); empty: the operating-system user
};

// An audit entry as stored (store::AuditEntry) with its words in the UI language.
struct AuditEntry : store::AuditEntry {
    // "Bewerbung geändert: B-01", "Rückgängig: Auswahl beschlossen: B-01 + B-08". Entries of
    // files written before the stable keys show their stored German text.
    std::string description;
};

class Project {
  public:
    // Opens a project GeoPackage or a project on a PostgreSQL/PostGIS server by its address
    // (store::openStore: throws std::runtime_error naming the file when it is missing, not a
    // GeoPackage, damaged, or from a newer program version;
    // rolls back a write a crash interrupted; migrates older files after a backup; falls back
    // to read-only, saying why in readOnlyReason(), when the file is not writable or another
    // instance has it open).
    static Project open(const std::string& path, const OpenOptions& options = {});
    // A project in any store (tests, a later PostgreSQL store).
    static Project open(std::unique_ptr<store::ProjectStore> store, const OpenOptions& options = {});
    ~Project();
    Project(Project&&) noexcept;
    Project& operator=(Project&&) noexcept;

    const std::string& path() const;  // the store's location
    bool readOnly() const;
    // Why the project cannot be edited, in the UI language; empty when it can.
    std::string readOnlyReason() const;
    // "PATH: an interrupted write was rolled back; the project is as it was before it" when
    // open() recovered the file from a crash, else empty. The window shows it once.
    const std::string& recoveryNote() const;
    const std::string& user() const;
    void setUser(const std::string& user);

    // True for the example project ("Beispieldaten (fiktiv)", see demo.hpp).
    bool isExample() const;
    const domain::MapData& map() const;
    // The prepared map of the boundaries (map/map_scene.hpp): read from the project file when
    // it keeps one for the boundaries as they are, else built and, on a writable project, kept
    // in the file for the next open. Never changes the project's data, the revision or the
    // audit log; a failure to keep it only costs the next open the building time.
    map::MapScene mapScene() const;
    // View settings: window state kept in the file so that `snapshot` draws what the window
    // showed, e.g. "theme" = "gemeinden" | "bewerbungen" (the thematic layer). Not audited,
    // not undoable, no revision change; readable from read-only opens (nullopt when unset).
    // setViewSetting throws ReadOnlyError on a read-only project.
    std::optional<std::string> viewSetting(const std::string& key) const;
    void setViewSetting(const std::string& key, const std::string& value);
    const domain::CallSettings& call() const;
    const std::vector<domain::Application>& applications() const;  // ordered by id
    const domain::Application* find(std::int64_t id) const;
    const domain::Application* findByNr(const std::string& nr) const;
    // The municipality whose polygon holds the point, or nullopt (outside the district).
    std::optional<std::size_t> municipalityAt(geo::Vec2 site) const;
    // The committee: members, scores, conflicts of interest, decision settings, the choice.
    const domain::Committee& committee() const;
    // All of the above as one value: what eligibility and the decision pipeline read.
    const domain::ProjectState& state() const;

    // Checks, writes in one transaction with its audit entry, records undo. Throws
    // ValidationError (with the problems as codes) or ReadOnlyError, the project unchanged;
    // std::runtime_error when the store fails (nothing written).
    ApplyResult apply(const Action& action);
    bool canUndo() const;
    bool canRedo() const;
    std::string undoDescription() const;  // in the UI language; empty when nothing to undo
    std::string redoDescription() const;
    void undo();  // throws ReadOnlyError on a read-only project
    void redo();

    // For a project several members edit at once (a server store): takes in the steps others
    // committed since; true when it did (revision() then changed). The undo stack stays: one
    // undoes one's own edits only, and the store refuses, as a conflict, an undo of something
    // another member has changed since. Does not block; throws when the server is gone.
    // A write refused as a conflict (store::ConflictError, from apply, undo or redo) has loaded
    // what the store holds already.
    bool syncWithOthers();
    // The committee member this user is when the store knows it (a server project where each
    // member logs in with a database role of their own); nullopt otherwise.
    std::optional<std::int64_t> ownMember() const;

    // An offer's PDF as the project keeps it (domain::Offer::documentSha256); nullopt when missing.
    std::optional<domain::Document> document(const std::string& sha256) const;

    // The audit log, oldest first, each entry with its description in the UI language.
    std::vector<AuditEntry> auditLog() const;

    // Counts the edits (apply, undo, redo) since opening: views that derive expensive results
    // from the project recompute them when it changes.
    std::uint64_t revision() const;

  private:
    struct Impl;
    explicit Project(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace project
