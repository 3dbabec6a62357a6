#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "app/exchange/application_import.hpp"
#include "app/domain/eligibility.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/ui/application_panels.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/ui/file_chooser.hpp"

namespace ui {

void drawImportDialog(const project::Project& project, ImportDialogState& state,
                      Requests& requests, bool escape) {
    if (!state.open) return;
    ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos({io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f}, ImGuiCond_Always,
                            {0.5f, 0.5f});
    ImGui::SetNextWindowSize({std::min(io.DisplaySize.x * 0.9f, ImGui::GetFontSize() * 52),
                              std::min(io.DisplaySize.y * 0.85f, ImGui::GetFontSize() * 34)});
    bool open = true;
    ImGui::Begin(i18n::withId(text::kImportTitle, "import").c_str(), &open,
                 ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
    ImGui::TextWrapped("%s", text::kImportHint.c_str());
    const ImGuiStyle& style = ImGui::GetStyle();
    // The path starts empty: "Durchsuchen …" opens the desktop's file chooser (or the window's
    // own); Return in the field checks the file typed there.
    static FileChooser chooser;
    const bool choosing = chooser.isOpen();
    float buttonsWidth = ImGui::CalcTextSize(text::kFilesBrowse).x +
                         ImGui::CalcTextSize(text::kImportCheck).x + style.FramePadding.x * 4 +
                         style.ItemSpacing.x;
    float labelWidth = ImGui::CalcTextSize(text::kExportFile).x + style.ItemInnerSpacing.x;
    ImGui::PushItemWidth(-(buttonsWidth + labelWidth + style.ItemSpacing.x));
    bool enter = ImGui::InputText(text::kExportFile, &state.path,
                                  ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::PopItemWidth();
    ImGui::SameLine();
    if (ImGui::Button(text::kFilesBrowse)) {
        std::error_code ec;
        std::filesystem::path start =
            state.path.empty() ? std::filesystem::absolute(project.path(), ec).parent_path()
                               : std::filesystem::absolute(state.path, ec).parent_path();
        chooser.start(ChooserPurpose::ImportTable, start);
    }
    ImGui::SameLine();
    // A file handed in when the dialog opens (dropped onto the window) is checked at once.
    bool check = ImGui::Button(text::kImportCheck) || enter ||
                 (ImGui::IsWindowAppearing() && !state.path.empty() && !state.preview);
    if (std::optional<std::string> chosen = chooser.poll(escape)) {
        state.path = *chosen;
        check = true;  // a chosen file is checked at once
    }
    if (choosing) escape = false;  // Esc closed the chooser, not the dialog
    if (check && state.path.empty()) {
        check = false;
        state.preview.reset();
        state.checkedPath.clear();
        ImGui::OpenPopup("##import-path-empty");
    }
    if (ImGui::BeginPopup("##import-path-empty")) {
        ImGui::TextUnformatted(text::kFilesImportPathEmpty);
        ImGui::EndPopup();
    }

    // The spreadsheets beside the project and in the working folder are offered for a click.
    if (!state.preview) {
        std::vector<std::filesystem::path> candidates;
        std::error_code ec;
        std::filesystem::path projectDir =
            std::filesystem::absolute(project.path(), ec).parent_path();
        for (const std::filesystem::path& dir :
             {projectDir, std::filesystem::current_path(ec)}) {
            for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
                if (entry.is_regular_file(ec) &&
                    hasExtension(entry.path(), chooserExtensions(ChooserPurpose::ImportTable)) &&
                    std::find(candidates.begin(), candidates.end(), entry.path()) ==
                        candidates.end())
                    candidates.push_back(entry.path());
            }
        }
        std::sort(candidates.begin(), candidates.end());
        if (!candidates.empty()) {
            ImGui::TextDisabled("%s", text::kImportFound.c_str());
            ImGui::BeginChild("candidates", {0, ImGui::GetTextLineHeightWithSpacing() * 6}, true);
            for (const std::filesystem::path& c : candidates)
                if (ImGui::Selectable(c.string().c_str(), c.string() == state.path,
                                      ImGuiSelectableFlags_AllowDoubleClick)) {
                    state.path = c.string();
                    if (ImGui::IsMouseDoubleClicked(0)) check = true;
                }
            ImGui::EndChild();
        }
    }
    if (check) {
        state.preview = exchange::readApplicationFile(state.path, exchange::importContextFor(project));
        state.checkedPath = state.path;
    }
    if (state.preview && state.checkedPath != state.path) state.preview.reset();

    if (state.preview) {
        const exchange::ApplicationFile& f = *state.preview;
        if (!f.encoding.empty())
            ImGui::TextDisabled("%s, %s%s%s", std::filesystem::path(state.checkedPath)
                                                  .filename().string().c_str(),
                                f.encoding.c_str(), f.separator.empty() ? "" : text::kSeparatorIs.c_str(),
                                f.separator.c_str());
        if (!f.problems.empty()) {
            // "1 Problem." / "2 Probleme." (was "1 Probleme.").
            ImGui::TextColored({0.75f, 0.1f, 0.0f, 1}, "%s. %s",
                               i18n::count(text::kProblemCount,
                                           static_cast<long long>(f.problems.size()))
                                   .c_str(),
                               text::kImportNothing.c_str());
            ImGui::BeginChild("problems", {0, ImGui::GetTextLineHeightWithSpacing() * 7}, true);
            for (const exchange::ImportProblem& p : f.problems)
                ImGui::TextWrapped("%s", exchange::formatProblem(p).c_str());
            ImGui::EndChild();
        }
        if (!f.ignoredColumns.empty()) {
            std::string cols;
            for (const std::string& c : f.ignoredColumns) cols += (cols.empty() ? "" : ", ") + c;
            ImGui::TextWrapped("%s", i18n::fill(text::kIgnoredColumns, {cols}).c_str());
        }
        ImGui::TextUnformatted(
            i18n::count(text::kApplicationsInFile, static_cast<long long>(f.applications.size()))
                .c_str());
        const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                      ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
        float h = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 1.5f;
        // The numbers ("OdB-2024-01") are never cut: their column is as wide as the widest.
        float nrWidth = ImGui::CalcTextSize(text::kNr).x;
        for (const domain::Application& a : f.applications)
            nrWidth = std::max(nrWidth, ImGui::CalcTextSize(a.nr.c_str()).x);
        if (ImGui::BeginTable("preview", 5, flags, {0, std::max(h, 60.f)})) {
            ImGui::TableSetupScrollFreeze(0, 1);
            ImGui::TableSetupColumn(text::kNr, ImGuiTableColumnFlags_WidthFixed, nrWidth);
            ImGui::TableSetupColumn(text::kMunicipality, 0, 1.1f);
            ImGui::TableSetupColumn(text::kFieldTitle, 0, 2.2f);
            ImGui::TableSetupColumn(text::kSite, 0, 0.7f);
            ImGui::TableSetupColumn(text::kEligibleShort, 0, 1.6f);
            ImGui::TableHeadersRow();
            for (const domain::Application& a : f.applications) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(a.nr.c_str());
                ImGui::TableNextColumn();
                const std::string name = project.map().municipalityName(a.municipalityAgs);
                ImGui::TextUnformatted(name.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(a.title.c_str());
                ImGui::TableNextColumn();
                ImGui::TextUnformatted(a.site ? text::kYes : text::kNo);
                ImGui::TableNextColumn();
                domain::Eligibility e = domain::assessEligibility(project.state(), a);
                std::string failed;
                for (const domain::EligibilityCheck& c : e.checks)
                    if (!c.passed) failed += (failed.empty() ? "✗ " : ", ✗ ") + i18n::eligibilityCheckName(c.kind);
                ImGui::TextUnformatted(e.eligible() ? text::kYes
                                                    : (std::string(text::kNo) + ": " + failed).c_str());
            }
            ImGui::EndTable();
        }
        bool ok = f.problems.empty() && !f.applications.empty() && !project.readOnly();
        ImGui::BeginDisabled(!ok);
        if (ImGui::Button(text::kImportDo)) {
            requests.actions.push_back(project::ImportApplications{
                f.applications, std::filesystem::path(state.checkedPath).filename().string()});
            state.preview.reset();
            open = false;
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
    }
    if (ImGui::Button(text::kCancel) || escape) open = false;
    ImGui::End();
    if (!open) {
        state.open = false;
        state.preview.reset();
    }
}

}  // namespace ui
