// Offline work on a shared project: a member pulls a copy, edits it away from the server while
// others go on editing the shared project, and pushes (project/push.hpp). What only the copy
// changed arrives, what others changed stays, and what both changed is listed as a conflict
// and written only as the member resolves it.

#include <gtest/gtest.h>

#include <filesystem>

#include "app/project/history.hpp"
#include "app/project/project.hpp"
#include "app/project/push.hpp"
#include "app/store/copy_origin.hpp"
#include "app/store/publish.hpp"
#include "tests/support/pg_project_fixture.hpp"

namespace {

using decision::Criterion;
using testdata::sample;
using testdata::SharedProject;

class OfflineCopy : public SharedProject {
  protected:
    void SetUp() override {
        SharedProject::SetUp();
        if (IsSkipped() || HasFatalFailure()) return;
        project::Project p = open("Verwaltung");
        app = p.apply(project::AddApplication{sample("B-01")}).created.at(0);
        anna = p.apply(project::AddMember{{0, "Anna", "Vorsitz"}}).created.at(0);
        ben = p.apply(project::AddMember{{0, "Ben", "Mitglied"}}).created.at(0);
        copy = dir.file("kopie.gpkg");
        store::pullProject(location, copy);
    }
    project::Project openCopy() { return project::Project::open(copy, project::OpenOptions{false, "Anna"}); }
    project::PushReport push(domain::MergeResolution r = {}, bool dryRun = false) {
        return project::push({copy, location, "Anna", dryRun, std::move(r)});
    }
    const domain::MergeItem* find(const std::vector<domain::MergeItem>& items, const std::string& key) {
        for (const domain::MergeItem& i : items)
            if (i.key == key) return &i;
        return nullptr;
    }

    std::string copy;
    std::int64_t app = 0, anna = 0, ben = 0;
};

TEST_F(OfflineCopy, TheCopysScoresArriveOthersEditsStayAndAConflictWaitsForADecision) {
    {
        // On the train: Anna scores and retitles B-01.
        project::Project c = openCopy();
        c.apply(project::SetScore{anna, app, Criterion::Akteure, 4});
        c.apply(project::SetScore{anna, app, Criterion::Lage, 5});
        domain::Application a = *c.find(app);
        a.title = "Titel aus der Kopie";
        c.apply(project::UpdateApplication{a});
    }
    {
        // Meanwhile at the office: Ben scores, someone retitles B-01 and changes the town.
        project::Project s = open("Ben");
        s.apply(project::SetScore{ben, app, Criterion::Akteure, 2});
        domain::Application a = *s.find(app);
        a.title = "Titel vom Server";
        a.town = "Düren-Mitte";
        s.apply(project::UpdateApplication{a});
    }
    const std::size_t entriesBefore = open("Leser").auditLog().size();

    // A dry run and a push with the conflict open list the same and write nothing.
    for (bool dryRun : {true, false}) {
        project::PushReport r = push({}, dryRun);
        EXPECT_FALSE(r.written);
        EXPECT_EQ(r.merge.sent.size(), 2u);
        ASSERT_EQ(r.merge.conflicts.size(), 1u);
        EXPECT_EQ(r.merge.conflicts[0].key, "B-01/titel");
        EXPECT_EQ(r.merge.conflicts[0].mine, "Titel aus der Kopie");
        EXPECT_EQ(r.merge.conflicts[0].theirs, "Titel vom Server");
        EXPECT_TRUE(r.merge.open());
    }
    EXPECT_EQ(open("Leser").auditLog().size(), entriesBefore);

    // A resolution naming no conflict is refused, nothing written.
    domain::MergeResolution typo;
    typo.byKey["B-01/tittel"] = true;
    typo.all = false;
    EXPECT_FALSE(push(typo).written);
    EXPECT_EQ(open("Leser").auditLog().size(), entriesBefore);

    // Anna keeps her title.
    domain::MergeResolution mine;
    mine.byKey["B-01/titel"] = true;
    project::PushReport r = push(mine);
    ASSERT_TRUE(r.written);
    EXPECT_TRUE(r.copyUpdated) << r.copyNote;
    project::Project server = open("Leser");
    EXPECT_EQ(server.find(app)->title, "Titel aus der Kopie");
    EXPECT_EQ(server.find(app)->town, "Düren-Mitte");
    EXPECT_EQ(server.committee().score(anna, app, Criterion::Akteure), 4);
    EXPECT_EQ(server.committee().score(anna, app, Criterion::Lage), 5);
    EXPECT_EQ(server.committee().score(ben, app, Criterion::Akteure), 2);
    // One audit entry, by Anna, naming the copy, and the chain still holds.
    const std::vector<project::AuditEntry> log = server.auditLog();
    ASSERT_EQ(log.size(), entriesBefore + 1);
    EXPECT_EQ(log.back().action, project::history::kCopyApply);
    EXPECT_EQ(log.back().object, "kopie.gpkg");
    EXPECT_EQ(log.back().user, "Anna");
    EXPECT_EQ(log.back().id, r.auditEntry);
    project::VerifyReport v = project::verifyProject(location);
    EXPECT_TRUE(v.problems.empty()) << v.problems.front();

    // The copy now holds the pushed state (Ben's score, the town) and can be pushed again.
    {
        project::Project c = openCopy();
        EXPECT_EQ(c.find(app)->town, "Düren-Mitte");
        EXPECT_EQ(c.committee().score(ben, app, Criterion::Akteure), 2);
        c.apply(project::SetScore{anna, app, Criterion::Zielgruppen, 3});
    }
    std::optional<store::CopyOrigin> origin = store::readCopyOrigin(copy);
    ASSERT_TRUE(origin);
    EXPECT_TRUE(origin->pushedUtc);
    EXPECT_EQ(origin->headId, r.auditEntry);
    project::PushReport again = push();
    EXPECT_TRUE(again.written);
    EXPECT_TRUE(again.merge.conflicts.empty());
    ASSERT_EQ(again.merge.sent.size(), 1u);
    EXPECT_EQ(again.merge.sent[0].key, "bewertung/Anna/B-01/zielgruppen");
    // Nothing more to send: nothing written.
    project::PushReport none = push();
    EXPECT_FALSE(none.written);
    EXPECT_TRUE(none.merge.sent.empty());
}

TEST_F(OfflineCopy, TheServersValueCanWinAndTheMergedStateIsCheckedLikeAnyEdit) {
    {
        project::Project c = openCopy();
        c.apply(project::SetScore{anna, app, Criterion::Akteure, 4});
        domain::Application a = *c.find(app);
        a.title = "Kopie";
        c.apply(project::UpdateApplication{a});
    }
    {
        project::Project s = open("Ben");
        domain::Application a = *s.find(app);
        a.title = "Server";
        s.apply(project::UpdateApplication{a});
        s.apply(project::SetScore{anna, app, Criterion::Akteure, 1});
    }
    domain::MergeResolution theirs;
    theirs.all = false;
    project::PushReport r = push(theirs);
    ASSERT_TRUE(r.written == false);  // both conflicts taken from the server: nothing to send
    EXPECT_EQ(r.merge.conflicts.size(), 2u);
    EXPECT_EQ(open("Leser").find(app)->title, "Server");

    // A copy whose merged state breaks a rule (a second application with B-01's Nr added
    // offline) is refused as that edit would be; nothing written.
    {
        project::Project c = openCopy();
        domain::Application twin = sample("B-02");
        c.apply(project::AddApplication{twin});
        project::Project s = open("Ben");
        s.apply(project::AddApplication{sample("B-02")});
    }
    const std::size_t entries = open("Leser").auditLog().size();
    EXPECT_THROW(push(theirs), project::ValidationError);
    EXPECT_EQ(open("Leser").auditLog().size(), entries);
}

TEST_F(OfflineCopy, OnlyACopyOfThisProjectIsPushed) {
    // A project file that was never pulled (the one the fixture published).
    try {
        project::push({dir.file("projekt.gpkg"), location, "Anna", false, {}});
        ADD_FAILURE() << "pushed a file that is no copy";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("keine Kopie"), std::string::npos) << e.what();
    }
    // The copy, to another project on the same server.
    const std::string other = location.substr(0, location.find("?schema=")) + "?schema=" + testdata::uniqueName("o");
    testdata::TempDir otherDir;
    store::publishProject(testdata::boundaryProject(otherDir), other, false);
    try {
        project::push({copy, other, "Anna", false, {}});
        ADD_FAILURE() << "pushed into another project";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("keine Kopie des Projekts"), std::string::npos) << e.what();
    }
    store::pg::Address a = store::pg::parseAddress(other);
    store::pg::Connection(a.conninfo, a.shown).exec("DROP SCHEMA " + a.schema + " CASCADE");
}

}  // namespace
