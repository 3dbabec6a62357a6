#include "app/ui/live_slider.hpp"

#include <imgui.h>

#include <cmath>

namespace ui {

std::string literalFormat(const std::string& text) {
    std::string out;
    out.reserve(text.size() + 2);
    for (char c : text) {
        out += c;
        if (c == '%') out += '%';
    }
    return out;
}

bool textSlider(const char* label, float& value, float min, float max, float step,
                const std::string& text) {
    // A format without a conversion: ImGui shows it as it is and does not round the value.
    const float before = value;
    ImGui::SliderFloat(label, &value, min, max, literalFormat(text).c_str(),
                       ImGuiSliderFlags_NoInput | ImGuiSliderFlags_AlwaysClamp);
    if (step > 0) value = std::round(value / step) * step;
    if (value < min) value = min;
    if (value > max) value = max;
    return value != before;
}

std::optional<float> followSlider(std::optional<float>& live, float stored, float value,
                                  bool edited, bool active) {
    if (edited) live = value;
    if (live && !active) {
        // Let go (or no longer drawn held): write once when the value differs from the project.
        std::optional<float> out;
        if (*live != stored) out = *live;
        live.reset();
        return out;
    }
    return std::nullopt;
}

std::optional<float> liveSlider(const char* label, std::optional<float>& live, float stored,
                                float min, float max, float step,
                                const std::function<std::string(float)>& shown) {
    float value = live ? *live : stored;
    const bool edited = textSlider(label, value, min, max, step, shown(value));
    return followSlider(live, stored, value, edited, ImGui::IsItemActive());
}

}  // namespace ui
