#include <imgui.h>

#include "app/ui/panels.hpp"
#include "app/i18n/strings.hpp"

namespace ui {

void drawDisplaySettings(map::MapStyle& style) {
    ImGui::PushItemWidth(ImGui::GetFontSize() * 8);
    ImGui::SliderFloat(text::kLineWidth, &style.outlinePx, 0.5f, 6.f, "%.1f");
    ImGui::SliderFloat(text::kDistrictLineWidth, &style.districtOutlinePx, 1.f, 12.f, "%.1f");
    ImGui::SliderFloat(text::kLabelSize, &style.labelPx, 12.f, 48.f, "%.0f");
    ImGui::PopItemWidth();
    ImGui::Checkbox(text::kShowLabels, &style.labels);
}

}  // namespace ui
