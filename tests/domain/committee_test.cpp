// The committee in the project file: members, scores, conflicts of interest, settings and the
// recorded choice; each an undoable, audited edit that survives closing the file.

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <filesystem>

#include "app/exchange/boundary_import.hpp"
#include "app/project/project.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

namespace fs = std::filesystem;
using decision::Criterion;
using testdata::TempDir;

domain::Application application(const std::string& nr, const std::string& ags) {
    domain::Application a;
    a.nr = nr;
    a.municipalityAgs = ags;
    a.title = "Ort " + nr;
    return a;
}

struct CommitteeTest : ::testing::Test {
    TempDir dir;
    std::string path;
    std::int64_t b1 = 0, b2 = 0, b3 = 0;

    void SetUp() override {
        path = testdata::boundaryProject(dir);
        project::Project p = project::Project::open(path);
        p.apply(project::ImportApplications{{application("B-01", "05358004"),
                                           application("B-02", "05358008"),
                                           application("B-03", "05358008")},
                                          "test"});
        b1 = p.findByNr("B-01")->id;
        b2 = p.findByNr("B-02")->id;
        b3 = p.findByNr("B-03")->id;
    }

    std::int64_t addMember(project::Project& p, const std::string& name) {
        p.apply(project::AddMember{{0, name, "Amt 52"}});
        return p.committee().members.back().id;
    }

    void sqlite(const std::string& statement) { testdata::sqliteExec(path, statement); }
};

TEST_F(CommitteeTest, MembersScoresAndRecusalsSurviveReopening) {
    {
        project::Project p = project::Project::open(path);
        std::int64_t anna = addMember(p, "Anna Beispiel");
        std::int64_t ben = addMember(p, "Ben Muster");
        EXPECT_NE(anna, ben);
        p.apply(project::SetScore{anna, b1, Criterion::Akteure, 4});
        p.apply(project::SetScore{anna, b1, Criterion::Lage, 2});
        p.apply(project::SetScore{ben, b1, Criterion::Akteure, 3});
        p.apply(project::SetScore{anna, b1, Criterion::Akteure, 5});  // changed, not added
        p.apply(project::SetRecusal{ben, b2, true});
    }
    project::Project p = project::Project::open(path);
    const domain::Committee& c = p.committee();
    ASSERT_EQ(c.members.size(), 2u);
    EXPECT_EQ(c.members[0].name, "Anna Beispiel");
    EXPECT_EQ(c.members[0].role, "Amt 52");
    ASSERT_EQ(c.scores.size(), 3u);
    EXPECT_EQ(c.score(c.members[0].id, b1, Criterion::Akteure), 5);
    EXPECT_EQ(c.score(c.members[0].id, b1, Criterion::Lage), 2);
    EXPECT_EQ(c.score(c.members[1].id, b1, Criterion::Akteure), 3);
    EXPECT_FALSE(c.score(c.members[1].id, b1, Criterion::Lage));
    EXPECT_TRUE(c.recused(c.members[1].id, b2));
    EXPECT_FALSE(c.recused(c.members[0].id, b2));
    EXPECT_TRUE(project::verifyProject(path).problems.empty());
}

TEST_F(CommitteeTest, BadScoresAreRefusedAndChangeNothing) {
    project::Project p = project::Project::open(path);
    std::int64_t anna = addMember(p, "Anna Beispiel");
    EXPECT_THROW(p.apply(project::SetScore{anna, b1, Criterion::Akteure, 6}), project::ValidationError);
    EXPECT_THROW(p.apply(project::SetScore{anna, b1, Criterion::Akteure, -1}), project::ValidationError);
    EXPECT_THROW(p.apply(project::SetScore{anna, b1, Criterion::Verteilung, 3}),
                 project::ValidationError);
    EXPECT_THROW(p.apply(project::SetScore{anna + 7, b1, Criterion::Akteure, 3}),
                 project::ValidationError);
    EXPECT_THROW(p.apply(project::SetScore{anna, 999, Criterion::Akteure, 3}), project::ValidationError);
    EXPECT_THROW(p.apply(project::AddMember{{0, "Anna Beispiel", ""}}), project::ValidationError);
    EXPECT_THROW(p.apply(project::AddMember{{0, "", ""}}), project::ValidationError);
    p.apply(project::SetRecusal{anna, b1, true});
    EXPECT_THROW(p.apply(project::SetScore{anna, b1, Criterion::Akteure, 3}), project::ValidationError);
    EXPECT_TRUE(p.committee().scores.empty());
}

TEST_F(CommitteeTest, UndoAndRedoOfScoresAndOfRemovingAMember) {
    project::Project p = project::Project::open(path);
    std::int64_t anna = addMember(p, "Anna Beispiel");
    p.apply(project::SetScore{anna, b1, Criterion::Akteure, 4});
    p.apply(project::SetScore{anna, b1, Criterion::Akteure, 1});
    p.undo();
    EXPECT_EQ(p.committee().score(anna, b1, Criterion::Akteure), 4);
    p.redo();
    EXPECT_EQ(p.committee().score(anna, b1, Criterion::Akteure), 1);
    p.apply(project::SetRecusal{anna, b2, true});
    p.apply(project::RemoveMember{anna});
    EXPECT_TRUE(p.committee().members.empty());
    EXPECT_TRUE(p.committee().scores.empty());
    EXPECT_TRUE(p.committee().recusals.empty());
    p.undo();  // the member comes back with their scores and recusal
    ASSERT_EQ(p.committee().members.size(), 1u);
    EXPECT_EQ(p.committee().score(anna, b1, Criterion::Akteure), 1);
    EXPECT_TRUE(p.committee().recused(anna, b2));
    // ... also in the file.
    project::Project again = project::Project::open(path, {true, ""});
    EXPECT_EQ(again.committee(), p.committee());
}

TEST_F(CommitteeTest, SettingsAreValidatedAndStored) {
    project::Project p = project::Project::open(path);
    domain::DecisionSettings s = p.committee().settings;
    EXPECT_EQ(s.radiusKm, 10);
    EXPECT_TRUE(s.blind);
    s.weights = {2, 1, 1, 1, 1, 0};
    s.radiusKm = 7.5;
    s.aggregation.method = decision::Aggregation::Median;
    s.aggregation.zNormalise = true;
    s.basis = decision::VerteilungBasis::Distance;
    s.revealed = true;
    s.regions = {{"05358004", 0}, {"05358008", 2}};
    s.rubric[1][5] = "hervorragend";
    p.apply(project::UpdateDecisionSettings{s});
    domain::DecisionSettings bad = s;
    bad.weights = {0, 0, 0, 0, 0, 0};
    EXPECT_THROW(p.apply(project::UpdateDecisionSettings{bad}), project::ValidationError);
    bad = s;
    bad.radiusKm = 0;
    EXPECT_THROW(p.apply(project::UpdateDecisionSettings{bad}), project::ValidationError);
    project::Project again = project::Project::open(path, {true, ""});
    EXPECT_EQ(again.committee().settings, s);
}

TEST_F(CommitteeTest, AChoiceOtherThanTheRecommendationNeedsAReasonAndSetsTheStatuses) {
    project::Project p = project::Project::open(path);
    // Recommended B-01 + B-02; the committee takes B-01 + B-03.
    project::RecordChoice other{{b1, b3}, "", {b2}};
    EXPECT_THROW(p.apply(other), project::ValidationError);
    other.reason = "   ";
    EXPECT_THROW(p.apply(other), project::ValidationError);
    EXPECT_THROW(p.apply(project::RecordChoice{{b2, b3}, "", {}}), project::ValidationError)
        << "two places in one municipality";
    EXPECT_THROW(p.apply(project::RecordChoice{{b1}, "", {}}), project::ValidationError)
        << "the call funds two places";
    other.reason = "B-03 hat bereits Räume und Personal.";
    p.apply(other);
    EXPECT_EQ(p.find(b1)->status, domain::Status::Ausgewaehlt);
    EXPECT_EQ(p.find(b3)->status, domain::Status::Ausgewaehlt);
    EXPECT_EQ(p.find(b2)->status, domain::Status::Abgelehnt);
    ASSERT_TRUE(p.committee().choice);
    EXPECT_EQ(p.committee().choice->reason, "B-03 hat bereits Räume und Personal.");
    // The reason is in the audit log.
    std::vector<project::AuditEntry> log = p.auditLog();
    EXPECT_EQ(log.back().action, "choice.record");
    EXPECT_EQ(log.back().description, "Auswahl beschlossen: B-01 + B-03");
    EXPECT_NE(log.back().after.find("B-03 hat bereits Räume und Personal."), std::string::npos);
    // Undo restores the statuses and removes the choice.
    p.undo();
    EXPECT_EQ(p.find(b1)->status, domain::Status::Eingegangen);
    EXPECT_EQ(p.find(b2)->status, domain::Status::Eingegangen);
    EXPECT_FALSE(p.committee().choice);
    // These applications have no sites, so nothing can be ranked and there is no
    // recommendation: every choice needs a reason (tests/project: the recommendation needs none).
    EXPECT_THROW(p.apply(project::RecordChoice{{b1, b2}, "", {b3}}), project::ValidationError);
    p.apply(project::RecordChoice{{b1, b2}, "Ohne Standorte keine Empfehlung.", {b3}});
    EXPECT_EQ(p.find(b3)->status, domain::Status::Abgelehnt);
    EXPECT_TRUE(project::verifyProject(path).problems.empty());
}

TEST_F(CommitteeTest, ASchemaOneFileIsMigratedAfterABackup) {
    {
        project::Project p = project::Project::open(path);
        addMember(p, "Anna Beispiel");
    }
    // Turn the file back into schema 1: no committee tables (nor the funding's of schema 3).
    sqlite(
        "DROP TABLE mitglieder; DROP TABLE bewertungen; DROP TABLE befangenheit; "
        "DROP TABLE entscheidung; DELETE FROM gpkg_contents WHERE table_name IN ('mitglieder', "
        "'bewertungen', 'befangenheit', 'entscheidung'); "
        "DROP TABLE angebote; DROP TABLE rechnungen; DROP TABLE vertraege; DROP TABLE dokumente; "
        "DROP TABLE vermerk; DELETE FROM gpkg_contents WHERE table_name IN ('angebote', 'rechnungen', "
        "'vertraege', 'dokumente', 'vermerk'); "
        "UPDATE bk_meta SET value = '1' WHERE key = 'schema_version'");
    {
        // Read-only, it is read as it is: applications there, no committee.
        project::Project ro = project::Project::open(path, {true, ""});
        EXPECT_EQ(ro.applications().size(), 3u);
        EXPECT_TRUE(ro.committee().members.empty());
    }
    project::Project p = project::Project::open(path);
    EXPECT_TRUE(fs::exists(path + ".bak-schema1"));
    EXPECT_EQ(p.applications().size(), 3u);
    EXPECT_TRUE(p.committee().members.empty());
    addMember(p, "Ben Muster");
    project::VerifyReport r = project::verifyProject(path);
    EXPECT_TRUE(r.problems.empty()) << r.problems.front();
    EXPECT_EQ(r.schemaVersion, project::kSchemaVersion);
}

}  // namespace

namespace {

TEST(CommitteeBlindMode, AMemberSeesOnlyTheirOwnScoresUntilRevealed) {
    domain::Committee c;
    c.members = {{1, "Anna", ""}, {2, "Ben", ""}};
    c.scores = {{1, 10, Criterion::Akteure, 4}, {2, 10, Criterion::Akteure, 1},
                {2, 11, Criterion::Lage, 3}};
    ASSERT_TRUE(c.settings.blind);  // blind by default
    auto anna = c.visibleScores(1);
    ASSERT_EQ(anna.size(), 1u);
    EXPECT_EQ(anna[0].value, 4);
    EXPECT_EQ(c.visibleScores(2).size(), 2u);
    EXPECT_TRUE(c.visibleScores(std::nullopt).empty());
    c.settings.revealed = true;  // "Aufdecken": everybody sees everything at once
    EXPECT_EQ(c.visibleScores(1).size(), 3u);
    EXPECT_EQ(c.visibleScores(std::nullopt).size(), 3u);
    c.settings.revealed = false;
    c.settings.blind = false;
    EXPECT_EQ(c.visibleScores(1).size(), 3u);
}

}  // namespace
