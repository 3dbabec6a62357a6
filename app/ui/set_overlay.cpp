#include <imgui.h>

#include <cmath>

#include "app/ui/application_panels.hpp"
#include "app/ui/layout_record.hpp"
#include "app/ui/panels.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "geo/coverage.hpp"

namespace ui {

map::Rgba reachedColor(double share) {
    return map::reachedColor(share);  // one ramp for the window and the sheets (map/thematic)
}

void drawSetOverlay(const SelectionModel& model, const decision::RankedSet& set,
                    decision::ShownKind kind, const geo::Viewport& view, double pixelsPerPoint,
                    ImVec2 mapOrigin, float mapWidth) {
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    auto toScreen = [&](geo::Vec2 world) {
        geo::Vec2 px = view.worldToPixel(world);
        return ImVec2{mapOrigin.x + static_cast<float>(px.x / pixelsPerPoint),
                      mapOrigin.y + static_cast<float>(px.y / pixelsPerPoint)};
    };
    const decision::DecisionInput& in = model.input();
    const double radius = in.settings.radiusKm * 1000;
    // The other sets that come first for some weightings are not drawn: a thick bar with a
    // bare "100 %" between two other sites said nothing the committee could read, and it
    // competed with the shown set. Their acceptability is in the ranking of the "Auswahl" tab.
    const ImU32 ring = IM_COL32(0, 90, 50, 230), line = IM_COL32(20, 20, 20, 255);
    // r-km rings.
    for (std::size_t m : set.members) {
        geo::Ring r = geo::circleRing(in.sites[m], radius, 24);
        std::vector<ImVec2> pts;
        for (const geo::Vec2& p : r) pts.push_back(toScreen(p));
        draw->AddPolyline(pts.data(), static_cast<int>(pts.size()), ring, ImDrawFlags_Closed, 2.5f);
    }
    // Lines between the sites, labelled with the distance.
    for (std::size_t i = 0; i < set.members.size(); ++i)
        for (std::size_t j = i + 1; j < set.members.size(); ++j) {
            geo::Vec2 a = in.sites[set.members[i]], b = in.sites[set.members[j]];
            ImVec2 pa = toScreen(a), pb = toScreen(b);
            draw->AddLine(pa, pb, IM_COL32(255, 255, 255, 230), 6.f);
            draw->AddLine(pa, pb, line, 3.f);
            std::string label =
                formatDecimal(std::hypot(a.x - b.x, a.y - b.y) / 1000, 1) + " km";
            ImVec2 size = ImGui::CalcTextSize(label.c_str());
            ImVec2 mid{(pa.x + pb.x) / 2 - size.x / 2, (pa.y + pb.y) / 2 - size.y / 2};
            draw->AddRectFilled({mid.x - 5, mid.y - 2}, {mid.x + size.x + 5, mid.y + size.y + 2},
                                IM_COL32(255, 255, 255, 235), 3.f);
            draw->AddText(mid, line, label.c_str());
            recordOverlay("distance", label, {mid.x - 5, mid.y - 2},
                          {mid.x + size.x + 5, mid.y + size.y + 2});
        }
    if (set.acceptability > 0) {
        // The shown set's own acceptability below its distance label.
        ImVec2 pa = toScreen(in.sites[set.members.front()]), pb = toScreen(in.sites[set.members.back()]);
        std::string label = text::kAcceptability + " " + i18n::formatPercent(100 * set.acceptability, 0);
        ImVec2 size = ImGui::CalcTextSize(label.c_str());
        ImVec2 at{(pa.x + pb.x) / 2 - size.x / 2, (pa.y + pb.y) / 2 + size.y * 0.9f};
        draw->AddRectFilled({at.x - 5, at.y - 2}, {at.x + size.x + 5, at.y + size.y + 2},
                            IM_COL32(225, 238, 248, 240), 3.f);
        draw->AddText(at, IM_COL32(0, 70, 120, 255), label.c_str());
        recordOverlay("acceptability", label, {at.x - 5, at.y - 2},
                      {at.x + size.x + 5, at.y + size.y + 2});
    }
    // The site names beside their symbols.
    for (std::size_t m : set.members) {
        ImVec2 p = toScreen(in.sites[m]);
        const std::string& nr = in.nrs[m];
        ImVec2 size = ImGui::CalcTextSize(nr.c_str());
        ImVec2 at{p.x + 14, p.y - size.y - 8};
        draw->AddRectFilled({at.x - 4, at.y - 1}, {at.x + size.x + 4, at.y + size.y + 1},
                            IM_COL32(0, 90, 50, 235), 3.f);
        draw->AddText(at, IM_COL32(255, 255, 255, 255), nr.c_str());
        recordOverlay("site", nr, {at.x - 4, at.y - 1}, {at.x + size.x + 4, at.y + size.y + 1});
    }
    // The population reached, written on the map.
    double reached = model.coveredPopulation(set);
    double total = model.coverage() ? model.coverage()->totalPopulation() : 0;
    // Named as what it is: the committee's choice, the recommendation, or a set looked at.
    std::string head = kind == decision::ShownKind::Choice           ? text::kSheetChosenSet.str()
                       : kind == decision::ShownKind::Recommendation ? text::kSheetRecommendedSet.str()
                                                                     : text::kSheetSet.str();
    std::string nrs;
    for (std::size_t m : set.members) nrs += (nrs.empty() ? "" : " + ") + in.nrs[m];
    head += " " + nrs;
    head += ": " + i18n::fill(text::kResidentsWithin,
                              {formatInteger(std::llround(reached)),
                               i18n::formatPercent(total > 0 ? 100 * reached / total : 0, 0),
                               formatDecimal(in.settings.radiusKm, 0)});
    ImVec2 size = ImGui::CalcTextSize(head.c_str());
    ImVec2 at{mapOrigin.x + mapWidth / 2 - size.x / 2, mapOrigin.y + 12};
    draw->AddRectFilled({at.x - 10, at.y - 6}, {at.x + size.x + 10, at.y + size.y + 6},
                        IM_COL32(255, 255, 255, 240), 4.f);
    draw->AddRect({at.x - 10, at.y - 6}, {at.x + size.x + 10, at.y + size.y + 6},
                  IM_COL32(0, 90, 50, 255), 4.f, 0, 1.5f);
    draw->AddText(at, IM_COL32(0, 60, 30, 255), head.c_str());
    recordOverlay("banner", head, {at.x - 10, at.y - 6}, {at.x + size.x + 10, at.y + size.y + 6});
}

}  // namespace ui
