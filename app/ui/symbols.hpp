#pragma once
// Status symbols in ImGui lists and legends: the same shapes and colours as on the map
// (map/thematic.hpp).

#include <imgui.h>

#include "app/map/thematic.hpp"

namespace ui {

// Draws the symbol into the current ImGui window at the cursor, `sizePx` high, and advances
// the cursor like a widget.
void drawSymbol(const map::StatusSymbol& symbol, float sizePx);

}  // namespace ui
