#include "app/domain/site_input.hpp"

#include <gtest/gtest.h>

#include "app/i18n/problem_text.hpp"

namespace {

void expectSite(const std::string& text, double x, double y, bool degrees) {
    domain::SiteInput r = domain::parseSiteInput(text);
    ASSERT_TRUE(r.site.has_value()) << text << ": " << (r.problem ? i18n::problemText(*r.problem) : "");
    EXPECT_NEAR(r.site->x, x, 0.1) << text;
    EXPECT_NEAR(r.site->y, y, 0.1) << text;
    EXPECT_EQ(r.degrees, degrees) << text;
}

TEST(SiteInput, DegreesWithCommaOrPoint) {
    for (const char* text : {"50,8043 6,4820", "50.8043, 6.4820", "50,8043; 6,4820",
                             "50.8043 6.4820", "  50.8043,6.4820  "})
        expectSite(text, 322582.2, 5631084.9, true);
}

TEST(SiteInput, UtmMetres) {
    expectSite("322582 5631085", 322582, 5631085, false);
    expectSite("322582,2; 5631084,9", 322582.2, 5631084.9, false);
}

// The metres range is the one every path accepts (domain::siteInRange): the form used to take
// eastings up to 1,000 km and only northings 5,000 to 7,000 km, the import 100 to 900 km and
// 0 to 10,000 km.
TEST(SiteInput, MetresInTheRangeTheImportAccepts) {
    EXPECT_FALSE(domain::parseSiteInput("950000 5631085").site.has_value());
    expectSite("322582 4500000", 322582, 4500000, false);
}

TEST(SiteInput, ErrorsSayWhatIsExpected) {
    auto text = [](const char* input, i18n::Lang lang) {
        domain::SiteInput r = domain::parseSiteInput(input);
        return r.problem ? i18n::problemText(*r.problem, lang) : std::string();
    };
    EXPECT_EQ(domain::parseSiteInput("50,8").problem->code, domain::ProblemCode::SiteTwoNumbers);
    EXPECT_NE(text("50,8", i18n::Lang::De).find("Zwei Zahlen"), std::string::npos);
    EXPECT_EQ(text("50,8 abc", i18n::Lang::De), "„abc“ ist keine Zahl");
    EXPECT_EQ(text("50,8 abc", i18n::Lang::En), "'abc' is not a number");
    EXPECT_NE(text("1000 2000", i18n::Lang::De).find("Weder Grad"), std::string::npos);
    EXPECT_NE(text("1000 2000", i18n::Lang::En).find("Neither degrees"), std::string::npos);
    EXPECT_FALSE(domain::parseSiteInput("").site.has_value());
}

}  // namespace
