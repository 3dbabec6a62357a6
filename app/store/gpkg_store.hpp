#pragma once
// The project as one GeoPackage file per call: the boundary layers (written by
// import-boundaries), the point layer `standorte` (one site per application), and the tables
// `bewerbungen`, `ausschreibung`, `mitglieder`, `bewertungen`, `befangenheit`, `entscheidung`,
// `audit_log` and `bk_meta`. SQLite's rollback journal (recovery.hpp says why), one
// BEGIN IMMEDIATE transaction per step, an advisory lock beside the file against a second
// writer.

#include <memory>
#include <string>

#include "app/store/project_store.hpp"

namespace store {

class Database;

class GpkgStore final : public ProjectStore {
  public:
    // Opens a project GeoPackage. Throws std::runtime_error naming the file when it is missing,
    // not a GeoPackage, lacks the boundary layers, is damaged, or is from a newer program.
    // Creates the application and committee tables in an older or boundary-only file (after a
    // backup copy PATH.bak-schemaN). Falls back to read-only, with the cause, when the file is
    // not writable or another instance holds its lock. First of all, a write a crash
    // interrupted is rolled back (recoverInterruptedWrite, also for read-only opens); throws
    // when that needs write access the user lacks, or another program holds the file locked.
    static std::unique_ptr<GpkgStore> open(const std::string& path, const StoreOptions& options = {});
    ~GpkgStore() override;

    const std::string& location() const override { return path_; }
    ReadOnlyCause readOnlyCause() const override { return cause_; }
    std::string readOnlyDetail() const override { return damage_; }
    const std::string& recoveryNote() const override { return recoveryNote_; }
    bool isExample() const override { return example_; }
    domain::ProjectState load() override;
    void write(const Step& step, const std::string& user) override;
    std::vector<AuditEntry> auditLog() const override;
    std::optional<domain::Document> document(const std::string& sha256) const override;
    void importContent(const domain::ProjectState& state, const std::vector<AuditEntry>& log,
                       const std::vector<domain::Document>& documents) override;
    std::optional<std::string> viewSetting(const std::string& key) const override;
    void setViewSetting(const std::string& key, const std::string& value) override;
    std::optional<map::MapScene> storedMap() override;
    void storeMap(const map::MapScene& scene) override;

    // The schema version of the file as opened (0: boundaries only).
    int schemaVersion() const { return schemaVersion_; }

  private:
    GpkgStore() = default;
    domain::ProjectState loadTables();
    void migrate(int from, const domain::MapData& map);
    void writeCommittee(const domain::Committee& before, const domain::Committee& after);
    void writeFunding(const domain::Funding& before, const domain::Funding& after,
                      const std::vector<domain::Document>& documents);
    void appendAudit(const Step& step, const std::string& user);

    struct Handles;
    std::string path_;
    ReadOnlyCause cause_ = ReadOnlyCause::None;
    std::string damage_;
    std::string recoveryNote_;
    bool example_ = false;
    int schemaVersion_ = 0;
    std::unique_ptr<Handles> handles_;
};

// The schema version stored in the file's bk_meta (0 when there is none). Throws naming the
// path when the stored value is no number.
int storedSchemaVersion(Database& db, const std::string& path);
// Throws "PATH: not a GeoPackage project file" unless the file is a GeoPackage.
void requireGeoPackage(Database& db, const std::string& path);

}  // namespace store
