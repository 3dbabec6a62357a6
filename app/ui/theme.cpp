#include "app/ui/theme.hpp"

#include <imgui.h>

namespace ui {

void applyTheme(const std::string& fontFile, float contentScale) {
    ImGuiIO& io = ImGui::GetIO();
    // Latin-1 covers ä ö ü ß; add – — „ “ € → ≤ ≥ and the check marks of the eligibility list.
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201E, 0x2022,
                                     0x2022, 0x2026, 0x2026, 0x20AC, 0x20AC, 0x2190, 0x2193,
                                     0x2212, 0x2212, 0x2264, 0x2265, 0x25C6, 0x25C6, 0x2713, 0x2717, 0};
    io.Fonts->Clear();
    io.Fonts->AddFontFromFileTTF(fontFile.c_str(), 20.f * contentScale, nullptr, ranges);

    ImGui::StyleColorsLight();
    ImGuiStyle& style = ImGui::GetStyle();
    style.WindowRounding = 0;
    style.FrameRounding = 3;
    style.WindowPadding = {14, 14};
    style.FramePadding = {10, 6};
    style.ItemSpacing = {10, 8};
    style.CellPadding = {6, 4};
    style.ScrollbarSize = 16;
    style.Colors[ImGuiCol_WindowBg] = {0.98f, 0.98f, 0.98f, 1.f};
    style.Colors[ImGuiCol_Text] = {0.07f, 0.07f, 0.07f, 1.f};
    style.Colors[ImGuiCol_TextDisabled] = {0.30f, 0.30f, 0.30f, 1.f};
    style.ScaleAllSizes(contentScale);
}

}  // namespace ui
