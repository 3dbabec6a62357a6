// The edit engine through its API: every action kind is applied, written, undone; apply says
// what it created; a refusal carries its problem codes; a choice records the engine's own
// recommendation; read-only edits are their own error type.

#include <gtest/gtest.h>

#include <algorithm>

#include "app/decision/pipeline.hpp"
#include "app/i18n/language.hpp"
#include "app/project/project.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

using decision::Criterion;
using domain::ProblemCode;

// Eligible applications: Aldenhoven is the square x 300–302 km, Düren x 302–305 km.
domain::Application application(const std::string& nr, const std::string& ags, geo::Vec2 site) {
    domain::Application a;
    a.nr = nr;
    a.title = "Ort " + nr;
    a.municipalityAgs = ags;
    a.applicant = "Träger " + nr;
    a.site = site;
    a.receivedByEmail = domain::parseDate("2024-02-01");
    a.receivedByPost = domain::parseDate("2024-02-02");
    a.formComplete = true;
    return a;
}

std::vector<ProblemCode> codes(const project::ValidationError& e) {
    std::vector<ProblemCode> out;
    for (const domain::Problem& p : e.problems) out.push_back(p.code);
    return out;
}

template <typename F>
std::vector<ProblemCode> refusal(F&& f) {
    try {
        f();
    } catch (const project::ValidationError& e) {
        return codes(e);
    }
    ADD_FAILURE() << "accepted";
    return {};
}

struct EngineTest : ::testing::Test {
    testdata::TempDir dir;
    std::string path;
    std::int64_t a1 = 0, d1 = 0, d2 = 0, anna = 0;

    void SetUp() override {
        i18n::setLanguage(i18n::Lang::De);
        path = testdata::boundaryProject(dir);
        project::Project p = project::Project::open(path, {.readOnly = false, .user = "test"});
        project::ApplyResult r = p.apply(project::ImportApplications{
            {application("A-01", "05358004", {301000, 5601000}),
             application("D-01", "05358008", {303000, 5601000}),
             application("D-02", "05358008", {304500, 5602500})},
            "drei.csv"});
        ASSERT_EQ(r.created.size(), 3u);
        a1 = r.created[0], d1 = r.created[1], d2 = r.created[2];
        EXPECT_EQ(p.findByNr("D-02")->id, d2);
        project::ApplyResult m = p.apply(project::AddMember{{0, "Anna", "Amt 52"}});
        ASSERT_EQ(m.created.size(), 1u);
        anna = m.created[0];
        EXPECT_EQ(p.committee().member(anna)->name, "Anna");
    }
};

TEST_F(EngineTest, ApplyReturnsTheIdsItCreated) {
    project::Project p = project::Project::open(path);
    project::ApplyResult r = p.apply(project::AddApplication{application("A-02", "05358004", {300500, 5600500})});
    ASSERT_EQ(r.created.size(), 1u);
    EXPECT_EQ(p.find(r.created[0])->nr, "A-02");
    EXPECT_TRUE(p.apply(project::MoveSite{r.created[0], std::nullopt}).created.empty());
    EXPECT_EQ(p.undoDescription(), "Standort gesetzt: A-02");
}

TEST_F(EngineTest, EveryCommitteeActionRoundTripsAndUndoes) {
    project::Project p = project::Project::open(path);
    domain::Committee before = p.committee();
    p.apply(project::UpdateMember{{anna, "Anna B.", "Amt 52"}});
    p.apply(project::SetScore{anna, d2, Criterion::Akteure, 5});
    p.apply(project::SetRecusal{anna, a1, true});
    domain::DecisionSettings s = p.committee().settings;
    s.radiusKm = 5;
    p.apply(project::UpdateDecisionSettings{s});
    project::ApplyResult ben = p.apply(project::AddMember{{0, "Ben", ""}});
    p.apply(project::RemoveMember{ben.created.at(0)});
    {
        project::Project reopened = project::Project::open(path, {.readOnly = true, .user = {}});
        EXPECT_EQ(reopened.committee(), p.committee());
        EXPECT_EQ(reopened.committee().member(anna)->name, "Anna B.");
        EXPECT_EQ(reopened.committee().score(anna, d2, Criterion::Akteure), 5);
        EXPECT_TRUE(reopened.committee().recused(anna, a1));
        EXPECT_EQ(reopened.committee().settings.radiusKm, 5);
    }
    for (int i = 0; i < 6; ++i) p.undo();
    EXPECT_EQ(p.committee(), before);
    EXPECT_EQ(project::Project::open(path, {.readOnly = true, .user = {}}).committee(), before);
    EXPECT_TRUE(project::verifyProject(path).problems.empty());
}

TEST_F(EngineTest, RefusalsCarryTheirCodes) {
    project::Project p = project::Project::open(path);
    EXPECT_EQ(refusal([&] { p.apply(project::AddApplication{application("A-01", "05358004", {301000, 5601000})}); }),
              std::vector{ProblemCode::NrTaken});
    domain::Application bad = application("", "05999001", {301000, 5601000});
    bad.contactEmail = "kein at";
    EXPECT_EQ(refusal([&] { p.apply(project::AddApplication{bad}); }),
              (std::vector{ProblemCode::NrMissing, ProblemCode::MunicipalityUnknown, ProblemCode::NotAnEmail}));
    EXPECT_EQ(refusal([&] { p.apply(project::DeleteApplication{99}); }), std::vector{ProblemCode::ApplicationNotFound});
    EXPECT_EQ(refusal([&] { p.apply(project::AddMember{{0, "Anna", ""}}); }), std::vector{ProblemCode::MemberNameTaken});
    EXPECT_EQ(refusal([&] { p.apply(project::SetScore{anna, a1, Criterion::Akteure, 6}); }),
              std::vector{ProblemCode::ScoreOutOfRange});
    EXPECT_EQ(refusal([&] { p.apply(project::SetScore{anna, a1, Criterion::Verteilung, 3}); }),
              std::vector{ProblemCode::ScoreComputed});
    EXPECT_EQ(refusal([&] { p.apply(project::SetScore{anna + 9, a1, Criterion::Akteure, 3}); }),
              std::vector{ProblemCode::MemberNotFound});
    EXPECT_EQ(refusal([&] { p.apply(project::ImportApplications{{}, "leer.csv"}); }), std::vector{ProblemCode::ImportEmpty});
    domain::CallSettings call = p.call();
    call.placesFunded = 0;
    EXPECT_EQ(refusal([&] { p.apply(project::UpdateCall{call}); }), std::vector{ProblemCode::CallNoPlaces});
    EXPECT_EQ(refusal([&] { p.apply(project::RecordChoice{{d1, d2}, "x", {}}); }),
              std::vector{ProblemCode::ChoiceSameMunicipality});
    EXPECT_EQ(refusal([&] { p.apply(project::RecordChoice{{a1}, "x", {}}); }), std::vector{ProblemCode::ChoiceWrongSize});
    // The text is the catalogue's, in the UI language.
    i18n::setLanguage(i18n::Lang::En);
    try {
        p.apply(project::SetScore{anna, a1, Criterion::Akteure, 6});
    } catch (const project::ValidationError& e) {
        EXPECT_STREQ(e.what(), "score 6: allowed are 0 to 5");
    }
    EXPECT_EQ(p.auditLog().back().description, "Member added: Anna");
    i18n::setLanguage(i18n::Lang::De);
    EXPECT_EQ(p.auditLog().front().description, "3 Bewerbungen importiert: drei.csv");
    EXPECT_EQ(p.auditLog().size(), 2u);  // nothing refused was written
}

TEST_F(EngineTest, AChoiceRecordsTheEnginesRecommendation) {
    project::Project p = project::Project::open(path);
    // Anna rates D-02 high: the recommendation is A-01 + D-02 under the stored weights.
    for (int c = 0; c < decision::kCriteria; ++c)
        if (static_cast<Criterion>(c) != Criterion::Verteilung)
            p.apply(project::SetScore{anna, d2, static_cast<Criterion>(c), 5});
    std::vector<std::int64_t> recommended = decision::recommendedSet(p.state());
    ASSERT_EQ(recommended, (std::vector<std::int64_t>{a1, d2}));
    // The committee takes A-01 + D-01: without a reason refused, with one recorded beside the
    // engine's recommendation (the caller hands none in, so a panel's preview cannot slip in).
    EXPECT_EQ(refusal([&] { p.apply(project::RecordChoice{{d1, a1}, " ", {d2}}); }),
              std::vector{ProblemCode::ChoiceNeedsReason});
    p.apply(project::RecordChoice{{d1, a1}, "Näher am Bahnhof", {d2}});
    ASSERT_TRUE(p.committee().choice);
    EXPECT_EQ(p.committee().choice->applications, (std::vector<std::int64_t>{a1, d1}));
    EXPECT_EQ(p.committee().choice->recommended, recommended);
    EXPECT_EQ(p.find(d2)->status, domain::Status::Abgelehnt);
    project::AuditEntry entry = p.auditLog().back();
    EXPECT_EQ(entry.action, "choice.record");
    EXPECT_EQ(entry.object, "A-01 + D-01");
    EXPECT_NE(entry.after.find("\"empfehlung\":[" + std::to_string(a1) + "," + std::to_string(d2) + "]"),
              std::string::npos)
        << entry.after;
    EXPECT_EQ(decision::shownSet(p.state()).kind, decision::ShownKind::Choice);
    // Undo brings the recommendation back; the recommendation itself needs no reason.
    p.undo();
    EXPECT_EQ(decision::shownSet(p.state()).kind, decision::ShownKind::Recommendation);
    EXPECT_EQ(p.find(d2)->status, domain::Status::Eingegangen);
    p.apply(project::RecordChoice{{a1, d2}, "", {d1}});
    EXPECT_EQ(p.committee().choice->recommended, recommended);
    EXPECT_TRUE(project::verifyProject(path).problems.empty());
}

TEST_F(EngineTest, ReadOnlyEditsAreTheirOwnError) {
    project::Project p = project::Project::open(path, {.readOnly = true, .user = {}});
    EXPECT_EQ(p.readOnlyReason(), "schreibgeschützt geöffnet (auf Wunsch)");
    EXPECT_THROW(p.apply(project::AddMember{{0, "Cem", ""}}), project::ReadOnlyError);
    EXPECT_THROW(p.setViewSetting("theme", "bewerbungen"), project::ReadOnlyError);
}

// Files written before the stable keys kept German texts in the audit log: still shown.
TEST_F(EngineTest, OldAuditTextsStayReadable) {
    testdata::sqliteExec(path,
                         "DROP TRIGGER audit_log_append_only_update; "
                         "UPDATE audit_log SET aktion = 'Bewerbungen importiert', objekt = 'Import x.csv (3 Bewerbungen)' WHERE id = 1");
    project::Project p = project::Project::open(path, {.readOnly = true, .user = {}});
    EXPECT_EQ(p.auditLog().front().description, "Bewerbungen importiert: Import x.csv (3 Bewerbungen)");
}

}  // namespace
