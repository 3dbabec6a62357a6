// The bounds of app/store/limits.hpp where an application is validated (every edit, the
// window's form, the import's apply) and where a ranking is refused because of its size.
// Issue 9, defect 10: 99,999,999,999,999,999,999 € used to be stored as 1e20.

#include "app/store/limits.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "app/i18n/language.hpp"
#include "app/store/actions.hpp"
#include "app/store/decision_input.hpp"
#include "app/store/project.hpp"
#include "app/store/project_ranking.hpp"
#include "project_fixture.hpp"

namespace {

struct Language {
    i18n::Lang before = i18n::language();
    explicit Language(i18n::Lang lang) { i18n::setLanguage(lang); }
    ~Language() { i18n::setLanguage(before); }
};

store::MapData dueren() {
    store::MapData map;
    store::Municipality m;
    m.ags = "05358008";
    m.name = "Düren";
    map.municipalities.push_back(m);
    return map;
}

store::Application valid() {
    store::Application a;
    a.nr = "B-01";
    a.municipalityAgs = "05358008";
    a.title = "Treff";
    return a;
}

TEST(Limits, ValuesAtTheBoundsAreValid) {
    store::Application a = valid();
    a.ownFundsEurPerYear = store::limits::kMaxAmountEur;
    a.actorsNow = a.actorsTarget = a.volunteers = store::limits::kMaxCount;
    a.staffHoursPerWeek = a.openingHoursPerWeek = store::limits::kMaxHoursPerWeek;
    EXPECT_TRUE(store::validationProblems(a, dueren()).empty());
}

TEST(Limits, ValuesPastTheBoundsAreProblemsInEnglish) {
    Language english(i18n::Lang::En);
    store::Application a = valid();
    a.ownFundsEurPerYear = 99'999'999'999'999'999'999.0;
    a.actorsTarget = store::limits::kMaxCount + 1;
    a.staffHoursPerWeek = 168.5;
    a.openingHoursPerWeek = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(store::validationProblems(a, dueren()),
              (std::vector<std::string>{
                  "Actors target: more than 1,000,000 (the upper bound for counts)",
                  "Paid staff (h/week): more than 168 hours per week (as many as a week has)",
                  "Opening hours (h/week): not a number",
                  "Own funds (€/year): more than €100,000,000 (the upper bound for amounts)"}));
}

TEST(Limits, ValuesPastTheBoundsAreProblemsInGerman) {
    Language german(i18n::Lang::De);
    store::Application a = valid();
    a.ownFundsEurPerYear = 1e20;
    a.volunteers = 2'000'000;
    EXPECT_EQ(store::validationProblems(a, dueren()),
              (std::vector<std::string>{
                  "Ehrenamtliche: mehr als 1.000.000 (Obergrenze für Anzahlen)",
                  "Eigenmittel (€/Jahr): mehr als 100.000.000\u00A0€ (Obergrenze für Beträge)"}));
}

TEST(Limits, AProjectRefusesAnAmountPastTheBoundAndStaysUnchanged) {
    Language german(i18n::Lang::De);
    testdata::TempDir dir;
    store::Project project = store::Project::open(testdata::boundaryProject(dir));
    store::Application a = valid();
    a.ownFundsEurPerYear = 99'999'999'999'999'999'999.0;
    try {
        project.apply(store::AddApplication{a});
        FAIL() << "accepted " << a.ownFundsEurPerYear << " €";
    } catch (const store::ValidationError& e) {
        EXPECT_NE(std::string(e.what()).find("Eigenmittel (€/Jahr): mehr als 100.000.000"),
                  std::string::npos)
            << e.what();
    }
    EXPECT_TRUE(project.applications().empty());
}

// A ranking whose sets cannot be enumerated in reasonable time is refused with the numbers.
store::DecisionInput candidatesIn(int municipalities, int perMunicipality, int places) {
    store::DecisionInput in;
    in.places = places;
    for (int m = 0; m < municipalities; ++m)
        for (int i = 0; i < perMunicipality; ++i) {
            decision::Candidate c;
            c.id = static_cast<std::int64_t>(in.candidates.size()) + 1;
            c.municipality = "05358" + std::to_string(100 + m);
            in.candidates.push_back(c);
        }
    return in;
}

TEST(Limits, TooManySetsToRankAreRefusedWithTheNumbers) {
    // 15 municipalities with 20 applications each, 4 places: C(15,4) * 20^4 = 218,400,000.
    const store::DecisionInput in = candidatesIn(15, 20, 4);
    EXPECT_EQ(decision::admissibleSetCount(in.candidates, 4), 218'400'000u);
    const std::optional<std::string> problem = store::rankingProblem(in);
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(*problem,
              "300 eligible applications in 15 municipalities give 218,400,000 sets of 4 places; "
              "at most 500,000 sets can be ranked (a limit against hours of computing: fewer "
              "eligible applications or fewer places)");
    // And rankProject does not start on them either.
    EXPECT_THROW(decision::admissibleSets(in.candidates, 4), std::length_error);
}

TEST(Limits, SetsUpToTheLimitCanBeRanked) {
    // 15 municipalities with 4 applications each, 4 places: C(15,4) * 4^4 = 349,440.
    const store::DecisionInput in = candidatesIn(15, 4, 4);
    EXPECT_EQ(decision::admissibleSetCount(in.candidates, 4), 349'440u);
    EXPECT_FALSE(store::rankingProblem(in).has_value());
}

}  // namespace
