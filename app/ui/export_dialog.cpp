#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>
#include <string>

#include "app/i18n/strings.hpp"
#include "app/print/paper.hpp"
#include "app/ui/file_chooser.hpp"
#include "app/ui/panels.hpp"

namespace ui {
namespace {

// Replaces the file name's extension by the format's (or appends it).
void setExtension(char* path, std::size_t size, int format) {
    static const char* ext[] = {".png", ".pdf", ".svg"};
    std::string p = path;
    auto slash = p.find_last_of('/');
    auto dot = p.find_last_of('.');
    if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) p.erase(dot);
    p += ext[std::clamp(format, 0, 2)];
    std::snprintf(path, size, "%s", p.c_str());
}

}  // namespace

std::optional<ExportRequest> drawExportDialog(ExportDialogState& state, int mapWidth, int mapHeight,
                                              bool enter, bool escape) {
    if (state.open) ImGui::OpenPopup(text::kExportMapTitle);
    std::optional<ExportRequest> request;
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing,
                            {0.5f, 0.5f});
    if (ImGui::BeginPopupModal(
            text::kExportMapTitle, nullptr,
            ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings)) {
        static FileChooser chooser;
        const bool choosing = chooser.isOpen();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24);
        ImGui::InputText(text::kExportFile, state.path, sizeof state.path);
        ImGui::SameLine();
        if (ImGui::Button(text::kFilesBrowse)) {
            std::error_code ec;
            const std::filesystem::path current = std::filesystem::absolute(state.path, ec);
            chooser.start(ChooserPurpose::SaveMap, current.parent_path(),
                          current.filename().string());
        }
        if (std::optional<std::string> chosen = chooser.poll(escape)) {
            std::snprintf(state.path, sizeof state.path, "%s", chosen->c_str());
            const std::string ext = std::filesystem::path(*chosen).extension().string();
            state.format = ext == ".pdf" || ext == ".PDF" ? 1 : ext == ".svg" || ext == ".SVG" ? 2 : 0;
        }
        // Enter and Esc belong to the chooser while it is open.
        if (choosing || chooser.isOpen()) enter = escape = false;
        ImGui::TextUnformatted(text::kExportFormat);
        const char* formats[] = {"PNG", "PDF", "SVG"};
        for (int f = 0; f < 3; ++f) {
            if (f > 0) ImGui::SameLine();
            if (ImGui::RadioButton(formats[f], &state.format, f))
                setExtension(state.path, sizeof state.path, f);
        }
        ImGui::Checkbox(text::kExportSheet, &state.sheet);
        ImGui::TextUnformatted(text::kExportSize);
        // Multiples of the map area: the file shows what the screen shows, only sharper. One
        // choice across both groups: a screen size (paper -1) or a paper size.
        const bool png = state.format == 0;
        const char* unit = png ? "px" : "pt";
        ImGui::TextDisabled("%s", text::kExportScreenSize.c_str());
        ImGui::Indent();
        for (int f = 1; f <= 4; ++f) {
            int w = mapWidth * f, h = mapHeight * f;
            if (w > 7680 || h > 4320) break;
            std::string label = std::to_string(w) + " × " + std::to_string(h) + " " + unit;
            if (f == 1) label += std::string(" (") + text::kExportWindowSize + ")";
            if (ImGui::RadioButton(label.c_str(), state.paper < 0 && state.factor == f)) {
                state.paper = -1;
                state.factor = f;
            }
        }
        ImGui::Unindent();
        // Paper: A4 and A3, landscape and portrait; a PNG at 300 or 150 dpi, a PDF/SVG page.
        ImGui::TextDisabled("%s", text::kExportPaper.c_str());
        ImGui::Indent();
        const i18n::Str* names[] = {&text::kPaperA4Landscape, &text::kPaperA4Portrait,
                                    &text::kPaperA3Landscape, &text::kPaperA3Portrait};
        for (int i = 0; i < static_cast<int>(print::kPaperSizes.size()); ++i) {
            const print::PaperSize& paper = print::kPaperSizes[static_cast<std::size_t>(i)];
            std::string size =
                png ? std::to_string(print::paperPixels(paper.widthMm, state.dpi)) + " × " +
                          std::to_string(print::paperPixels(paper.heightMm, state.dpi)) + " px"
                    : formatDecimal(print::paperPoints(paper.widthMm), 0) + " × " +
                          formatDecimal(print::paperPoints(paper.heightMm), 0) + " pt";
            const std::string label = names[i]->str() + " (" + size + ")##paper" + std::to_string(i);
            if (i % 2 == 1) ImGui::SameLine();
            if (ImGui::RadioButton(label.c_str(), state.paper == i)) state.paper = i;
        }
        if (png && state.paper >= 0) {
            ImGui::TextUnformatted(text::kExportResolution);
            for (int d : print::kPaperDpis) {
                ImGui::SameLine();
                ImGui::RadioButton((std::to_string(d) + " dpi").c_str(), &state.dpi, d);
            }
        }
        ImGui::Unindent();
        ImGui::Spacing();
        if (ImGui::Button(text::kSave) || enter) {
            request = ExportRequest{state.path, std::max(1, state.factor), state.sheet};
            if (state.paper >= 0 && state.paper < static_cast<int>(print::kPaperSizes.size())) {
                request->paper = print::kPaperSizes[static_cast<std::size_t>(state.paper)];
                request->dpi = png ? state.dpi : print::kScreenDpi;
            }
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
