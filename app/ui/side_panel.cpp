#include <imgui.h>

#include <algorithm>
#include <utility>

#include "app/ui/application_panels.hpp"
#include "app/ui/panels.hpp"
#include "app/ui/presentation.hpp"
#include "app/ui/project_menu.hpp"
#include "app/ui/status_area.hpp"
#include "app/ui/theme.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"

namespace ui {
namespace {

// Keeps the next button on this line when it fits, else starts a new line.
void sameLineIfFits(const char* nextLabel) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float next = ImGui::CalcTextSize(nextLabel).x + style.FramePadding.x * 2;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + next <= right) ImGui::SameLine();
}

enum class SideTab { Applications, Committee, Selection, Call, Map };

// The tab buttons, wrapping onto further lines when the panel is narrow; the chosen tab is
// kept in ImGui's storage of the panel (view state, not project data). Returns the open tab.
SideTab drawSideTabs() {
    struct TabLabel {
        SideTab tab;
        const char* text;
        const char* id;
    };
    const TabLabel tabs[] = {{SideTab::Applications, text::kTabApplications, "tab-applications"},
                             {SideTab::Committee, text::kTabCommittee, "tab-committee"},
                             {SideTab::Selection, text::kTabSelection, "tab-selection"},
                             {SideTab::Call, text::kTabCall, "tab-call"},
                             {SideTab::Map, text::kTabMap, "tab-map"}};
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID key = ImGui::GetID("side-tab");
    int open = storage->GetInt(key, 0);
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec4 active = style.Colors[ImGuiCol_TabActive];
    const ImVec4 idle = style.Colors[ImGuiCol_Tab];
    const ImVec4 hovered = style.Colors[ImGuiCol_TabHovered];
    for (int i = 0; i < 5; ++i) {
        if (i > 0) sameLineIfFits(tabs[i].text);
        const bool isOpen = open == i;
        ImGui::PushStyleColor(ImGuiCol_Button, isOpen ? active : idle);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, isOpen ? active : hovered);
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, active);
        if (ImGui::Button(i18n::withId(tabs[i].text, tabs[i].id).c_str())) open = i;
        ImGui::PopStyleColor(3);
    }
    storage->SetInt(key, open);
    ImGui::Separator();
    return tabs[open].tab;
}

std::string sourceLine(const domain::DataSource& s) {
    return s.attribution + ", " + text::kAsOf.str() + " " + i18n::formatIsoDate(s.stand) + " (" +
           s.licence + ")";
}

ImVec4 warningImColor() {
    map::Rgba c = warningColor();
    return {c.r, c.g, c.b, 1.f};
}

// The municipalities with population and area; the hovered row highlights on the map.
void drawMunicipalityTable(const domain::MapData& data, std::optional<std::size_t> highlighted,
                           SidePanelResult& result) {
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
    float rows = static_cast<float>(std::min<std::size_t>(data.municipalities.size(), 16)) + 1.6f;
    float tableHeight = ImGui::GetTextLineHeightWithSpacing() * rows;
    if (ImGui::BeginTable("gemeinden", 3, flags, {0, tableHeight})) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(text::kMunicipality, ImGuiTableColumnFlags_WidthStretch, 2.2f);
        ImGui::TableSetupColumn(text::kPopulation, ImGuiTableColumnFlags_WidthStretch, 1.2f);
        ImGui::TableSetupColumn("km²", ImGuiTableColumnFlags_WidthStretch, 0.9f);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < data.municipalities.size(); ++i) {
            const domain::Municipality& m = data.municipalities[i];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            bool isHighlighted = highlighted && *highlighted == i;
            ImGui::Selectable(m.name.c_str(), isHighlighted, ImGuiSelectableFlags_SpanAllColumns);
            if (ImGui::IsItemHovered()) result.hoveredRow = i;
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(m.population ? formatInteger(*m.population).c_str()
                                                : text::kUnknown);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatDecimal(m.areaKm2, 1).c_str());
        }
        ImGui::EndTable();
    }
    double area = 0;
    for (const domain::Municipality& m : data.municipalities) area += m.areaKm2;
    ImGui::Text("%s: %s %s · %s km²", text::kDistrictTotal.c_str(),
                formatInteger(data.totalPopulation()).c_str(), text::kPopulation.c_str(),
                formatDecimal(area, 1).c_str());
    ImGui::Spacing();
    ImGui::Separator();
    if (highlighted && *highlighted < data.municipalities.size()) {
        const domain::Municipality& m = data.municipalities[*highlighted];
        ImGui::TextUnformatted((m.name + (m.bez.empty() ? "" : " (" + m.bez + ")")).c_str());
        ImGui::Text("%s: %s", text::kAgs.c_str(), m.ags.c_str());
        ImGui::Text("%s: %s", text::kPopulation.c_str(),
                    m.population ? formatInteger(*m.population).c_str() : text::kUnknown.c_str());
        ImGui::Text("%s: %s km²", text::kArea.c_str(), formatDecimal(m.areaKm2, 1).c_str());
        if (m.population && m.areaKm2 > 0)
            ImGui::Text("%s: %s Einw./km²", text::kDensity.c_str(),
                        formatInteger(std::llround(static_cast<double>(*m.population) / m.areaKm2))
                            .c_str());
    } else {
        ImGui::TextWrapped("%s", text::kHelp.c_str());
    }
}

void drawMapSettings(UiState& state, map::MapStyle& style, Presentation& presentation) {
    ImGui::TextUnformatted(text::kThemeTitle);
    int theme = state.theme == map::MapTheme::Municipalities ? 0 : 1;
    ImGui::RadioButton(text::kThemeColours, &theme, 0);
    ImGui::RadioButton(text::kThemeCount, &theme, 1);
    state.theme = theme == 0 ? map::MapTheme::Municipalities
                             : map::MapTheme::ApplicationsPerMunicipality;
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextUnformatted(text::kDisplay);
    drawDisplaySettings(style);
    ImGui::Spacing();
    ImGui::Separator();
    drawPresentationSettings(presentation);
}

// The panel's scrolling content: the tabs and the open tab's page, `footer` high above the
// panel's bottom.
void drawPanelContent(const project::Project& project, UiState& state, Requests& requests,
                      SelectionModel& selection, std::optional<std::size_t> highlighted,
                      map::MapStyle& style, Presentation& presentation, SidePanelResult& result,
                      float footer) {
    const domain::MapData& data = project.map();
    ImGui::BeginChild("content", {0, -footer}, false);
    // The tabs as a row of buttons that wraps: every tab's whole word is visible at any panel
    // width (ImGui's tab bar scrolls or cuts them, "Ausschr…", at 1280×800).
    const SideTab tab = drawSideTabs();
    state.selectionTabOpen = tab == SideTab::Selection;
    switch (tab) {
        case SideTab::Applications: drawApplicationList(project, state, requests); break;
        case SideTab::Committee: drawCommitteePanel(project, state, requests); break;
        case SideTab::Selection: drawSelectionPanel(project, state, requests, selection); break;
        case SideTab::Call:
            drawCallSettings(project, requests);
            ImGui::Spacing();
            drawDecisionCallSettings(project, state, requests);
            break;
        case SideTab::Map:
            drawMapSettings(state, style, presentation);
            ImGui::Spacing();
            ImGui::Separator();
            drawMunicipalityTable(data, highlighted, result);
            break;
    }
    ImGui::EndChild();
}

}  // namespace

void drawMunicipalityTooltip(const domain::Municipality& m) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted((m.bez.empty() ? m.name : m.name + " (" + m.bez + ")").c_str());
    ImGui::Separator();
    ImGui::Text("%s: %s", text::kAgs.c_str(), m.ags.c_str());
    ImGui::Text("%s: %s", text::kPopulation.c_str(),
                m.population ? formatInteger(*m.population).c_str() : text::kUnknown.c_str());
    ImGui::Text("%s: %s km²", text::kArea.c_str(), formatDecimal(m.areaKm2, 1).c_str());
    ImGui::EndTooltip();
}

SidePanelResult drawSidePanel(const project::Project& project, UiState& state, Requests& requests,
                              SelectionModel& selection, std::optional<std::size_t> highlighted,
                              map::MapStyle& style, Presentation& presentation, float x,
                              float width, float height, const std::string& status,
                              bool formOver) {
    const domain::MapData& data = project.map();
    SidePanelResult result;
    ImGui::SetNextWindowPos({x, 0});
    ImGui::SetNextWindowSize({width, height});
    ImGui::Begin(text::kAppName, nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoTitleBar |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    std::string title = data.district ? data.district->bez + " " + data.district->name
                                      : std::string(text::kMunicipalities);
    title += " · " + project.call().title;
    // A long call title wraps rather than running off the panel's edge.
    ImGui::PushTextWrapPos(0.f);
    ImGui::TextUnformatted(title.c_str());
    ImGui::PopTextWrapPos();
    if (project.isExample()) ImGui::TextColored(warningImColor(), "%s", text::kExampleData.c_str());
    if (project.readOnly())
        ImGui::TextColored(warningImColor(), "%s: %s", text::kReadOnly.c_str(),
                           project.readOnlyReason().c_str());
    // The buttons wrap onto a second line rather than being cut ("Nur Kar") on narrow panels.
    drawProjectMenu(project, requests);
    sameLineIfFits(text::kFitDistrict);
    if (ImGui::Button(text::kFitDistrict)) result.fitDistrict = true;
    sameLineIfFits(text::kExportShort);
    if (ImGui::Button(text::kExportShort)) result.openExport = true;
    sameLineIfFits(text::kMapOnly);
    if (ImGui::Button(text::kMapOnly)) presentation.mapOnly = true;

    // A report written last frame is said in the status area, where the eye is, not below the
    // fold of the Auswahl tab (the status line moves to the window's status next frame).
    if (!state.reportMessage.empty()) state.status = std::exchange(state.reportMessage, {});
    const std::string& shownStatus = state.status.empty() ? status : state.status;

    // The content scrolls; the sources and the status area stay at the bottom, as tall as
    // their wrapped text (and the "Ordner öffnen" button) need.
    const float wrapWidth = ImGui::GetContentRegionAvail().x;
    float footer = ImGui::GetStyle().ItemSpacing.y * 3 + ImGui::GetStyle().WindowPadding.y;
    for (const domain::DataSource& s : data.sources)
        if (s.layer == "gemeinden")
            footer += ImGui::CalcTextSize(sourceLine(s).c_str(), nullptr, false, wrapWidth).y +
                      ImGui::GetStyle().ItemSpacing.y;
    if (!shownStatus.empty()) {
        footer += ImGui::CalcTextSize(shownStatus.c_str(), nullptr, false, wrapWidth).y +
                  ImGui::GetStyle().ItemSpacing.y;
        if (statusNamesFolder(shownStatus)) footer += ImGui::GetFrameHeightWithSpacing();
    }
    footer = std::max(footer, ImGui::GetTextLineHeightWithSpacing() * 3.f);
    if (formOver) {
        // The form covers this part; the tabs are not drawn behind it (nothing to reach there).
        ImGui::Dummy({0, std::max(0.f, ImGui::GetContentRegionAvail().y - footer)});
    } else {
        drawPanelContent(project, state, requests, selection, highlighted, style, presentation,
                         result, footer);
    }
    result.footerTop = ImGui::GetCursorScreenPos().y;

    ImGui::Separator();
    ImGui::PushTextWrapPos(0);
    for (const domain::DataSource& s : data.sources)
        if (s.layer == "gemeinden") ImGui::TextDisabled("%s", sourceLine(s).c_str());
    ImGui::PopTextWrapPos();
    drawStatusArea(shownStatus);
    ImGui::End();
    return result;
}

}  // namespace ui
