// The map's colours on a projector (issue 11): the thematic classes are apart (CIEDE2000) and
// every text on the map is readable (WCAG 2.1 contrast) in the light and the dark theme; the
// status symbols have one orientation.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "app/map/colour.hpp"
#include "app/map/map_style.hpp"
#include "app/map/thematic.hpp"

namespace {

using map::Rgba;

struct Theme {
    const char* name;
    map::MapStyle style;
};

std::vector<Theme> themes() {
    map::MapStyle light, dark;
    map::applyDarkColours(dark);
    return {{"light", light}, {"dark", dark}};
}

// A fill as the map shows it in the theme.
Rgba shown(const map::MapStyle& style, Rgba fill) {
    return style.darkFills ? map::darkMapFill(fill) : fill;
}

std::string hex(Rgba c) {
    char s[8];
    std::snprintf(s, sizeof s, "%02X%02X%02X", static_cast<int>(c.r * 255 + 0.5f),
                  static_cast<int>(c.g * 255 + 0.5f), static_cast<int>(c.b * 255 + 0.5f));
    return s;
}

struct Ramp {
    const char* name;
    std::vector<Rgba> classes;
};

std::vector<Ramp> thematicRamps() {
    return {{"Bewerbungen je Kommune", map::applicationsRamp()},
            {"Erreicht", map::reachedRamp()}};
}

TEST(MapColours, NeighbouringClassesAndTheLightestClassAndTheGroundAreApart) {
    for (const Theme& t : themes()) {
        // The ground around the municipalities: the map's background and the neighbouring
        // districts' fill.
        const Rgba grounds[] = {t.style.background, shown(t.style, map::kNeighbourFill)};
        for (const Ramp& r : thematicRamps()) {
            ASSERT_GE(r.classes.size(), 3u);
            for (std::size_t k = 0; k + 1 < r.classes.size(); ++k) {
                Rgba a = shown(t.style, r.classes[k]), b = shown(t.style, r.classes[k + 1]);
                EXPECT_GE(map::ciede2000(a, b), 10.0)
                    << t.name << ", " << r.name << ": class " << k << " (" << hex(a) << ") and "
                    << k + 1 << " (" << hex(b) << ")";
            }
            Rgba lightest = shown(t.style, r.classes.front());
            for (Rgba g : grounds)
                EXPECT_GE(map::ciede2000(lightest, g), 10.0)
                    << t.name << ", " << r.name << ": first class " << hex(lightest)
                    << " and the ground " << hex(g);
        }
    }
}

TEST(MapColours, TheApplicationClassesKeepTheirOrderInBothThemes) {
    // More applications: darker on the light map, lighter on the dark one.
    const std::vector<Rgba>& ramp = map::applicationsRamp();
    for (std::size_t k = 0; k + 1 < ramp.size(); ++k) {
        EXPECT_GT(map::toLab(ramp[k]).L, map::toLab(ramp[k + 1]).L);
        EXPECT_LT(map::toLab(map::darkMapFill(ramp[k])).L,
                  map::toLab(map::darkMapFill(ramp[k + 1])).L);
    }
}

TEST(MapColours, EveryTextOnTheMapHasContrastOfAtLeast4_5InBothThemes) {
    for (const Theme& t : themes()) {
        const map::MapStyle& s = t.style;
        // Everything a text may be drawn over: the ground, the neighbours, every thematic
        // class and every municipality colour.
        std::vector<Rgba> under = {s.background, shown(s, map::kNeighbourFill)};
        for (const Ramp& r : thematicRamps())
            for (Rgba c : r.classes) under.push_back(shown(s, c));
        for (Rgba c : map::municipalityPalette()) under.push_back(shown(s, c));
        for (Rgba u : under) {
            // Names sit on their halo, which lets a little of the fill through.
            Rgba halo = map::over(s.halo, u);
            EXPECT_GE(map::contrastRatio(s.label, halo), 4.5)
                << t.name << ": municipality name on " << hex(u);
            EXPECT_GE(map::contrastRatio(s.contextLabel, halo), 4.5)
                << t.name << ": neighbouring district's name on " << hex(u);
            // Scale bar and attribution sit on their translucent panel.
            Rgba panel = map::over(s.panel, u);
            EXPECT_GE(map::contrastRatio(s.overlayText, panel), 4.5)
                << t.name << ": scale bar / attribution on the panel over " << hex(u);
            // The two-tone scale bar itself: the dark half on its panel.
            EXPECT_GE(map::contrastRatio(s.overlayText, Rgba{s.panel.r, s.panel.g, s.panel.b, 1}),
                      4.5)
                << t.name << ": scale bar";
        }
        // Where a halo thins out at a glyph's edge the name stays readable on the bare ground.
        EXPECT_GE(map::contrastRatio(s.label, s.background), 4.5) << t.name;
        EXPECT_GE(map::contrastRatio(s.contextLabel, s.background), 4.5) << t.name;
    }
}

TEST(MapColours, ProjectorTextSizesAtScaleOne) {
    map::MapStyle s;
    // A capital is about 0.626 of the line height in the map font (DejaVu Sans: cap height
    // 0.729 em, line height 1.164 em); render/font tests measure the glyphs themselves.
    const double capital = 0.729 / 1.164;
    EXPECT_GE(s.overlayTextPx * capital, map::kMinProjectorCapPx) << "scale bar, attribution";
    EXPECT_GE(s.contextLabelPx * capital, map::kMinProjectorCapPx) << "neighbouring districts";
    EXPECT_GE(s.labelPx, 24.f) << "municipalities at least as large as before";
    EXPECT_GE(s.labelPx, s.contextLabelPx) << "municipalities above their neighbours";
}

TEST(MapStyle, OneOrientationPerStatusSymbol) {
    EXPECT_EQ(map::statusSymbol(domain::Status::Ausgewaehlt).shape, map::MarkerShape::TriangleUp);
    EXPECT_EQ(map::statusSymbol(domain::Status::Abgelehnt).shape, map::MarkerShape::TriangleDown);
    EXPECT_EQ(map::pointing(map::MarkerShape::TriangleUp), map::Pointing::Up);
    EXPECT_EQ(map::pointing(map::MarkerShape::TriangleDown), map::Pointing::Down);
    EXPECT_EQ(map::pointing(map::MarkerShape::Circle), map::Pointing::None);
    // In the outline (y down) the apex of ▲ is above its base, of ▼ below.
    std::vector<geo::Vec2> up = map::symbolOutline(map::MarkerShape::TriangleUp);
    std::vector<geo::Vec2> down = map::symbolOutline(map::MarkerShape::TriangleDown);
    ASSERT_EQ(up.size(), 3u);
    ASSERT_EQ(down.size(), 3u);
    EXPECT_LT(up[0].y, up[1].y);
    EXPECT_DOUBLE_EQ(up[1].y, up[2].y);
    EXPECT_GT(down[0].y, down[1].y);
    // Every outline fits the symbol's box.
    for (map::MarkerShape shape : {map::MarkerShape::Diamond, map::MarkerShape::Square,
                                   map::MarkerShape::TriangleUp, map::MarkerShape::TriangleDown,
                                   map::MarkerShape::Cross})
        for (geo::Vec2 p : map::symbolOutline(shape)) {
            EXPECT_LE(std::abs(p.x), 1.0);
            EXPECT_LE(std::abs(p.y), 1.0);
        }
}

}  // namespace
