#include "app/ui/symbols.hpp"

#include <cmath>

namespace ui {

void drawSymbol(const map::StatusSymbol& symbol, float sizePx) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    float r = sizePx * 0.42f;
    ImVec2 c{p.x + sizePx / 2, p.y + sizePx / 2};
    ImU32 fill = ImGui::ColorConvertFloat4ToU32({symbol.color.r, symbol.color.g, symbol.color.b, 1});
    ImU32 ring = IM_COL32(40, 40, 40, 255);
    switch (symbol.shape) {
        case map::MarkerShape::Circle:
            draw->AddCircleFilled(c, r, fill);
            draw->AddCircle(c, r, ring);
            break;
        case map::MarkerShape::Square:
            draw->AddRectFilled({c.x - r * 0.85f, c.y - r * 0.85f}, {c.x + r * 0.85f, c.y + r * 0.85f}, fill);
            draw->AddRect({c.x - r * 0.85f, c.y - r * 0.85f}, {c.x + r * 0.85f, c.y + r * 0.85f}, ring);
            break;
        case map::MarkerShape::Diamond:
            draw->AddQuadFilled({c.x, c.y - r}, {c.x + r, c.y}, {c.x, c.y + r}, {c.x - r, c.y}, fill);
            draw->AddQuad({c.x, c.y - r}, {c.x + r, c.y}, {c.x, c.y + r}, {c.x - r, c.y}, ring);
            break;
        case map::MarkerShape::TriangleUp:
        case map::MarkerShape::TriangleDown: {
            float s = symbol.shape == map::MarkerShape::TriangleUp ? 1.f : -1.f;
            ImVec2 a{c.x, c.y - s * r}, b{c.x + r, c.y + s * r * 0.8f}, d{c.x - r, c.y + s * r * 0.8f};
            draw->AddTriangleFilled(a, b, d, fill);
            draw->AddTriangle(a, b, d, ring);
            break;
        }
        case map::MarkerShape::Cross:
            draw->AddLine({c.x - r, c.y - r}, {c.x + r, c.y + r}, fill, sizePx * 0.22f);
            draw->AddLine({c.x - r, c.y + r}, {c.x + r, c.y - r}, fill, sizePx * 0.22f);
            break;
    }
    ImGui::Dummy({sizePx, sizePx});
}

}  // namespace ui
