#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/ui/panels.hpp"
#include "app/i18n/strings.hpp"

namespace ui {

std::optional<ExportRequest> drawExportDialog(ExportDialogState& state, int mapWidth, int mapHeight,
                                              bool enter, bool escape) {
    if (state.open) ImGui::OpenPopup(text::kExportTitle);
    std::optional<ExportRequest> request;
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing,
                            {0.5f, 0.5f});
    if (ImGui::BeginPopupModal(
            text::kExportTitle, nullptr,
            ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
        ImGui::InputText(text::kExportFile, state.path, sizeof state.path);
        ImGui::TextUnformatted(text::kExportSize);
        // Multiples of the map area: the file shows what the screen shows, only sharper.
        for (int f = 1; f <= 4; ++f) {
            int w = mapWidth * f, h = mapHeight * f;
            if (w > 7680 || h > 4320) break;
            std::string label = std::to_string(w) + " × " + std::to_string(h) + " px";
            if (f == 1) label += std::string(" (") + text::kExportWindowSize + ")";
            ImGui::RadioButton(label.c_str(), &state.factor, f);
        }
        ImGui::Spacing();
        if (ImGui::Button(text::kSave) || enter) {
            request = ExportRequest{state.path, std::max(1, state.factor)};
            state.open = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ImGui::Button(text::kCancel) || escape) {
            state.open = false;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    return request;
}

}  // namespace ui
