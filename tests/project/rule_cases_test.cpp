// The rules of one application through the edit engine: every case of the table the form and
// the import are tested with (tests/support/rule_cases.hpp) as an added application, an
// update, an import of one application and, for the site, a moved site. A refused edit throws
// ValidationError carrying exactly the table's problem, and the project is unchanged.

#include "tests/support/rule_cases.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/project/project.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

using rulecases::Outcome;
using rulecases::RuleCase;

// The project of the table: the fixtures' district (Aldenhoven, Düren) holding kTakenNr (id 1)
// and the base application B-01 (id 2), which the updates change.
struct ProjectRuleCases : ::testing::Test {
    testdata::TempDir dir;
    project::Project project = project::Project::open(testdata::boundaryProject(dir));
    std::int64_t base = 0;

    ProjectRuleCases() {
        domain::Application taken = rulecases::ruleState().applications.at(0);
        taken.id = 0;
        EXPECT_EQ(project.apply(project::AddApplication{taken}).created,
                  std::vector<std::int64_t>{1});
        base = project.apply(project::AddApplication{rulecases::baseApplication()}).created.at(0);
    }

    // Applies `action`: refused with exactly the case's problem, or applied (then undone, so
    // every case starts from the same project). `what` names the edit in a failure.
    void expectOutcome(const project::Action& action, const RuleCase& c, const char* what) {
        const std::vector<domain::Application> before = project.state().applications;
        const std::uint64_t revision = project.revision();
        try {
            project.apply(action);
            EXPECT_EQ(c.form.kind, Outcome::Kind::Accepted) << what << " " << c << ": applied";
            project.undo();
        } catch (const project::ValidationError& e) {
            EXPECT_EQ(c.form.kind, Outcome::Kind::Refused) << what << " " << c << ": " << e.what();
            EXPECT_EQ(e.problems, std::vector<domain::Problem>{c.form.problem}) << what << " " << c;
            EXPECT_EQ(project.revision(), revision) << what << " " << c;
        }
        EXPECT_EQ(project.state().applications, before) << what << " " << c;
    }
};

TEST_F(ProjectRuleCases, EveryCaseAddedUpdatedAndImported) {
    int asked = 0;
    for (const RuleCase& c : rulecases::ruleCases()) {
        std::optional<domain::Application> a = rulecases::formApplication(c);
        if (!a) continue;
        ++asked;
        // A new application: the base under another Nr unless the case is about the Nr.
        domain::Application added = *a;
        if (c.field != "nr") added.nr = "B-02";
        expectOutcome(project::AddApplication{added}, c, "add");
        expectOutcome(project::ImportApplications{{added}, "bewerbungen.csv"}, c, "import");
        // The base application changed in the case's field; it keeps its own Nr.
        domain::Application updated = *a;
        updated.id = base;
        expectOutcome(project::UpdateApplication{updated}, c, "update");
        if (c.field == "standort") expectOutcome(project::MoveSite{base, a->site}, c, "move site");
    }
    EXPECT_GE(asked, 35);
}

}  // namespace
