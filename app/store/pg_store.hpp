#pragma once
// The project in a schema of a PostgreSQL/PostGIS database, for a committee working from several
// desks at once (issue 14). The schema holds the boundary layers as PostGIS layers in
// EPSG:25832 (gemeinden, kreis, nachbarkreise; QGIS lists them), the sites (standorte, points),
// the applications, the call, the committee, the decision and the audit log, under the same
// names as in the GeoPackage (gpkg_store.hpp).
//
// Several clients write at once. Every step is one transaction that first locks the audit
// chain's head row (audit_kopf), so steps are serialised and the chain stays one chain across
// all clients; inside it, each row the step changes is compared with what the step saw
// (`before`): where another client changed the same field, score or setting since, nothing is
// written and ConflictError says who changed it, when, and what it says now. Changes to other
// fields of the same application are kept (merged), not overwritten. Each changed row carries a
// version, who changed it and when. A committed step is announced with NOTIFY on the channel
// channel() (payload: the audit entry's id) so that other windows follow within moments.

#include <memory>
#include <string>

#include "app/store/project_store.hpp"

namespace store {

namespace pg {
class Connection;
}

// The group roles of a project's members (the chair's too) and of its chair
// (pg_schema_sql.hpp, kPgAccess): "bk_SCHEMA_mitglied", "bk_SCHEMA_vorsitz".
std::string memberGroup(const std::string& schema);
std::string chairGroup(const std::string& schema);

// Gives the committee member named `memberName` the database role `dbRole` (which must exist):
// connecting as that role they see only their own scores until the chair reveals them, and write
// only their own; with `chair`, the role may also reveal and manage the members. Run by the
// project's owner (who published it). Throws naming the member or the role when either is
// unknown.
void grantMemberRole(const std::string& address, const std::string& memberName, const std::string& dbRole,
                     bool chair);

class PgStore final : public ProjectStore {
  public:
    // Opens the project at `address` (postgresql://HOST/DB?schema=NAME). Throws
    // std::runtime_error naming the address when the server cannot be reached, the schema
    // holds no project, or it was written by a newer program. Read-only, with the cause, when
    // asked or when the role may not write.
    static std::unique_ptr<PgStore> open(const std::string& address, const StoreOptions& options = {});
    // Creates the project's schema holding `state` (boundaries, call, applications,
    // committee) and the audit log `log` entry for entry, in one transaction (publish). Sets
    // up PostGIS in the database when it is missing and the role may. Throws, nothing
    // created, when the schema exists, unless `replace` is set and it holds a project (then it
    // is replaced in the same transaction).
    static std::unique_ptr<PgStore> create(const std::string& address, const domain::ProjectState& state,
                                           const std::vector<AuditEntry>& log,
                                           const std::vector<domain::Document>& documents, bool example,
                                           bool replace);
    ~PgStore() override;

    const std::string& location() const override { return shown_; }
    ReadOnlyCause readOnlyCause() const override { return cause_; }
    const std::string& recoveryNote() const override { return recoveryNote_; }
    bool isExample() const override { return example_; }
    domain::ProjectState load() override;
    void write(const Step& step, const std::string& user) override;
    std::vector<AuditEntry> auditLog() const override;
    bool othersChanged() override;
    std::optional<std::int64_t> ownMember() const override;
    void importContent(const domain::ProjectState& state, const std::vector<AuditEntry>& log,
                       const std::vector<domain::Document>& documents) override;
    std::optional<domain::Document> document(const std::string& sha256) const override;
    std::optional<std::string> viewSetting(const std::string& key) const override;
    void setViewSetting(const std::string& key, const std::string& value) override;
    // The prepared map is not kept on the server (each client builds it; Kreis Düren: ~50 ms).
    std::optional<map::MapScene> storedMap() override { return std::nullopt; }
    void storeMap(const map::MapScene&) override {}

    // The schema name and the NOTIFY channel of this project.
    const std::string& schema() const { return schema_; }
    std::string channel() const;
    // The chain's head as writers see it: the last entry's id and hash (0 and 64 zeros when
    // the log is empty).
    std::pair<std::int64_t, std::string> chainHead() const;
    // The chain as the server checks it (for a member who cannot read every entry before the
    // reveal): per entry whether its hash covers its fields and follows the entry before.
    struct ChainCheck {
        std::int64_t id = 0;
        std::string timeUtc, action;
        bool entryOk = false, linkOk = false;
    };
    std::vector<ChainCheck> serverChainCheck() const;
    // The id of the newest audit entry this store has seen (loaded or written).
    std::int64_t lastSeenEntry() const { return lastSeen_; }

  private:
    PgStore() = default;
    void connect(const std::string& address);
    void writeStep(const Step& step, const std::string& user);
    // A new connection after the old one was lost (server restart, network), listening again.
    void reconnect();
    domain::MapData loadMap();
    domain::ProjectState loadContent();

    std::string shown_;
    std::string schema_;
    ReadOnlyCause cause_ = ReadOnlyCause::None;
    std::string recoveryNote_;
    bool example_ = false;
    std::int64_t lastSeen_ = 0;
    bool othersPending_ = false;  // a write found steps of others before its own
    bool fundingTables_ = true;   // false: a schema 2 project this role could not bring to 3
    std::string conninfo_;
    std::unique_ptr<pg::Connection> db_;
    std::optional<domain::MapData> map_;
};

}  // namespace store
