#include "app/map/colour.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace {

using map::Lab;
using map::Rgba;

struct SharmaPair {
    Lab x, y;
    double expected;
};

// Table 1 of Sharma, Wu and Dalal (2005), all 34 pairs with their published ΔE00.
const SharmaPair kSharma[] = {
    {{50.0000, 2.6772, -79.7751}, {50.0000, 0.0000, -82.7485}, 2.0425},
    {{50.0000, 3.1571, -77.2803}, {50.0000, 0.0000, -82.7485}, 2.8615},
    {{50.0000, 2.8361, -74.0200}, {50.0000, 0.0000, -82.7485}, 3.4412},
    {{50.0000, -1.3802, -84.2814}, {50.0000, 0.0000, -82.7485}, 1.0000},
    {{50.0000, -1.1848, -84.8006}, {50.0000, 0.0000, -82.7485}, 1.0000},
    {{50.0000, -0.9009, -85.5211}, {50.0000, 0.0000, -82.7485}, 1.0000},
    {{50.0000, 0.0000, 0.0000}, {50.0000, -1.0000, 2.0000}, 2.3669},
    {{50.0000, -1.0000, 2.0000}, {50.0000, 0.0000, 0.0000}, 2.3669},
    {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0009}, 7.1792},
    {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0010}, 7.1792},
    {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0011}, 7.2195},
    {{50.0000, 2.4900, -0.0010}, {50.0000, -2.4900, 0.0012}, 7.2195},
    {{50.0000, -0.0010, 2.4900}, {50.0000, 0.0009, -2.4900}, 4.8045},
    {{50.0000, -0.0010, 2.4900}, {50.0000, 0.0010, -2.4900}, 4.8045},
    {{50.0000, -0.0010, 2.4900}, {50.0000, 0.0011, -2.4900}, 4.7461},
    {{50.0000, 2.5000, 0.0000}, {50.0000, 0.0000, -2.5000}, 4.3065},
    {{50.0000, 2.5000, 0.0000}, {73.0000, 25.0000, -18.0000}, 27.1492},
    {{50.0000, 2.5000, 0.0000}, {61.0000, -5.0000, 29.0000}, 22.8977},
    {{50.0000, 2.5000, 0.0000}, {56.0000, -27.0000, -3.0000}, 31.9030},
    {{50.0000, 2.5000, 0.0000}, {58.0000, 24.0000, 15.0000}, 19.4535},
    {{50.0000, 2.5000, 0.0000}, {50.0000, 3.1736, 0.5854}, 1.0000},
    {{50.0000, 2.5000, 0.0000}, {50.0000, 3.2972, 0.0000}, 1.0000},
    {{50.0000, 2.5000, 0.0000}, {50.0000, 1.8634, 0.5757}, 1.0000},
    {{50.0000, 2.5000, 0.0000}, {50.0000, 3.2592, 0.3350}, 1.0000},
    {{60.2574, -34.0099, 36.2677}, {60.4626, -34.1751, 39.4387}, 1.2644},
    {{63.0109, -31.0961, -5.8663}, {62.8187, -29.7946, -4.0864}, 1.2630},
    {{61.2901, 3.7196, -5.3901}, {61.4292, 2.2480, -4.9620}, 1.8731},
    {{35.0831, -44.1164, 3.7933}, {35.0232, -40.0716, 1.5901}, 1.8645},
    {{22.7233, 20.0904, -46.6940}, {23.0331, 14.9730, -42.5619}, 2.0373},
    {{36.4612, 47.8580, 18.3852}, {36.2715, 50.5065, 21.2231}, 1.4146},
    {{90.8027, -2.0831, 1.4410}, {91.1528, -1.6435, 0.0447}, 1.4441},
    {{90.9257, -0.5406, -0.9208}, {88.6381, -0.8985, -0.7239}, 1.5381},
    {{6.7747, -0.2908, -2.4247}, {5.8714, -0.0985, -2.2286}, 0.6377},
    {{2.0776, 0.0795, -1.1350}, {0.9033, -0.0636, -0.5514}, 0.9082},
};

TEST(Ciede2000, MatchesSharmaWuDalalTestData) {
    int n = 0;
    for (const SharmaPair& p : kSharma) {
        ++n;
        // Pair 14 lies exactly on the 180° hue discontinuity (a* = ±0.0010): which side the
        // mean hue falls on is decided by rounding, and both published sides are values of
        // the formula.
        double tolerance = n == 14 ? 0.06 : 1e-4;
        EXPECT_NEAR(map::ciede2000(p.x, p.y), p.expected, tolerance) << "pair " << n;
        EXPECT_NEAR(map::ciede2000(p.y, p.x), p.expected, tolerance) << "pair " << n << " reversed";
    }
    EXPECT_EQ(n, 34);
    EXPECT_EQ(map::ciede2000(Lab{50, 10, -20}, Lab{50, 10, -20}), 0.0);
}

TEST(Colour, SrgbToLabMatchesReferenceValues) {
    auto near = [](Lab got, Lab want) {
        return std::abs(got.L - want.L) < 0.05 && std::abs(got.a - want.a) < 0.05 &&
               std::abs(got.b - want.b) < 0.05;
    };
    EXPECT_TRUE(near(map::toLab(Rgba::hex(0xFFFFFF)), {100, 0, 0}));
    EXPECT_TRUE(near(map::toLab(Rgba::hex(0x000000)), {0, 0, 0}));
    EXPECT_TRUE(near(map::toLab(Rgba::hex(0xFF0000)), {53.24, 80.09, 67.20}));
    EXPECT_TRUE(near(map::toLab(Rgba::hex(0x0000FF)), {32.30, 79.19, -107.86}));
    Lab grey = map::toLab(Rgba::hex(0x808080));
    EXPECT_NEAR(grey.a, 0, 0.01);
    EXPECT_NEAR(grey.b, 0, 0.01);
}

TEST(Colour, WcagContrastRatio) {
    EXPECT_NEAR(map::contrastRatio(Rgba::hex(0x000000), Rgba::hex(0xFFFFFF)), 21.0, 1e-9);
    EXPECT_NEAR(map::contrastRatio(Rgba::hex(0xFFFFFF), Rgba::hex(0xFFFFFF)), 1.0, 1e-9);
    // #767676 on white is the lightest grey that passes AA (4.54), #777777 fails (4.48).
    EXPECT_NEAR(map::contrastRatio(Rgba::hex(0x767676), Rgba::hex(0xFFFFFF)), 4.54, 0.01);
    EXPECT_NEAR(map::contrastRatio(Rgba::hex(0x777777), Rgba::hex(0xFFFFFF)), 4.48, 0.01);
}

TEST(Colour, OverBlendsWithAlpha) {
    Rgba c = map::over(Rgba::hex(0xFFFFFF, 0.5f), Rgba::hex(0x000000));
    EXPECT_NEAR(c.r, 0.5f, 1e-6);
    EXPECT_EQ(c.a, 1.f);
}

}  // namespace
