// Blind scoring enforced by the server: each member logs in with a database role of their own
// (member grant), and PostgreSQL's row-level security hides other members' scores, from the
// program and from plain SQL, until the chair reveals them (pg_schema_sql.hpp, kPgAccess).

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "app/i18n/language.hpp"
#include "app/project/project.hpp"
#include "app/store/pg_db.hpp"
#include "app/store/pg_store.hpp"
#include "app/project/push.hpp"
#include "app/store/publish.hpp"
#include "tests/support/pg_project_fixture.hpp"
#include "tests/support/pg_test_server.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

using testdata::TempDir;

using testdata::uniqueName;

class BlindScoring : public ::testing::Test {
  protected:
    void SetUp() override {
        i18n::setLanguage(i18n::Lang::De);
        BK_REQUIRE_PG(uri);
        schema = uniqueName("r");
        location = uri + "?schema=" + schema;
        store::publishProject(testdata::boundaryProject(dir), location, false);
        project::Project admin = project::Project::open(location, project::OpenOptions{false, "Verwaltung"});
        domain::Application a;
        a.nr = "B-01";
        a.municipalityAgs = "05358008";
        a.title = "Treffpunkt";
        a.site = geo::Vec2{303500, 5601500};
        application = admin.apply(project::AddApplication{a}).created.at(0);
        anna = admin.apply(project::AddMember{{0, "Anna", "Vorsitz"}}).created.at(0);
        ben = admin.apply(project::AddMember{{0, "Ben", "Mitglied"}}).created.at(0);
        annaRole = uniqueName("anna");
        benRole = uniqueName("ben");
        sql("CREATE ROLE " + annaRole + " LOGIN; CREATE ROLE " + benRole + " LOGIN");
        store::grantMemberRole(location, "Anna", annaRole, true);
        store::grantMemberRole(location, "Ben", benRole, false);
    }
    void TearDown() override {
        if (schema.empty()) return;
        sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        sql("DROP ROLE IF EXISTS " + annaRole + ", " + benRole + ", " + store::memberGroup(schema) + ", " +
            store::chairGroup(schema));
    }
    void sql(const std::string& statement) {
        store::pg::Address a = store::pg::parseAddress(location);
        store::pg::Connection c(a.conninfo, a.shown);
        c.exec(statement);
    }
    // The project's address as `role` logs in (the test server trusts loopback logins).
    std::string as(const std::string& role) const {
        std::string at = location;
        at.replace(at.find("bk_admin@"), 8, role);
        return at;
    }
    // A plain SQL connection as `role`, in the project's schema.
    std::unique_ptr<store::pg::Connection> plainSql(const std::string& role) const {
        store::pg::Address a = store::pg::parseAddress(as(role));
        auto c = std::make_unique<store::pg::Connection>(a.conninfo, a.shown);
        c->exec("SET search_path = " + schema + ", public");
        return c;
    }

    TempDir dir;
    std::string uri, schema, location, annaRole, benRole;
    std::int64_t application = 0, anna = 0, ben = 0;
};

TEST_F(BlindScoring, AMemberSeesOnlyTheirOwnScoresUntilTheChairReveals) {
    project::Project annas = project::Project::open(as(annaRole), project::OpenOptions{false, "Anna"});
    project::Project bens = project::Project::open(as(benRole), project::OpenOptions{false, "Ben"});
    EXPECT_EQ(annas.ownMember(), anna);
    EXPECT_EQ(bens.ownMember(), ben);
    annas.apply(project::SetScore{anna, application, decision::Criterion::Akteure, 5});
    bens.apply(project::SetScore{ben, application, decision::Criterion::Akteure, 2});
    bens.syncWithOthers();
    // Through the program: Ben has his score only.
    project::Project bensAgain = project::Project::open(as(benRole), project::OpenOptions{true, "Ben"});
    ASSERT_EQ(bensAgain.committee().scores.size(), 1u);
    EXPECT_EQ(bensAgain.committee().scores[0].member, ben);
    // Plain SQL as Ben: Anna's score is neither in the table nor in the audit log.
    auto benSql = plainSql(benRole);
    EXPECT_EQ(benSql->scalar("SELECT count(*) FROM bewertungen"), std::optional<std::string>("1"));
    EXPECT_EQ(benSql->scalar("SELECT count(*) FROM bewertungen WHERE mitglied_id = " + std::to_string(anna)),
              std::optional<std::string>("0"));
    EXPECT_EQ(benSql->scalar("SELECT count(*) FROM audit_log WHERE nachher LIKE '%\"wert\":5%'"),
              std::optional<std::string>("0"));
    // Nor can he write hers, reveal, or make himself Anna.
    EXPECT_THROW(benSql->exec("INSERT INTO bewertungen (mitglied_id, bewerbung_id, kriterium, wert) VALUES (" +
                              std::to_string(anna) + ", " + std::to_string(application) + ", 'lage', 0)"),
                 store::pg::Error);
    EXPECT_EQ(benSql->query("UPDATE bewertungen SET wert = 0 WHERE mitglied_id = " + std::to_string(anna)).affected(), 0);
    EXPECT_THROW(benSql->exec("UPDATE entscheidung SET einstellungen = jsonb_set(einstellungen, '{aufgedeckt}', "
                              "'true')"),
                 store::pg::Error);
    EXPECT_THROW(benSql->exec("UPDATE mitglieder SET db_rolle = NULL WHERE id = " + std::to_string(anna)),
                 store::pg::Error);
    EXPECT_THROW(benSql->exec("DELETE FROM audit_log"), store::pg::Error);
    // Through the program, Ben's reveal is refused in words.
    domain::DecisionSettings s = bens.committee().settings;
    s.revealed = true;
    try {
        bens.apply(project::UpdateDecisionSettings{s});
        ADD_FAILURE() << "Ben revealed";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("nur der Vorsitz"), std::string::npos) << e.what();
    }
    // verify as Ben: the server checks the entries he cannot read.
    project::VerifyReport r = project::verifyProject(as(benRole));
    EXPECT_TRUE(r.problems.empty()) << r.problems.front();
    EXPECT_FALSE(r.note.empty());
    EXPECT_EQ(r.auditEntries, 5);

    // The chair reveals: now everyone sees every score.
    domain::DecisionSettings revealed = annas.committee().settings;
    revealed.revealed = true;
    annas.apply(project::UpdateDecisionSettings{revealed});
    for (int i = 0; i < 40 && !bens.syncWithOthers(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_EQ(bens.committee().scores.size(), 2u);
    EXPECT_EQ(benSql->scalar("SELECT count(*) FROM bewertungen"), std::optional<std::string>("2"));
    project::VerifyReport after = project::verifyProject(as(benRole));
    EXPECT_TRUE(after.problems.empty()) << after.problems.front();
    EXPECT_TRUE(after.note.empty());
}

TEST_F(BlindScoring, TheChairToo) {
    project::Project bens = project::Project::open(as(benRole), project::OpenOptions{false, "Ben"});
    bens.apply(project::SetScore{ben, application, decision::Criterion::Lage, 4});
    auto annaSql = plainSql(annaRole);
    EXPECT_EQ(annaSql->scalar("SELECT count(*) FROM bewertungen"), std::optional<std::string>("0"));
    project::Project annas = project::Project::open(as(annaRole), project::OpenOptions{true, "Anna"});
    EXPECT_TRUE(annas.committee().scores.empty());
}

TEST_F(BlindScoring, AMemberScoresOfflineAndPushesWithoutEverSeeingOthersScores) {
    project::Project annas = project::Project::open(as(annaRole), project::OpenOptions{false, "Anna"});
    annas.apply(project::SetScore{anna, application, decision::Criterion::Akteure, 5});
    // Ben pulls a copy as himself: Anna's score is not in it.
    const std::string copy = dir.file("ben.gpkg");
    store::pullProject(as(benRole), copy);
    {
        project::Project c = project::Project::open(copy, project::OpenOptions{false, "Ben"});
        EXPECT_TRUE(c.committee().scores.empty());
        c.apply(project::SetScore{ben, application, decision::Criterion::Akteure, 2});
        c.apply(project::SetScore{ben, application, decision::Criterion::Lage, 3});
    }
    annas.apply(project::SetScore{anna, application, decision::Criterion::Lage, 4});
    // No user given: the audit log names the member his role logs in as.
    project::PushReport r = project::push({copy, as(benRole), "", false, {}});
    ASSERT_TRUE(r.written);
    EXPECT_EQ(r.merge.sent.size(), 2u);
    EXPECT_TRUE(r.merge.conflicts.empty());
    auto benSql = plainSql(benRole);
    EXPECT_EQ(benSql->scalar("SELECT count(*) FROM bewertungen"), std::optional<std::string>("2"));
    project::Project bens = project::Project::open(as(benRole), project::OpenOptions{true, ""});
    EXPECT_EQ(bens.auditLog().back().user, "Ben");
    // The copy brought up to date holds Ben's scores only.
    project::Project c = project::Project::open(copy, project::OpenOptions{true, ""});
    EXPECT_EQ(c.committee().scores.size(), 2u);
    // The owner sees all four; the chain holds.
    project::Project admin = project::Project::open(location, project::OpenOptions{true, ""});
    EXPECT_EQ(admin.committee().scores.size(), 4u);
    EXPECT_EQ(admin.committee().score(anna, application, decision::Criterion::Akteure), 5);
    project::VerifyReport v = project::verifyProject(location);
    EXPECT_TRUE(v.problems.empty()) << v.problems.front();
}

}  // namespace
