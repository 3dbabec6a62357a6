// The evidence beside the criteria and the default regions, on the hand-made squares of the
// fixtures (Aldenhoven 2x2 km at the origin, Düren 3x3 km east of it).

#include "app/store/evidence.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "app/store/boundary_import.hpp"
#include "tests/store/project_fixture.hpp"

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
    store::Project p = store::Project::open(path);
    store::Application a;
    a.nr = "B-01";
    a.title = "Treff";
    a.municipalityAgs = "05358004";  // Aldenhoven, the 2x2 km square from (300, 5600) km
    a.site = geo::Vec2{301000, 5601000};
    a.actorsNow = 4;
    a.actorsTarget = 10;
    a.actorKinds = {store::ActorKind::Kommune, store::ActorKind::Verein, store::ActorKind::Kirche};
    a.targetGroups = {store::TargetGroup::Kinder, store::TargetGroup::Senioren,
                      store::TargetGroup::Neuzugewanderte};
    a.staffHoursPerWeek = 8;
    a.volunteers = 5;
    a.fixedContact = true;
    store::Application b = a;
    b.nr = "B-02";
    b.site = geo::Vec2{304000, 5601000};  // 3 km east
    b.municipalityAgs = "05358008";
    b.actorsNow = 0;
    b.targetGroups = {store::TargetGroup::Kinder};
    p.apply(store::ImportApplications{{a, b}, "test"});

    store::DistrictGeometry g = store::analyseDistrict(p.map());
    // Centroid of the two squares: (2*2*1 + 3*3*3.5) / 13 km east, (4*1 + 9*1.5) / 13 km north.
    EXPECT_NEAR(g.centroid.x, 300000 + 1000 * (4 * 1 + 9 * 3.5) / 13, 1e-6);
    EXPECT_NEAR(g.centroid.y, 5600000 + 1000 * (4 * 1 + 9 * 1.5) / 13, 1e-6);
    std::vector<int> regions = store::regionsOf(p.map(), g, p.committee().settings);
    ASSERT_EQ(regions.size(), 2u);

    store::Evidence e = store::evidenceFor(p, *p.findByNr("B-01"), g, regions);
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

    store::Evidence f = store::evidenceFor(p, *p.findByNr("B-02"), g, regions);
    EXPECT_FALSE(f.growthPercent) << "no growth from zero actors";
    EXPECT_FALSE(f.intergenerational);
    EXPECT_FALSE(f.intercultural);
}

TEST_F(EvidenceTest, RegionsFollowTheSettingsWhereTheyNameAMunicipality) {
    store::Project p = store::Project::open(path);
    store::DistrictGeometry g = store::analyseDistrict(p.map());
    store::DecisionSettings s;
    s.regions = {{"05358008", 2}};
    std::vector<int> r = store::regionsOf(p.map(), g, s);
    const auto& ms = p.map().municipalities;
    for (std::size_t i = 0; i < ms.size(); ++i)
        if (ms[i].ags == "05358008") {
            EXPECT_EQ(r[i], 2);
        }
    s.regions = {{"05358008", 99}};  // out of range: clamped to the last region
    r = store::regionsOf(p.map(), g, s);
    for (std::size_t i = 0; i < ms.size(); ++i)
        if (ms[i].ags == "05358008") {
            EXPECT_EQ(r[i], 2);
        }
}

}  // namespace
