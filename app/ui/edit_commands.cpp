#include "app/ui/edit_commands.hpp"

#include <exception>
#include <optional>
#include <variant>

#include "app/i18n/output_error_text.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/i18n/strings.hpp"
#include "app/ui/application_panels.hpp"
#include "app/ui/status_area.hpp"

namespace ui {
namespace {

// Says at once where a moved site landed, and whether that fits the application.
std::string whereSiteLanded(const project::Project& project, const project::MoveSite& move) {
    const domain::Application* a = project.find(move.id);
    if (!a || !move.site) return {};
    std::optional<std::size_t> at = project.municipalityAt(*move.site);
    if (!at) return i18n::fill(text::kSiteOutside, {a->nr});
    const domain::Municipality& m = project.map().municipalities[*at];
    if (m.ags != a->municipalityAgs)
        return i18n::fill(text::kSiteInWrongMunicipality, {a->nr, m.name});
    return i18n::fill(text::kSiteIn, {a->nr, m.name});
}

// Runs one edit; on failure the status says why and the result is false. Refusals are told
// apart by their type, never by the text of their message: a ValidationError's problems
// (codes) are returned in `problems`, in the UI language, each naming its field.
template <class F>
bool attempt(F&& edit, const std::string& done, std::string& status,
             std::vector<std::string>* problems = nullptr, bool* conflict = nullptr) {
    try {
        edit();
        status = done;
        return true;
    } catch (const store::ConflictError& e) {
        // Another member changed the same thing meanwhile: who, when, what it says now.
        status = e.what();
        if (conflict) *conflict = true;
        return false;
    } catch (const project::ValidationError& e) {
        status = std::string(text::kError) + ": " + i18n::errorText(e);
        if (problems)
            for (const domain::Problem& p : e.problems) problems->push_back(i18n::problemWithField(p));
        return false;
    } catch (const std::exception& e) {
        status = std::string(text::kError) + ": " + i18n::errorText(e);
        return false;
    }
}

}  // namespace

void applyRequests(project::Project& project, UiState& state, Requests& requests,
                   std::string& status) {
    for (const project::Action& action : requests.actions) {
        project::ApplyResult result;
        std::vector<std::string> problems;
        bool conflict = false;
        // Said in words: "6 Bewerbungen importiert", "Bewertungen aufgedeckt" (status_area.hpp).
        const std::string doneText = editDoneText(action, project.committee().settings);
        const bool done =
            attempt([&] { result = project.apply(action); }, doneText, status, &problems, &conflict);
        if (conflict && std::holds_alternative<project::UpdateApplication>(action)) {
            // The form shows what the project holds now, as the status says; the user's change
            // was not stored and is not sent again on its own.
            reloadDraft(project, state);
        } else if (!done && std::holds_alternative<project::UpdateApplication>(action)) {
            // A refused edit of the form keeps its draft (nothing typed is lost) and says why:
            // each rule it breaks, else (read-only, a disk error) the reason.
            state.draftProblems = problems.empty() ? std::vector<std::string>{status} : problems;
            state.draftDirty = true;
        }
        if (std::holds_alternative<project::AddApplication>(action)) {
            if (done && !result.created.empty()) state.selected = result.created.front();
            reloadDraft(project, state);
        }
        if (const auto* move = std::get_if<project::MoveSite>(&action)) {
            if (done && move->site) status = whereSiteLanded(project, *move);
            state.placingSite = false;
        }
    }
    if (requests.undo && project.canUndo()) {
        const std::string what = project.undoDescription();
        attempt([&] { project.undo(); }, std::string(text::kUndone) + ": " + what, status, nullptr);
    }
    if (requests.redo && project.canRedo()) {
        const std::string what = project.redoDescription();
        attempt([&] { project.redo(); }, std::string(text::kRedone) + ": " + what, status, nullptr);
    }
    if (state.selected && !project.find(*state.selected)) {
        state.selected.reset();
        state.draft.reset();
    }
    // Opening another project is the window loop's to do after this frame: it stays asked.
    std::optional<std::string> openProject = std::move(requests.openProject);
    requests = {};
    requests.openProject = std::move(openProject);
}

}  // namespace ui
