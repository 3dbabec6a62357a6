#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>

#include "app/i18n/format.hpp"
#include "app/i18n/display_labels.hpp"
#include "app/domain/eligibility.hpp"
#include "app/domain/site_input.hpp"
#include "app/domain/validation.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/ui/application_panels.hpp"
#include "app/ui/panels.hpp"
#include "app/i18n/strings.hpp"
#include "app/ui/symbols.hpp"

namespace ui {
namespace {

// Date fields are typed as text; kept here while they do not parse, so nothing typed is lost.
struct DateTexts {
    std::int64_t id = -1;
    std::string email, post;
};
DateTexts& dateTexts() {
    static DateTexts texts;
    return texts;
}

std::string dateText(const std::optional<domain::Date>& d) {
    return d ? i18n::formatIsoDate(domain::isoDate(*d)) : std::string();
}

// One form: field widgets edit the draft; `changed` records that a field was edited this
// frame. The draft is applied once no field is active any more: a field may lose focus without
// ImGui reporting its deactivation (another window taking focus), so the edit is kept as
// "dirty" in the UI state until it is written, never dropped.
class Form {
public:
    Form(domain::Application& a, bool editable) : a_(a), editable_(editable) {}
    bool changed() const { return changed_; }
    void touch() { changed_ = true; }

    void text(const char* label, std::string& value) {
        ImGui::InputText(label, &value);
        note();
    }
    void multiline(const char* label, std::string& value) {
        ImGui::InputTextMultiline(label, &value, {0, ImGui::GetTextLineHeight() * 4});
        note();
    }
    void count(const char* label, int& value) {
        ImGui::InputInt(label, &value, 1, 5);
        note();
    }
    void amount(const char* label, double& value, const char* format) {
        ImGui::InputDouble(label, &value, 0, 0, format);
        note();
    }
    void flag(const char* label, bool& value) {
        if (ImGui::Checkbox(label, &value)) changed_ = true;
    }
    template <typename E>
    void choice(const char* label, E& value) {
        if (ImGui::BeginCombo(label, i18n::displayLabel(value))) {
            for (E v : domain::allValues<E>())
                if (ImGui::Selectable(i18n::displayLabel(v), v == value)) {
                    value = v;
                    changed_ = true;
                }
            ImGui::EndCombo();
        }
    }
    template <typename E>
    void several(const char* label, std::vector<E>& values) {
        if (ImGui::TreeNodeEx(label, ImGuiTreeNodeFlags_DefaultOpen)) {
            for (E v : domain::allValues<E>()) {
                bool on = std::find(values.begin(), values.end(), v) != values.end();
                if (ImGui::Checkbox(i18n::displayLabel(v), &on)) {
                    if (on)
                        values.push_back(v);
                    else
                        values.erase(std::remove(values.begin(), values.end(), v), values.end());
                    std::sort(values.begin(), values.end());
                    changed_ = true;
                }
            }
            ImGui::TreePop();
        }
    }
    void date(const char* label, std::string& text, std::vector<std::string>& problems) {
        ImGui::InputTextWithHint(label, text::kDateHint, &text);
        note();
        if (!text.empty() && !domain::parseDate(text))
            problems.push_back(i18n::fill(text::kNotADate, {label, text}));
    }

private:
    void note() {
        if (editable_ && ImGui::IsItemEdited()) changed_ = true;
    }
    domain::Application& a_;
    bool editable_;
    bool changed_ = false;
};

void section(const char* title) {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextUnformatted(title);
}

}  // namespace

void reloadDraft(const project::Project& project, UiState& state) {
    state.draft.reset();
    state.draftDirty = false;
    state.draftProblems.clear();
    if (!state.selected) return;
    const domain::Application* a = project.find(*state.selected);
    if (!a) {
        state.selected.reset();
        return;
    }
    state.draft = *a;
    DateTexts& dates = dateTexts();
    dates = {a->id, dateText(a->receivedByEmail), dateText(a->receivedByPost)};
    state.coordinateText.clear();
}

bool flushDraft(const project::Project& project, UiState& state, Requests& requests) {
    if (!state.draft || !state.draftDirty) return true;
    if (!state.draftProblems.empty()) {
        state.status = i18n::fill(text::kFixFirst, {state.draft->nr, state.draftProblems.front()});
        return false;
    }
    const domain::Application* stored = project.find(state.draft->id);
    if (stored && *stored != *state.draft)
        requests.actions.push_back(project::UpdateApplication{*state.draft});
    state.draftDirty = false;
    return true;
}

void selectApplication(const project::Project& project, UiState& state, Requests& requests,
                       std::optional<std::int64_t> id) {
    if (!flushDraft(project, state, requests)) return;
    state.selected = id;
    state.placingSite = false;
    state.confirmDelete = false;
    reloadDraft(project, state);
}

void drawApplicationForm(const project::Project& project, UiState& state, Requests& requests,
                         float x, float width, float height) {
    if (!state.draft) return;
    // Follow the project (undo, import) while the user is not in the middle of an edit.
    if (!state.draftDirty && !ImGui::IsAnyItemActive() && state.draftProblems.empty()) {
        const domain::Application* stored = project.find(state.draft->id);
        if (!stored) {
            state.selected.reset();
            state.draft.reset();
            return;
        }
        if (*stored != *state.draft) reloadDraft(project, state);
    }
    domain::Application& a = *state.draft;
    bool editable = !project.readOnly();
    ImGui::SetNextWindowPos({x, 0});
    ImGui::SetNextWindowSize({width, height});
    bool open = true;
    std::string title = std::string(text::kApplication) + " " + a.nr + "###form";
    ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                           ImGuiWindowFlags_NoSavedSettings |
                                           ImGuiWindowFlags_NoCollapse);
    if (!open) {
        selectApplication(project, state, requests, std::nullopt);
        ImGui::End();
        return;
    }

    // Eligibility first: the committee's first question.
    domain::Eligibility e = domain::assessEligibility(project.state(), a);
    ImGui::TextUnformatted(e.eligible() ? text::kEligibleByRules : text::kFormallyIneligible);
    for (const domain::EligibilityCheck& c : e.checks) {
        ImGui::TextColored(c.passed ? ImVec4(0.0f, 0.45f, 0.25f, 1) : ImVec4(0.75f, 0.2f, 0.0f, 1),
                           "%s %s", c.passed ? "✓" : "✗", i18n::eligibilityCheckName(c.kind).c_str());
        if (!c.passed) {
            ImGui::SameLine();
            ImGui::TextWrapped("– %s", i18n::eligibilityReason(c).c_str());
        }
    }

    // Problems of the working copy: it is applied once they are fixed, nothing typed is lost.
    for (const std::string& p : state.draftProblems)
        ImGui::TextColored({0.75f, 0.1f, 0.0f, 1}, "%s", p.c_str());
    if (project.readOnly())
        ImGui::TextColored({0.6f, 0.3f, 0.0f, 1}, "%s: %s", text::kReadOnly.c_str(),
                           project.readOnlyReason().c_str());

    ImGui::BeginChild("fields", {0, 0}, false);
    // The committee's scoring first: in the meeting this is what the form is open for.
    if (ImGui::CollapsingHeader(i18n::withId(text::kScoring, "scoring").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        const domain::Application* stored = project.find(a.id);
        if (stored) drawScoring(project, state, requests, *stored);
        ImGui::Spacing();
    }
    ImGui::BeginDisabled(!editable);
    ImGui::PushItemWidth(width * 0.55f);
    Form f(a, editable);
    std::vector<std::string> problems;
    DateTexts& dates = dateTexts();

    section(text::kApplication);
    f.text(text::kNr, a.nr);
    f.choice(text::kStatus, a.status);
    if (a.status == domain::Status::NichtFoerderfaehig) f.text(text::kReason, a.statusReason);
    const domain::Municipality* named = project.map().byAgs(a.municipalityAgs);
    if (ImGui::BeginCombo(text::kFieldMunicipality, named ? named->name.c_str() : a.municipalityAgs.c_str())) {
        for (const domain::Municipality& m : project.map().municipalities)
            if (ImGui::Selectable(m.name.c_str(), &m == named)) {
                a.municipalityAgs = m.ags;
                f.touch();
            }
        ImGui::EndCombo();
    }
    f.text(text::kFieldTitle, a.title);
    f.text(text::kFieldApplicant, a.applicant);
    f.choice(text::kFieldApplicantKind, a.applicantKind);

    section(text::kSectionPlace);
    f.text(text::kFieldStreet, a.street);
    f.text(text::kFieldPostcode, a.postcode);
    f.text(text::kFieldTown, a.town);
    if (a.site)
        ImGui::TextUnformatted(i18n::fill(text::kSiteAt, {std::to_string(std::llround(a.site->x)),
                                                           std::to_string(std::llround(a.site->y))})
                                   .c_str());
    else
        ImGui::TextUnformatted(text::kSiteNotSet);
    if (ImGui::Button(text::kPlaceOnMap)) state.placingSite = true;
    ImGui::SameLine();
    if (a.site && ImGui::Button(text::kRemoveSite))
        requests.actions.push_back(project::MoveSite{a.id, std::nullopt});
    ImGui::InputTextWithHint(text::kCoordinates, text::kCoordinatesHint,
                             &state.coordinateText);
    ImGui::SameLine();
    if (ImGui::Button(text::kApply)) {
        domain::SiteInput in = domain::parseSiteInput(state.coordinateText);
        if (in.site)
            requests.actions.push_back(project::MoveSite{a.id, in.site});
        else
            state.status = in.problem ? i18n::problemText(*in.problem) : std::string();
    }
    f.choice(text::kFieldProperty, a.property);
    f.flag(text::kFieldSharedBuilding, a.sharedBuilding);
    f.choice(text::kFieldDigital, a.digital);
    if (a.digital != domain::DigitalShare::Keiner) f.text(text::kFieldDigitalHow, a.digitalDescription);
    f.choice(text::kFieldPhase, a.phase);

    section(text::kSectionActors);
    f.count(text::kFieldActorsNow, a.actorsNow);
    f.count(text::kFieldActorsTarget, a.actorsTarget);
    f.several(text::kFieldActorKinds, a.actorKinds);
    f.several(text::kFieldTargetGroups, a.targetGroups);

    section(text::kSectionOrganisation);
    f.amount(text::kFieldStaffHours, a.staffHoursPerWeek, "%.1f");
    f.flag(text::kFieldFixedContact, a.fixedContact);
    f.text(text::kFieldOpeningHours, a.openingHours);
    f.amount(text::kFieldOpeningHoursPerWeek, a.openingHoursPerWeek, "%.1f");
    f.count(text::kFieldVolunteers, a.volunteers);
    f.amount(text::kFieldOwnFunds, a.ownFundsEurPerYear, "%.0f");
    f.flag(text::kFieldOpenToGroups, a.openToGroups);

    section(text::kSectionContact);
    f.text(text::kFieldContactName, a.contactName);
    f.text(text::kFieldEmail, a.contactEmail);
    f.text(text::kFieldPhone, a.contactPhone);
    if (dates.id != a.id) dates = {a.id, dateText(a.receivedByEmail), dateText(a.receivedByPost)};
    f.date(text::kFieldReceivedEmail, dates.email, problems);
    f.date(text::kFieldReceivedPost, dates.post, problems);
    f.flag(text::kFieldFormComplete, a.formComplete);
    if (!a.formComplete) f.text(text::kFieldMissingItems, a.missingItems);
    f.multiline(text::kFieldConcept, a.conceptText);
    ImGui::PopItemWidth();
    ImGui::EndDisabled();

    ImGui::Spacing();
    ImGui::Separator();
    if (editable) {
        if (!state.confirmDelete && ImGui::Button(text::kDelete)) state.confirmDelete = true;
        if (state.confirmDelete) {
            if (ImGui::Button(text::kReallyDelete)) {
                requests.actions.push_back(project::DeleteApplication{a.id});
                state.confirmDelete = false;
            }
            ImGui::SameLine();
            if (ImGui::Button(text::kCancel)) state.confirmDelete = false;
        }
    }
    ImGui::EndChild();
    ImGui::End();

    // Validate as you type; apply when a field was left and everything holds.
    if (problems.empty()) {
        a.receivedByEmail = dates.email.empty() ? std::nullopt : domain::parseDate(dates.email);
        a.receivedByPost = dates.post.empty() ? std::nullopt : domain::parseDate(dates.post);
    }
    // The rules every stored application meets (domain/validation.hpp), Nr taken included.
    for (const domain::Problem& p : domain::validateApplication(a, project.state()))
        problems.push_back(i18n::problemWithField(p));
    state.draftProblems = problems;
    if (f.changed()) state.draftDirty = true;
    const domain::Application* stored = project.find(a.id);
    if (state.draftDirty && !ImGui::IsAnyItemActive() && problems.empty()) {
        if (stored && *stored != a) requests.actions.push_back(project::UpdateApplication{a});
        state.draftDirty = false;
    }
}

}  // namespace ui
