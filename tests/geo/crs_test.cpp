#include "geo/crs.hpp"

#include <gtest/gtest.h>

#include "geo/error.hpp"

namespace {

TEST(Transformer, KnownPointInDuerenToUtm32) {
    geo::Transformer t("EPSG:4326", geo::kProjectCrs);
    // Input is lon/lat: the transformer is normalised for visualisation (x = east).
    geo::Vec2 p = t.forward({6.4820, 50.8043});
    EXPECT_NEAR(p.x, 322582.2, 0.1);
    EXPECT_NEAR(p.y, 5631084.9, 0.1);
}

TEST(Transformer, RoundTripIsExact) {
    geo::Transformer t("EPSG:4326", "EPSG:25832");
    geo::Vec2 back = t.inverse(t.forward({6.3, 50.7}));
    EXPECT_NEAR(back.x, 6.3, 1e-9);
    EXPECT_NEAR(back.y, 50.7, 1e-9);
}

TEST(Transformer, BatchedRingMatchesPointwise) {
    geo::Transformer t("EPSG:4326", "EPSG:25832");
    geo::Ring ring{{6.4, 50.8}, {6.5, 50.8}, {6.5, 50.9}};
    geo::Ring batch = ring;
    t.forward(batch);
    for (size_t i = 0; i < ring.size(); ++i) {
        geo::Vec2 single = t.forward(ring[i]);
        EXPECT_DOUBLE_EQ(batch[i].x, single.x);
        EXPECT_DOUBLE_EQ(batch[i].y, single.y);
    }
}

TEST(Transformer, SameCrsIsIdentity) {
    geo::Transformer t("EPSG:25832", "EPSG:25832");
    EXPECT_TRUE(t.isIdentity());
    EXPECT_EQ(t.forward({322582.2, 5631084.9}), (geo::Vec2{322582.2, 5631084.9}));
}

TEST(Transformer, UnknownCrsNamesTheDefinition) {
    try {
        geo::Transformer t("EPSG:999999", "EPSG:25832");
        FAIL() << "expected GeoError";
    } catch (const geo::GeoError& e) {
        EXPECT_NE(std::string(e.what()).find("EPSG:999999"), std::string::npos) << e.what();
    }
}

TEST(CrsName, KnowsTheProjectCrs) {
    EXPECT_EQ(geo::crsName("EPSG:25832"), "ETRS89 / UTM zone 32N");
}

}  // namespace
