#include <imgui.h>
#include <imgui_stdlib.h>

#include "app/ui/application_panels.hpp"
#include "app/ui/panels.hpp"
#include "app/i18n/strings.hpp"

namespace ui {

void drawCommitteePanel(const project::Project& project, UiState& state, Requests& requests) {
    const domain::Committee& c = project.committee();
    bool editable = !project.readOnly();

    ImGui::TextWrapped("%s", text::kCommitteeHelp.c_str());
    ImGui::Spacing();
    // Who is at the keyboard: scores are entered for this member, and the audit log names them.
    // On a server project a member logs in with their own database role: they are that member
    // and nobody else (the server lets them write only their own scores).
    const std::optional<std::int64_t> own = project.ownMember();
    if (own) state.currentMember = own;
    const decision::Member* current = state.currentMember ? c.member(*state.currentMember) : nullptr;
    if (!current) state.currentMember.reset();
    ImGui::PushItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
    ImGui::BeginDisabled(own.has_value());
    const bool choosing = ImGui::BeginCombo(text::kCurrentMember, current ? current->name.c_str() : text::kNobody);
    ImGui::EndDisabled();
    if (choosing) {
        if (ImGui::Selectable(text::kNobody, !current)) state.currentMember.reset();
        for (const decision::Member& m : c.members)
            if (ImGui::Selectable(m.name.c_str(), current && current->id == m.id))
                state.currentMember = m.id;
        ImGui::EndCombo();
    }
    ImGui::PopItemWidth();

    ImGui::Spacing();
    ImGui::BeginDisabled(!editable);
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!c.members.empty() && ImGui::BeginTable("mitglieder", 4, flags)) {
        ImGui::TableSetupColumn(text::kMemberName, 0, 2.f);
        ImGui::TableSetupColumn(text::kMemberRole, 0, 1.6f);
        // The count as wide as its header and number, never cut.
        ImGui::TableSetupColumn(text::kScoresCount, ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 2);
        ImGui::TableHeadersRow();
        for (const decision::Member& m : c.members) {
            ImGui::TableNextRow();
            ImGui::PushID(static_cast<int>(m.id));
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(m.name.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(m.role.c_str());
            ImGui::TableNextColumn();
            int n = 0;
            for (const decision::Score& s : c.scores) n += s.member == m.id;
            ImGui::TextUnformatted(formatInteger(n).c_str());
            ImGui::TableNextColumn();
            if (ImGui::SmallButton("×")) state.confirmRemoveMember = m.id;
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text::kRemoveMember.c_str());
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (state.confirmRemoveMember) {
        const decision::Member* m = c.member(*state.confirmRemoveMember);
        if (!m) {
            state.confirmRemoveMember.reset();
        } else {
            ImGui::TextWrapped("%s „%s“? %s", text::kRemoveMember.c_str(), m->name.c_str(),
                               text::kRemoveMemberNote.c_str());
            if (ImGui::Button(text::kReallyDelete)) {
                requests.actions.push_back(project::RemoveMember{m->id});
                state.confirmRemoveMember.reset();
            }
            ImGui::SameLine();
            if (ImGui::Button(text::kCancel)) state.confirmRemoveMember.reset();
        }
    }

    ImGui::Spacing();
    ImGui::PushItemWidth(ImGui::GetContentRegionAvail().x * 0.45f);
    ImGui::InputTextWithHint("##name", text::kMemberName, &state.newMemberName);
    ImGui::SameLine();
    ImGui::InputTextWithHint("##rolle", text::kMemberRole, &state.newMemberRole);
    ImGui::PopItemWidth();
    ImGui::BeginDisabled(state.newMemberName.empty());
    if (ImGui::Button(text::kAddMember)) {
        requests.actions.push_back(project::AddMember{{0, state.newMemberName, state.newMemberRole}});
        state.newMemberName.clear();
        state.newMemberRole.clear();
    }
    ImGui::EndDisabled();

    ImGui::Spacing();
    ImGui::Separator();
    // Blind mode: each member sees only their own scores until they are revealed at once.
    domain::DecisionSettings s = c.settings;
    if (s.blind && s.revealed) {
        // Once revealed the blind scoring is over: said so, instead of a ticked check box that
        // reads as still running; "wieder verdecken" starts it again.
        ImGui::PushTextWrapPos(0);
        ImGui::TextUnformatted(text::kBlindOver);
        ImGui::PopTextWrapPos();
        if (ImGui::SmallButton(text::kHideAgain)) {
            s.revealed = false;
            requests.actions.push_back(project::UpdateDecisionSettings{s});
        }
    } else {
        bool blind = s.blind;
        if (ImGui::Checkbox(text::kBlindMode, &blind)) {
            s.blind = blind;
            if (!blind) s.revealed = false;
            requests.actions.push_back(project::UpdateDecisionSettings{s});
        }
        if (s.blind) {
            ImGui::SameLine();
            if (ImGui::Button(text::kReveal)) {
                s.revealed = true;
                requests.actions.push_back(project::UpdateDecisionSettings{s});
            }
            ImGui::PushTextWrapPos(0);
            ImGui::TextDisabled("%s", text::kBlindHint.c_str());
            ImGui::PopTextWrapPos();
        }
    }
    ImGui::EndDisabled();
}

}  // namespace ui
