#pragma once
#include <string>

namespace ui {

// A light, high-contrast ImGui theme for projectors, with the given TTF font at a size that
// stays readable from the back of a room, scaled by the monitor's content scale.
void applyTheme(const std::string& fontFile, float contentScale);

}  // namespace ui
