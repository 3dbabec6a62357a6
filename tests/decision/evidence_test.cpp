// The evidence beside the criteria and the default regions, on the hand-made squares of the
// fixtures (Aldenhoven 2x2 km at the origin, Düren 3x3 km east of it).

#include "app/project/project.hpp"
#include "app/decision/evidence.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "app/exchange/boundary_import.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

using testdata::TempDir;

struct EvidenceTest : ::testing::Test {
    TempDir dir;
    std::string path;
    void SetUp() override {
        path = testdata::boundaryProject(dir);
    }
};

TEST_F(EvidenceTest, NumbersFromTheApplicationAndTheMap) {
    project::Project p = project::Project::open(path);
    domain::Application a;
    a.nr = "B-01";
    a.title = "Treff";
    a.municipalityAgs = "05358004";  // Aldenhoven, the 2x2 km square from (300, 5600) km
    a.site = geo::Vec2{301000, 5601000};
    a.actorsNow = 4;
    a.actorsTarget = 10;
    a.actorKinds = {domain::ActorKind::Kommune, domain::ActorKind::Verein, domain::ActorKind::Kirche};
    a.targetGroups = {domain::TargetGroup::Kinder, domain::TargetGroup::Senioren,
                      domain::TargetGroup::Neuzugewanderte};
    a.staffHoursPerWeek = 8;
    a.volunteers = 5;
    a.fixedContact = true;
    domain::Application b = a;
    b.nr = "B-02";
    b.site = geo::Vec2{304000, 5601000};  // 3 km east
    b.municipalityAgs = "05358008";
    b.actorsNow = 0;
    b.targetGroups = {domain::TargetGroup::Kinder};
    p.apply(project::ImportApplications{{a, b}, "test"});

    decision::DistrictGeometry g = decision::analyseDistrict(p.map());
    // Centroid of the two squares: (2*2*1 + 3*3*3.5) / 13 km east, (4*1 + 9*1.5) / 13 km north.
    EXPECT_NEAR(g.centroid.x, 300000 + 1000 * (4 * 1 + 9 * 3.5) / 13, 1e-6);
    EXPECT_NEAR(g.centroid.y, 5600000 + 1000 * (4 * 1 + 9 * 1.5) / 13, 1e-6);
    std::vector<int> regions = decision::regionsOf(p.map(), g, p.committee().settings);
    ASSERT_EQ(regions.size(), 2u);

    decision::Evidence e = decision::evidenceFor(p.state(), *p.findByNr("B-01"), g, regions);
    EXPECT_EQ(e.actorsNow, 4);
    ASSERT_TRUE(e.growthPercent);
    EXPECT_DOUBLE_EQ(*e.growthPercent, 150);
    EXPECT_EQ(e.actorKinds, 3);
    EXPECT_NEAR(e.shannon, std::log(3.0), 1e-12);
    EXPECT_TRUE(e.intergenerational);  // Kinder and Senior*innen
    EXPECT_TRUE(e.intercultural);      // Neuzugewanderte
    EXPECT_EQ(e.municipality, "Aldenhoven");
    ASSERT_TRUE(e.nearestOtherKm);
    EXPECT_NEAR(*e.nearestOtherKm, 3.0, 1e-9);
    EXPECT_EQ(e.nearestOtherNr, "B-02");
    ASSERT_TRUE(e.distanceToCentroidKm);
    EXPECT_NEAR(*e.distanceToCentroidKm,
                std::hypot(301000 - g.centroid.x, 5601000 - g.centroid.y) / 1000, 1e-9);

    decision::Evidence f = decision::evidenceFor(p.state(), *p.findByNr("B-02"), g, regions);
    EXPECT_FALSE(f.growthPercent) << "no growth from zero actors";
    EXPECT_FALSE(f.intergenerational);
    EXPECT_FALSE(f.intercultural);
}

TEST_F(EvidenceTest, RegionsFollowTheSettingsWhereTheyNameAMunicipality) {
    project::Project p = project::Project::open(path);
    decision::DistrictGeometry g = decision::analyseDistrict(p.map());
    domain::DecisionSettings s;
    s.regions = {{"05358008", 2}};
    std::vector<int> r = decision::regionsOf(p.map(), g, s);
    const auto& ms = p.map().municipalities;
    for (std::size_t i = 0; i < ms.size(); ++i)
        if (ms[i].ags == "05358008") {
            EXPECT_EQ(r[i], 2);
        }
    s.regions = {{"05358008", 99}};  // out of range: clamped to the last region
    r = decision::regionsOf(p.map(), g, s);
    for (std::size_t i = 0; i < ms.size(); ++i)
        if (ms[i].ags == "05358008") {
            EXPECT_EQ(r[i], 2);
        }
}

}  // namespace
