#include "app/domain/eligibility.hpp"

#include <gtest/gtest.h>

#include "app/domain/validation.hpp"
#include "app/i18n/language.hpp"
#include "app/i18n/problem_text.hpp"

namespace {

using domain::assessEligibility;
using domain::parseDate;

domain::Application onTime() {
    domain::Application a;
    a.nr = "B-01";
    a.municipalityAgs = "05358008";
    a.site = geo::Vec2{322000, 5631000};
    a.formComplete = true;
    a.receivedByEmail = parseDate("01.03.2024");
    a.receivedByPost = parseDate("01.03.2024");
    return a;
}

const domain::SiteLocation kDueren{"05358008", "Düren"};
const domain::SiteLocation kJuelich{"05358024", "Jülich"};

TEST(Eligibility, AllChecksPassOnTheDeadlineDay) {
    domain::Eligibility e = assessEligibility(onTime(), {}, kDueren, "Düren");
    EXPECT_TRUE(e.eligible());
    ASSERT_EQ(e.checks.size(), 4u);
    EXPECT_EQ(i18n::eligibilityCheckName(e.checks[0].kind), "fristgerecht");
    EXPECT_EQ(i18n::eligibilityCheckName(e.checks[1].kind), "vollständig");
    EXPECT_EQ(i18n::eligibilityCheckName(e.checks[2].kind), "im Kreisgebiet");
    EXPECT_EQ(i18n::eligibilityCheckName(e.checks[3].kind), "Kommune stimmt mit Standort überein");
    EXPECT_EQ(i18n::eligibilitySummary(e), "");
}

TEST(Eligibility, DeadlineEdgeCases) {
    domain::Application a = onTime();
    a.receivedByPost = parseDate("02.03.2024");  // one day late
    domain::Eligibility e = assessEligibility(a, {}, kDueren, "Düren");
    EXPECT_FALSE(e.eligible());
    EXPECT_FALSE(e.checks[0].passed);
    EXPECT_EQ(i18n::eligibilityReason(e.checks[0]), "Eingang per Post am 02.03.2024 nach der Frist 01.03.2024");

    a = onTime();
    a.receivedByEmail = parseDate("29.02.2024");  // leap day, early: fine
    a.receivedByPost = parseDate("15.01.2024");
    EXPECT_TRUE(assessEligibility(a, {}, kDueren, "Düren").eligible());

    a = onTime();
    a.receivedByEmail.reset();  // the e-mail alone is not enough, nor the letter alone
    e = assessEligibility(a, {}, kDueren, "Düren");
    EXPECT_EQ(i18n::eligibilityReason(e.checks[0]), "Eingang per E-Mail fehlt");

    a.receivedByPost = parseDate("01.04.2024");
    EXPECT_EQ(i18n::eligibilityReason(assessEligibility(a, {}, kDueren, "Düren").checks[0]),
              "Eingang per E-Mail fehlt; Eingang per Post am 01.04.2024 nach der Frist 01.03.2024");

    domain::CallSettings later;
    later.deadline = *parseDate("15.03.2024");
    a = onTime();
    a.receivedByPost = parseDate("15.03.2024");
    EXPECT_TRUE(assessEligibility(a, later, kDueren, "Düren").eligible());
    EXPECT_FALSE(assessEligibility(a, {}, kDueren, "Düren").eligible());
}

TEST(Eligibility, IncompleteFormNamesWhatIsMissing) {
    domain::Application a = onTime();
    a.formComplete = false;
    a.missingItems = "Unterschrift, Kostenplan";
    domain::Eligibility e = assessEligibility(a, {}, kDueren, "Düren");
    EXPECT_FALSE(e.checks[1].passed);
    EXPECT_EQ(i18n::eligibilityReason(e.checks[1]), "Formular unvollständig: Unterschrift, Kostenplan");
    EXPECT_EQ(i18n::eligibilitySummary(e), "Formular unvollständig: Unterschrift, Kostenplan");
}

TEST(Eligibility, SiteOutsideMissingOrInAnotherMunicipality) {
    domain::Application a = onTime();
    domain::Eligibility e = assessEligibility(a, {}, kJuelich, "Düren");
    EXPECT_TRUE(e.checks[2].passed);
    EXPECT_FALSE(e.checks[3].passed);
    EXPECT_EQ(i18n::eligibilityReason(e.checks[3]), "Standort liegt in Jülich, genannt ist Düren");

    e = assessEligibility(a, {}, std::nullopt, "Düren");
    EXPECT_EQ(i18n::eligibilityReason(e.checks[2]), "Standort liegt außerhalb des Kreises");
    EXPECT_FALSE(e.checks[3].passed);

    a.site.reset();
    e = assessEligibility(a, {}, std::nullopt, "Düren");
    EXPECT_EQ(i18n::eligibilityReason(e.checks[2]), "kein Standort gesetzt");
    EXPECT_EQ(i18n::eligibilitySummary(e), "kein Standort gesetzt; Kommune nicht prüfbar ohne Standort im Kreis");
}

// A new application has no Kommune until one is chosen (issue 11 §3): it may be stored, but it
// fails "Kommune stimmt mit Standort überein" saying that the Kommune is missing, with or
// without a site; a Kommune outside the district is still refused.
TEST(Eligibility, NoKommuneChosenIsStoredButFailsItsCheck) {
    domain::ProjectState state;
    state.map.municipalities = {{"05358008", "Düren", "Stadt", {}, 9, {}}};
    domain::Application a = onTime();
    a.title = "Treff";
    a.municipalityAgs.clear();
    EXPECT_TRUE(domain::validateApplication(a, state).empty());

    domain::Eligibility e = assessEligibility(a, {}, kDueren, "");
    EXPECT_FALSE(e.eligible());
    EXPECT_TRUE(e.checks[2].passed);  // the site is in the district
    EXPECT_FALSE(e.checks[3].passed);
    ASSERT_EQ(e.checks[3].reasons.size(), 1u);
    EXPECT_EQ(e.checks[3].reasons[0].code, domain::ProblemCode::MunicipalityMissing);
    EXPECT_EQ(e.checks[3].reasons[0].field, "kommune_ags");
    EXPECT_EQ(i18n::eligibilityReason(e.checks[3]), "keine Kommune gewählt");
    EXPECT_EQ(i18n::eligibilityReason(e.checks[3], i18n::Lang::En), "no municipality chosen");

    a.site.reset();  // no site either: still the Kommune is what the check names
    e = assessEligibility(a, {}, std::nullopt, "");
    EXPECT_EQ(i18n::eligibilitySummary(e), "kein Standort gesetzt; keine Kommune gewählt");

    a.municipalityAgs = "05358999";
    const std::vector<domain::Problem> problems = domain::validateApplication(a, state);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].code, domain::ProblemCode::MunicipalityUnknown);
}

}  // namespace
