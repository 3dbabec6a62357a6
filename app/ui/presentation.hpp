#pragma once
// Presenting to the committee: the map-only view with its way back, full screen, the UI scale
// and theme, stepping through the applications with the arrow keys (a card with the key facts
// in large type) and showing the set of a given rank (keys 1–9). The window loop owns one
// Presentation and applies what it asks for between frames (fonts, full screen).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/project/project.hpp"
#include "app/ui/app_state.hpp"
#include "app/ui/settings.hpp"

namespace ui {

struct Presentation {
    bool mapOnly = false;    // the map fills the window; a small button leads back
    bool fullscreen = false;
    UiTheme theme = UiTheme::Light;
    float uiScale = 1.f;
    float defaultScale = 1.f;  // from the monitor (Ctrl 0 returns to it)
    std::optional<float> sidePanelWidth;  // set by dragging the panel's edge
    // The application whose card is shown (after stepping with ← / →).
    std::optional<std::int64_t> card;
    // The ranked set shown on the map after pressing 1–9: its rank (1-based).
    std::optional<int> shownRank;
    // Requests for the window loop, handled between frames.
    bool toggleFullscreen = false;
    bool rebuildFonts = false;
    bool themeChanged = false;
    bool languageChanged = false;
};

// The start scale: the monitor's content scale where the system sets one, else its DPI
// (physical size from EDID) relative to 96, rounded to 0.25; never below 1 (projectors report
// nonsense sizes) and within the UI scale's limits.
float startUiScale(float contentScale, int modeWidthPx, int physicalWidthMm);

// The next application when stepping through `order` (the list's order) by `direction`
// (+1 / -1) from `current`; wraps around. From nothing (or an id not in the order) it starts at
// the first (→) or the last (←). Empty order: nothing.
std::optional<std::int64_t> stepApplication(const std::vector<std::int64_t>& order,
                                            std::optional<std::int64_t> current, int direction);

// The key facts of an application in large type (Nr and title, municipality, status and
// eligibility, target groups, the aggregate score once visible), anchored at (x, y) in ImGui
// coordinates with `pivot` (0..1 per axis) and at most `maxWidth` wide.
void drawApplicationCard(const project::Project& project, std::int64_t id, float x, float y,
                         float pivotX, float pivotY, float maxWidth);

// The always visible way back from the map-only view, at the top-right corner of the window
// (width in ImGui coordinates). Returns true when clicked.
bool drawBackToPanelsButton(float windowWidth);

// The theme, the UI scale and the language, for the "Karte" tab.
void drawPresentationSettings(Presentation& presentation);

// A thin handle at the side panel's left edge (x, in ImGui coordinates) to drag its width;
// returns the new width (clamped to [minWidth, maxWidth]).
float drawPanelSplitter(float x, float height, float width, float minWidth, float maxWidth);

}  // namespace ui
