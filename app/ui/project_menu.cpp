#include "app/ui/project_menu.hpp"

#include <imgui.h>

#include <filesystem>
#include <system_error>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/ui/file_chooser.hpp"
#include "app/ui/recent_files.hpp"

namespace ui {
namespace {

bool sameFile(const std::string& a, const std::string& b) {
    std::error_code ec;
    return std::filesystem::equivalent(a, b, ec);
}

}  // namespace

void drawProjectMenu(const project::Project& project, Requests& requests) {
    // One chooser for the window's "Öffnen …" (one window, one menu).
    static FileChooser chooser;
    static std::vector<std::string> recent;
    if (ImGui::Button(i18n::withId(text::kFilesMenuProject, "project-menu").c_str())) {
        recent = loadRecentFiles(recentFilesPath()).paths;
        ImGui::OpenPopup("##project-menu");
    }
    if (ImGui::BeginPopup("##project-menu")) {
        if (ImGui::MenuItem(text::kFilesMenuNew)) requests.openProject = std::string();
        if (ImGui::MenuItem(text::kFilesMenuOpen)) {
            std::error_code ec;
            chooser.start(ChooserPurpose::OpenProject,
                          std::filesystem::absolute(project.path(), ec).parent_path());
        }
        ImGui::Separator();
        ImGui::TextDisabled("%s", text::kFilesMenuRecent.c_str());
        for (const std::string& p : recent) {
            if (sameFile(p, project.path())) continue;
            if (ImGui::MenuItem(std::filesystem::path(p).filename().string().c_str(), p.c_str()))
                requests.openProject = p;
        }
        ImGui::EndPopup();
    }
    if (std::optional<std::string> chosen = chooser.poll())
        if (!sameFile(*chosen, project.path())) requests.openProject = *chosen;
}

std::string handleDroppedPaths(const project::Project& project,
                               const std::vector<std::string>& paths, Requests& requests,
                               ImportDialogState& importDialog) {
    for (const std::string& p : paths) {
        if (hasExtension(p, chooserExtensions(ChooserPurpose::OpenProject))) {
            if (!sameFile(p, project.path())) requests.openProject = p;
            return {};
        }
    }
    for (const std::string& p : paths) {
        if (hasExtension(p, chooserExtensions(ChooserPurpose::ImportTable))) {
            importDialog.open = true;
            importDialog.path = p;
            importDialog.preview.reset();
            importDialog.checkedPath.clear();
            return {};
        }
    }
    if (paths.empty()) return {};
    return i18n::fill(text::kFilesStartDropUnknown,
                      {std::filesystem::path(paths.front()).filename().string()});
}

}  // namespace ui
