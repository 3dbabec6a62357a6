// What only a shared store does: several clients at once on one project on the PostgreSQL/
// PostGIS test server (tests/pg), publish and pull, and the project address.

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <nlohmann/json.hpp>
#include <filesystem>
#include <thread>

#include "app/i18n/language.hpp"
#include "app/project/project.hpp"
#include "app/store/gpkg_store.hpp"
#include "app/store/pg_db.hpp"
#include "app/store/pg_store.hpp"
#include "app/store/publish.hpp"
#include "tests/support/pg_project_fixture.hpp"
#include "tests/support/pg_test_server.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

namespace fs = std::filesystem;
using testdata::TempDir;

using testdata::sample;
using testdata::SharedProject;

TEST_F(SharedProject, TwoClientsEditingDifferentFieldsKeepBothChanges) {
    project::Project anna = open("Anna");
    anna.apply(project::AddApplication{sample("B-01")});
    project::Project ben = open("Ben");
    domain::Application a = anna.applications()[0];
    a.title = "Annas Titel";
    anna.apply(project::UpdateApplication{a});
    domain::Application b = ben.applications()[0];  // still the old title
    b.street = "Bens Straße 2";
    ben.apply(project::UpdateApplication{b});
    project::Project reader = open("Leser");
    EXPECT_EQ(reader.applications()[0].title, "Annas Titel");
    EXPECT_EQ(reader.applications()[0].street, "Bens Straße 2");
    EXPECT_TRUE(project::verifyProject(location).problems.empty());
}

TEST_F(SharedProject, TheSecondEditOfTheSameFieldIsRefusedNamingWhoAndWhat) {
    project::Project anna = open("Anna");
    anna.apply(project::AddApplication{sample("B-01")});
    project::Project ben = open("Ben");
    domain::Application a = anna.applications()[0];
    a.title = "Annas Titel";
    anna.apply(project::UpdateApplication{a});
    domain::Application b = ben.applications()[0];
    b.title = "Bens Titel";
    try {
        ben.apply(project::UpdateApplication{b});
        ADD_FAILURE() << "the second edit was accepted";
    } catch (const store::ConflictError& e) {
        const std::string m = e.what();
        EXPECT_NE(m.find("Anna"), std::string::npos) << m;
        EXPECT_NE(m.find("Annas Titel"), std::string::npos) << m;
        EXPECT_NE(m.find("B-01"), std::string::npos) << m;
        EXPECT_NE(m.find("Feld „Titel“"), std::string::npos) << m;
    }
    project::Project reader = open("Leser");
    EXPECT_EQ(reader.applications()[0].title, "Annas Titel");
    EXPECT_EQ(reader.auditLog().size(), 2u);
}

TEST_F(SharedProject, AScoreChangedElsewhereIsNotOverwritten) {
    project::Project first = open("Anna");
    first.apply(project::AddApplication{sample("B-01")});
    const std::int64_t member = first.apply(project::AddMember{{0, "Anna", "Mitglied"}}).created.at(0);
    project::Project second = open("Anna");  // the same member at a second desk
    first.apply(project::SetScore{member, 1, decision::Criterion::Akteure, 4});
    EXPECT_THROW(second.apply(project::SetScore{member, 1, decision::Criterion::Akteure, 2}), store::ConflictError);
    // Setting it to what it already says is no conflict.
    second.apply(project::SetScore{member, 1, decision::Criterion::Lage, 3});
    project::Project reader = open("Leser");
    EXPECT_EQ(reader.committee().score(member, 1, decision::Criterion::Akteure), 4);
    EXPECT_EQ(reader.committee().score(member, 1, decision::Criterion::Lage), 3);
}

TEST_F(SharedProject, ConcurrentWritersKeepOneAuditChain) {
    std::int64_t appId = 0;
    std::vector<std::int64_t> members;
    {
        project::Project setup = open("Vorsitz");
        appId = setup.apply(project::AddApplication{sample("B-01")}).created.at(0);
        for (int i = 0; i < 4; ++i)
            members.push_back(
                setup.apply(project::AddMember{{0, "Mitglied " + std::to_string(i), "Mitglied"}}).created.at(0));
    }
    constexpr int kEdits = 25;
    std::atomic<int> failures{0};
    std::vector<std::thread> clients;
    for (int i = 0; i < 4; ++i)
        clients.emplace_back([&, i] {
            try {
                project::Project p = open("Mitglied " + std::to_string(i));
                for (int k = 0; k < kEdits; ++k)
                    p.apply(project::SetScore{members[static_cast<std::size_t>(i)], appId,
                                              static_cast<decision::Criterion>(k % 5 + 1), k % 6});
            } catch (const std::exception&) {
                ++failures;
            }
        });
    for (std::thread& t : clients) t.join();
    EXPECT_EQ(failures.load(), 0);
    project::VerifyReport r = project::verifyProject(location);
    EXPECT_TRUE(r.problems.empty()) << r.problems.front();
    EXPECT_EQ(r.auditEntries, 5 + 4 * kEdits);
}

// Waits up to 2 s (the window's promise) for `p` to take in others' steps.
bool syncedWithin2s(project::Project& p) {
    for (int i = 0; i < 40; ++i) {
        if (p.syncWithOthers()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

TEST_F(SharedProject, AnotherMembersEditArrivesWithin2sAndUndoTakesBackOnlyOnesOwn) {
    project::Project anna = open("Anna");
    project::Project ben = open("Ben");
    EXPECT_FALSE(ben.syncWithOthers());
    const std::uint64_t revision = ben.revision();
    anna.apply(project::AddApplication{sample("B-01")});
    ASSERT_TRUE(syncedWithin2s(ben));
    EXPECT_GT(ben.revision(), revision);
    ASSERT_EQ(ben.applications().size(), 1u);
    ben.apply(project::AddApplication{sample("B-02")});
    ASSERT_TRUE(syncedWithin2s(anna));
    EXPECT_EQ(anna.applications().size(), 2u);
    // Ben's undo takes back B-02, not Anna's B-01.
    EXPECT_TRUE(ben.canUndo());
    ben.undo();
    EXPECT_FALSE(ben.canUndo());
    ASSERT_TRUE(syncedWithin2s(anna));
    ASSERT_EQ(anna.applications().size(), 1u);
    EXPECT_EQ(anna.applications()[0].nr, "B-01");
    // Anna's own edit, changed by Ben since: her undo would overwrite his change, so it is
    // refused as a conflict and nothing changes.
    domain::Application a = anna.applications()[0];
    a.title = "Annas Titel";
    anna.apply(project::UpdateApplication{a});
    ASSERT_TRUE(syncedWithin2s(ben));
    domain::Application b = ben.applications()[0];
    b.title = "Bens Titel";
    ben.apply(project::UpdateApplication{b});
    ASSERT_TRUE(syncedWithin2s(anna));
    EXPECT_THROW(anna.undo(), store::ConflictError);
    EXPECT_EQ(anna.applications()[0].title, "Bens Titel");
    EXPECT_EQ(open("Leser").applications()[0].title, "Bens Titel");
}

TEST_F(SharedProject, AFormDraftTakenBeforeAnotherEditKeepsTheOtherFields) {
    project::Project anna = open("Anna");
    anna.apply(project::AddApplication{sample("B-01")});
    project::Project ben = open("Ben");
    const domain::Application base = ben.applications()[0];  // Ben starts typing
    domain::Application a = anna.applications()[0];
    a.title = "Annas Titel";
    anna.apply(project::UpdateApplication{a});
    ASSERT_TRUE(syncedWithin2s(ben));  // Ben's window follows; his draft stays as typed
    domain::Application draft = base;
    draft.street = "Bens Straße";
    ben.apply(project::UpdateApplication{draft, base});
    EXPECT_EQ(ben.applications()[0].title, "Annas Titel");
    EXPECT_EQ(ben.applications()[0].street, "Bens Straße");
    draft.title = "Bens Titel";
    try {
        ben.apply(project::UpdateApplication{draft, base});
        ADD_FAILURE() << "overwrote Anna's title";
    } catch (const store::ConflictError& e) {
        EXPECT_NE(std::string(e.what()).find("Annas Titel"), std::string::npos) << e.what();
    }
    EXPECT_EQ(ben.applications()[0].title, "Annas Titel");
}

TEST_F(SharedProject, PullCopiesTheProjectAndItsChainIntoAFile) {
    {
        project::Project p = open("Anna");
        p.apply(project::AddApplication{sample("B-01")});
        const std::int64_t m = p.apply(project::AddMember{{0, "Anna", "Vorsitz"}}).created.at(0);
        p.apply(project::SetScore{m, 1, decision::Criterion::Akteure, 5});
    }
    const std::string out = dir.file("kopie.gpkg");
    store::CopyReport r = store::pullProject(location, out);
    EXPECT_EQ(r.applications, 1);
    EXPECT_EQ(r.auditEntries, 3);
    project::VerifyReport v = project::verifyProject(out);
    EXPECT_TRUE(v.problems.empty()) << v.problems.front();
    project::Project copy = project::Project::open(out, project::OpenOptions{true, ""});
    project::Project server = open("Leser");
    EXPECT_EQ(copy.committee(), server.committee());
    EXPECT_EQ(domain::toJson(copy.applications()[0]), domain::toJson(server.applications()[0]));
    EXPECT_EQ(copy.map().municipalities.size(), server.map().municipalities.size());
    EXPECT_EQ(copy.auditLog().back().hash, server.auditLog().back().hash);
    // Nothing beside it but the copy.
    int files = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(out).parent_path()))
        files += entry.path().filename().string().rfind("kopie", 0) == 0;
    EXPECT_EQ(files, 1);
    // An existing file is never overwritten.
    EXPECT_THROW(store::pullProject(location, out), std::runtime_error);
}

TEST_F(SharedProject, PublishRefusesATakenSchemaAndReplacesOnlyAProject) {
    TempDir second;
    const std::string file = testdata::boundaryProject(second);
    try {
        store::publishProject(file, location, false);
        ADD_FAILURE() << "published over an existing project";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("gibt es schon"), std::string::npos) << e.what();
    }
    EXPECT_NO_THROW(store::publishProject(file, location, true));
    store::pg::Address a = store::pg::parseAddress(location);
    store::pg::Connection c(a.conninfo, a.shown);
    const std::string other = testdata::uniqueName("p");
    c.exec("CREATE SCHEMA " + other + "; CREATE TABLE " + other + ".daten (x int)");
    EXPECT_THROW(store::publishProject(file, uri + "?schema=" + other, true), std::runtime_error);
    EXPECT_TRUE(c.scalar("SELECT to_regclass('" + other + ".daten')::text").has_value());
    c.exec("DROP SCHEMA " + other + " CASCADE");
}

TEST_F(SharedProject, OpeningASchemaWithoutAProjectNamesIt) {
    try {
        project::Project::open(uri + "?schema=gibtsnicht");
        ADD_FAILURE() << "opened";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("gibtsnicht"), std::string::npos) << e.what();
    }
}

TEST_F(SharedProject, FundingIsStoredOnTheServerAndAnInvoiceChangedElsewhereIsAConflict) {
    project::Project anna = open("Anna");
    domain::Application a = sample("B-01");
    a.municipalityAgs = "05358004";
    a.site = std::nullopt;
    const std::int64_t b1 = anna.apply(project::AddApplication{a}).created.at(0);
    const std::int64_t b2 = anna.apply(project::AddApplication{sample("B-02")}).created.at(0);
    anna.apply(project::RecordChoice{{b1, b2}, "Test", {}});
    domain::Offer o;
    o.application = b1;
    o.supplier = "Druckerei";
    o.date = anna.committee().choice->decided;
    o.amount = 50000;
    const std::string bytes = "%PDF-1.4\n%%EOF\n";
    const std::int64_t offer =
        anna.apply(project::AddOffer{o, domain::Document{"", "a.pdf", {bytes.begin(), bytes.end()}}}).created.at(0);
    domain::Invoice inv;
    inv.application = b1;
    inv.number = "R-1";
    inv.date = o.date;
    inv.amount = 40000;
    inv.offer = offer;
    const std::int64_t r = anna.apply(project::AddInvoice{inv}).created.at(0);
    project::Project ben = open("Ben");
    ASSERT_EQ(ben.state().funding.offers.size(), 1u);
    EXPECT_EQ(ben.state().funding, anna.state().funding);
    ASSERT_TRUE(ben.document(ben.state().funding.offers[0].documentSha256));
    EXPECT_EQ(ben.document(ben.state().funding.offers[0].documentSha256)->bytes.size(), bytes.size());
    domain::Invoice annas = *anna.state().funding.invoice(r), bens = annas;
    annas.amount = 41000;
    bens.amount = 42000;
    anna.apply(project::UpdateInvoice{annas});
    EXPECT_THROW(ben.apply(project::UpdateInvoice{bens}), store::ConflictError);
    EXPECT_EQ(open("Leser").state().funding.invoice(r)->amount, 41000);
}

TEST(ProjectAddress, IsTakenApartWithoutShowingThePassword) {
    store::pg::Address a = store::pg::parseAddress("postgresql://anna:geheim@db.kreis.local:5433/gremium?schema=odb_2024&sslmode=require");
    EXPECT_EQ(a.schema, "odb_2024");
    EXPECT_EQ(a.conninfo, "postgresql://anna:geheim@db.kreis.local:5433/gremium?sslmode=require");
    EXPECT_EQ(a.shown, "postgresql://anna@db.kreis.local:5433/gremium?schema=odb_2024");
    EXPECT_EQ(store::pg::parseAddress("postgres://h/db").schema, "begegnungskarte");
    EXPECT_THROW(store::pg::parseAddress("postgresql://h/db?schema=Robert;DROP"), std::runtime_error);
    EXPECT_THROW(store::pg::parseAddress("postgresql://h/db?schema=pg_catalog"), std::runtime_error);
    EXPECT_THROW(store::pg::parseAddress("postgresql://h/db?schema=%zz"), std::runtime_error);
    EXPECT_THROW(store::pg::parseAddress("postgresql://h/db?unbekannt=1"), std::runtime_error);
    EXPECT_TRUE(store::pg::isServerAddress("postgresql://h/db"));
    EXPECT_FALSE(store::pg::isServerAddress("/tmp/postgresql://x.gpkg"));
}

TEST(ProjectAddress, AnUnreachableServerIsSaidNamingTheAddress) {
    i18n::setLanguage(i18n::Lang::De);
    // Port 9 on loopback: nothing listens there.
    try {
        project::Project::open("postgresql://nutzer:pw@127.0.0.1:9/db?schema=x");
        ADD_FAILURE() << "opened";
    } catch (const std::runtime_error& e) {
        const std::string m = e.what();
        EXPECT_NE(m.find("postgresql://nutzer@127.0.0.1:9/db?schema=x"), std::string::npos) << m;
        EXPECT_NE(m.find("keine Verbindung"), std::string::npos) << m;
        EXPECT_EQ(m.find("pw"), std::string::npos) << m;
    }
}

}  // namespace
