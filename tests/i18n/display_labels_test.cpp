// Display labels: every enumeration value and every criterion has a text in both languages; the
// German one is the word the project file stores, the English one differs.

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "app/i18n/language.hpp"
#include "app/i18n/display_labels.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/domain/eligibility.hpp"

namespace {

// Restores German after each test (the language is process-wide).
struct DisplayLabels : ::testing::Test {
    void TearDown() override { i18n::setLanguage(i18n::Lang::De); }
};

template <typename E>
void checkEnum(std::set<std::string> sameInEnglish = {}) {
    for (E v : domain::allValues<E>()) {
        i18n::setLanguage(i18n::Lang::De);
        std::string de = i18n::displayLabel(v);
        EXPECT_EQ(de, std::string(domain::label(v)));  // German: the stored word
        i18n::setLanguage(i18n::Lang::En);
        std::string en = i18n::displayLabel(v);
        EXPECT_FALSE(en.empty()) << de;
        if (!sameInEnglish.count(de)) {
            EXPECT_NE(en, de);
        }
    }
}

TEST_F(DisplayLabels, EnumerationsInBothLanguages) {
    checkEnum<domain::ApplicantKind>();
    checkEnum<domain::PropertyKind>();
    checkEnum<domain::DigitalShare>();
    checkEnum<domain::Phase>();
    checkEnum<domain::ActorKind>();
    checkEnum<domain::TargetGroup>();
    checkEnum<domain::Status>();
    i18n::setLanguage(i18n::Lang::En);
    EXPECT_STREQ(i18n::displayLabel(domain::Status::NichtFoerderfaehig), "ineligible");
    EXPECT_STREQ(i18n::displayLabel(domain::TargetGroup::Senioren), "Senior citizens");
    i18n::setLanguage(i18n::Lang::De);
    EXPECT_STREQ(i18n::displayLabel(domain::Status::NichtFoerderfaehig), "nicht förderfähig");
}

TEST_F(DisplayLabels, CriteriaMatchTheDecisionModelInGerman) {
    for (int k = 0; k < decision::kCriteria; ++k) {
        auto c = static_cast<decision::Criterion>(k);
        i18n::setLanguage(i18n::Lang::De);
        EXPECT_STREQ(i18n::criterionLabel(c), decision::criterionName(c));
        EXPECT_STREQ(i18n::criterionShortLabel(c), decision::criterionShortName(c));
        i18n::setLanguage(i18n::Lang::En);
        EXPECT_STRNE(i18n::criterionLabel(c), decision::criterionName(c));
        EXPECT_GT(std::string(i18n::criterionShortLabel(c)).size(), 2u);
    }
    i18n::setLanguage(i18n::Lang::En);
    EXPECT_STREQ(i18n::criterionShortLabel(decision::Criterion::Verteilung), "Spread");
}

TEST_F(DisplayLabels, EligibilityReasonsInTheCurrentLanguage) {
    using namespace std::chrono;
    domain::Application a;
    a.municipalityAgs = "05358008";
    a.receivedByEmail = year_month_day{year(2024), month(3), day(1)};
    a.receivedByPost = year_month_day{year(2024), month(3), day(4)};
    a.formComplete = true;
    a.site = geo::Vec2{322582, 5631085};
    domain::CallSettings call;
    call.deadline = year_month_day{year(2024), month(3), day(1)};
    domain::SiteLocation site{"05358024", "Jülich"};
    // The checks are codes with parameters; their words come from the catalogue.
    const domain::Eligibility e = domain::assessEligibility(a, call, site, "Düren");
    ASSERT_EQ(e.checks.size(), 4u);
    using i18n::Lang;
    EXPECT_EQ(i18n::eligibilityCheckName(e.checks[0].kind, Lang::En), "on time");
    EXPECT_EQ(i18n::eligibilityReason(e.checks[0], Lang::En),
              "received by post on 2024-03-04, after the deadline 2024-03-01");
    EXPECT_EQ(i18n::eligibilityReason(e.checks[3], Lang::En),
              "site lies in Jülich, the application names Düren");
    EXPECT_EQ(i18n::eligibilityCheckName(e.checks[0].kind, Lang::De), "fristgerecht");
    EXPECT_EQ(i18n::eligibilityReason(e.checks[0], Lang::De),
              "Eingang per Post am 04.03.2024 nach der Frist 01.03.2024");
    EXPECT_EQ(i18n::eligibilityReason(e.checks[3], Lang::De),
              "Standort liegt in Jülich, genannt ist Düren");
}

}  // namespace
