// The GeoPackage store through the store::ProjectStore interface only: what the edit engine
// (and a later PostgreSQL store) relies on.

#include <gtest/gtest.h>

#include <sqlite3.h>

#include <fstream>
#include <iterator>
#include <memory>

#include "app/store/gpkg_store.hpp"
#include "app/store/project_store.hpp"
#include "app/store/verify.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

domain::Application application(std::int64_t id, const std::string& nr) {
    domain::Application a;
    a.id = id;
    a.nr = nr;
    a.title = "Ort " + nr;
    a.municipalityAgs = "05358008";
    a.site = geo::Vec2{303000, 5601000};
    return a;
}

// A step adding a member, as the engine writes it.
store::Step committeeStep(const domain::Committee& before, const domain::Committee& after) {
    store::Step s;
    s.action = "member.add";
    s.object = "Anna";
    s.committee = std::make_pair(before, after);
    return s;
}

TEST(GpkgStore, WritesAStepWithItsAuditEntryAndLoadsItBack) {
    testdata::TempDir dir;
    std::string path = testdata::boundaryProject(dir);
    {
        std::unique_ptr<store::ProjectStore> s = store::GpkgStore::open(path);
        EXPECT_FALSE(s->readOnly());
        EXPECT_EQ(s->location(), path);
        domain::ProjectState state = s->load();
        EXPECT_EQ(state.map.municipalities.size(), 2u);
        EXPECT_TRUE(state.applications.empty());
        store::Step add;
        add.action = "application.add";
        add.object = "B-01";
        add.changes = {{std::nullopt, application(1, "B-01")}};
        s->write(add, "Prüferin");
        domain::Committee after = state.committee;
        after.members.push_back({1, "Anna", "Amt 52"});
        s->write(committeeStep(state.committee, after), "Prüferin");
        s->write(add.reversed("undo:application.add"), "Prüferin");
        s->setViewSetting("theme", "bewerbungen");
    }
    std::unique_ptr<store::ProjectStore> s = store::GpkgStore::open(path, {.readOnly = true});
    EXPECT_EQ(s->readOnlyCause(), store::ReadOnlyCause::Requested);
    domain::ProjectState state = s->load();
    EXPECT_TRUE(state.applications.empty());
    ASSERT_EQ(state.committee.members.size(), 1u);
    EXPECT_EQ(state.committee.members[0].name, "Anna");
    EXPECT_EQ(s->viewSetting("theme"), "bewerbungen");
    std::vector<store::AuditEntry> log = s->auditLog();
    ASSERT_EQ(log.size(), 3u);
    EXPECT_EQ(log[0].action, "application.add");
    EXPECT_EQ(log[2].action, "undo:application.add");
    EXPECT_EQ(log[2].object, "B-01");
    EXPECT_EQ(log[0].user, "Prüferin");
    EXPECT_EQ(log[0].previousHash, std::string(64, '0'));
    for (std::size_t i = 0; i < log.size(); ++i) {
        EXPECT_EQ(store::auditEntryHash(log[i]), log[i].hash);
        if (i > 0) {
            EXPECT_EQ(log[i].previousHash, log[i - 1].hash);
        }
    }
    store::Step call;
    call.action = "call.update";
    EXPECT_THROW(s->write(call, "x"), std::runtime_error);
    EXPECT_TRUE(store::verifyProject(path).problems.empty());
}

TEST(GpkgStore, ASecondWriterGetsAReadOnlyStore) {
    testdata::TempDir dir;
    std::string path = testdata::boundaryProject(dir);
    std::unique_ptr<store::ProjectStore> first = store::GpkgStore::open(path);
    std::unique_ptr<store::ProjectStore> second = store::GpkgStore::open(path);
    EXPECT_FALSE(first->readOnly());
    EXPECT_EQ(second->readOnlyCause(), store::ReadOnlyCause::OpenElsewhere);
}

}  // namespace

namespace {

std::string fileBytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Damage where the program writes (a cell of the members' table pointing past its page, as a
// fuzzer made it): opened read-only, saying why, and the file is not touched.
TEST(GpkgStore, DamageWhereTheProgramWritesOpensReadOnlyAndTouchesNothing) {
    testdata::TempDir dir;
    std::string path = testdata::boundaryProject(dir);
    {
        std::unique_ptr<store::ProjectStore> s = store::GpkgStore::open(path);
        domain::Committee before = s->load().committee, after = before;
        after.members.push_back({1, "Anna", "Amt 52"});
        s->write(committeeStep(before, after), "Prüferin");
    }
    long long root = 0, pageSize = 0;
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db, "SELECT (SELECT rootpage FROM sqlite_master WHERE name = 'mitglieder'), "
                               "(SELECT page_size FROM pragma_page_size)", -1, &st, nullptr);
        ASSERT_EQ(sqlite3_step(st), SQLITE_ROW);
        root = sqlite3_column_int64(st, 0);
        pageSize = sqlite3_column_int64(st, 1);
        sqlite3_finalize(st);
        sqlite3_close(db);
    }
    ASSERT_GT(root, 1);
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekg((root - 1) * pageSize);
        char type = 0;
        f.read(&type, 1);
        ASSERT_EQ(type, 0x0d) << "a leaf page of a table";
        f.seekp((root - 1) * pageSize + 8);  // the first cell's offset, far past the page
        f.write("\xFF\xF0", 2);
    }
    const std::string damaged = fileBytes(path);
    std::unique_ptr<store::ProjectStore> s = store::GpkgStore::open(path);
    EXPECT_EQ(s->readOnlyCause(), store::ReadOnlyCause::Damaged);
    EXPECT_FALSE(s->readOnlyDetail().empty());
    EXPECT_THROW(s->setViewSetting("theme", "gemeinden"), std::exception);
    s.reset();
    EXPECT_EQ(fileBytes(path), damaged) << "a damaged file is not written to";
}

}  // namespace
