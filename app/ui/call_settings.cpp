#include <imgui.h>
#include <imgui_stdlib.h>

#include <cmath>

#include "app/ui/application_panels.hpp"
#include "app/ui/panels.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/display_labels.hpp"
#include "app/decision/evidence.hpp"
#include "app/i18n/strings.hpp"

namespace ui {
namespace {

// The panel edits a working copy; it follows the project (undo) while no field is active and
// nothing typed is invalid, and is applied as one UpdateCall when a field is left.
struct CallDraft {
    std::optional<domain::CallSettings> call;
    std::string deadline;
    // The amounts as typed, in the language's format ("1.500", "1.500,50").
    std::string material, consulting;
    std::string problem;
    bool dirty = false;  // edited, not yet written
};

CallDraft& callDraft() {
    static CallDraft draft;
    return draft;
}

// An amount as the field shows it: "1.500" / "1,500", cents only when there are any.
std::string amountText(double eur) {
    const bool cents = std::abs(eur * 100 - std::round(eur) * 100) >= 0.5;
    return formatDecimal(eur, cents ? 2 : 0);
}

// An amount field: the text is read in the language's format when it changes; `problem` is
// set when it is no amount.
void amountField(const char* label, std::string& typed, double& eur, std::string& problem) {
    ImGui::InputText(label, &typed);
    const std::optional<double> v = i18n::parseDecimal(typed);
    if (v) eur = *v;
    else if (problem.empty()) problem = i18n::fill(text::kAmountNotANumber, {std::string(label), typed});
    // Shown in the language's format again once it is left.
    if (v && !ImGui::IsItemActive() && amountText(*v) != typed) typed = amountText(*v);
}

}  // namespace

void drawCallSettings(const project::Project& project, Requests& requests) {
    CallDraft& d = callDraft();
    if (!d.call ||
        (!d.dirty && !ImGui::IsAnyItemActive() && d.problem.empty() && *d.call != project.call())) {
        d.call = project.call();
        d.deadline = i18n::formatIsoDate(domain::isoDate(d.call->deadline));
        d.material = amountText(d.call->materialEurPerPlace);
        d.consulting = amountText(d.call->consultingEurPerPlace);
    }
    domain::CallSettings& c = *d.call;
    bool editable = !project.readOnly();
    bool changed = false;
    auto left = [&] { changed = changed || (editable && ImGui::IsItemEdited()); };

    ImGui::BeginDisabled(!editable);
    ImGui::PushItemWidth(ImGui::GetContentRegionAvail().x * 0.6f);
    ImGui::InputText(text::kFieldTitle, &c.title);
    left();
    ImGui::InputTextWithHint(text::kDeadline, text::kDateHint, &d.deadline);
    left();
    ImGui::TextWrapped("%s", c.deadlineRule.c_str());
    ImGui::InputInt(text::kPlacesFunded, &c.placesFunded, 1, 1);
    left();
    std::string amountProblem;
    amountField(text::kMaterialPerPlace, d.material, c.materialEurPerPlace, amountProblem);
    left();
    amountField(text::kConsultingPerPlace, d.consulting, c.consultingEurPerPlace, amountProblem);
    left();
    ImGui::InputTextMultiline(text::kFundingTerms, &c.fundingTerms,
                              {0, ImGui::GetTextLineHeight() * 3.5f});
    left();
    ImGui::InputTextMultiline(text::kEligibleApplicants, &c.applicants,
                              {0, ImGui::GetTextLineHeight() * 2.5f});
    left();
    ImGui::InputText(text::kContact, &c.contact);
    left();
    ImGui::Spacing();
    ImGui::TextUnformatted(text::kCriteria);
    for (std::size_t i = 0; i < c.criteria.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::InputText(std::to_string(i + 1).c_str(), &c.criteria[i]);
        left();
        ImGui::PopID();
    }
    ImGui::PopItemWidth();
    ImGui::EndDisabled();

    d.problem.clear();
    std::optional<domain::Date> deadline = domain::parseDate(d.deadline);
    if (!deadline)
        d.problem = i18n::fill(text::kNotADate, {text::kDeadline.str(), d.deadline});
    else if (!amountProblem.empty())
        d.problem = amountProblem;
    else if (c.placesFunded < 1)
        d.problem = text::kPlacesAtLeastOne;
    else if (c.materialEurPerPlace < 0 || c.consultingEurPerPlace < 0)
        d.problem = text::kAmountsNegative;
    else if (c.title.empty())
        d.problem = text::kTitleMissing;
    if (deadline) c.deadline = *deadline;
    if (!d.problem.empty()) ImGui::TextColored({0.75f, 0.1f, 0.0f, 1}, "%s", d.problem.c_str());
    // Written once no field is being typed in any more (see the application form).
    if (changed) d.dirty = true;
    if (d.dirty && !ImGui::IsAnyItemActive() && d.problem.empty()) {
        if (c != project.call()) requests.actions.push_back(project::UpdateCall{c});
        d.dirty = false;
    }
}

}  // namespace ui

namespace ui {
namespace {

// The rubric is edited in a working copy like the call (written once no field is active).
struct RubricDraft {
    std::optional<domain::DecisionSettings> settings;
    bool dirty = false;
};

RubricDraft& rubricDraft() {
    static RubricDraft draft;
    return draft;
}

}  // namespace

void drawDecisionCallSettings(const project::Project& project, UiState& state, Requests& requests) {
    const domain::DecisionSettings& stored = project.committee().settings;
    RubricDraft& d = rubricDraft();
    if (!d.settings || (!d.dirty && !ImGui::IsAnyItemActive() && *d.settings != stored))
        d.settings = stored;
    domain::DecisionSettings& s = *d.settings;
    bool editable = !project.readOnly();
    ImGui::BeginDisabled(!editable);

    if (ImGui::CollapsingHeader(i18n::withId(text::kRubricTitle, "rubric").c_str())) {
        ImGui::PushItemWidth(-1);
        for (int k = 1; k < decision::kCriteria; ++k) {
            ImGui::PushID(k);
            ImGui::TextUnformatted(i18n::criterionLabel(static_cast<decision::Criterion>(k)));
            for (int level = 0; level <= decision::kMaxScore; ++level) {
                ImGui::PushID(level);
                ImGui::Text("%d", level);
                ImGui::SameLine();
                ImGui::InputText("##stufe", &s.rubric[static_cast<std::size_t>(k)]
                                                     [static_cast<std::size_t>(level)]);
                if (editable && ImGui::IsItemEdited()) d.dirty = true;
                ImGui::PopID();
            }
            ImGui::PopID();
        }
        ImGui::PopItemWidth();
    }

    if (ImGui::CollapsingHeader(i18n::withId(text::kRegionsTitle, "regions").c_str())) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", text::kRegionsHelp.c_str());
        ImGui::PopTextWrapPos();
        if (!state.district) state.district = decision::analyseDistrict(project.map());
        std::vector<int> regions = decision::regionsOf(project.map(), *state.district, s);
        ImGui::PushItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
        const auto& ms = project.map().municipalities;
        for (std::size_t i = 0; i < ms.size(); ++i) {
            int r = regions[i];
            const char* current = r >= 0 && r < static_cast<int>(s.regionNames.size())
                                      ? s.regionNames[static_cast<std::size_t>(r)].c_str()
                                      : "?";
            if (ImGui::BeginCombo(ms[i].name.c_str(), current)) {
                for (std::size_t k = 0; k < s.regionNames.size(); ++k)
                    if (ImGui::Selectable(s.regionNames[k].c_str(), static_cast<int>(k) == r)) {
                        s.regions[ms[i].ags] = static_cast<int>(k);
                        d.dirty = true;
                    }
                ImGui::EndCombo();
            }
        }
        ImGui::PopItemWidth();
        if (!s.regions.empty() && ImGui::Button(text::kRegionsDefault)) {
            s.regions.clear();
            d.dirty = true;
        }
    }
    ImGui::EndDisabled();
    if (d.dirty && !ImGui::IsAnyItemActive()) {
        if (s != stored) requests.actions.push_back(project::UpdateDecisionSettings{s});
        d.dirty = false;
    }
}

}  // namespace ui
