// The thematic content shared by window and snapshot: status symbols and the choropleth.

#include "app/map/thematic.hpp"

#include <gtest/gtest.h>

#include <set>

namespace {

domain::Application application(std::int64_t id, const std::string& ags,
                               std::optional<geo::Vec2> site, domain::Status status) {
    domain::Application a;
    a.id = id;
    a.nr = "B-" + std::to_string(id);
    a.municipalityAgs = ags;
    a.site = site;
    a.status = status;
    return a;
}

TEST(Thematic, EveryStatusHasItsOwnShapeAndColour) {
    std::set<int> shapes;
    std::set<std::tuple<float, float, float>> colours;
    for (domain::Status s : domain::allValues<domain::Status>()) {
        map::StatusSymbol sym = map::statusSymbol(s);
        shapes.insert(static_cast<int>(sym.shape));
        colours.insert({sym.color.r, sym.color.g, sym.color.b});
    }
    EXPECT_EQ(shapes.size(), domain::allValues<domain::Status>().size());
    EXPECT_EQ(colours.size(), domain::allValues<domain::Status>().size());
}

TEST(Thematic, MarkersForSitesOnlyWithTheSelectedOneMarked) {
    std::vector<domain::Application> apps{
        application(1, "05358008", geo::Vec2{1, 2}, domain::Status::Eingegangen),
        application(2, "05358024", std::nullopt, domain::Status::Foerderfaehig),
        application(3, "05358024", geo::Vec2{5, 6}, domain::Status::Ausgewaehlt)};
    std::vector<map::Marker> markers = map::siteMarkers(apps, 3);
    ASSERT_EQ(markers.size(), 2u);
    EXPECT_FALSE(markers[0].selected);
    EXPECT_TRUE(markers[1].selected);
    EXPECT_EQ(markers[1].position.x, 5);
    EXPECT_EQ(markers[1].shape, map::statusSymbol(domain::Status::Ausgewaehlt).shape);
}

TEST(Thematic, ApplicationsPerMunicipalityInFourClasses) {
    domain::MapData map;
    for (const char* ags : {"05358004", "05358008", "05358024", "05358028"}) {
        domain::Municipality m;
        m.ags = ags;
        map.municipalities.push_back(m);
    }
    std::vector<domain::Application> apps;
    for (int i = 0; i < 4; ++i)  // four in Düren
        apps.push_back(application(i, "05358008", std::nullopt, domain::Status::Eingegangen));
    apps.push_back(application(10, "05358024", std::nullopt, domain::Status::Eingegangen));
    apps.push_back(application(11, "05358028", std::nullopt, domain::Status::Eingegangen));
    apps.push_back(application(12, "05358028", std::nullopt, domain::Status::Eingegangen));
    map::Choropleth c = map::applicationsPerMunicipality(map, apps);
    EXPECT_EQ(c.counts, (std::vector<int>{0, 4, 1, 2}));
    ASSERT_EQ(c.legend.size(), 4u);
    EXPECT_EQ(c.legend[0].municipalities, 1);  // keine
    EXPECT_EQ(c.legend[1].municipalities, 1);  // 1
    EXPECT_EQ(c.legend[2].municipalities, 1);  // 2
    EXPECT_EQ(c.legend[3].municipalities, 1);  // 3 und mehr
    EXPECT_EQ(c.title, "Bewerbungen je Kommune");
    // Colours get darker with the count (sequential ramp).
    auto lightness = [](const map::Rgba& x) { return x.r + x.g + x.b; };
    EXPECT_GT(lightness(c.colors[0]), lightness(c.colors[2]));
    EXPECT_GT(lightness(c.colors[2]), lightness(c.colors[3]));
    EXPECT_GT(lightness(c.colors[3]), lightness(c.colors[1]));
}

}  // namespace
