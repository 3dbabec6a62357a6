#include <imgui.h>
#include <imgui_internal.h>  // SetNextWindowScroll
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
#include "app/ui/wrapped_input.hpp"

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

// A checkbox whose label wraps at the form's edge ("Menschen mit Migrationsgeschichte" in a
// narrow form); a click on the label toggles it too. True when it was toggled.
bool checkboxWrapped(const char* label, bool& value) {
    ImGui::PushID(label);
    bool toggled = ImGui::Checkbox("##box", &value);
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::TextWrapped("%s", label);
    if (ImGui::IsItemClicked()) {
        value = !value;
        toggled = true;
    }
    ImGui::PopID();
    return toggled;
}

// One form: field widgets edit the draft; `changed` records that a field was edited this
// frame. The draft is applied once no field is active any more: a field may lose focus without
// ImGui reporting its deactivation (another window taking focus), so the edit is kept as
// "dirty" in the UI state until it is written, never dropped.
class Form {
public:
    // `labelWidth`: the widest field label. Labels stand beside their fields (ImGui's way)
    // while both fit the form's width; in a narrow form they stand above, so that no label is
    // cut at the form's edge.
    Form(domain::Application& a, bool editable, float labelWidth) : a_(a), editable_(editable) {
        const ImGuiStyle& style = ImGui::GetStyle();
        const float avail = ImGui::GetContentRegionAvail().x;
        itemWidth_ = avail - labelWidth - style.ItemInnerSpacing.x;
        above_ = itemWidth_ < avail * 0.45f;
        if (above_) itemWidth_ = avail;
    }
    bool changed() const { return changed_; }
    void touch() { changed_ = true; }
    bool labelsAbove() const { return above_; }

    void text(const char* label, std::string& value) {
        ImGui::InputText(place(label).c_str(), &value);
        note();
    }
    // A text of several lines that wraps at the form's edge while it is typed. A text that
    // already holds line breaks of its own (an import) keeps them: it is shown unwrapped,
    // since wrapping turns line breaks into spaces.
    void wrapped(const char* label, std::string& value, int lines) {
        ImGui::TextUnformatted(label);
        const float height = ImGui::GetTextLineHeight() * static_cast<float>(lines) +
                             2 * ImGui::GetStyle().FramePadding.y;
        const std::string id = std::string("##") + label;
        if (value.find('\n') != std::string::npos) {
            ImGui::InputTextMultiline(id.c_str(), &value, {-FLT_MIN, height});
            note();
            return;
        }
        std::string shown = value;
        if (inputTextWrapped(id.c_str(), shown, height) && editable_) {
            value = unwrapped(shown);
            changed_ = true;
        }
    }
    void count(const char* label, int& value) {
        ImGui::InputInt(place(label).c_str(), &value, 1, 5);
        note();
    }
    void amount(const char* label, double& value, const char* format) {
        ImGui::InputDouble(place(label).c_str(), &value, 0, 0, format);
        note();
    }
    void flag(const char* label, bool& value) {
        if (checkboxWrapped(label, value)) changed_ = true;
    }
    template <typename E>
    void choice(const char* label, E& value) {
        if (ImGui::BeginCombo(place(label).c_str(), i18n::displayLabel(value))) {
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
                if (checkboxWrapped(i18n::displayLabel(v), on)) {
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
        ImGui::InputTextWithHint(place(label).c_str(), text::kDateHint, &text);
        note();
        if (!text.empty() && !domain::parseDate(text))
            problems.push_back(i18n::fill(text::kNotADate, {label, text}));
    }
    // The label of the next field: beside it (returned as the widget's label) or, in a narrow
    // form, drawn above it (and the widget's label hidden).
    std::string place(const char* label) const {
        ImGui::SetNextItemWidth(itemWidth_);
        if (!above_) return label;
        ImGui::TextUnformatted(label);
        ImGui::SetNextItemWidth(itemWidth_);
        return std::string("##") + label;
    }

private:
    void note() {
        if (editable_ && ImGui::IsItemEdited()) changed_ = true;
    }
    domain::Application& a_;
    bool editable_;
    bool changed_ = false;
    float itemWidth_ = 0;
    bool above_ = false;
};

// The widest label of a field beside its widget (the labels `Form::place` places).
float widestFieldLabel() {
    const char* labels[] = {text::kNr, text::kStatus, text::kFieldMunicipality, text::kFieldTitle,
                            text::kFieldApplicant, text::kFieldApplicantKind, text::kFieldStreet,
                            text::kFieldPostcode, text::kFieldTown, text::kCoordinates,
                            text::kFieldProperty, text::kFieldDigital, text::kFieldDigitalHow,
                            text::kFieldPhase, text::kFieldActorsNow, text::kFieldActorsTarget,
                            text::kFieldStaffHours, text::kFieldOpeningHours,
                            text::kFieldOpeningHoursPerWeek, text::kFieldVolunteers,
                            text::kFieldOwnFunds, text::kFieldContactName, text::kFieldEmail,
                            text::kFieldPhone, text::kFieldReceivedEmail, text::kFieldReceivedPost,
                            text::kFieldMissingItems};
    float widest = 0;
    for (const char* l : labels) widest = std::max(widest, ImGui::CalcTextSize(l).x);
    return widest;
}

// Puts the button labelled `label` beside the last item when it fits there, else below.
void sameLineIfFits(const char* label) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float button = ImGui::CalcTextSize(label).x + 2 * style.FramePadding.x;
    const float right = ImGui::GetItemRectMax().x + style.ItemSpacing.x + button;
    if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x)
        ImGui::SameLine();
}

// One line of text in a colour, wrapped at the form's edge (a check and why it failed).
void wrappedColored(const ImVec4& colour, const std::string& line) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextWrapped("%s", line.c_str());
    ImGui::PopStyleColor();
}

void section(const char* title) {
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::TextWrapped("%s", title);
}

}  // namespace

void reloadDraft(const project::Project& project, UiState& state) {
    state.draft.reset();
    state.draftBase.reset();
    state.draftDirty = false;
    state.draftProblems.clear();
    if (!state.selected) return;
    const domain::Application* a = project.find(*state.selected);
    if (!a) {
        state.selected.reset();
        return;
    }
    state.draft = *a;
    state.draftBase = *a;
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
        requests.actions.push_back(project::UpdateApplication{*state.draft, state.draftBase});
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

    // One scrolling area holds everything below the title, so that every field can be reached
    // however small the screen; a form opened for another application starts at its top.
    static std::int64_t shownId = -1;
    const bool opened = shownId != a.id;
    if (opened) {
        ImGui::SetNextWindowScroll({0, 0});
        shownId = a.id;
    }
    ImGui::BeginChild("fields", {0, 0}, false);

    // Eligibility first, the committee's first question: one wrapped line per check, so that
    // no check is cut at the form's edge.
    domain::Eligibility e = domain::assessEligibility(project.state(), a);
    ImGui::TextWrapped("%s", e.eligible() ? text::kEligibleByRules.c_str()
                                          : text::kFormallyIneligible.c_str());
    for (const domain::EligibilityCheck& c : e.checks) {
        std::string line = (c.passed ? "✓ " : "✗ ") + i18n::eligibilityCheckName(c.kind);
        if (!c.passed) line += " – " + i18n::eligibilityReason(c);
        wrappedColored(c.passed ? ImVec4(0.0f, 0.45f, 0.25f, 1) : ImVec4(0.75f, 0.2f, 0.0f, 1), line);
    }

    // Problems of the working copy: it is applied once they are fixed, nothing typed is lost.
    for (const std::string& p : state.draftProblems) wrappedColored({0.75f, 0.1f, 0.0f, 1}, p);
    if (project.readOnly())
        wrappedColored({0.6f, 0.3f, 0.0f, 1}, text::kReadOnly.str() + ": " + project.readOnlyReason());

    // The committee's scoring next: in the meeting this is what the form is open for. An
    // application that cannot be scored (a new one, say) opens with it closed, its fields
    // right below the checks.
    if (opened) ImGui::SetNextItemOpen(e.eligible());
    if (ImGui::CollapsingHeader(i18n::withId(text::kScoring, "scoring").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        const domain::Application* stored = project.find(a.id);
        if (stored) drawScoring(project, state, requests, *stored);
        ImGui::Spacing();
    }
    ImGui::BeginDisabled(!editable);
    Form f(a, editable, widestFieldLabel());
    std::vector<std::string> problems;
    DateTexts& dates = dateTexts();

    section(text::kApplication);
    f.text(text::kNr, a.nr);
    f.choice(text::kStatus, a.status);
    if (a.status == domain::Status::NichtFoerderfaehig) f.wrapped(text::kReason, a.statusReason, 3);
    // A new application has no Kommune until one is chosen here.
    const domain::Municipality* named = project.map().byAgs(a.municipalityAgs);
    const std::string namedText = named                       ? named->name
                                  : a.municipalityAgs.empty() ? text::kChooseMunicipality.str()
                                                              : a.municipalityAgs;
    if (ImGui::BeginCombo(f.place(text::kFieldMunicipality).c_str(), namedText.c_str())) {
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
        ImGui::TextWrapped("%s", i18n::fill(text::kSiteAt, {std::to_string(std::llround(a.site->x)),
                                                             std::to_string(std::llround(a.site->y))})
                                     .c_str());
    else
        ImGui::TextWrapped("%s", text::kSiteNotSet.c_str());
    if (ImGui::Button(text::kPlaceOnMap)) state.placingSite = true;
    if (a.site) sameLineIfFits(text::kRemoveSite);
    if (a.site && ImGui::Button(text::kRemoveSite))
        requests.actions.push_back(project::MoveSite{a.id, std::nullopt});
    // The field leaves room for its button beside it.
    {
        const std::string label = f.place(text::kCoordinates);
        const float button = ImGui::CalcTextSize(text::kApply).x +
                             2 * ImGui::GetStyle().FramePadding.x + ImGui::GetStyle().ItemSpacing.x;
        if (f.labelsAbove()) ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - button);
        ImGui::InputTextWithHint(label.c_str(), text::kCoordinatesHint, &state.coordinateText);
    }
    if (f.labelsAbove()) ImGui::SameLine();  // beside a label there is no room: next line
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
    f.wrapped(text::kFieldConcept, a.conceptText, 5);
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
        if (stored && *stored != a) requests.actions.push_back(project::UpdateApplication{a, state.draftBase});
        state.draftDirty = false;
    }
}

}  // namespace ui
