#include <imgui.h>

#include <set>

#include "app/map/thematic.hpp"
#include "app/ui/application_panels.hpp"
#include "app/ui/panels.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/i18n/display_labels.hpp"
#include "app/ui/symbols.hpp"
#include "app/ui/theme.hpp"

namespace ui {
namespace {

// A legend swatch as the map draws the fill (darkened in the dark theme), with an outline
// that shows on the panel of either theme.
ImU32 swatch(map::Rgba fill) {
    map::Rgba c = mapFillColor(fill);
    return ImGui::ColorConvertFloat4ToU32({c.r, c.g, c.b, 1});
}
ImU32 swatchBorder() { return ImGui::GetColorU32(ImGuiCol_Border); }

}  // namespace

void drawMapLegend(const project::Project& project, const UiState& state, float x, float y) {
    std::set<domain::Status> shown;
    for (const domain::Application& a : project.applications())
        if (a.site) shown.insert(a.status);
    bool coverage = state.coverageShownKm.has_value();
    bool choropleth = !coverage && state.theme == map::MapTheme::ApplicationsPerMunicipality;
    if (shown.empty() && !choropleth && !coverage && !project.isExample()) return;

    // Anchored at its lower-left corner: above the scale bar, where the map shows the
    // neighbouring districts rather than the district itself.
    ImGui::SetNextWindowPos({x, y}, ImGuiCond_Always, {0.f, 1.f});
    ImGui::SetNextWindowBgAlpha(0.92f);
    ImGui::Begin("##legend", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove);
    if (project.isExample()) ImGui::TextColored({warningColor().r, warningColor().g, warningColor().b, 1}, "%s",
                           text::kExampleData.c_str());
    float box = ImGui::GetTextLineHeight();
    if (choropleth) {
        map::Choropleth c =
            map::applicationsPerMunicipality(project.map(), project.applications());
        ImGui::TextUnformatted(c.title.c_str());
        for (const map::LegendClass& k : c.legend) {
            ImVec2 p = ImGui::GetCursorScreenPos();
            ImDrawList* draw = ImGui::GetWindowDrawList();
            draw->AddRectFilled(p, {p.x + box * 1.6f, p.y + box},
                                swatch(k.color));
            draw->AddRect(p, {p.x + box * 1.6f, p.y + box}, swatchBorder());
            ImGui::Dummy({box * 1.6f, box});
            ImGui::SameLine();
            ImGui::Text("%s (%d %s)", k.label.c_str(), k.municipalities,
                        (k.municipalities == 1 ? text::kOneMunicipality : text::kManyMunicipalities).c_str());
        }
    }
    if (coverage) {
        ImGui::TextUnformatted(i18n::fill(text::kAreaWithinKm, {formatDecimal(*state.coverageShownKm, 0)}).c_str());
        const std::pair<double, const char*> classes[] = {
            {1.0, text::kCoverageReached}, {0.5, text::kCoveragePartly}, {0.0, text::kCoverageNotReached}};
        for (auto [share, name] : classes) {
            map::Rgba k = reachedColor(share);
            ImVec2 p = ImGui::GetCursorScreenPos();
            ImDrawList* draw = ImGui::GetWindowDrawList();
            draw->AddRectFilled(p, {p.x + box * 1.6f, p.y + box},
                                swatch(k));
            draw->AddRect(p, {p.x + box * 1.6f, p.y + box}, swatchBorder());
            ImGui::Dummy({box * 1.6f, box});
            ImGui::SameLine();
            ImGui::TextUnformatted(name);
        }
    }
    if (!shown.empty()) {
        if (choropleth || coverage) ImGui::Spacing();
        ImGui::TextUnformatted(text::kLegendSites);
        for (domain::Status s : shown) {
            drawSymbol(map::statusSymbol(s), box);
            ImGui::SameLine();
            ImGui::TextUnformatted(i18n::displayLabel(s));
        }
        if (!state.ineligible.empty()) {
            ImVec2 p = ImGui::GetCursorScreenPos();
            float r = box * 0.36f;
            ImGui::GetWindowDrawList()->AddCircle({p.x + box / 2, p.y + box / 2}, r,
                                                  IM_COL32(0xC0, 0x00, 0x2A, 255), 0, box * 0.2f);
            ImGui::Dummy({box, box});
            ImGui::SameLine();
            ImGui::TextUnformatted(text::kLegendIneligible);
        }
    }
    ImGui::End();
}

}  // namespace ui
