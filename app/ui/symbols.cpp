#include "app/ui/symbols.hpp"

#include <cmath>
#include <vector>

namespace ui {

void drawSymbol(const map::StatusSymbol& symbol, float sizePx) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    float r = sizePx * 0.42f;
    ImVec2 c{p.x + sizePx / 2, p.y + sizePx / 2};
    ImU32 fill = ImGui::ColorConvertFloat4ToU32({symbol.color.r, symbol.color.g, symbol.color.b, 1});
    ImU32 ring = IM_COL32(40, 40, 40, 255);
    // The shapes of map::symbolOutline (y down, as ImGui draws), like the map and the prints.
    std::vector<geo::Vec2> outline = map::symbolOutline(symbol.shape);
    const float unit = sizePx * 0.5f;
    if (outline.empty()) {
        draw->AddCircleFilled(c, r, fill);
        draw->AddCircle(c, r, ring);
    } else {
        std::vector<ImVec2> pts;
        for (const geo::Vec2& q : outline)
            pts.push_back({c.x + static_cast<float>(q.x) * unit, c.y + static_cast<float>(q.y) * unit});
        // ImGui fills convex polygons only: the cross is drawn as two bars.
        if (symbol.shape == map::MarkerShape::Cross) {
            draw->AddLine({c.x - r, c.y - r}, {c.x + r, c.y + r}, fill, sizePx * 0.22f);
            draw->AddLine({c.x - r, c.y + r}, {c.x + r, c.y - r}, fill, sizePx * 0.22f);
        } else {
            draw->AddConvexPolyFilled(pts.data(), static_cast<int>(pts.size()), fill);
            draw->AddPolyline(pts.data(), static_cast<int>(pts.size()), ring, ImDrawFlags_Closed, 1.f);
        }
    }
    ImGui::Dummy({sizePx, sizePx});
}

}  // namespace ui
