#include "app/ui/settings.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <system_error>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/io/output_file.hpp"

namespace ui {

std::string_view themeCode(UiTheme theme) { return theme == UiTheme::Dark ? "dark" : "light"; }

UiTheme parseTheme(std::string_view code) {
    if (code == "light" || code == "hell") return UiTheme::Light;
    if (code == "dark" || code == "dunkel") return UiTheme::Dark;
    throw std::invalid_argument("unknown UI theme '" + std::string(code) +
                                "' (light or dark)");
}

std::filesystem::path xdgBaseDir(const char* variable, const std::filesystem::path& underHome) {
    const char* xdg = std::getenv(variable);
    // The XDG spec: a relative value is invalid and is to be ignored.
    if (xdg && *xdg && std::filesystem::path(xdg).is_absolute()) return xdg;
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : ".") / underHome;
}

std::filesystem::path settingsPath() {
    return xdgBaseDir("XDG_CONFIG_HOME", ".config") / "begegnungskarte" / "settings.json";
}

namespace {

using nlohmann::json;

json toJson(const UiSettings& s) {
    json j;
    if (s.window)
        j["window"] = {{"x", s.window->x},
                       {"y", s.window->y},
                       {"width", s.window->width},
                       {"height", s.window->height}};
    j["maximized"] = s.maximized;
    if (s.sidePanelWidth) j["sidePanelWidth"] = *s.sidePanelWidth;
    j["theme"] = std::string(themeCode(s.theme));
    if (s.uiScale) j["uiScale"] = *s.uiScale;
    j["language"] = std::string(i18n::languageCode(s.language));
    return j;
}

// Every key is optional: a file from an older version, or edited by hand, keeps what it has.
UiSettings fromJson(const json& j) {
    if (!j.is_object()) throw std::invalid_argument("not a JSON object");
    UiSettings s;
    if (j.contains("window")) {
        const json& w = j.at("window");
        WindowRect r{w.at("x").get<int>(), w.at("y").get<int>(), w.at("width").get<int>(),
                     w.at("height").get<int>()};
        if (r.width < 100 || r.height < 100 || r.width > 32768 || r.height > 32768)
            throw std::invalid_argument("window size out of range");
        s.window = r;
    }
    if (j.contains("maximized")) s.maximized = j.at("maximized").get<bool>();
    if (j.contains("sidePanelWidth")) {
        auto w = j.at("sidePanelWidth").get<float>();
        if (!(w > 0)) throw std::invalid_argument("sidePanelWidth must be positive");
        s.sidePanelWidth = w;
    }
    if (j.contains("theme")) s.theme = parseTheme(j.at("theme").get<std::string>());
    if (j.contains("uiScale")) s.uiScale = clampUiScale(j.at("uiScale").get<float>());
    if (j.contains("language"))
        s.language = i18n::parseLanguage(j.at("language").get<std::string>());
    return s;
}

}  // namespace

LoadedSettings loadSettings(const std::filesystem::path& file) {
    LoadedSettings out;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return out;
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        out.warning = i18n::fill(text::kSettingsFileUnreadable, {file.string()});
        return out;
    }
    try {
        out.settings = fromJson(json::parse(in));
    } catch (const std::exception& e) {
        out.settings = {};
        out.warning = i18n::fill(text::kSettingsBroken, {file.string(), e.what()});
    }
    return out;
}

void saveSettings(const UiSettings& settings, const std::filesystem::path& file) {
    std::error_code ec;
    if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
    if (ec)
        throw std::runtime_error(file.parent_path().string() + ": cannot create (" +
                                 ec.message() + ")");
    // Through a temporary file renamed over the old settings: a crash or a full disk never
    // leaves a torn file (which would reset every setting on the next start).
    fileio::writeFileAtomically(file, toJson(settings).dump(2) + '\n');
}

float clampUiScale(float scale) {
    if (!std::isfinite(scale)) return 1.f;
    return std::clamp(scale, kMinUiScale, kMaxUiScale);
}

float nextUiScale(float scale, int direction) {
    float stepped = std::round(scale * 10.f + static_cast<float>(direction)) / 10.f;
    return clampUiScale(stepped);
}

}  // namespace ui
