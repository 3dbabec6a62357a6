#include "app/ui/start_view.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <exception>
#include <system_error>

#include "app/exchange/boundary_import.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/output_error_text.hpp"
#include "app/i18n/strings.hpp"

namespace ui {
namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// The first file in `folder` whose lower-case name is one of `names`.
std::optional<std::string> findIn(const std::filesystem::path& folder,
                                  std::initializer_list<const char*> names) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        const std::string name = lower(entry.path().filename().string());
        for (const char* wanted : names)
            if (name == wanted && entry.is_regular_file(ec)) return entry.path().string();
    }
    return std::nullopt;
}

std::string stageName(const std::string& stage) {
    if (stage == "Gemeinden") return text::kBoundariesStageMunicipalities.str();
    if (stage == "Kreise") return text::kBoundariesStageDistricts.str();
    return stage;
}

}  // namespace

NewProjectPlan planNewProject(const NewProjectForm& form) {
    NewProjectPlan plan;
    const std::string& key = form.districtKey;
    if (!exchange::areaKeyPrefix(key)) {
        plan.problem = i18n::fill(text::kBoundariesBadKey, {key});
        return plan;
    }
    plan.options.districtKey = key;
    std::error_code ec;
    if (form.source.empty() || !std::filesystem::exists(form.source, ec)) {
        plan.problem = i18n::fill(text::kFilesNewFailed,
                                  {i18n::fill(text::kFilesNewSourceMissing, {form.source})});
        return plan;
    }
    if (std::filesystem::is_directory(form.source, ec)) {
        const std::filesystem::path dir(form.source);
        std::optional<std::string> gem =
            findIn(dir, {"gemeinden.geo.json", "gemeinden.gpkg", "vg250_gem.shp", "gemeinden.shp"});
        if (!gem) {
            plan.problem = i18n::fill(text::kFilesNewFailed,
                                      {i18n::fill(text::kFilesNewSourceMissing, {form.source})});
            return plan;
        }
        plan.options.municipalities = *gem;
        plan.options.districts =
            findIn(dir, {"kreise.geo.json", "kreise.gpkg", "vg250_krs.shp", "kreise.shp"});
    } else {
        plan.options.municipalities = form.source;
    }
    if (form.file.empty()) {
        plan.problem = i18n::fill(text::kFilesNewFailed, {text::kFilesNewFile.str()});
        return plan;
    }
    std::filesystem::path out = std::filesystem::absolute(form.file, ec);
    if (ec) out = form.file;
    if (lower(out.extension().string()) != ".gpkg") out += ".gpkg";
    plan.options.out = out.lexically_normal().string();
    return plan;
}

void chooseProject(StartViewState& state, const std::string& path) {
    if (path.empty()) return;
    state.chosen = path;
    state.message.clear();
}

void dropPaths(StartViewState& state, const std::vector<std::string>& paths) {
    for (const std::string& p : paths) {
        if (hasExtension(p, chooserExtensions(ChooserPurpose::OpenProject))) {
            chooseProject(state, p);
            return;
        }
    }
    if (paths.empty()) return;
    const std::string name = std::filesystem::path(paths.front()).filename().string();
    state.message = hasExtension(paths.front(), chooserExtensions(ChooserPurpose::ImportTable))
                        ? i18n::fill(text::kFilesStartDropNeedsProject, {name})
                        : i18n::fill(text::kFilesStartDropUnknown, {name});
}

bool startNewProject(StartViewState& state, BoundaryImporter import) {
    if (state.creation) return false;
    NewProjectPlan plan = planNewProject(state.form);
    if (!plan.problem.empty()) {
        state.message = plan.problem;
        return false;
    }
    state.message.clear();
    state.mode = StartViewState::Mode::Creating;
    state.creatingFile = plan.options.out;
    state.progress = std::make_shared<CreationProgress>();
    std::shared_ptr<CreationProgress> progress = state.progress;
    // The worker touches only its copy of the options and the shared progress; the error text
    // is made in the window's language (set before the thread starts, never changed meanwhile).
    state.creation = std::async(std::launch::async, [options = plan.options, progress,
                                                     import = std::move(import)]() -> std::string {
        try {
            import(options, [&](const exchange::ImportProgress& p) {
                std::lock_guard<std::mutex> lock(progress->mutex);
                progress->stage = p.stage;
                progress->done = p.done;
                progress->total = p.total;
            });
            return {};
        } catch (const std::exception& e) {
            const std::string why = i18n::errorText(e);
            return why.empty() ? std::string("?") : why;
        }
    });
    return true;
}

bool pollNewProject(StartViewState& state) {
    if (!state.creation) return false;
    if (state.creation->wait_for(std::chrono::seconds(0)) != std::future_status::ready) return false;
    const std::string error = state.creation->get();
    state.creation.reset();
    if (error.empty()) {
        state.mode = StartViewState::Mode::Choose;
        chooseProject(state, state.creatingFile);
    } else {
        state.mode = StartViewState::Mode::NewProject;
        state.message = i18n::fill(text::kFilesNewFailed, {error});
    }
    return true;
}

void waitForNewProject(StartViewState& state) {
    if (state.creation) state.creation->wait();
    pollNewProject(state);
}

std::string creationProgressText(const CreationProgress& progress) {
    std::string what = stageName(progress.stage);
    if (progress.done > 0 || progress.total > 0) {
        what += " " + i18n::formatInteger(progress.done);
        if (progress.total > 0) what += " / " + i18n::formatInteger(progress.total);
    }
    return i18n::fill(text::kFilesNewRunning, {what});
}

namespace {

void drawChoose(StartViewState& state) {
    if (ImGui::Button(text::kFilesMenuOpen)) {
        std::error_code ec;
        state.choosingSource = false;
        state.chooser.start(ChooserPurpose::OpenProject, std::filesystem::current_path(ec));
    }
    ImGui::SameLine();
    if (ImGui::Button(text::kFilesMenuNew)) {
        state.mode = StartViewState::Mode::NewProject;
        state.message.clear();
    }
    ImGui::Spacing();
    ImGui::TextUnformatted(text::kFilesMenuRecent);
    ImGui::Separator();
    if (state.recent.empty()) ImGui::TextDisabled("%s", text::kFilesStartNoRecent.c_str());
    for (const std::string& p : state.recent) {
        const std::string label = std::filesystem::path(p).filename().string() + "  –  " + p;
        if (ImGui::Selectable(label.c_str())) chooseProject(state, p);
    }
}

void drawNewProject(StartViewState& state) {
    ImGui::TextUnformatted(text::kFilesNewTitle);
    ImGui::Separator();
    const float field = ImGui::GetFontSize() * 26;
    ImGui::SetNextItemWidth(field * 0.4f);
    ImGui::InputText(text::kFilesNewDistrict, &state.form.districtKey);
    ImGui::SetNextItemWidth(field);
    ImGui::InputText(text::kFilesNewSource, &state.form.source);
    ImGui::SetNextItemWidth(field);
    const bool enter = ImGui::InputText(text::kFilesNewFile, &state.form.file,
                                        ImGuiInputTextFlags_EnterReturnsTrue);
    if (ImGui::Button(text::kFilesNewCreate) || enter) startNewProject(state);
    ImGui::SameLine();
    if (ImGui::Button(text::kCancel)) {
        state.mode = StartViewState::Mode::Choose;
        state.message.clear();
    }
}

}  // namespace

void drawStartView(StartViewState& state, float width, float height, bool escape) {
    pollNewProject(state);
    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize({width, height});
    ImGui::Begin(i18n::withId(text::kFilesStartTitle, "start-view").c_str(), nullptr,
                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                     ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text::kFilesStartHint);
    if (!state.message.empty()) {
        ImGui::Spacing();
        ImGui::TextColored({0.75f, 0.1f, 0.0f, 1}, "%s", state.message.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    switch (state.mode) {
        case StartViewState::Mode::Choose: drawChoose(state); break;
        case StartViewState::Mode::NewProject: drawNewProject(state); break;
        case StartViewState::Mode::Creating: {
            std::string line;
            {
                std::lock_guard<std::mutex> lock(state.progress->mutex);
                line = creationProgressText(*state.progress);
            }
            ImGui::TextUnformatted(line.c_str());
            ImGui::TextDisabled("%s", state.creatingFile.c_str());
            break;
        }
    }
    if (std::optional<std::string> chosen = state.chooser.poll(escape)) chooseProject(state, *chosen);
    ImGui::End();
}

}  // namespace ui
