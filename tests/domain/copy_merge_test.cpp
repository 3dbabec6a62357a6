// The three-way merge of an offline copy with the shared project (domain/copy_merge.hpp): what
// only the copy changed is sent, what only the server changed stays, what both changed
// differently is a conflict that takes a side only when a resolution says so.

#include "app/domain/copy_merge.hpp"

#include <gtest/gtest.h>

#include "tests/support/project_fixture.hpp"

namespace {

using decision::Criterion;
using domain::CopyMerge;
using domain::MergeItem;
using domain::MergeItemKind;
using domain::MergeResolution;
using domain::ProjectState;

// Two applications, two members, one score each.
ProjectState baseState() {
    ProjectState s;
    domain::Application a = testdata::sample("B-01");
    a.id = 1;
    domain::Application b = testdata::sample("B-02");
    b.id = 2;
    b.title = "Treffpunkt Bahnhof";
    b.receivedByEmail = std::nullopt;  // empty values (null in JSON) survive the merge
    b.site = std::nullopt;
    s.applications = {a, b};
    s.committee.members = {{1, "Anna", "Vorsitz"}, {2, "Ben", "Mitglied"}};
    s.committee.scores = {{1, 1, Criterion::Akteure, 3}, {2, 1, Criterion::Akteure, 4}};
    return s;
}

void setScore(ProjectState& s, std::int64_t member, std::int64_t app, Criterion c, std::optional<int> v) {
    auto& scores = s.committee.scores;
    std::erase_if(scores, [&](const decision::Score& x) {
        return x.member == member && x.application == app && x.criterion == c;
    });
    if (v) scores.push_back({member, app, c, *v});
    std::sort(scores.begin(), scores.end(), [](const decision::Score& x, const decision::Score& y) {
        return std::tuple(x.member, x.application, x.criterion) < std::tuple(y.member, y.application, y.criterion);
    });
}

const MergeItem* item(const std::vector<MergeItem>& items, const std::string& key) {
    for (const MergeItem& i : items)
        if (i.key == key) return &i;
    return nullptr;
}

TEST(CopyMerge, ContentSurvivesItsJsonForm) {
    ProjectState s = baseState();
    s.committee.recusals = {{2, 2}};
    s.committee.choice = domain::Choice{{1}, {1}, "", std::nullopt};
    s.committee.settings.radiusKm = 7.5;
    s.call.placesFunded = 3;
    ProjectState back;
    domain::contentFromJson(nlohmann::json::parse(domain::contentToJson(s).dump()), back);
    EXPECT_EQ(back.applications, s.applications);
    EXPECT_EQ(back.committee, s.committee);
    EXPECT_EQ(back.call, s.call);
    EXPECT_THROW(domain::contentFromJson(nlohmann::json::object(), back), std::runtime_error);
}

TEST(CopyMerge, NothingChangedAnywhereSendsNothing) {
    const ProjectState s = baseState();
    CopyMerge m = domain::mergeCopy(s, s, s);
    EXPECT_TRUE(m.sent.empty());
    EXPECT_TRUE(m.conflicts.empty());
    EXPECT_FALSE(m.open());
    EXPECT_EQ(m.merged.applications, s.applications);
    EXPECT_EQ(m.merged.committee, s.committee);
}

TEST(CopyMerge, TheCopysScoresAreSentAndTheServersOtherEditsKept) {
    const ProjectState base = baseState();
    ProjectState mine = base, theirs = base;
    // Offline, Anna scores B-01 and B-02 and changes B-02's opening hours.
    setScore(mine, 1, 1, Criterion::Lage, 5);
    setScore(mine, 1, 2, Criterion::Akteure, 2);
    setScore(mine, 1, 1, Criterion::Akteure, std::nullopt);  // takes one back
    mine.applications[1].openingHours = "Mo-Fr 10-16";
    // Meanwhile on the server Ben scores and someone changes B-02's title.
    setScore(theirs, 2, 2, Criterion::Lage, 1);
    theirs.applications[1].title = "Treffpunkt am Bahnhof";

    CopyMerge m = domain::mergeCopy(base, mine, theirs);
    EXPECT_TRUE(m.conflicts.empty());
    ASSERT_EQ(m.sent.size(), 4u);
    const MergeItem* hours = item(m.sent, "B-02/oeffnungszeiten");
    ASSERT_NE(hours, nullptr);
    EXPECT_EQ(hours->kind, MergeItemKind::ApplicationField);
    EXPECT_EQ(hours->mine, "Mo-Fr 10-16");
    const MergeItem* cleared = item(m.sent, "bewertung/Anna/B-01/akteure");
    ASSERT_NE(cleared, nullptr);
    EXPECT_TRUE(cleared->mine.is_null());
    EXPECT_EQ(cleared->base, 3);
    ASSERT_NE(item(m.sent, "bewertung/Anna/B-01/lage"), nullptr);

    const domain::Application* b2 = m.merged.find(2);
    ASSERT_NE(b2, nullptr);
    EXPECT_EQ(b2->title, "Treffpunkt am Bahnhof");
    EXPECT_EQ(b2->openingHours, "Mo-Fr 10-16");
    const domain::Committee& c = m.merged.committee;
    EXPECT_EQ(c.score(1, 1, Criterion::Akteure), std::nullopt);
    EXPECT_EQ(c.score(1, 1, Criterion::Lage), 5);
    EXPECT_EQ(c.score(1, 2, Criterion::Akteure), 2);
    EXPECT_EQ(c.score(2, 2, Criterion::Lage), 1);
    EXPECT_EQ(c.score(2, 1, Criterion::Akteure), 4);
}

TEST(CopyMerge, BothChangingOneItemIsAConflictUntilResolved) {
    const ProjectState base = baseState();
    ProjectState mine = base, theirs = base;
    mine.applications[0].title = "Café Kopie";
    theirs.applications[0].title = "Café Server";
    setScore(mine, 1, 1, Criterion::Akteure, 4);
    setScore(theirs, 1, 1, Criterion::Akteure, 2);
    // The same value on both sides is no conflict.
    mine.applications[1].town = "Jülich";
    theirs.applications[1].town = "Jülich";

    CopyMerge open = domain::mergeCopy(base, mine, theirs);
    EXPECT_TRUE(open.open());
    ASSERT_EQ(open.conflicts.size(), 2u);
    const MergeItem* title = item(open.conflicts, "B-01/titel");
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->mine, "Café Kopie");
    EXPECT_EQ(title->theirs, "Café Server");
    EXPECT_EQ(title->base, "Begegnungscafé am Markt");
    EXPECT_FALSE(title->tookMine.has_value());
    // Unresolved, the server's values stay.
    EXPECT_EQ(open.merged.find(1)->title, "Café Server");
    EXPECT_EQ(open.merged.committee.score(1, 1, Criterion::Akteure), 2);
    EXPECT_TRUE(open.sent.empty());

    MergeResolution r;
    r.byKey["B-01/titel"] = true;  // the copy's title
    r.all = false;                 // else the server's
    CopyMerge resolved = domain::mergeCopy(base, mine, theirs, r);
    EXPECT_FALSE(resolved.open());
    EXPECT_EQ(resolved.merged.find(1)->title, "Café Kopie");
    EXPECT_EQ(resolved.merged.committee.score(1, 1, Criterion::Akteure), 2);
    EXPECT_EQ(*item(resolved.conflicts, "bewertung/Anna/B-01/akteure")->tookMine, false);
    EXPECT_TRUE(resolved.unknownKeys(r).empty());
    r.byKey["B-01/titl"] = true;
    EXPECT_EQ(domain::mergeCopy(base, mine, theirs, r).unknownKeys(r), std::vector<std::string>{"B-01/titl"});
}

TEST(CopyMerge, ADeletionAgainstAnEditIsAConflictOnTheWholeApplication) {
    const ProjectState base = baseState();
    ProjectState mine = base, theirs = base;
    mine.applications.erase(mine.applications.begin() + 1);  // the copy deletes B-02
    theirs.applications[1].title = "Neu";                     // the server edits it

    CopyMerge m = domain::mergeCopy(base, mine, theirs);
    ASSERT_EQ(m.conflicts.size(), 1u);
    EXPECT_EQ(m.conflicts[0].key, "B-02");
    EXPECT_EQ(m.conflicts[0].kind, MergeItemKind::Application);
    EXPECT_TRUE(m.conflicts[0].mine.is_null());
    EXPECT_NE(m.merged.find(2), nullptr);

    CopyMerge deleted = domain::mergeCopy(base, mine, theirs, MergeResolution{true, {}});
    EXPECT_EQ(deleted.merged.find(2), nullptr);
    // An unchanged application the copy deleted is simply deleted, its scores with it.
    ProjectState theirs2 = base;
    setScore(theirs2, 2, 2, Criterion::Lage, 3);
    CopyMerge plain = domain::mergeCopy(base, mine, theirs2);
    EXPECT_TRUE(plain.conflicts.empty());
    EXPECT_EQ(plain.merged.find(2), nullptr);
    for (const decision::Score& s : plain.merged.committee.scores) EXPECT_NE(s.application, 2);
}

TEST(CopyMerge, AnApplicationBothAddedUnderOneIdKeepsBothWithTheCopysRenumbered) {
    const ProjectState base = baseState();
    ProjectState mine = base, theirs = base;
    domain::Application offline = testdata::sample("B-03");
    offline.id = 3;
    offline.title = "Offline angelegt";
    mine.applications.push_back(offline);
    setScore(mine, 1, 3, Criterion::Lage, 4);
    domain::Application online = testdata::sample("B-04");
    online.id = 3;
    theirs.applications.push_back(online);

    CopyMerge m = domain::mergeCopy(base, mine, theirs);
    EXPECT_TRUE(m.conflicts.empty());
    ASSERT_EQ(m.renumbered.size(), 1u);
    EXPECT_EQ(m.renumbered.at(3), 4);
    ASSERT_EQ(m.merged.applications.size(), 4u);
    EXPECT_EQ(m.merged.find(3)->nr, "B-04");
    EXPECT_EQ(m.merged.find(4)->title, "Offline angelegt");
    EXPECT_EQ(m.merged.committee.score(1, 4, Criterion::Lage), 4);
    EXPECT_EQ(m.merged.committee.score(1, 3, Criterion::Lage), std::nullopt);
}

TEST(CopyMerge, CallSettingsMembersAndTheChoiceMergeItemByItem) {
    ProjectState base = baseState();
    ProjectState mine = base, theirs = base;
    mine.committee.settings.radiusKm = 12;
    theirs.committee.settings.weights[2] = 3;
    mine.committee.members[1].role = "Stellvertretung";
    mine.committee.recusals = {{2, 2}};
    theirs.call.placesFunded = 3;
    theirs.committee.choice = domain::Choice{{1}, {1}, "", std::nullopt};

    CopyMerge m = domain::mergeCopy(base, mine, theirs);
    EXPECT_TRUE(m.conflicts.empty());
    EXPECT_EQ(m.sent.size(), 3u);
    EXPECT_NE(item(m.sent, "entscheidung/radius_km"), nullptr);
    EXPECT_NE(item(m.sent, "mitglied/Ben"), nullptr);
    EXPECT_NE(item(m.sent, "befangenheit/Ben/B-02"), nullptr);
    EXPECT_EQ(m.merged.committee.settings.radiusKm, 12);
    EXPECT_EQ(m.merged.committee.settings.weights[2], 3);
    EXPECT_EQ(m.merged.committee.members[1].role, "Stellvertretung");
    EXPECT_TRUE(m.merged.committee.recused(2, 2));
    EXPECT_EQ(m.merged.call.placesFunded, 3);
    ASSERT_TRUE(m.merged.committee.choice);

    // Both recording a different choice: a conflict on the choice as a whole.
    mine.committee.choice = domain::Choice{{2}, {1}, "näher am Bahnhof", std::nullopt};
    CopyMerge c = domain::mergeCopy(base, mine, theirs);
    ASSERT_NE(item(c.conflicts, "entscheidung/auswahl"), nullptr);
}

}  // namespace
