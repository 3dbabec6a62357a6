#include <imgui.h>

#include "app/ui/live_slider.hpp"
#include "app/ui/panels.hpp"
#include "app/i18n/strings.hpp"

namespace ui {

// The map's display style is view state, not project data: the sliders change it at once (the
// map follows the drag) and nothing is written to the project. Values in the user's language.
void drawDisplaySettings(map::MapStyle& style) {
    ImGui::PushItemWidth(ImGui::GetFontSize() * 8);
    textSlider(text::kLineWidth, style.outlinePx, 0.5f, 6.f, 0.1f, formatDecimal(style.outlinePx, 1));
    textSlider(text::kDistrictLineWidth, style.districtOutlinePx, 1.f, 12.f, 0.1f,
               formatDecimal(style.districtOutlinePx, 1));
    textSlider(text::kLabelSize, style.labelPx, 12.f, 48.f, 1.f, formatDecimal(style.labelPx, 0));
    ImGui::PopItemWidth();
    ImGui::Checkbox(text::kShowLabels, &style.labels);
}

}  // namespace ui
