#include "app/ui/status_area.hpp"

#include <imgui.h>

#include <system_error>
#include <variant>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/ui/desktop.hpp"

namespace ui {

std::string mapSavedText(const std::string& path, int width, int height) {
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::absolute(path, ec);
    const std::string shown = ec ? path : absolute.lexically_normal().string();
    return i18n::fill(text::kFilesStatusMapSaved,
                      {shown, std::to_string(width) + " × " + std::to_string(height)});
}

std::string reportSavedText(int pages, const std::string& pdf, const std::string& csv) {
    return i18n::fill(text::kFilesStatusReportSaved,
                      {i18n::count(text::kCliPages, pages), pdf, csv});
}

std::string reportFailedText(const std::string& reason) {
    return i18n::fill(text::kFilesStatusReportFailed, {reason});
}

std::string editDoneText(const project::Action& action, const domain::DecisionSettings& before) {
    if (const auto* import = std::get_if<project::ImportApplications>(&action))
        return i18n::count(text::kFilesStatusImported,
                           static_cast<long long>(import->applications.size()));
    if (const auto* settings = std::get_if<project::UpdateDecisionSettings>(&action)) {
        const domain::DecisionSettings& after = settings->settings;
        if (before.blind && after.blind && !before.revealed && after.revealed)
            return text::kFilesStatusRevealed.str();
        if (before.blind && after.blind && before.revealed && !after.revealed)
            return text::kFilesStatusHiddenAgain.str();
    }
    return project::describe(action);
}

std::optional<std::filesystem::path> outputFolderIn(const std::string& status) {
    // Every absolute path starts at a '/' at the start, after a blank or after a new line; it
    // ends before one of the characters that follow it in the texts, or at the end. The longest
    // candidate that is an existing file wins (paths may hold blanks).
    for (std::size_t start = 0; start < status.size(); ++start) {
        if (status[start] != '/') continue;
        if (start > 0 && status[start - 1] != ' ' && status[start - 1] != '\n') continue;
        for (std::size_t end = status.size(); end > start + 1; --end) {
            if (end < status.size()) {
                const char c = status[end];
                if (c != ' ' && c != '\n' && c != ')' && c != ',') continue;
            }
            const std::filesystem::path candidate = status.substr(start, end - start);
            std::error_code ec;
            if (std::filesystem::is_regular_file(candidate, ec)) return candidate.parent_path();
        }
    }
    return std::nullopt;
}

namespace {

// The folder for the last text asked about: looked up once per text, not every frame.
const std::optional<std::filesystem::path>& cachedFolder(const std::string& status) {
    static std::string lastText;
    static std::optional<std::filesystem::path> lastFolder;
    static bool known = false;
    if (!known || status != lastText) {
        lastText = status;
        lastFolder = outputFolderIn(status);
        known = true;
    }
    return lastFolder;
}

void openFolderButton(const std::filesystem::path& folder) {
    if (ImGui::SmallButton(i18n::withId(text::kFilesOpenFolder, "open-folder").c_str()) &&
        !openFolderDetached(folder.string()))
        ImGui::OpenPopup("##open-folder-failed");
    if (ImGui::BeginPopup("##open-folder-failed")) {
        ImGui::TextUnformatted(i18n::fill(text::kFilesOpenFolderFailed, {folder.string()}).c_str());
        ImGui::EndPopup();
    }
}

}  // namespace

bool statusNamesFolder(const std::string& status) { return cachedFolder(status).has_value(); }

void drawStatusArea(const std::string& status, bool compact) {
    if (status.empty()) return;
    const std::optional<std::filesystem::path>& folder = cachedFolder(status);
    // The map-only box sets its own wrap width; the side panel wraps at its edge.
    if (!compact) ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(status.c_str());
    if (!compact) ImGui::PopTextWrapPos();
    if (folder) {
        if (compact) ImGui::SameLine();
        openFolderButton(*folder);
    }
}

void drawMapOnlyStatus(const std::string& status, float x, float bottom, float maxWidth) {
    if (status.empty()) return;
    ImGui::SetNextWindowPos({x, bottom}, ImGuiCond_Always, {0.f, 1.f});
    ImGui::SetNextWindowSizeConstraints({0, 0}, {maxWidth, ImGui::GetFontSize() * 8});
    ImGui::SetNextWindowBgAlpha(0.9f);
    ImGui::Begin("##map-only-status", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + maxWidth -
                           ImGui::GetStyle().WindowPadding.x * 2);
    drawStatusArea(status, true);
    ImGui::PopTextWrapPos();
    ImGui::End();
}

}  // namespace ui
