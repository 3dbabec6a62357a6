#include "app/ui/theme.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace ui {

using map::Rgba;

namespace {

UiTheme g_theme = UiTheme::Light;
ImFont* g_largeFont = nullptr;

ImVec4 im(Rgba c) { return {c.r, c.g, c.b, c.a}; }

}  // namespace

ThemePalette themePalette(UiTheme theme) {
    ThemePalette p;
    if (theme == UiTheme::Light) {
        p.windowBg = Rgba::hex(0xFAFAFA);
        p.popupBg = Rgba::hex(0xFFFFFF);
        p.text = Rgba::hex(0x121212);
        p.textDisabled = Rgba::hex(0x4A4A4A);
        p.border = Rgba::hex(0x8A8A8A);
        p.separator = Rgba::hex(0x9A9A9A);
        p.frameBg = Rgba::hex(0xFFFFFF);
        p.frameHovered = Rgba::hex(0xE3EEF8);
        p.frameActive = Rgba::hex(0xCFE2F3);
        p.button = Rgba::hex(0xDCE6F0);
        p.buttonHovered = Rgba::hex(0xC5D7EA);
        p.buttonActive = Rgba::hex(0xA9C4E0);
        p.header = Rgba::hex(0xC9DDF0);
        p.headerHovered = Rgba::hex(0xDDE9F5);
        p.headerActive = Rgba::hex(0xB5D0EA);
        p.tab = Rgba::hex(0xDDE2E8);
        p.tabHovered = Rgba::hex(0xC5D7EA);
        p.tabActive = Rgba::hex(0xB5D0EA);
        p.tableHeaderBg = Rgba::hex(0xE4E8EC);
        p.tableRowBgAlt = Rgba::hex(0xF0F2F4);
        p.checkMark = Rgba::hex(0x0B5394);
        p.sliderGrab = Rgba::hex(0x0B5394);
        p.scrollbarGrab = Rgba::hex(0xA0A0A0);
        p.plotLines = Rgba::hex(0x0072B2);
        p.warning = Rgba::hex(0x9A3B00);
        p.accent = Rgba::hex(0x00529B);
        p.onAccent = Rgba::hex(0xFFFFFF);
    } else {
        p.windowBg = Rgba::hex(0x1C1F23);
        p.popupBg = Rgba::hex(0x24282D);
        p.text = Rgba::hex(0xEDEDED);
        p.textDisabled = Rgba::hex(0xADB2B8);
        p.border = Rgba::hex(0x5A636D);
        p.separator = Rgba::hex(0x5A636D);
        p.frameBg = Rgba::hex(0x2C3238);
        p.frameHovered = Rgba::hex(0x36404A);
        p.frameActive = Rgba::hex(0x3F4B57);
        p.button = Rgba::hex(0x2E4861);
        p.buttonHovered = Rgba::hex(0x365677);
        p.buttonActive = Rgba::hex(0x3E6288);
        p.header = Rgba::hex(0x2E4861);
        p.headerHovered = Rgba::hex(0x33506C);
        p.headerActive = Rgba::hex(0x3E6288);
        p.tab = Rgba::hex(0x262B31);
        p.tabHovered = Rgba::hex(0x365677);
        p.tabActive = Rgba::hex(0x2E4861);
        p.tableHeaderBg = Rgba::hex(0x2A3036);
        p.tableRowBgAlt = Rgba::hex(0x23272C);
        p.checkMark = Rgba::hex(0x8CC4F5);
        p.sliderGrab = Rgba::hex(0x8CC4F5);
        p.scrollbarGrab = Rgba::hex(0x5A636D);
        p.plotLines = Rgba::hex(0x56B4E9);
        p.warning = Rgba::hex(0xFFB366);
        p.accent = Rgba::hex(0x8CC8FF);
        p.onAccent = Rgba::hex(0x101214);
    }
    return p;
}

void applyMapTheme(UiTheme theme, map::MapStyle& s) {
    // The colours are defined beside the map's style (map/map_style), where the map's tests
    // check them; the renderer's defaults are the light projector map.
    if (theme == UiTheme::Light)
        map::applyLightColours(s);
    else
        map::applyDarkColours(s);
}

double contrastRatio(Rgba a, Rgba b) {
    auto channel = [](float c) {
        double v = c;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    auto luminance = [&](Rgba c) {
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    };
    double la = luminance(a), lb = luminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05) / (lb + 0.05);
}

std::vector<ContrastPair> textContrastPairs(UiTheme theme) {
    ThemePalette p = themePalette(theme);
    map::MapStyle map;
    applyMapTheme(theme, map);
    auto opaque = [](Rgba c) { return Rgba{c.r, c.g, c.b, 1.f}; };
    std::vector<ContrastPair> pairs = {
        {"text on window", p.text, p.windowBg},
        {"text on popup", p.text, p.popupBg},
        {"text on input field", p.text, p.frameBg},
        {"text on hovered field", p.text, p.frameHovered},
        {"text on active field", p.text, p.frameActive},
        {"text on button", p.text, p.button},
        {"text on hovered button", p.text, p.buttonHovered},
        {"text on pressed button", p.text, p.buttonActive},
        {"text on selected row", p.text, p.header},
        {"text on hovered row", p.text, p.headerHovered},
        {"text on active row", p.text, p.headerActive},
        {"text on tab", p.text, p.tab},
        {"text on hovered tab", p.text, p.tabHovered},
        {"text on active tab", p.text, p.tabActive},
        {"text on table header", p.text, p.tableHeaderBg},
        {"text on alternate row", p.text, p.tableRowBgAlt},
        {"secondary text on window", p.textDisabled, p.windowBg},
        {"secondary text on popup", p.textDisabled, p.popupBg},
        {"secondary text on alternate row", p.textDisabled, p.tableRowBgAlt},
        {"warning on window", p.warning, p.windowBg},
        {"accent on window", p.accent, p.windowBg},
        {"text on accent", p.onAccent, p.accent},
        {"map label on halo", map.label, opaque(map.halo)},
        {"map context label on halo", map.contextLabel, opaque(map.halo)},
        {"map overlay text on panel", map.overlayText, opaque(map.panel)},
    };
    return pairs;
}

void buildFonts(const std::string& fontFile, float uiScale) {
    ImGuiIO& io = ImGui::GetIO();
    // Latin-1 covers ä ö ü ß; add – — „ “ € → ≤ ≥ and the check marks of the eligibility list.
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022,
                                     0x2022, 0x2026, 0x2026, 0x20AC, 0x20AC, 0x2190, 0x2193,
                                     0x2212, 0x2212, 0x2264, 0x2265, 0x25C6, 0x25C6, 0x2713,
                                     0x2717, 0};
    io.Fonts->Clear();
    io.Fonts->AddFontFromFileTTF(fontFile.c_str(), std::round(kBodyTextPx * uiScale), nullptr,
                                 ranges);
    g_largeFont = io.Fonts->AddFontFromFileTTF(fontFile.c_str(),
                                               std::round(kLargeTextPx * uiScale), nullptr, ranges);
    io.Fonts->Build();
}

ImFont* largeFont() { return g_largeFont; }

void applyTheme(UiTheme theme, float uiScale) {
    g_theme = theme;
    ImGuiStyle style;  // a fresh base: sizes are scaled once from it, never cumulatively
    if (theme == UiTheme::Light)
        ImGui::StyleColorsLight(&style);
    else
        ImGui::StyleColorsDark(&style);
    style.WindowRounding = 0;
    style.FrameRounding = 3;
    style.WindowPadding = {14, 14};
    style.FramePadding = {10, 6};
    style.ItemSpacing = {10, 8};
    style.CellPadding = {6, 4};
    style.ScrollbarSize = 16;
    style.FrameBorderSize = 1;

    const ThemePalette p = themePalette(theme);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = im(p.text);
    c[ImGuiCol_TextDisabled] = im(p.textDisabled);
    c[ImGuiCol_WindowBg] = im(p.windowBg);
    c[ImGuiCol_ChildBg] = {0, 0, 0, 0};
    c[ImGuiCol_PopupBg] = im(p.popupBg);
    c[ImGuiCol_Border] = im(p.border);
    c[ImGuiCol_Separator] = im(p.separator);
    c[ImGuiCol_FrameBg] = im(p.frameBg);
    c[ImGuiCol_FrameBgHovered] = im(p.frameHovered);
    c[ImGuiCol_FrameBgActive] = im(p.frameActive);
    c[ImGuiCol_TitleBg] = im(p.tab);
    c[ImGuiCol_TitleBgActive] = im(p.tabActive);
    c[ImGuiCol_Button] = im(p.button);
    c[ImGuiCol_ButtonHovered] = im(p.buttonHovered);
    c[ImGuiCol_ButtonActive] = im(p.buttonActive);
    c[ImGuiCol_Header] = im(p.header);
    c[ImGuiCol_HeaderHovered] = im(p.headerHovered);
    c[ImGuiCol_HeaderActive] = im(p.headerActive);
    c[ImGuiCol_Tab] = im(p.tab);
    c[ImGuiCol_TabHovered] = im(p.tabHovered);
    c[ImGuiCol_TabActive] = im(p.tabActive);
    c[ImGuiCol_TabUnfocused] = im(p.tab);
    c[ImGuiCol_TabUnfocusedActive] = im(p.tabActive);
    c[ImGuiCol_TableHeaderBg] = im(p.tableHeaderBg);
    c[ImGuiCol_TableRowBg] = {0, 0, 0, 0};
    c[ImGuiCol_TableRowBgAlt] = im(p.tableRowBgAlt);
    c[ImGuiCol_TableBorderLight] = im(p.separator);
    c[ImGuiCol_TableBorderStrong] = im(p.border);
    c[ImGuiCol_CheckMark] = im(p.checkMark);
    c[ImGuiCol_SliderGrab] = im(p.sliderGrab);
    c[ImGuiCol_SliderGrabActive] = im(p.accent);
    c[ImGuiCol_ScrollbarBg] = im(p.windowBg);
    c[ImGuiCol_ScrollbarGrab] = im(p.scrollbarGrab);
    c[ImGuiCol_PlotLines] = im(p.plotLines);
    c[ImGuiCol_PlotHistogram] = im(p.plotLines);
    style.ScaleAllSizes(uiScale);
    ImGui::GetStyle() = style;
}

UiTheme currentTheme() { return g_theme; }

Rgba warningColor() { return themePalette(g_theme).warning; }
Rgba accentColor() { return themePalette(g_theme).accent; }

Rgba mapFillColor(Rgba fill) {
    return g_theme == UiTheme::Dark ? map::darkMapFill(fill) : fill;
}

}  // namespace ui
