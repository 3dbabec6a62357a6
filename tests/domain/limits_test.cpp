// The bounds of app/store/limits.hpp where an application is validated (every edit, the
// window's form, the import's apply) and where a ranking is refused because of its size.
// Issue 9, defect 10: 99,999,999,999,999,999,999 € used to be stored as 1e20.

#include "app/domain/limits.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "app/i18n/language.hpp"
#include "app/project/actions.hpp"
#include "app/i18n/ranking_text.hpp"
#include "app/decision/decision_input.hpp"
#include "app/project/project.hpp"
#include "app/domain/validation.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/decision/project_ranking.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

struct Language {
    i18n::Lang before = i18n::language();
    explicit Language(i18n::Lang lang) { i18n::setLanguage(lang); }
    ~Language() { i18n::setLanguage(before); }
};

domain::MapData dueren() {
    domain::MapData map;
    domain::Municipality m;
    m.ags = "05358008";
    m.name = "Düren";
    map.municipalities.push_back(m);
    return map;
}

domain::Application valid() {
    domain::Application a;
    a.nr = "B-01";
    a.municipalityAgs = "05358008";
    a.title = "Treff";
    return a;
}

// The problems of validateApplication as the form shows them.
std::vector<std::string> problemTexts(const domain::Application& a) {
    domain::ProjectState state;
    state.map = dueren();
    std::vector<std::string> out;
    for (const domain::Problem& p : domain::validateApplication(a, state))
        out.push_back(i18n::problemWithField(p));
    return out;
}

TEST(Limits, ValuesAtTheBoundsAreValid) {
    domain::Application a = valid();
    a.ownFundsEurPerYear = domain::limits::kMaxAmountEur;
    a.actorsNow = a.actorsTarget = a.volunteers = domain::limits::kMaxCount;
    a.staffHoursPerWeek = a.openingHoursPerWeek = domain::limits::kMaxHoursPerWeek;
    EXPECT_TRUE(problemTexts(a).empty());
}

TEST(Limits, ValuesPastTheBoundsAreProblemsInEnglish) {
    Language english(i18n::Lang::En);
    domain::Application a = valid();
    a.ownFundsEurPerYear = 99'999'999'999'999'999'999.0;
    a.actorsTarget = domain::limits::kMaxCount + 1;
    a.staffHoursPerWeek = 168.5;
    a.openingHoursPerWeek = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(problemTexts(a),
              (std::vector<std::string>{
                  "Actors target: '1000001' is more than 1,000,000, the upper bound for counts",
                  "Paid staff (h/week): '168.5' is more than 168, the hours a week has",
                  "Opening hours (h/week): 'nan' is not a number",
                  "Own funds (€/year): '1e+20' is more than €100,000,000, the upper bound for "
                  "amounts"}));
}

TEST(Limits, ValuesPastTheBoundsAreProblemsInGerman) {
    Language german(i18n::Lang::De);
    domain::Application a = valid();
    a.ownFundsEurPerYear = 1e20;
    a.volunteers = 2'000'000;
    EXPECT_EQ(problemTexts(a),
              (std::vector<std::string>{
                  "Ehrenamtliche: „2000000“ ist mehr als 1.000.000, die Obergrenze für Anzahlen",
                  "Eigenmittel (€/Jahr): „1e+20“ ist mehr als 100.000.000\u00A0€, die Obergrenze "
                  "für Beträge"}));
}

TEST(Limits, AProjectRefusesAnAmountPastTheBoundAndStaysUnchanged) {
    Language german(i18n::Lang::De);
    testdata::TempDir dir;
    project::Project project = project::Project::open(testdata::boundaryProject(dir));
    domain::Application a = valid();
    a.ownFundsEurPerYear = 99'999'999'999'999'999'999.0;
    try {
        project.apply(project::AddApplication{a});
        FAIL() << "accepted " << a.ownFundsEurPerYear << " €";
    } catch (const project::ValidationError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("Eigenmittel (€/Jahr)"), std::string::npos) << what;
        EXPECT_NE(what.find("100.000.000"), std::string::npos) << what;
    }
    EXPECT_TRUE(project.applications().empty());
}

// A ranking whose sets cannot be enumerated in reasonable time is refused with the numbers.
decision::DecisionInput candidatesIn(int municipalities, int perMunicipality, int places) {
    decision::DecisionInput in;
    in.places = places;
    for (int m = 0; m < municipalities; ++m)
        for (int i = 0; i < perMunicipality; ++i) {
            decision::Candidate c;
            c.id = static_cast<std::int64_t>(in.candidates.size()) + 1;
            c.municipality = "05358" + std::to_string(100 + m);
            in.candidates.push_back(c);
        }
    // The municipalities with a population, so coverage can be measured.
    in.areas.assign(static_cast<std::size_t>(municipalities), geo::PopulatedArea{{}, 1000});
    return in;
}

// Without any population figure, coverage would count 0 inhabitants for every set: the ranking
// says that coverage cannot be measured instead of ranking on zeros, unless Verteilung weighs
// nothing or is judged by distance.
TEST(Limits, WithoutPopulationCoverageCannotBeMeasured) {
    decision::DecisionInput in = candidatesIn(3, 1, 2);
    in.areas.assign(3, geo::PopulatedArea{});  // the municipalities, all without population
    std::optional<decision::RankingProblem> problem = decision::rankingProblem(in);
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->kind, decision::RankingProblem::Kind::NoPopulation);
    EXPECT_EQ(i18n::rankingProblemText(*problem, i18n::Lang::En).rfind(
                  "The population coverage cannot be measured: the project has no population", 0),
              0u);
    EXPECT_EQ(i18n::rankingProblemText(*problem, i18n::Lang::De).rfind(
                  "Die Abdeckung der Bevölkerung lässt sich nicht messen", 0),
              0u);
    EXPECT_TRUE(decision::rankProject(in).ranked.empty());

    in.areas[1].population = 1000;  // one figure is enough to measure something
    EXPECT_FALSE(decision::rankingProblem(in).has_value());
    in.areas[1].population = 0;
    in.settings.basis = decision::VerteilungBasis::Distance;
    EXPECT_FALSE(decision::rankingProblem(in).has_value());
    in.settings.basis = decision::VerteilungBasis::Coverage;
    in.settings.weights = {0, 1, 1, 1, 1, 1};  // Verteilung weighs nothing
    EXPECT_FALSE(decision::rankingProblem(in).has_value());
}

TEST(Limits, TooManySetsToRankByDistanceAreRefusedWithTheNumbers) {
    // 15 municipalities with 20 applications each, 4 places: C(15,4) * 20^4 = 218,400,000.
    decision::DecisionInput in = candidatesIn(15, 20, 4);
    in.settings.basis = decision::VerteilungBasis::Distance;
    EXPECT_EQ(decision::admissibleSetCount(in.candidates, 4), 218'400'000u);
    const std::optional<decision::RankingProblem> problem = decision::rankingProblem(in);
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->kind, decision::RankingProblem::Kind::TooManySets);
    EXPECT_EQ(problem->sets, 218'400'000u);
    EXPECT_EQ(problem->candidates, 300u);
    EXPECT_EQ(problem->municipalities, 15u);
    EXPECT_EQ(i18n::rankingProblemText(*problem, i18n::Lang::En),
              "218,400,000 possible selections of 4 places: too many to rank by the distance "
              "between the places (at most 200,000); judge Verteilung by coverage (the optimiser "
              "then finds the best selections), fewer eligible applications or fewer places");
    EXPECT_EQ(i18n::rankingProblemText(*problem, i18n::Lang::De).rfind(
                  "218.400.000 mögliche Auswahlen zu 4 Orten: zu viele zum Vergleichen nach dem "
                  "Abstand der Orte (höchstens 200.000)", 0),
              0u);
    // And the enumeration does not start on them either.
    EXPECT_THROW(decision::admissibleSets(in.candidates, 4), std::length_error);
    // By coverage the covering solver takes them.
    in.settings.basis = decision::VerteilungBasis::Coverage;
    EXPECT_FALSE(decision::rankingProblem(in).has_value());
}

TEST(Limits, PastTheEnumerationTheSolversBoundsAreNamed) {
    // 501 applications in 20 municipalities, 3 places: the solver takes at most 500.
    decision::DecisionInput many = candidatesIn(20, 25, 3);
    many.candidates.push_back(many.candidates.back());
    std::optional<decision::RankingProblem> problem = decision::rankingProblem(many);
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->kind, decision::RankingProblem::Kind::TooManyCandidates);
    EXPECT_EQ(i18n::rankingProblemText(*problem, i18n::Lang::En),
              "501 eligible applications with a site: the optimiser chooses among at most 500");
    // 21 places among 30 municipalities: at most 20 places.
    const decision::DecisionInput places = candidatesIn(30, 2, 21);
    problem = decision::rankingProblem(places);
    ASSERT_TRUE(problem.has_value());
    EXPECT_EQ(problem->kind, decision::RankingProblem::Kind::TooManyPlaces);
    EXPECT_EQ(i18n::rankingProblemText(*problem, i18n::Lang::De),
              "21 Orte: der Optimierer wählt höchstens 20 Orte");
}

TEST(Limits, SetsUpToTheLimitCanBeRanked) {
    // 15 municipalities with 3 applications each, 4 places: C(15,4) * 3^4 = 110,565.
    decision::DecisionInput in = candidatesIn(15, 3, 4);
    in.settings.basis = decision::VerteilungBasis::Distance;
    EXPECT_EQ(decision::admissibleSetCount(in.candidates, 4), 110'565u);
    EXPECT_FALSE(decision::rankingProblem(in).has_value());
}

}  // namespace
