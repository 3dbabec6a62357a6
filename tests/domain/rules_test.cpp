// The rules of one application through domain::validateApplication, the path the form and
// every edit take, case by case from the table the import is tested with as well
// (tests/support/rule_cases.hpp).

#include "app/domain/rules.hpp"

#include <gtest/gtest.h>

#include "app/domain/validation.hpp"
#include "tests/support/rule_cases.hpp"

namespace {

using rulecases::Outcome;
using rulecases::RuleCase;

TEST(RuleCases, TheBaseApplicationIsValid) {
    EXPECT_TRUE(
        domain::validateApplication(rulecases::baseApplication(), rulecases::ruleState()).empty());
}

// Every case says why form and import differ exactly when they do, and only a path that can
// hold the value is asked about it.
TEST(RuleCases, TheTableSaysWhereThePathsDiffer) {
    for (const RuleCase& c : rulecases::ruleCases()) {
        EXPECT_EQ(c.form == c.import, c.whyTheyDiffer.empty()) << c;
        EXPECT_EQ(c.form.kind == Outcome::Kind::NotExpressible,
                  !rulecases::formApplication(c).has_value())
            << c;
        EXPECT_EQ(c.import.kind == Outcome::Kind::NotExpressible, c.column.empty()) << c;
    }
}

TEST(RuleCases, ValidateApplicationGivesTheFormOutcome) {
    const domain::ProjectState state = rulecases::ruleState();
    int asked = 0;
    for (const RuleCase& c : rulecases::ruleCases()) {
        std::optional<domain::Application> a = rulecases::formApplication(c);
        if (!a) continue;
        ++asked;
        std::vector<domain::Problem> problems = domain::validateApplication(*a, state);
        if (c.form.kind == Outcome::Kind::Accepted)
            EXPECT_TRUE(problems.empty()) << c << ": " << testing::PrintToString(problems.size());
        else
            EXPECT_EQ(problems, std::vector<domain::Problem>{c.form.problem}) << c;
    }
    EXPECT_GE(asked, 35);
}

// An update keeps its own Nr: the application with kTakenNr may be stored again under it.
TEST(RuleCases, AnUpdateKeepsItsOwnNr) {
    const domain::ProjectState state = rulecases::ruleState();
    domain::Application a = rulecases::baseApplication();
    a.nr = rulecases::kTakenNr;
    EXPECT_EQ(domain::validateApplication(a, state),
              (std::vector<domain::Problem>{{domain::ProblemCode::NrTaken, "nr", {"B-99"}}}));
    a.id = 1;
    EXPECT_TRUE(domain::validateApplication(a, state).empty());
}

TEST(Rules, EmailShape) {
    EXPECT_TRUE(domain::looksLikeEmail("a@b.de"));
    EXPECT_TRUE(domain::looksLikeEmail("vorname.nachname@kreis-dueren.de"));
    EXPECT_FALSE(domain::looksLikeEmail(""));
    EXPECT_FALSE(domain::looksLikeEmail("a@b"));
    EXPECT_FALSE(domain::looksLikeEmail("a b@c.de"));
    EXPECT_FALSE(domain::looksLikeEmail("a@b.de\n"));
}

TEST(Rules, UtmRangeBoundsAreIncluded) {
    EXPECT_TRUE(domain::siteInRange({domain::kMinEasting, domain::kMinNorthing}));
    EXPECT_TRUE(domain::siteInRange({domain::kMaxEasting, domain::kMaxNorthing}));
    EXPECT_FALSE(domain::siteInRange({domain::kMinEasting - 1, 5600000}));
    EXPECT_FALSE(domain::siteInRange({322582, domain::kMaxNorthing + 1}));
}

TEST(Rules, NotANumberInAStoredValue) {
    auto p =
        domain::numberProblem(std::nan(""), domain::NumberKind::Hours, "hauptamt_std_woche", "");
    ASSERT_TRUE(p.has_value());
    EXPECT_EQ(p->code, domain::ProblemCode::NotANumber);
    EXPECT_EQ(p->field, "hauptamt_std_woche");
}

}  // namespace
