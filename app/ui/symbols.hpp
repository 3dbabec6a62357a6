#pragma once
// Status symbols in ImGui lists and legends: the same shapes and colours as on the map
// (render/thematic.hpp).

#include <imgui.h>

#include "app/render/thematic.hpp"

namespace ui {

using render::statusSymbol;
using render::StatusSymbol;

// Draws the symbol into the current ImGui window at the cursor, `sizePx` high, and advances
// the cursor like a widget.
void drawSymbol(const StatusSymbol& symbol, float sizePx);

}  // namespace ui
