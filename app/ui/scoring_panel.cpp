#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "app/i18n/format.hpp"
#include "app/i18n/display_labels.hpp"
#include "app/domain/eligibility.hpp"
#include "app/decision/evidence.hpp"
#include "app/ui/application_panels.hpp"
#include "app/ui/panels.hpp"
#include "app/i18n/strings.hpp"

namespace ui {
namespace {

using decision::Criterion;

std::string yesNo(bool b) {
    return (b ? text::kYes : text::kNo).str();
}

std::string km(const std::optional<double>& v) {
    return v ? formatDecimal(*v, 1) + " km" : std::string("–");
}

// The evidence lines shown beside a criterion.
std::vector<std::string> evidenceLines(Criterion c, const decision::Evidence& e) {
    switch (c) {
        case Criterion::Akteure:
            return {i18n::fill(text::kEvidenceActors, {formatInteger(e.actorsNow), formatInteger(e.actorsTarget)}) +
                    (e.growthPercent ? " (" + std::string(*e.growthPercent >= 0 ? "+" : "") +
                                           i18n::formatPercent(*e.growthPercent, 0) + ")"
                                     : std::string())};
        case Criterion::Zusammensetzung:
            return {i18n::count(text::kEvidenceComposition, e.actorKinds,
                                {formatDecimal(e.shannon, 2)})};
        case Criterion::Zielgruppen:
            return {i18n::count(text::kEvidenceGroups, e.targetGroups,
                                {yesNo(e.intergenerational), yesNo(e.intercultural)})};
        case Criterion::Organisation:
            return {i18n::fill(text::kEvidenceStaff,
                               {formatDecimal(e.staffHoursPerWeek, 1), formatInteger(e.volunteers),
                                i18n::formatEuro(std::round(e.ownFundsEurPerYear))}),
                    i18n::fill(text::kEvidenceContact,
                               {yesNo(e.fixedContact),
                                e.openingHours.empty() ? std::string("–") : e.openingHours,
                                formatDecimal(e.openingHoursPerWeek, 1)})};
        case Criterion::Lage:
            return {e.municipality + " (" + e.region + "), " +
                        (e.population ? formatInteger(*e.population) + " " + text::kInhabitantsShort
                                      : std::string()) +
                        (e.densityPerKm2 ? ", " + formatInteger(std::llround(*e.densityPerKm2)) +
                                               " " + text::kInhabitantsPerKm2
                                         : std::string()),
                    i18n::fill(text::kEvidenceDistances,
                               {e.mainTown, km(e.distanceToMainTownKm), km(e.distanceToCentroidKm)}),
                    i18n::fill(text::kEvidenceNearest,
                               {e.nearestOtherKm ? i18n::fill(text::kNrInKm, {e.nearestOtherNr,
                                                                              km(e.nearestOtherKm)})
                                                 : std::string("–")})};
        case Criterion::Verteilung:
            break;
    }
    return {};
}

}  // namespace

void drawScoring(const project::Project& project, UiState& state, Requests& requests,
                 const domain::Application& a) {
    const domain::Committee& c = project.committee();
    if (!state.district) state.district = decision::analyseDistrict(project.map());
    std::vector<int> regions = decision::regionsOf(project.map(), *state.district, c.settings);
    decision::Evidence evidence = decision::evidenceFor(project.state(), a, *state.district, regions);

    bool eligible = domain::assessEligibility(project.state(), a).eligible();
    if (!eligible) ImGui::TextColored({0.7f, 0.25f, 0.0f, 1}, "%s", text::kNotEligibleNoScore.c_str());
    const decision::Member* me = state.currentMember ? c.member(*state.currentMember) : nullptr;
    if (!me) ImGui::TextWrapped("%s", text::kChooseMember.c_str());
    bool recused = me && c.recused(me->id, a.id);
    bool editable = !project.readOnly() && me && eligible;
    if (me) {
        ImGui::BeginDisabled(project.readOnly());
        bool r = recused;
        if (ImGui::Checkbox((me->name + ": " + text::kRecused).c_str(), &r))
            requests.actions.push_back(project::SetRecusal{me->id, a.id, r});
        ImGui::EndDisabled();
    }
    // Blind mode: only the member's own scores are visible until they are revealed.
    const std::vector<decision::Score> visible =
        c.visibleScores(me ? std::optional<std::int64_t>(me->id) : std::nullopt);
    bool showAll = !c.settings.blind || c.settings.revealed;
    std::vector<decision::ApplicationAggregate> aggregates =
        decision::aggregate({a.id}, c.scores, c.recusals, c.settings.weights, c.settings.aggregation);

    const float button = ImGui::GetFrameHeight();
    for (int k = 1; k < decision::kCriteria; ++k) {
        auto criterion = static_cast<Criterion>(k);
        ImGui::PushID(k);
        ImGui::Spacing();
        ImGui::TextUnformatted(i18n::criterionLabel(criterion));
        ImGui::Indent();
        ImGui::PushTextWrapPos(0);
        for (const std::string& line : evidenceLines(criterion, evidence))
            ImGui::TextDisabled("%s", line.c_str());
        ImGui::PopTextWrapPos();
        if (me) {
            std::optional<int> mine = c.score(me->id, a.id, criterion);
            ImGui::BeginDisabled(!editable || recused);
            for (int v = decision::kMinScore; v <= decision::kMaxScore; ++v) {
                if (v > decision::kMinScore) ImGui::SameLine(0, 4);
                bool on = mine == v;
                if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.0f, 0.45f, 0.70f, 1));
                if (on) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
                if (ImGui::Button(std::to_string(v).c_str(), {button * 1.3f, button}) && !on)
                    requests.actions.push_back(project::SetScore{me->id, a.id, criterion, v});
                if (on) ImGui::PopStyleColor(2);
                if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
                    ImGui::SetTooltip("%d: %s", v,
                                      c.settings.rubric[static_cast<std::size_t>(k)]
                                                       [static_cast<std::size_t>(v)].c_str());
            }
            // The clear button and the chosen level's rubric text have their room whether or not
            // a score is entered, so entering one moves nothing below it.
            ImGui::SameLine();
            ImGui::BeginDisabled(!mine);
            if (ImGui::SmallButton("–"))
                requests.actions.push_back(project::SetScore{me->id, a.id, criterion, std::nullopt});
            if (mine && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text::kClearScore.c_str());
            ImGui::EndDisabled();
            const auto& rubric = c.settings.rubric[static_cast<std::size_t>(k)];
            const float wrap = ImGui::GetContentRegionAvail().x;
            float reserved = 0;
            for (int v = decision::kMinScore; v <= decision::kMaxScore; ++v)
                reserved = std::max(reserved, ImGui::CalcTextSize(rubric[static_cast<std::size_t>(v)].c_str(),
                                                                  nullptr, false, wrap).y);
            const float top = ImGui::GetCursorPosY();
            if (mine) ImGui::TextWrapped("%s", rubric[static_cast<std::size_t>(*mine)].c_str());
            ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(),
                                          top + reserved + ImGui::GetStyle().ItemSpacing.y));
            ImGui::EndDisabled();
        }
        // The others' scores and the aggregate, once revealed.
        int others = 0;
        std::string list;
        for (const decision::Member& m : c.members) {
            if (me && m.id == me->id) continue;
            std::optional<int> v = c.score(m.id, a.id, criterion);
            if (!v) continue;
            ++others;
            bool seen = std::any_of(visible.begin(), visible.end(), [&](const decision::Score& x) {
                return x.member == m.id && x.application == a.id && x.criterion == criterion;
            });
            if (!seen) continue;
            list += (list.empty() ? "" : ", ") + m.name + " " + std::to_string(*v) +
                    (c.recused(m.id, a.id) ? text::kRecusedShort.str() : std::string());
        }
        if (showAll) {
            if (!list.empty()) ImGui::TextWrapped("%s", list.c_str());
            // Always one line (a dash before the first score), so a first score moves nothing.
            const auto& agg = aggregates.front();
            const bool scored = agg.score[static_cast<std::size_t>(k)].has_value();
            ImGui::Text("%s %s · %s %s", text::kAggregate.c_str(),
                        scored ? formatDecimal(*agg.score[static_cast<std::size_t>(k)], 2).c_str() : "–",
                        text::kSpread.c_str(),
                        scored ? formatDecimal(agg.spread[static_cast<std::size_t>(k)], 0).c_str() : "–");
        } else if (others > 0) {
            ImGui::TextDisabled("%s", i18n::count(text::kMoreScoresHidden, static_cast<long long>(others), {text::kHidden.str()}).c_str());
        }
        ImGui::Unindent();
        ImGui::PopID();
    }
}

}  // namespace ui
