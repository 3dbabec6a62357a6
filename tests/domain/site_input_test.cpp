#include "app/domain/site_input.hpp"

#include <gtest/gtest.h>

namespace {

void expectSite(const std::string& text, double x, double y, bool degrees) {
    domain::SiteInput r = domain::parseSiteInput(text);
    ASSERT_TRUE(r.site.has_value()) << text << ": " << r.error;
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

TEST(SiteInput, ErrorsSayWhatIsExpected) {
    EXPECT_NE(domain::parseSiteInput("50,8").error.find("Zwei Zahlen"), std::string::npos);
    EXPECT_NE(domain::parseSiteInput("50,8 abc").error.find("'abc' ist keine Zahl"),
              std::string::npos);
    EXPECT_NE(domain::parseSiteInput("1000 2000").error.find("Weder Grad"), std::string::npos);
    EXPECT_FALSE(domain::parseSiteInput("").site.has_value());
}

}  // namespace
