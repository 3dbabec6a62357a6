#pragma once
// What the window remembers between runs: its layout, the UI theme, the UI scale and the
// language, in $XDG_CONFIG_HOME/begegnungskarte/settings.json (~/.config/... without it).
// Plain data and file I/O; no ImGui, no GLFW, so it is tested on its own.

#include <filesystem>
#include <optional>
#include <string>

#include "app/i18n/language.hpp"

namespace ui {

// The window's colours: light and high-contrast for projectors, or dark.
enum class UiTheme { Light, Dark };
std::string_view themeCode(UiTheme theme);  // "light" / "dark"
// "light" / "dark" (also "hell" / "dunkel"); throws std::invalid_argument otherwise.
UiTheme parseTheme(std::string_view code);

struct WindowRect {
    int x = 0, y = 0;           // position in screen coordinates
    int width = 1600, height = 900;
    friend bool operator==(const WindowRect&, const WindowRect&) = default;
};

struct UiSettings {
    std::optional<WindowRect> window;  // the last non-fullscreen, non-maximised rectangle
    bool maximized = true;
    std::optional<float> sidePanelWidth;  // in screen coordinates; empty: the default share
    UiTheme theme = UiTheme::Light;
    std::optional<float> uiScale;  // empty: from the monitor's content scale / DPI
    i18n::Lang language = i18n::Lang::De;
    friend bool operator==(const UiSettings&, const UiSettings&) = default;
};

// The settings file: $XDG_CONFIG_HOME/begegnungskarte/settings.json when XDG_CONFIG_HOME is an
// absolute path, else $HOME/.config/begegnungskarte/settings.json.
std::filesystem::path settingsPath();

// An XDG base directory: $`variable` when it is an absolute path, else $HOME/`underHome`
// (e.g. "XDG_STATE_HOME", ".local/state").
std::filesystem::path xdgBaseDir(const char* variable, const std::filesystem::path& underHome);

struct LoadedSettings {
    UiSettings settings;
    // Empty, or why the file was not used ("… settings.json: not valid JSON …"); the
    // defaults are used then. A missing file is not a problem (first run).
    std::string warning;
};
LoadedSettings loadSettings(const std::filesystem::path& file);

// Writes the settings atomically: a temporary file beside it, then a rename, so a crash never
// leaves half a file. Creates the directory. Throws std::runtime_error naming the file.
void saveSettings(const UiSettings& settings, const std::filesystem::path& file);

// The UI scale's limits and steps (Ctrl + / Ctrl −).
inline constexpr float kMinUiScale = 0.5f;
inline constexpr float kMaxUiScale = 3.0f;
float clampUiScale(float scale);
float nextUiScale(float scale, int direction);  // one step up (+1) or down (-1), rounded to 0.1

}  // namespace ui
