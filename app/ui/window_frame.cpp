// The UI of one frame, built from the window model (ui/window_model.hpp drawFrameUi).

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "app/i18n/strings.hpp"
#include "app/ui/application_panels.hpp"
#include "app/ui/layout_record.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/window_model.hpp"

namespace ui {
namespace {

constexpr ImGuiWindowFlags kOverlayFlags = ImGuiWindowFlags_NoDecoration |
                                           ImGuiWindowFlags_AlwaysAutoResize |
                                           ImGuiWindowFlags_NoSavedSettings |
                                           ImGuiWindowFlags_NoNav;

void drawSiteTooltip(const project::Project& project, std::int64_t id) {
    const domain::Application* a = project.find(id);
    if (!a) return;
    ImGui::BeginTooltip();
    ImGui::Text("%s · %s", a->nr.c_str(), a->title.c_str());
    ImGui::Text("%s: %s", text::kStatus.c_str(), std::string(domain::label(a->status)).c_str());
    ImGui::TextDisabled("%s", a->applicant.c_str());
    ImGui::EndTooltip();
}

// "Klicken Sie auf die Karte …" at the top of the map while a site is being placed.
void drawPlacingHint(float mapWidth, float pad) {
    ImGui::SetNextWindowPos({mapWidth * 0.5f, pad}, 0, {0.5f, 0.f});
    ImGui::Begin("##placing", nullptr, kOverlayFlags);
    const map::Rgba c = accentColor();
    ImGui::TextColored({c.r, c.g, c.b, c.a}, "%s", text::kPlacingHint.c_str());
    ImGui::End();
}

// Which rank the map shows (keys 1–9), under the population line of the set's overlay.
void drawRankBanner(int rank, float mapWidth, float pad) {
    const std::string line = std::string(text::kRankedSet) + " " + std::to_string(rank);
    ImGui::SetNextWindowPos({mapWidth * 0.5f, pad + ImGui::GetFrameHeight() * 2},
                            ImGuiCond_Always, {0.5f, 0.f});
    ImGui::SetNextWindowBgAlpha(0.92f);
    ImGui::Begin("##rank", nullptr,
                 kOverlayFlags | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoMove);
    ImGui::TextUnformatted(line.c_str());
    ImGui::End();
}

// The size an auto-sized overlay window had in the last frame (zero when it was not drawn):
// where it goes this frame depends on it.
ImVec2 lastSize(const char* name) {
    const ImGuiWindow* w = ImGui::FindWindowByName(name);
    return w && w->WasActive ? w->Size : ImVec2{0, 0};
}

// How far the banners at the top and the scale bar and attribution at the bottom reach into
// the map. The set's banner line is always kept free, so the district does not jump when a
// set appears; the rank line (keys 1–9), the placing hint and the way back of the map-only
// view only while they are shown.
MapInsets bannerInsets(const FrameLayout& layout, bool rankShown, bool placing, float attributionPx,
                       float overlayTop, float pad) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line = ImGui::GetTextLineHeight();
    const float overlayWindow = line + 2 * style.WindowPadding.y;
    MapInsets in;
    in.top = 18.f + line + pad;  // drawSetOverlay's banner: 12 px down, 6 px of frame
    if (rankShown) in.top = std::max(in.top, pad + ImGui::GetFrameHeight() * 2 + overlayWindow + pad);
    if (placing) in.top = std::max(in.top, pad + overlayWindow + pad);
    if (layout.mapOnly) {
        const ImVec2 back = lastSize("##back");
        in.top = std::max(in.top, style.WindowPadding.x * 0.6f + std::max(back.y, overlayWindow) + pad);
    }
    // Above the scale bar and attribution where the renderer put them (the estimate before
    // the first frame is drawn).
    in.bottom = layout.height - (overlayTop > 0 ? overlayTop - pad * 0.6f
                                                : legendBottom(layout, attributionPx, pad));
    return in;
}

// The set on the map (ui/shown_set.hpp): what the user points at or asks for with keys 1–9,
// else the recorded choice, else the recommendation. The selection model is brought up to
// date only when a set may be shown (it ranks all sets).
MapSet shownSet(WindowModel& m, bool mapOnly) {
    UiState& state = m.state;
    if (m.pres.shownRank || m.project.committee().choice || state.selectionTabOpen || mapOnly) {
        if (!state.district) state.district = decision::analyseDistrict(m.project.map());
        const decision::Weights weights =
            state.liveWeights ? *state.liveWeights : m.project.committee().settings.weights;
        m.selection.update(m.project, *state.district, weights, !state.liveWeights);
    }
    MapSet shown = mapSet(m.selection, m.project.committee(),
                          {state.selectionTabOpen, mapOnly, state.hoveredSet, state.pickedSet,
                           m.pres.shownRank});
    if (shown.rankMissing) {
        m.status = std::string(text::kNoRankedSet) + ": " + std::to_string(*m.pres.shownRank);
        m.pres.shownRank.reset();
    }
    return shown;
}

}  // namespace

FrameUi drawFrameUi(WindowModel& m, RememberedSettings& settings, const FrameLayout& layout,
                    const ShortcutResult& keys, const std::string& attribution) {
    const project::Project& project = m.project;
    UiState& state = m.state;
    Presentation& pres = m.pres;
    const float mapWidth = layout.mapWidth;
    FrameUi out;
    clearRecordedOverlays();

    std::optional<std::size_t> hovered = m.map.hovered();
    SidePanelResult panel;
    if (!layout.mapOnly) {
        panel = drawSidePanel(project, state, m.requests, m.selection, hovered, m.style, pres,
                              mapWidth + layout.formWidth, layout.panelWidth, layout.height,
                              m.status, layout.formOverPanel);
        float dragged = drawPanelSplitter(mapWidth + layout.formWidth, layout.height,
                                          layout.panelWidth, layout.panelMinWidth,
                                          layout.panelMaxWidth);
        if (dragged != layout.panelWidth) {
            pres.sidePanelWidth = dragged;
            settings.stored.sidePanelWidth = dragged;
        }
        // On a narrow window the form lies over the side panel, above its sources and status.
        if (layout.formOverPanel)
            drawApplicationForm(project, state, m.requests, mapWidth, layout.panelWidth,
                                panel.footerTop - ImGui::GetStyle().ItemSpacing.y);
        else
            drawApplicationForm(project, state, m.requests, mapWidth, layout.formWidth,
                                layout.height);
    } else if (drawBackToPanelsButton(static_cast<float>(layout.size.windowWidth))) {
        pres.mapOnly = false;
    }
    if (panel.fitDistrict) m.map.fitDistrict();
    if (panel.openExport) m.exportDialog.open = true;
    if (m.requests.openImport) m.importDialog.open = true;

    const float pad = 10.f * pres.uiScale;
    // The attribution's width is estimated with ImGui's font at the map's overlay text size.
    const float attributionPx =
        ImGui::CalcTextSize(attribution.c_str()).x * m.style.overlayTextPx / ImGui::GetFontSize();
    // The legend on the side of the map where it costs the district least; the district is
    // fitted into what the legend, the banners and the scale bar leave free.
    const geo::Box district = project.map().extent();
    const ImVec2 legend = lastSize("##legend");
    const LegendPlacement place =
        placeLegend(layout, bannerInsets(layout, pres.shownRank.has_value(), state.placingSite,
                                         attributionPx, m.mapOverlayTop, pad),
                    legend.x, legend.y, district.empty() ? 0 : district.width(),
                    district.empty() ? 0 : district.height(), pad);
    drawMapLegend(project, state, place.x, place.y);
    const double ratio = layout.size.pixelRatio;
    m.map.setLabelPx(static_cast<double>(m.style.labelPx * layout.styleScale));
    m.map.setInsets({place.free.left * ratio, place.free.top * ratio, place.free.right * ratio,
                     place.free.bottom * ratio});
    if (state.placingSite) drawPlacingHint(mapWidth, pad);
    drawImportDialog(project, m.importDialog, m.requests, keys.escape);
    if (!ImGui::GetIO().WantCaptureMouse) {
        if (m.map.hoveredSite())
            drawSiteTooltip(project, *m.map.hoveredSite());
        else if (hovered)
            drawMunicipalityTooltip(project.map().municipalities[*hovered]);
    }
    out.highlight = hovered ? hovered : panel.hoveredRow;
    if (!state.status.empty()) m.status = std::exchange(state.status, {});

    out.exportRequest = drawExportDialog(m.exportDialog, static_cast<int>(m.map.rect().width),
                                         static_cast<int>(m.map.rect().height), keys.enter,
                                         keys.escape);
    out.shown = shownSet(m, layout.mapOnly);
    const decision::RankedSet* set = out.shown.set ? &*out.shown.set : nullptr;
    state.coverageShownKm.reset();
    if (set) {
        state.coverageShownKm = m.selection.input().settings.radiusKm;
        drawSetOverlay(m.selection, *set, out.shown.shown.kind, m.map.viewport(),
                       layout.size.pixelRatio, {0, 0}, mapWidth);
    }
    if (out.shown.rank) drawRankBanner(*out.shown.rank, mapWidth, pad);
    // Keys 1–9 while zoomed in: the map moves so the whole pair and its rings are in view.
    std::optional<geo::Box> pairBox;
    if (out.shown.rank && set) {
        const decision::DecisionInput& in = m.selection.input();
        const double radius = in.settings.radiusKm * 1000;
        geo::Box box;
        for (std::size_t member : set->members)
            box.extend(geo::Box{in.sites[member].x - radius, in.sites[member].y - radius,
                                in.sites[member].x + radius, in.sites[member].y + radius});
        if (!box.empty()) pairBox = box;
    }
    m.map.reveal(pairBox);
    if (pres.card)
        drawApplicationCard(project, *pres.card, mapWidth - pad,
                            cardTop(layout, set != nullptr, ImGui::GetFrameHeight(), pad), 1.f,
                            0.f, std::max(mapWidth * 0.42f, 300.f));
    return out;
}

}  // namespace ui
