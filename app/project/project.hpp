#pragma once
// The project file: one GeoPackage per call. It holds the boundary layers (written by
// import-boundaries), the point layer `standorte` (one site per application), and the tables
// `bewerbungen`, `ausschreibung`, `audit_log` and `bk_meta`. Every edit goes through apply()
// and is committed at once in its own SQLite transaction: nothing waits for a "Save".

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/project/actions.hpp"
#include "app/domain/application.hpp"
#include "app/domain/call_settings.hpp"
#include "app/domain/committee.hpp"
#include "app/domain/map_data.hpp"
#include "app/domain/project_state.hpp"

namespace project {

// The schema version this program writes. Older files are migrated on open (after a backup
// copy); newer ones are refused.
inline constexpr int kSchemaVersion = 2;

// An edit that breaks a rule (duplicate Nr, negative count, unknown municipality, ...). The
// message is German and meant for the user; the project is unchanged.
class ValidationError : public std::runtime_error {
  public:
    explicit ValidationError(const std::string& message) : std::runtime_error(message) {}
};

struct OpenOptions {
    bool readOnly = false;  // open read-only even when writing would be possible
    std::string user;       // who edits (audit log); empty: the operating-system user
};

struct AuditEntry {
    std::int64_t id = 0;
    std::string timeUtc;  // ISO 8601, "2026-11-25T07:50:12Z"
    std::string user;
    std::string action;  // "Bewerbung geändert"
    std::string object;  // "Bewerbung B-01"
    std::string before;  // JSON
    std::string after;   // JSON
    std::string previousHash;
    std::string hash;  // SHA-256 over the previous hash and this entry's fields
};

class Project {
  public:
    // Opens a project GeoPackage (throws std::runtime_error naming the file when it is missing,
    // not a GeoPackage, lacks the boundary layers, or is from a newer program version).
    // Creates the application tables in a boundary-only file (schema 0 -> 1, after a backup).
    // Falls back to read-only, saying why in readOnlyReason(), when the file is not writable
    // or another instance has it open.
    // First of all, a write a crash interrupted is rolled back (store::recoverInterruptedWrite,
    // also when opening read-only); recoveryNote() then holds the one line that says so. Throws
    // when that needs write access the user lacks, or when another program holds the file
    // locked ("PATH: the project is locked by another program ...").
    static Project open(const std::string& path, const OpenOptions& options = {});
    ~Project();
    Project(Project&&) noexcept;
    Project& operator=(Project&&) noexcept;

    const std::string& path() const;
    bool readOnly() const;
    const std::string& readOnlyReason() const;
    // "PATH: an interrupted write was rolled back; the project is as it was before it" when
    // open() recovered the file from a crash, else empty. The window shows it once.
    const std::string& recoveryNote() const;
    const std::string& user() const;
    void setUser(const std::string& user);

    // True for the example project ("Beispieldaten (fiktiv)", see demo.hpp).
    bool isExample() const;
    const domain::MapData& map() const;
    // View settings: window state kept in the file so that `snapshot` draws what the window
    // showed, e.g. "theme" = "gemeinden" | "bewerbungen" (the thematic layer). Not audited,
    // not undoable, no revision change; readable from read-only opens (nullopt when unset).
    // setViewSetting throws std::runtime_error on a read-only project.
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

    // Validates, writes in one transaction, records undo and the audit entry. Throws
    // ValidationError (project unchanged) or std::runtime_error (read-only, I/O).
    void apply(const Action& action);
    bool canUndo() const;
    bool canRedo() const;
    std::string undoDescription() const;  // empty when nothing to undo
    std::string redoDescription() const;
    void undo();
    void redo();

    std::vector<AuditEntry> auditLog() const;

    // Counts the edits (apply, undo, redo) since opening: views that derive expensive results
    // from the project recompute them when it changes.
    std::uint64_t revision() const;

  private:
    struct Impl;
    explicit Project(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// The problems `verify` finds: the file is no valid GeoPackage, tables are missing, the audit
// chain is broken (an entry edited, removed or inserted), sites point at missing applications.
// Empty when everything holds. Never changes the file, except that a write a crash interrupted
// is rolled back first, as every open does (recoveryNote says so).
struct VerifyReport {
    std::vector<std::string> problems;
    std::string recoveryNote;  // see Project::recoveryNote; empty when nothing was recovered
    std::int64_t auditEntries = 0;
    std::int64_t applications = 0;
    int schemaVersion = 0;
};
VerifyReport verifyProject(const std::string& path);

// The rules an application has to meet before it is stored; German messages, empty when fine.
std::vector<std::string> validationProblems(const domain::Application& a, const domain::MapData& map);

}  // namespace project
