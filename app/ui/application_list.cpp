#include <imgui.h>

#include <algorithm>

#include "app/i18n/display_labels.hpp"
#include "app/domain/eligibility.hpp"
#include "app/ui/application_panels.hpp"
#include "app/i18n/strings.hpp"
#include "app/ui/symbols.hpp"

namespace ui {
namespace {


void drawFilters(const project::Project& project, ListFilter& f) {
    ImGui::PushItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
    const auto& statuses = domain::allValues<domain::Status>();
    std::string current = f.status < 0 ? text::kAll.str() : std::string(i18n::displayLabel(statuses[static_cast<size_t>(f.status)]));
    if (ImGui::BeginCombo(text::kStatus, current.c_str())) {
        if (ImGui::Selectable(text::kAll, f.status < 0)) f.status = -1;
        for (std::size_t i = 0; i < statuses.size(); ++i)
            if (ImGui::Selectable(i18n::displayLabel(statuses[i]),
                                  f.status == static_cast<int>(i)))
                f.status = static_cast<int>(i);
        ImGui::EndCombo();
    }
    std::string place = f.ags.empty() ? text::kAll.str() : project.map().municipalityName(f.ags);
    if (ImGui::BeginCombo(text::kMunicipality, place.c_str())) {
        if (ImGui::Selectable(text::kAll, f.ags.empty())) f.ags.clear();
        for (const domain::Municipality& m : project.map().municipalities)
            if (ImGui::Selectable(m.name.c_str(), f.ags == m.ags)) f.ags = m.ags;
        ImGui::EndCombo();
    }
    const char* eligibility[] = {text::kAll, text::kEligibleOnly, text::kNotEligibleOnly};
    ImGui::Combo(text::kEligibility, &f.eligibility, eligibility, 3);
    ImGui::PopItemWidth();
}

struct Row {
    const domain::Application* application;
    std::string municipality;
    bool eligible;
};

}  // namespace

domain::Application newApplication(const project::Project& project) {
    domain::Application a;
    // The next free "B-nn".
    for (int n = static_cast<int>(project.applications().size()) + 1;; ++n) {
        a.nr = "B-" + std::string(n < 10 ? "0" : "") + std::to_string(n);
        if (!project.findByNr(a.nr)) break;
    }
    a.title = text::kNewTitle;
    // No Kommune until the user chooses one in the form: a guessed one would be counted in that
    // municipality's colour on the map.
    return a;
}

void drawApplicationList(const project::Project& project, UiState& state, Requests& requests) {
    bool editable = !project.readOnly();
    ImGui::BeginDisabled(!editable);
    if (ImGui::Button(text::kNewApplication)) {
        domain::Application a = newApplication(project);
        requests.actions.push_back(project::AddApplication{a});
    }
    ImGui::SameLine();
    if (ImGui::Button(text::kImport)) requests.openImport = true;
    ImGui::BeginDisabled(!project.canUndo());
    if (ImGui::Button(text::kUndo)) requests.undo = true;
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && project.canUndo())
        ImGui::SetTooltip("%s", project.undoDescription().c_str());
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!project.canRedo());
    if (ImGui::Button(text::kRedo)) requests.redo = true;
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled) && project.canRedo())
        ImGui::SetTooltip("%s", project.redoDescription().c_str());
    ImGui::EndDisabled();
    ImGui::EndDisabled();

    drawFilters(project, state.filter);

    std::vector<Row> rows;
    const auto& statuses = domain::allValues<domain::Status>();
    for (const domain::Application& a : project.applications()) {
        bool eligible = domain::assessEligibility(project.state(), a).eligible();
        if (state.filter.status >= 0 && a.status != statuses[static_cast<size_t>(state.filter.status)]) continue;
        if (!state.filter.ags.empty() && a.municipalityAgs != state.filter.ags) continue;
        if (state.filter.eligibility == 1 && !eligible) continue;
        if (state.filter.eligibility == 2 && eligible) continue;
        rows.push_back({&a, project.map().municipalityName(a.municipalityAgs), eligible});
    }

    // Every column as wide as its widest value or its header (with the sort arrow), so that
    // no Nr ("OdB-2024-01"), name or header is cut; the list scrolls sideways when the panel
    // is narrower than all of them.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float arrow = ImGui::GetFontSize() * 0.65f + style.ItemInnerSpacing.x;
    auto header = [&](const char* label) { return ImGui::CalcTextSize(label).x + arrow; };
    float nrWidth = header(text::kNr), placeWidth = header(text::kMunicipality);
    float statusWidth = header(text::kStatus);
    const float eligibleWidth = std::max({header(text::kEligibleShort),
                                          ImGui::CalcTextSize(text::kYes).x,
                                          ImGui::CalcTextSize(text::kNo).x});
    for (const Row& r : rows) {
        nrWidth = std::max(nrWidth, ImGui::CalcTextSize(r.application->nr.c_str()).x);
        placeWidth = std::max(placeWidth, ImGui::CalcTextSize(r.municipality.c_str()).x);
    }
    for (domain::Status st : statuses)
        statusWidth = std::max(statusWidth, ImGui::CalcTextSize(i18n::displayLabel(st)).x);

    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_Sortable | ImGuiTableFlags_SizingFixedFit;
    // Up to ten rows and the header; a shorter list is no taller than its rows (the space
    // below it stays for what follows in the panel).
    const float rowsShown = std::min(10.f, static_cast<float>(std::max<std::size_t>(rows.size(), 1)));
    float height = ImGui::GetTextLineHeightWithSpacing() * (rowsShown + 1.5f);
    if (ImGui::BeginTable("bewerbungen", 5, flags, {0, height})) {
        ImGui::TableSetupScrollFreeze(0, 1);
        const ImGuiTableColumnFlags fixed = ImGuiTableColumnFlags_WidthFixed;
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_NoSort | fixed, ImGui::GetFontSize());
        ImGui::TableSetupColumn(text::kNr, ImGuiTableColumnFlags_DefaultSort | fixed, nrWidth);
        ImGui::TableSetupColumn(text::kMunicipality, fixed, placeWidth);
        ImGui::TableSetupColumn(text::kStatus, fixed, statusWidth);
        ImGui::TableSetupColumn(text::kEligibleShort, fixed, eligibleWidth);
        ImGui::TableHeadersRow();
        if (ImGuiTableSortSpecs* sort = ImGui::TableGetSortSpecs(); sort && sort->SpecsCount > 0) {
            const ImGuiTableColumnSortSpecs& s = sort->Specs[0];
            bool asc = s.SortDirection == ImGuiSortDirection_Ascending;
            std::stable_sort(rows.begin(), rows.end(), [&](const Row& x, const Row& y) {
                auto key = [&](const Row& r) {
                    switch (s.ColumnIndex) {
                        case 2: return r.municipality;
                        case 3: return std::string(i18n::displayLabel(r.application->status));
                        case 4: return std::string(r.eligible ? "1" : "0");
                        default: return r.application->nr;
                    }
                };
                return asc ? key(x) < key(y) : key(y) < key(x);
            });
        }
        state.listOrder.clear();
        for (const Row& r : rows) state.listOrder.push_back(r.application->id);
        state.listOrderKnown = true;
        for (const Row& r : rows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            drawSymbol(map::statusSymbol(r.application->status), ImGui::GetTextLineHeight());
            ImGui::TableNextColumn();
            bool selected = state.selected == r.application->id;
            ImGui::PushID(static_cast<int>(r.application->id));
            if (ImGui::Selectable(r.application->nr.c_str(), selected,
                                  ImGuiSelectableFlags_SpanAllColumns)) {
                selectApplication(project, state, requests, r.application->id);
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", r.application->title.c_str());
            ImGui::PopID();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(r.municipality.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(i18n::displayLabel(r.application->status));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(r.eligible ? text::kYes : text::kNo);
        }
        ImGui::EndTable();
    }
    ImGui::Text("%zu / %zu %s", rows.size(), project.applications().size(), text::kApplications.c_str());
}

}  // namespace ui
