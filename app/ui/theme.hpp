#pragma once
// The window's two themes, light high-contrast for projectors (default) and dark, for ImGui
// and for the map; the fonts at the UI scale. The palettes are plain data so a test checks the
// WCAG contrast of every text colour against the backgrounds it is drawn on.

#include <string>
#include <vector>

#include "app/render/map_renderer.hpp"
#include "app/ui/settings.hpp"

struct ImFont;

namespace ui {

// The ImGui colours of a theme (sRGB, alpha 1 unless noted).
struct ThemePalette {
    map::Rgba windowBg, popupBg, text, textDisabled, border, separator;
    map::Rgba frameBg, frameHovered, frameActive;
    map::Rgba button, buttonHovered, buttonActive;
    map::Rgba header, headerHovered, headerActive;  // selected rows, collapsing headers
    map::Rgba tab, tabHovered, tabActive;
    map::Rgba tableHeaderBg, tableRowBgAlt;
    map::Rgba checkMark, sliderGrab, scrollbarGrab, plotLines;
    map::Rgba warning;  // "Beispieldaten (fiktiv)", read-only notes
    map::Rgba accent;   // hints such as "click on the map to place the site"
    map::Rgba onAccent; // text on an accent-coloured button (a chosen score)
};
ThemePalette themePalette(UiTheme theme);

// The map's colours for a theme (background, outlines, labels, halo, overlay panel, marker
// rings, fill brightness); sizes and the label switch stay as they are.
void applyMapTheme(UiTheme theme, map::MapStyle& style);

// WCAG 2.1 contrast ratio of two opaque sRGB colours, 1 to 21.
double contrastRatio(map::Rgba a, map::Rgba b);

// Every text colour of a theme with a background it is drawn on, for the contrast test.
struct ContrastPair {
    std::string what;
    map::Rgba text, background;
};
std::vector<ContrastPair> textContrastPairs(UiTheme theme);

// Body text size in pixels at UI scale 1 (readable from the back of a room on a 1920×1080
// projector); the card of the presented application uses kLargeTextPx.
inline constexpr float kBodyTextPx = 20.f;
inline constexpr float kLargeTextPx = 32.f;

// Rebuilds ImGui's font atlas from the TTF at the UI scale: body text and a large font for the
// presentation card, rasterised at their final pixel size (not stretched). Call between frames,
// then recreate the renderer's font texture.
void buildFonts(const std::string& fontFile, float uiScale);
ImFont* largeFont();  // nullptr before buildFonts

// Sets ImGui's style for the theme, its sizes scaled from one base style (never cumulatively),
// and remembers the theme for currentTheme().
void applyTheme(UiTheme theme, float uiScale);
UiTheme currentTheme();
map::Rgba warningColor();
map::Rgba accentColor();
// A legend swatch's colour as the map draws it (fills are darkened in the dark theme).
map::Rgba mapFillColor(map::Rgba fill);

}  // namespace ui
