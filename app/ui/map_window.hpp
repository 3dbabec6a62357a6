#pragma once
// The interactive window: the map with the side panel, in a GLFW window with Dear ImGui.

#include <optional>
#include <string>

#include "app/i18n/language.hpp"
#include "app/ui/settings.hpp"

namespace ui {

struct WindowOptions {
    std::string project;  // project GeoPackage to open
    // Set by the window session when its check of the project rolled back an interrupted write
    // (project::Project::recoveryNote), so the window still says so.
    std::string recoveryNote;
    int width = 1600;     // window size in screen coordinates when not maximized
    int height = 900;
    bool maximized = true;  // fill the screen (the projector) at start
    // For tests and screenshots: render this many frames, then (if `screenshot` is set) save
    // the window's pixels as PNG and close. 0 runs until the user closes the window.
    int frames = 0;
    std::string screenshot;
    // Start states; each overrides the stored settings for this run only (not saved unless
    // changed in the window).
    bool mapOnly = false;     // start in the map-only view
    bool fullscreen = false;  // start in full screen (F11)
    std::optional<UiTheme> theme;
    std::optional<float> uiScale;
    // `--lang`: the language for this run, over the one remembered in the settings file.
    std::optional<i18n::Lang> language;
    // For tests, with `frames`: write the text the widgets show in the last frame to this file.
    std::string textDump;
};

// Runs the window until it is closed. Returns the process exit code; errors (no display,
// unreadable project) are printed to stderr and give 1.
int runMapWindow(const WindowOptions& options);

}  // namespace ui
