// The window's status symbols (lists and legend, ui/symbols) point as map::statusSymbol says:
// ▲ "Ausgewählt" towards the top of the screen, ▼ "Abgelehnt" down, as on the map and in the
// prints.

#include <gtest/gtest.h>
#include <imgui.h>

#include <algorithm>

#include "app/ui/symbols.hpp"

namespace {

// The vertices ImGui records for the symbol of `status` drawn at the top-left of a window.
std::vector<ImVec2> symbolVertices(domain::Status status) {
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = {400, 400};
    io.DeltaTime = 1.f / 60;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    ImGui::NewFrame();
    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize({400, 400});
    ImGui::Begin("symbols", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoBackground);
    ImDrawList* list = ImGui::GetWindowDrawList();
    int before = list->VtxBuffer.Size;
    ui::drawSymbol(map::statusSymbol(status), 100.f);
    std::vector<ImVec2> out;
    for (int i = before; i < list->VtxBuffer.Size; ++i) out.push_back(list->VtxBuffer[i].pos);
    ImGui::End();
    ImGui::EndFrame();
    ImGui::DestroyContext(context);
    return out;
}

// Up when the ink reaches further above the symbol's centre than below it (y down).
map::Pointing pointingOf(const std::vector<ImVec2>& v) {
    if (v.empty()) return map::Pointing::None;
    float top = v[0].y, bottom = v[0].y, left = v[0].x, right = v[0].x;
    for (ImVec2 p : v) {
        top = std::min(top, p.y);
        bottom = std::max(bottom, p.y);
        left = std::min(left, p.x);
        right = std::max(right, p.x);
    }
    // The width of the ink in the upper and the lower quarter of the symbol.
    float cy = (top + bottom) / 2, quarter = (bottom - top) / 4;
    float upper = 0, lower = 0;
    for (ImVec2 p : v) {
        if (p.y < cy - quarter) upper = std::max(upper, std::abs(p.x - (left + right) / 2));
        if (p.y > cy + quarter) lower = std::max(lower, std::abs(p.x - (left + right) / 2));
    }
    if (upper * 2 < lower) return map::Pointing::Up;
    if (lower * 2 < upper) return map::Pointing::Down;
    return map::Pointing::None;
}

TEST(WindowSymbols, TrianglesPointAsTheirStatusSays) {
    EXPECT_EQ(pointingOf(symbolVertices(domain::Status::Ausgewaehlt)), map::Pointing::Up);
    EXPECT_EQ(pointingOf(symbolVertices(domain::Status::Abgelehnt)), map::Pointing::Down);
    // A square is neither.
    EXPECT_EQ(pointingOf(symbolVertices(domain::Status::Foerderfaehig)), map::Pointing::None);
}

}  // namespace
