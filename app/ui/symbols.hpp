#pragma once
// How an application's status looks on the map and in lists: a shape and a colour from the
// Okabe–Ito palette (colour-blind safe); the shape alone tells the status apart in greyscale.

#include <imgui.h>

#include "app/render/map_renderer.hpp"
#include "app/store/application.hpp"

namespace ui {

struct StatusSymbol {
    render::MarkerShape shape;
    render::Rgba color;
};

StatusSymbol statusSymbol(store::Status status);

// Draws the symbol into the current ImGui window at the cursor, `sizePx` high, and advances
// the cursor like a widget.
void drawSymbol(const StatusSymbol& symbol, float sizePx);

}  // namespace ui
