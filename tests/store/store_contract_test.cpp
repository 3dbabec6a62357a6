// The contract of a project store (store/project_store.hpp), run against both stores: the
// GeoPackage file and a schema on the PostgreSQL/PostGIS test server (tests/pg). Each test
// works through the edit engine (project::Project) as the window and the commands do.

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <nlohmann/json.hpp>

#include "app/project/project.hpp"
#include "app/store/open_store.hpp"
#include "app/store/pg_db.hpp"
#include "app/store/publish.hpp"
#include "tests/support/pg_project_fixture.hpp"
#include "tests/support/pg_test_server.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

using testdata::TempDir;

domain::Application sample(const std::string& nr) {
    domain::Application a = testdata::sample(nr);
    a.site = geo::Vec2{303500.25, 5601500.5};  // decimals survive both stores
    return a;
}


// A new, empty project (the fixture's boundaries) in the store kind of the test's parameter:
// its location for Project::open.
class StoreContract : public ::testing::TestWithParam<std::string> {
  protected:
    void SetUp() override {
        const std::string file = testdata::boundaryProject(dir);
        if (GetParam() == "gpkg") {
            location = file;
            return;
        }
        std::string uri;
        BK_REQUIRE_PG(uri);
        schema = testdata::uniqueName("t");
        location = uri + "?schema=" + schema;
        store::publishProject(file, location, false);
    }
    void TearDown() override {
        if (schema.empty()) return;
        store::pg::Address a = store::pg::parseAddress(location);
        store::pg::Connection c(a.conninfo, a.shown);
        c.exec("DROP SCHEMA IF EXISTS " + store::pg::identifier(schema) + " CASCADE");
    }
    project::Project open(bool readOnly = false, const std::string& user = "Prüferin") {
        return project::Project::open(location, project::OpenOptions{readOnly, user});
    }

    TempDir dir;
    std::string location;
    std::string schema;
};

TEST_P(StoreContract, AnApplicationRoundTripsWithItsSite) {
    {
        project::Project p = open();
        ASSERT_FALSE(p.readOnly()) << p.readOnlyReason();
        p.apply(project::AddApplication{sample("B-01")});
    }
    project::Project again = open(true);
    ASSERT_EQ(again.applications().size(), 1u);
    domain::Application expected = sample("B-01");
    expected.id = again.applications()[0].id;
    EXPECT_EQ(domain::toJson(again.applications()[0]), domain::toJson(expected));
    EXPECT_EQ(again.map().municipalities.size(), 2u);
    EXPECT_EQ(again.call().placesFunded, 2);
}

TEST_P(StoreContract, EveryKindOfEditIsStoredUndoneAndRedone) {
    project::Project p = open();
    p.apply(project::AddApplication{sample("B-01")});
    p.apply(project::AddApplication{sample("B-02")});
    domain::Application changed = p.applications()[0];
    changed.title = "Neuer Titel";
    p.apply(project::UpdateApplication{changed});
    p.apply(project::MoveSite{1, geo::Vec2{301000, 5601000}});
    domain::CallSettings call = p.call();
    call.placesFunded = 3;
    p.apply(project::UpdateCall{call});
    const std::int64_t member = p.apply(project::AddMember{{0, "Anna", "Vorsitz"}}).created.at(0);
    p.apply(project::SetScore{member, 1, decision::Criterion::Akteure, 4});
    p.apply(project::SetScore{member, 2, decision::Criterion::Lage, 2});
    p.apply(project::SetRecusal{member, 2, true});
    domain::DecisionSettings settings = p.committee().settings;
    settings.radiusKm = 12;
    p.apply(project::UpdateDecisionSettings{settings});
    p.apply(project::DeleteApplication{2});
    const domain::ProjectState afterAll = p.state();
    {
        project::Project reopened = open(true);
        EXPECT_EQ(reopened.applications().size(), 1u);
        EXPECT_EQ(reopened.applications()[0].title, "Neuer Titel");
        EXPECT_EQ(reopened.applications()[0].site->x, 301000);
        EXPECT_EQ(reopened.call().placesFunded, 3);
        EXPECT_EQ(reopened.committee(), afterAll.committee);
    }
    // Undo all of it: the project as it was at the start.
    while (p.canUndo()) p.undo();
    {
        project::Project reopened = open(true);
        EXPECT_TRUE(reopened.applications().empty());
        EXPECT_TRUE(reopened.committee().members.empty());
        EXPECT_TRUE(reopened.committee().scores.empty());
        EXPECT_EQ(reopened.call().placesFunded, 2);
    }
    while (p.canRedo()) p.redo();
    project::Project reopened = open(true);
    EXPECT_EQ(reopened.committee(), afterAll.committee);
    EXPECT_EQ(reopened.applications().size(), 1u);
    EXPECT_EQ(reopened.call().placesFunded, 3);
    // 11 edits, 11 undos, 11 redos: one entry each, one chain.
    EXPECT_EQ(reopened.auditLog().size(), 33u);
    project::VerifyReport r = project::verifyProject(location);
    EXPECT_TRUE(r.problems.empty()) << r.problems.front();
    EXPECT_EQ(r.auditEntries, 33);
}

TEST_P(StoreContract, AnImportIsAllOrNothing) {
    project::Project p = open();
    domain::Application bad = sample("B-02");
    bad.actorsNow = -1;
    EXPECT_THROW(p.apply(project::ImportApplications{{sample("B-01"), bad}, "liste.csv"}),
                 project::ValidationError);
    EXPECT_TRUE(open(true).applications().empty());
    p.apply(project::ImportApplications{{sample("B-01"), sample("B-02")}, "liste.csv"});
    EXPECT_EQ(open(true).applications().size(), 2u);
    p.undo();
    EXPECT_TRUE(open(true).applications().empty());
}

TEST_P(StoreContract, AReadOnlyStoreRefusesEditsAndKeepsViewSettingsForReading) {
    {
        project::Project p = open();
        p.setViewSetting("theme", "bewerbungen");
    }
    project::Project p = open(true);
    EXPECT_TRUE(p.readOnly());
    EXPECT_EQ(p.viewSetting("theme"), std::optional<std::string>("bewerbungen"));
    EXPECT_THROW(p.apply(project::AddApplication{sample("B-01")}), project::ReadOnlyError);
    EXPECT_THROW(p.setViewSetting("theme", "gemeinden"), project::ReadOnlyError);
    EXPECT_TRUE(open(true).applications().empty());
}

TEST_P(StoreContract, TheAuditLogCannotBeEditedAndVerifyNamesItsProblems) {
    {
        project::Project p = open();
        p.apply(project::AddApplication{sample("B-01")});
        p.apply(project::AddApplication{sample("B-02")});
    }
    const auto log = open(true).auditLog();
    ASSERT_EQ(log.size(), 2u);
    EXPECT_EQ(log[0].user, "Prüferin");
    EXPECT_EQ(log[1].previousHash, log[0].hash);
    EXPECT_EQ(log[0].action, "application.add");
    EXPECT_EQ(log[0].object, "B-01");
    // The store itself refuses to change or remove an entry.
    if (GetParam() == "gpkg") {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(location.c_str(), &db), SQLITE_OK);
        EXPECT_NE(sqlite3_exec(db, "UPDATE audit_log SET benutzer = 'x'", nullptr, nullptr, nullptr), SQLITE_OK);
        EXPECT_NE(sqlite3_exec(db, "DELETE FROM audit_log", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    } else {
        store::pg::Address a = store::pg::parseAddress(location);
        store::pg::Connection c(a.conninfo, a.shown);
        c.exec("SET search_path = " + store::pg::identifier(schema));
        EXPECT_THROW(c.exec("UPDATE audit_log SET benutzer = 'x'"), store::pg::Error);
        EXPECT_THROW(c.exec("DELETE FROM audit_log"), store::pg::Error);
        EXPECT_THROW(c.exec("TRUNCATE audit_log"), store::pg::Error);
    }
    EXPECT_TRUE(project::verifyProject(location).problems.empty());
}

TEST_P(StoreContract, NothingIsWrittenWhenAnEditIsRefused) {
    project::Project p = open();
    p.apply(project::AddApplication{sample("B-01")});
    EXPECT_THROW(p.apply(project::AddApplication{sample("B-01")}), project::ValidationError);
    EXPECT_THROW(p.apply(project::DeleteApplication{42}), project::ValidationError);
    EXPECT_EQ(open(true).applications().size(), 1u);
    EXPECT_EQ(open(true).auditLog().size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(BothStores, StoreContract, ::testing::Values("gpkg", "postgres"),
                         [](const ::testing::TestParamInfo<std::string>& p) { return p.param; });

}  // namespace
