#include "app/ui/file_chooser.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <system_error>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/ui/desktop.hpp"

namespace ui {
namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

const char* titleFor(ChooserPurpose purpose) {
    switch (purpose) {
        case ChooserPurpose::OpenProject: return text::kFilesChooserTitleOpen;
        case ChooserPurpose::ImportTable: return text::kFilesChooserTitleImport;
        case ChooserPurpose::SaveMap: return text::kFilesChooserTitleExport;
    }
    return "";
}

const char* filterFor(ChooserPurpose purpose) {
    switch (purpose) {
        case ChooserPurpose::OpenProject: return text::kFilesChooserFilterProject;
        case ChooserPurpose::ImportTable: return text::kFilesChooserFilterTables;
        case ChooserPurpose::SaveMap: return text::kFilesChooserFilterMaps;
    }
    return "";
}

}  // namespace

std::vector<std::string> chooserExtensions(ChooserPurpose purpose) {
    switch (purpose) {
        case ChooserPurpose::OpenProject: return {".gpkg"};
        case ChooserPurpose::ImportTable: return {".csv", ".xlsx"};
        case ChooserPurpose::SaveMap: return {".png", ".pdf", ".svg"};
    }
    return {};
}

bool hasExtension(const std::filesystem::path& path, const std::vector<std::string>& extensions) {
    const std::string ext = lower(path.extension().string());
    return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

void FolderListing::enter(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::path absolute = std::filesystem::absolute(dir, ec).lexically_normal();
    if (ec) absolute = dir;
    // "/a/b/" normalises to "/a/b/" with an empty file name: drop the trailing separator.
    if (absolute.has_parent_path() && absolute.filename().empty()) absolute = absolute.parent_path();
    std::vector<FolderEntry> folders, files;
    std::filesystem::directory_iterator it(absolute, ec);
    if (ec) {
        error = i18n::fill(text::kFilesChooserUnreadable, {absolute.string()});
        return;
    }
    for (; it != std::filesystem::directory_iterator(); it.increment(ec)) {
        if (ec) break;
        const std::string name = it->path().filename().string();
        if (name.empty() || name.front() == '.') continue;
        std::error_code typeEc;
        if (it->is_directory(typeEc))
            folders.push_back({name, true});
        else if (it->is_regular_file(typeEc) && hasExtension(it->path(), extensions))
            files.push_back({name, false});
    }
    const auto byName = [](const FolderEntry& a, const FolderEntry& b) {
        return lower(a.name) < lower(b.name);
    };
    std::sort(folders.begin(), folders.end(), byName);
    std::sort(files.begin(), files.end(), byName);
    folder = absolute;
    error.clear();
    entries = std::move(folders);
    entries.insert(entries.end(), files.begin(), files.end());
}

void FolderListing::up() {
    if (folder.has_parent_path() && folder.parent_path() != folder) enter(folder.parent_path());
}

std::optional<std::filesystem::path> FolderListing::activate(const FolderEntry& entry) {
    if (entry.folder) {
        enter(folder / entry.name);
        return std::nullopt;
    }
    return folder / entry.name;
}

std::optional<std::filesystem::path> FolderListing::saveAs(const std::string& name,
                                                           const std::string& defaultExtension) const {
    if (name.empty()) return std::nullopt;
    std::filesystem::path p = std::filesystem::path(name).is_absolute() ? std::filesystem::path(name)
                                                                         : folder / name;
    if (!hasExtension(p, extensions)) p += defaultExtension;
    return p;
}

std::vector<std::string> nativeChooserCommand(ChooserPurpose purpose,
                                              const std::filesystem::path& startFolder,
                                              const std::string& suggestedName) {
    const char* off = std::getenv("BK_NO_NATIVE_CHOOSER");
    if (off && *off && std::string(off) != "0") return {};
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    if ((!display || !*display) && (!wayland || !*wayland)) return {};
    if (!commandOnPath("zenity")) return {};
    std::vector<std::string> argv{"zenity", "--file-selection",
                                  std::string("--title=") + titleFor(purpose)};
    std::string pattern = std::string("--file-filter=") + filterFor(purpose) + " |";
    for (const std::string& ext : chooserExtensions(purpose))
        pattern += " *" + ext + " *" + [&] {
            std::string upper = ext;
            for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            return upper;
        }();
    argv.push_back(pattern);
    std::filesystem::path start = startFolder / (suggestedName.empty() ? "" : suggestedName);
    if (purpose == ChooserPurpose::SaveMap) {
        argv.push_back("--save");
        argv.push_back("--confirm-overwrite");
    }
    argv.push_back("--filename=" + start.string() + (suggestedName.empty() ? "/" : ""));
    return argv;
}

void FileChooser::start(ChooserPurpose purpose, const std::filesystem::path& startFolder,
                        const std::string& suggestedName) {
    purpose_ = purpose;
    open_ = true;
    name_ = suggestedName;
    native_.reset();
    const std::vector<std::string> argv = nativeChooserCommand(purpose, startFolder, suggestedName);
    if (!argv.empty()) {
        native_ = std::async(std::launch::async, [argv]() -> std::optional<std::string> {
            const CommandResult r = runCommand(argv);
            if (r.exitCode == 0 && !r.output.empty()) return r.output;
            // 1: cancelled; anything else: zenity failed, the in-window chooser takes over.
            if (r.exitCode == 1) return std::string();
            return std::nullopt;
        });
        return;
    }
    listing_.extensions = chooserExtensions(purpose);
    listing_.enter(startFolder);
    openPopupNow_ = true;
}

void FileChooser::cancel() {
    open_ = false;
    openPopupNow_ = false;
}

std::optional<std::string> FileChooser::poll(bool escape) {
    if (!open_) return std::nullopt;
    if (native_) {
        if (native_->wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
            ImGui::SetTooltip("%s", text::kFilesChooserWaiting.c_str());
            return std::nullopt;
        }
        std::optional<std::string> result = native_->get();
        native_.reset();
        if (result) {
            open_ = false;
            if (result->empty()) return std::nullopt;  // cancelled
            return result;
        }
        // The desktop's chooser failed to start: draw our own instead.
        listing_.extensions = chooserExtensions(purpose_);
        std::error_code ec;
        listing_.enter(std::filesystem::current_path(ec));
        openPopupNow_ = true;
    }
    return drawInWindow(escape);
}

std::optional<std::string> FileChooser::drawInWindow(bool escape) {
    const std::string id = i18n::withId(titleFor(purpose_), "file-chooser");
    if (openPopupNow_) {
        ImGui::OpenPopup(id.c_str());
        openPopupNow_ = false;
    }
    std::optional<std::string> chosen;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos({io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f}, ImGuiCond_Always,
                            {0.5f, 0.5f});
    ImGui::SetNextWindowSize({std::min(io.DisplaySize.x * 0.9f, ImGui::GetFontSize() * 40),
                              std::min(io.DisplaySize.y * 0.85f, ImGui::GetFontSize() * 30)});
    bool keep = true;
    if (!ImGui::BeginPopupModal(id.c_str(), &keep, ImGuiWindowFlags_NoSavedSettings)) {
        if (!keep || !ImGui::IsPopupOpen(id.c_str())) open_ = false;
        return std::nullopt;
    }
    if (ImGui::Button(text::kFilesChooserUp)) listing_.up();
    ImGui::SameLine();
    ImGui::TextWrapped("%s", listing_.folder.string().c_str());
    ImGui::TextDisabled("%s", filterFor(purpose_));
    if (!listing_.error.empty()) ImGui::TextWrapped("%s", listing_.error.c_str());
    const bool saving = purpose_ == ChooserPurpose::SaveMap;
    const float bottom = ImGui::GetFrameHeightWithSpacing() * (saving ? 2.2f : 1.2f);
    ImGui::BeginChild("entries", {0, -bottom}, true);
    std::optional<FolderEntry> clicked;
    for (const FolderEntry& e : listing_.entries) {
        const std::string label = (e.folder ? "▸ " : "   ") + e.name + (e.folder ? "/" : "");
        if (ImGui::Selectable(label.c_str(), !e.folder && e.name == name_,
                              ImGuiSelectableFlags_AllowDoubleClick)) {
            if (e.folder || ImGui::IsMouseDoubleClicked(0) || !saving) clicked = e;
            if (!e.folder) name_ = e.name;
        }
    }
    if (listing_.entries.empty() && listing_.error.empty())
        ImGui::TextDisabled("%s", text::kFilesChooserEmpty.c_str());
    ImGui::EndChild();
    if (clicked) {
        if (std::optional<std::filesystem::path> p = listing_.activate(*clicked)) {
            if (!saving) chosen = p->string();
        }
    }
    if (saving) {
        ImGui::SetNextItemWidth(-ImGui::CalcTextSize(text::kFilesChooserName).x -
                                ImGui::GetStyle().ItemInnerSpacing.x);
        const bool enter = ImGui::InputText(text::kFilesChooserName, &name_,
                                            ImGuiInputTextFlags_EnterReturnsTrue);
        if ((ImGui::Button(text::kFilesChooserChoose) || enter || (clicked && !clicked->folder))) {
            if (std::optional<std::filesystem::path> p = listing_.saveAs(name_, ".png"))
                chosen = p->string();
        }
        ImGui::SameLine();
    }
    if (ImGui::Button(text::kCancel) || escape) keep = false;
    if (chosen || !keep) {
        open_ = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return chosen;
}

}  // namespace ui
