// The rules of one application through the spreadsheet import: every case of the table the
// form is tested with (tests/support/rule_cases.hpp) as a row of the template's columns, read
// into the project of the fixtures. The same codes as validateApplication, except where the
// table says why not.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/exchange/application_import.hpp"
#include "app/project/project.hpp"
#include "tests/support/application_import_fixtures.hpp"
#include "tests/support/project_fixture.hpp"
#include "tests/support/rule_cases.hpp"

namespace {

using rulecases::Outcome;
using rulecases::RuleCase;

// The project of the table: the fixtures' district (Aldenhoven, Düren) holding kTakenNr.
struct ImportRuleCases : ::testing::Test {
    testdata::TempDir dir;
    project::Project project = project::Project::open(testdata::boundaryProject(dir));
    ImportRuleCases() {
        domain::Application taken = rulecases::ruleState().applications.at(0);
        taken.id = 0;
        project.apply(project::AddApplication{taken});
    }

    // One data row in the template's columns (exchange::kSpreadsheetColumns), ';' separated.
    exchange::ApplicationFile read(const importtest::Row& row) {
        const std::vector<std::string> header(exchange::kSpreadsheetColumns.begin(),
                                              exchange::kSpreadsheetColumns.end());
        const std::string path = dir.file("bewerbungen.csv");
        testdata::write(path, importtest::csv(header, {row}));
        return exchange::readApplicationFile(path, exchange::importContextFor(project));
    }
};

TEST_F(ImportRuleCases, TheBaseRowIsTheBaseApplication) {
    exchange::ApplicationFile f = read(rulecases::baseRow());
    ASSERT_TRUE(f.problems.empty()) << importtest::describe(f.problems);
    ASSERT_EQ(f.applications.size(), 1u);
    EXPECT_EQ(f.applications[0], rulecases::baseApplication());
}

TEST_F(ImportRuleCases, EveryCaseGivesTheImportOutcome) {
    int asked = 0;
    for (const RuleCase& c : rulecases::ruleCases()) {
        if (c.import.kind == Outcome::Kind::NotExpressible) continue;
        ++asked;
        exchange::ApplicationFile f = read(rulecases::importRow(c));
        if (c.import.kind == Outcome::Kind::Accepted) {
            ASSERT_TRUE(f.problems.empty()) << c << importtest::describe(f.problems);
            ASSERT_EQ(f.applications.size(), 1u) << c;
            // What the import stores is what the form holds for the same value.
            if (c.form.kind == Outcome::Kind::Accepted) {
                EXPECT_EQ(f.applications[0], rulecases::formApplication(c)) << c;
            }
        } else {
            ASSERT_EQ(f.problems.size(), 1u) << c << importtest::describe(f.problems);
            EXPECT_EQ(f.problems[0].row, 2) << c;
            EXPECT_EQ(f.problems[0].column, c.column) << c;
            EXPECT_EQ(f.problems[0].problem, c.import.problem) << c;
            EXPECT_TRUE(f.applications.empty()) << c;
        }
    }
    EXPECT_GE(asked, 35);
}

}  // namespace
