#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "app/ui/application_panels.hpp"
#include "app/ui/live_slider.hpp"
#include "app/ui/wrapped_input.hpp"
#include "app/ui/panels.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/i18n/display_labels.hpp"

namespace ui {
namespace {

using decision::Criterion;

std::string setName(const SelectionModel& model, const decision::RankedSet& set) {
    std::string name;
    for (std::size_t m : set.members)
        name += (name.empty() ? "" : " + ") + model.input().candidates[m].nr;
    return name;
}

std::string percent(double share, int decimals = 0) {
    return i18n::formatPercent(100 * share, decimals);
}

// The width for controls with their label on the right: the room the longest label leaves, at
// least a third of the panel (a label longer than that wraps below instead of being cut).
float controlWidth(std::initializer_list<std::string> labels) {
    float label = 0;
    for (const std::string& l : labels) label = std::max(label, ImGui::CalcTextSize(l.c_str(), nullptr, true).x);
    const float avail = ImGui::GetContentRegionAvail().x;
    return std::max(avail - label - ImGui::GetStyle().ItemInnerSpacing.x, avail * 0.34f);
}

// A check box whose label wraps at the panel's edge (ImGui's own label is one line and is cut);
// clicking the text toggles it too.
bool wrappedCheckbox(const char* id, const char* label, bool* value) {
    bool changed = ImGui::Checkbox(id, value);
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(label);
    ImGui::PopTextWrapPos();
    if (ImGui::IsItemClicked() && !(ImGui::GetCurrentContext()->CurrentItemFlags & ImGuiItemFlags_Disabled)) {
        *value = !*value;
        changed = true;
    }
    return changed;
}

// Weights as sliders; while one moves the ranking follows at once from `live`, the project
// is written when it is let go (one edit).
void drawWeights(const project::Project& project, UiState& state, Requests& requests) {
    domain::DecisionSettings s = project.committee().settings;
    const decision::Weights shown = state.liveWeights ? *state.liveWeights : s.weights;
    double sum = 0;
    for (double x : shown) sum += x;
    std::vector<std::string> labels;
    for (int k = 0; k < decision::kCriteria; ++k)
        labels.push_back(std::string(i18n::criterionShortLabel(static_cast<Criterion>(k))) + " (" +
                         percent(sum > 0 ? shown[static_cast<std::size_t>(k)] / sum : 0) + ")");
    float longest = 0;
    for (const std::string& l : labels) longest = std::max(longest, ImGui::CalcTextSize(l.c_str()).x);
    // Room for "(100 %)" in place of the widest share, so the width does not jump while dragging.
    longest += ImGui::CalcTextSize("00").x;
    const float avail = ImGui::GetContentRegionAvail().x;
    ImGui::PushItemWidth(
        std::max(avail - longest - ImGui::GetStyle().ItemInnerSpacing.x, avail * 0.34f));
    bool anyActive = false;
    for (int k = 0; k < decision::kCriteria; ++k) {
        float v = static_cast<float>(shown[static_cast<std::size_t>(k)]);
        // "###weight": the share in the label changes while dragging, the slider's id must not.
        const std::string label = labels[static_cast<std::size_t>(k)] + "###weight";
        ImGui::PushID(k);
        if (textSlider(label.c_str(), v, 0.f, 5.f, 0.1f, formatDecimal(v, 1))) {
            if (!state.liveWeights) state.liveWeights = s.weights;
            (*state.liveWeights)[static_cast<std::size_t>(k)] = v;
        }
        anyActive = anyActive || ImGui::IsItemActive();
        ImGui::PopID();
    }
    ImGui::PopItemWidth();
    if (state.liveWeights && !anyActive) {
        double total = 0;
        for (double x : *state.liveWeights) total += x;
        if (total > 0 && *state.liveWeights != s.weights && !project.readOnly()) {
            s.weights = *state.liveWeights;
            requests.actions.push_back(project::UpdateDecisionSettings{s});
        }
        state.liveWeights.reset();
    }
}

std::string kmText(float km) { return formatDecimal(km, 1) + " km"; }

void drawSettings(const project::Project& project, UiState& state, Requests& requests,
                  SelectionModel& model) {
    domain::DecisionSettings s = project.committee().settings;
    bool changed = false;
    ImGui::PushItemWidth(controlWidth({text::kRadius.str()}));
    // The radius is held while the slider is (the map's rings and the ranking follow it) and
    // written once, when it is let go.
    if (std::optional<float> r = liveSlider(text::kRadius, state.liveRadiusKm,
                                            static_cast<float>(s.radiusKm), 1.f, 30.f, 0.1f, kmText)) {
        s.radiusKm = std::round(static_cast<double>(*r) * 10) / 10;
        changed = s.radiusKm != project.committee().settings.radiusKm;
    }
    model.setLiveRadius(state.liveRadiusKm ? std::optional<double>(*state.liveRadiusKm) : std::nullopt);
    ImGui::PopItemWidth();
    // The choices' texts are long ("Abdeckung (Einwohner im Radius)"): label above, the whole
    // width for the choice, so neither is cut.
    ImGui::PushItemWidth(-1);
    ImGui::TextUnformatted(text::kBasis);
    int basis = s.basis == decision::VerteilungBasis::Distance ? 1 : 0;
    const char* bases[] = {text::kBasisCoverage, text::kBasisDistance};
    if (ImGui::Combo("##basis", &basis, bases, 2)) {
        s.basis = basis ? decision::VerteilungBasis::Distance : decision::VerteilungBasis::Coverage;
        changed = true;
    }
    int method = s.aggregation.method == decision::Aggregation::Median ? 1 : 0;
    const char* methods[] = {text::kMean, text::kMedian};
    ImGui::TextUnformatted(text::kAggregation);
    if (ImGui::Combo("##aggregation", &method, methods, 2)) {
        s.aggregation.method = method ? decision::Aggregation::Median : decision::Aggregation::Mean;
        changed = true;
    }
    ImGui::PopItemWidth();
    if (wrappedCheckbox("##znormalise", text::kZNormalise, &s.aggregation.zNormalise)) changed = true;
    if (changed && !project.readOnly()) requests.actions.push_back(project::UpdateDecisionSettings{s});
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", text::kCoverageNote.c_str());
    ImGui::PopTextWrapPos();
}

// Merit against Verteilung for every set; the Pareto front joined, the recommended set ringed.
void drawChart(const SelectionModel& model, UiState& state) {
    const auto& ranked = model.ranked();
    float w = ImGui::GetContentRegionAvail().x, h = std::min(w * 0.6f, 260.f);
    ImVec2 p0 = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float pad = ImGui::GetFontSize() * 1.6f;
    ImVec2 a{p0.x + pad, p0.y + 4}, b{p0.x + w - 8, p0.y + h - pad};
    draw->AddRectFilled(a, b, IM_COL32(255, 255, 255, 255));
    draw->AddRect(a, b, IM_COL32(120, 120, 120, 255));
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);  // text beside the plot, on the panel
    // Points at least 10 px across (more with a larger UI font), found by the mouse a little
    // beyond their edge.
    const float dot = std::max(5.f, ImGui::GetFontSize() * 0.36f);
    auto at = [&](double merit, double verteilung) {
        return ImVec2{a.x + static_cast<float>(verteilung / 5) * (b.x - a.x),
                      b.y - static_cast<float>(merit / 5) * (b.y - a.y)};
    };
    for (int t = 1; t < 5; ++t) {
        draw->AddLine(at(t, 0), at(t, 5), IM_COL32(225, 225, 225, 255));
        draw->AddLine(at(0, t), at(5, t), IM_COL32(225, 225, 225, 255));
    }
    std::vector<const decision::RankedSet*> front;
    for (const auto& r : ranked)
        if (r.pareto) front.push_back(&r);
    std::sort(front.begin(), front.end(), [](auto* x, auto* y) { return x->verteilung < y->verteilung; });
    for (std::size_t i = 1; i < front.size(); ++i)
        draw->AddLine(at(front[i - 1]->merit, front[i - 1]->verteilung),
                      at(front[i]->merit, front[i]->verteilung), IM_COL32(230, 159, 0, 255), 2.f);
    ImVec2 mouse = ImGui::GetIO().MousePos;
    const decision::RankedSet* hovered = nullptr;
    float nearest = dot + 4;
    for (const auto& r : ranked) {
        ImVec2 c = at(r.merit, r.verteilung);
        ImU32 col = r.pareto ? IM_COL32(230, 159, 0, 255) : IM_COL32(110, 110, 110, 220);
        draw->AddCircleFilled(c, r.pareto ? dot + 1 : dot, col);
        draw->AddCircle(c, r.pareto ? dot + 1 : dot, IM_COL32(255, 255, 255, 255), 0, 1.f);
        const float d = std::hypot(mouse.x - c.x, mouse.y - c.y);
        if (d < nearest) {
            nearest = d;
            hovered = &r;
        }
    }
    if (!ranked.empty()) {
        ImVec2 c = at(ranked.front().merit, ranked.front().verteilung);
        draw->AddCircle(c, dot + 5, IM_COL32(0, 114, 178, 255), 0, 2.5f);
    }
    if (hovered) draw->AddCircle(at(hovered->merit, hovered->verteilung), dot + 3, IM_COL32(0, 0, 0, 255), 0, 2.f);
    draw->AddText({a.x, b.y + 2}, ink, text::kChartX);
    draw->AddText({p0.x, a.y}, ink, "5");
    draw->AddText({p0.x, b.y - ImGui::GetFontSize()}, ink, "0");
    ImGui::Dummy({w, h});
    if (hovered && ImGui::IsWindowHovered()) {
        state.hoveredSet = model.ids(*hovered);
        ImGui::SetTooltip("%s%s",
                          i18n::fill(text::kSetTooltip, {setName(model, *hovered),
                                                         formatDecimal(hovered->merit, 2),
                                                         formatDecimal(hovered->verteilung, 2),
                                                         formatDecimal(hovered->total, 2)})
                              .c_str(),
                          hovered->pareto ? ("\n" + text::kParetoOptimal).c_str() : "");
    }
    ImGui::TextDisabled("%s", text::kChartLegend.c_str());
}

void drawAcceptability(const SelectionModel& model) {
    std::vector<const decision::RankedSet*> top;
    for (const auto& r : model.ranked())
        if (r.acceptability > 0.0005) top.push_back(&r);
    std::sort(top.begin(), top.end(),
              [](auto* x, auto* y) { return x->acceptability > y->acceptability; });
    if (top.size() > 6) top.resize(6);
    float width = ImGui::GetContentRegionAvail().x;
    float labelW = ImGui::GetFontSize() * 7;
    for (const decision::RankedSet* r : top) {
        ImGui::TextUnformatted(setName(model, *r).c_str());
        ImGui::SameLine(labelW);
        ImVec2 p = ImGui::GetCursorScreenPos();
        // Room for the widest share ("100,0 %") after the bar, so it is never wrapped or cut.
        const float shareW = ImGui::CalcTextSize(percent(1, 1).c_str()).x + ImGui::GetStyle().ItemSpacing.x * 2;
        float barMax = std::max(width - labelW - shareW, ImGui::GetFontSize() * 2);
        float len = static_cast<float>(r->acceptability) * barMax;
        ImGui::GetWindowDrawList()->AddRectFilled(
            {p.x, p.y + 3}, {p.x + len, p.y + ImGui::GetTextLineHeight() - 3},
            IM_COL32(0, 114, 178, 255));
        ImGui::Dummy({barMax, ImGui::GetTextLineHeight()});
        ImGui::SameLine();
        ImGui::PushTextWrapPos(-1.f);  // one line: "100,0 %" must not break at its space
        ImGui::TextUnformatted(percent(r->acceptability, 1).c_str());
        ImGui::PopTextWrapPos();
    }
}

}  // namespace

void drawSelectionContent(const project::Project& project, UiState& state, Requests& requests,
                          SelectionModel& model);

void drawSelectionPanel(const project::Project& project, UiState& state, Requests& requests,
                        SelectionModel& model) {
    // Every line of this panel wraps at the panel's edge.
    ImGui::PushTextWrapPos(0);
    drawSelectionContent(project, state, requests, model);
    ImGui::PopTextWrapPos();
}

void drawSelectionContent(const project::Project& project, UiState& state, Requests& requests,
                          SelectionModel& model) {
    const domain::Committee& c = project.committee();
    decision::Weights weights = state.liveWeights ? *state.liveWeights : c.settings.weights;
    if (!state.district) state.district = decision::analyseDistrict(project.map());
    model.update(project, *state.district, weights, !state.liveWeights);
    state.hoveredSet.reset();

    if (ImGui::CollapsingHeader(i18n::withId(text::kWeights, "weights").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::BeginDisabled(project.readOnly());
        drawWeights(project, state, requests);
        drawSettings(project, state, requests, model);
        ImGui::EndDisabled();
    }
    const decision::DecisionInput& in = model.input();
    std::string agreement =
        in.kendallW ? " · " + text::kKendallW + " " + formatDecimal(*in.kendallW, 2) : std::string();
    ImGui::Text("%zu %s, %zu %s%s", in.candidates.size(), text::kCandidates.c_str(), in.members,
                text::kMembersScoring.c_str(), agreement.c_str());
    if (!model.problem().empty()) {
        ImGui::PushTextWrapPos(0);
        ImGui::TextColored({0.75f, 0.1f, 0.0f, 1}, "%s", model.problem().c_str());
        ImGui::PopTextWrapPos();
        return;
    }
    const bool solved = model.method() == decision::RankingMethod::Solver;
    if (model.busy()) {
        // The covering solver works on its own thread: its progress, the window stays usable.
        const SelectionModel::Progress p = model.progress();
        const i18n::Str* stage = p.stage == 0   ? &text::kSolverStageSets
                           : p.stage == 1 ? &text::kSolverStageAcceptability
                                          : &text::kSolverStageStability;
        ImGui::TextUnformatted(stage->c_str());
        ImGui::ProgressBar(p.total > 0 ? static_cast<float>(p.done) / static_cast<float>(p.total)
                                       : 0.0f,
                           {-1, 0},
                           i18n::fill(text::kSolverProgress,
                                      {std::to_string(p.done), std::to_string(p.total)})
                               .c_str());
    }
    const auto& ranked = model.ranked();
    if (ranked.empty()) return;  // the solver's first sets are not there yet
    if (solved) {
        const decision::SolverReport& report = model.solverReport();
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled(
            "%s", (i18n::fill(text::kMethodSolver,
                              {i18n::formatInteger(static_cast<long long>(report.units)),
                               std::to_string(ranked.size()),
                               i18n::formatInteger(static_cast<long long>(std::min<std::uint64_t>(
                                   decision::admissibleSetCount(in.candidates, in.places),
                                   INT64_MAX)))}) +
                   "; " + (report.optimal ? text::kSolverOptimal.str() : text::kSolverNotOptimal.str()))
                      .c_str());
        ImGui::PopTextWrapPos();
    }
    const decision::RankedSet& best = ranked.front();
    ImGui::Spacing();
    ImGui::TextColored({0.0f, 0.35f, 0.6f, 1}, "%s: %s", text::kRecommendation.c_str(),
                       setName(model, best).c_str());
    ImGui::TextUnformatted(i18n::fill(text::kSetSummary,
                                      {formatDecimal(best.total, 2), formatDecimal(best.merit, 2),
                                       percent(best.measures.coverageShare),
                                       formatDecimal(best.measures.minDistanceKm, 1)})
                               .c_str());

    // The ranking; hovering a row shows the set on the map, clicking picks it.
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    // Narrow cell padding: seven columns share a side panel of 1280x800.
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, {ImGui::GetFontSize() * 0.2f, ImGui::GetStyle().CellPadding.y});
    const bool table = ImGui::BeginTable("saetze", 7, flags, {0, ImGui::GetTextLineHeightWithSpacing() * 9});
    ImGui::PopStyleVar();
    if (table) {
        // The numbers' columns as wide as their widest entry ("100 %", "10,0"), never cut; the
        // places take the rest.
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn(text::kColRank);
        ImGui::TableSetupColumn(text::kColPlaces, ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(text::kColMerit);
        ImGui::TableSetupColumn(text::kColCoverage);
        ImGui::TableSetupColumn("km");
        ImGui::TableSetupColumn(text::kColTotal);
        ImGui::TableSetupColumn(text::kColAcceptability);
        ImGui::TableHeadersRow();
        for (const decision::RankedSet& r : ranked) {
            std::vector<std::int64_t> ids = model.ids(r);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(&r);
            bool picked = state.pickedSet == ids;
            if (ImGui::Selectable(std::to_string(r.rank).c_str(), picked,
                                  ImGuiSelectableFlags_SpanAllColumns))
                state.pickedSet = picked ? std::optional<std::vector<std::int64_t>>{} : ids;
            if (ImGui::IsItemHovered()) state.hoveredSet = ids;
            ImGui::PopID();
            ImGui::TableNextColumn();
            // The places wrap inside their column ("B-01 +" / "B-02") instead of being cut.
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x);
            ImGui::TextUnformatted((setName(model, r) + (r.pareto ? " ◆" : "")).c_str());
            ImGui::PopTextWrapPos();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatDecimal(r.merit, 2).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(percent(r.measures.coverageShare).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatDecimal(r.measures.minDistanceKm, 1).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(formatDecimal(r.total, 2).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(percent(r.acceptability).c_str());
            if (r.gap && ImGui::IsItemHovered())
                ImGui::SetTooltip("%s", i18n::fill(text::kGapTooltip, {percent(*r.gap, 2)}).c_str());
        }
        ImGui::EndTable();
    }
    if (solved) {
        // The gap of each set to the optimum, and how much of the sensitivity was done.
        std::string gaps;
        for (std::size_t i = 1; i < ranked.size() && i < 4; ++i)
            gaps += (gaps.empty() ? "" : ", ") + std::to_string(ranked[i].rank) + ": " +
                    percent(ranked[i].gap.value_or(0), 2);
        ImGui::PushTextWrapPos(0);
        if (!gaps.empty()) ImGui::TextDisabled("%s", i18n::fill(text::kGapLine, {gaps}).c_str());
        const decision::SolverReport& report = model.solverReport();
        if (report.samplesWanted > 0 && model.acceptabilityFresh())
            ImGui::TextDisabled("%s", i18n::fill(text::kSolverSamples,
                                                 {i18n::formatInteger(report.samplesDone),
                                                  i18n::formatInteger(report.samplesWanted)})
                                          .c_str());
        if (!report.stabilityComplete)
            ImGui::TextDisabled("%s", text::kSolverStabilityIncomplete.c_str());
        ImGui::PopTextWrapPos();
    } else {
        ImGui::TextDisabled("%s", text::kParetoMark.c_str());
    }

    if (ImGui::CollapsingHeader(i18n::withId(text::kChartTitle, "chart").c_str(), ImGuiTreeNodeFlags_DefaultOpen))
        drawChart(model, state);
    if (ImGui::CollapsingHeader(i18n::withId(text::kAcceptabilityTitle, "acceptability").c_str(),
                                ImGuiTreeNodeFlags_DefaultOpen)) {
        if (!model.acceptabilityFresh()) ImGui::TextDisabled("%s", text::kComputing.c_str());
        ImGui::TextDisabled("%s", c.settings.sampling == decision::Sampling::Uniform
                                      ? text::kSamplingUniform
                                      : text::kSamplingAround.c_str());
        drawAcceptability(model);
        ImGui::Spacing();
        ImGui::TextUnformatted(text::kStabilityTitle);
        for (int k = 0; k < decision::kCriteria; ++k) {
            const decision::WeightRange& r = model.ranges()[static_cast<std::size_t>(k)];
            ImGui::TextDisabled(
                "%s", i18n::fill(text::kRangeNow,
                                 {i18n::criterionShortLabel(static_cast<Criterion>(k)),
                                  percent(r.lower), percent(r.upper), percent(r.current)})
                          .c_str());
        }
    }

    // Recording the decision.
    if (ImGui::CollapsingHeader(i18n::withId(text::kDecisionTitle, "decision").c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        if (c.choice) {
            std::string chosen;
            for (std::int64_t id : c.choice->applications)
                if (const domain::Application* a = project.find(id))
                    chosen += (chosen.empty() ? "" : " + ") + a->nr;
            ImGui::TextColored({0.0f, 0.45f, 0.25f, 1}, "%s: %s", text::kChosen.c_str(), chosen.c_str());
            if (!c.choice->reason.empty()) ImGui::TextWrapped("„%s“", c.choice->reason.c_str());
        }
        std::vector<std::int64_t> target = state.pickedSet ? *state.pickedSet : model.ids(best);
        const decision::RankedSet* set = model.find(target);
        bool differs = target != model.ids(best);
        ImGui::Text("%s: %s", differs ? text::kPickedSet.c_str() : text::kRecommendation.c_str(),
                    set ? setName(model, *set).c_str() : "–");
        if (differs) {
            ImGui::TextUnformatted(text::kReason);
            inputTextWrapped("##reason", state.choiceReason, ImGui::GetTextLineHeight() * 4.2f);
        }
        bool reasonOk = !differs || state.choiceReason.find_first_not_of(" \t\n") != std::string::npos;
        ImGui::BeginDisabled(project.readOnly() || !set || !reasonOk);
        if (ImGui::Button(differs ? text::kRecordOther : text::kRecordRecommendation)) {
            std::vector<std::int64_t> rejected;
            for (const decision::Candidate& cand : model.input().candidates)
                if (std::find(target.begin(), target.end(), cand.id) == target.end())
                    rejected.push_back(cand.id);
            // The engine records its own recommendation (from the stored weights) beside it.
            requests.actions.push_back(project::RecordChoice{
                target, differs ? unwrapped(state.choiceReason) : std::string(), rejected});
            state.choiceReason.clear();
            state.pickedSet.reset();
        }
        ImGui::EndDisabled();
        if (differs && !reasonOk) ImGui::TextDisabled("%s", text::kReasonNeeded.c_str());

        // The decision report, written next to the project file (it only reads the project).
        ImGui::Separator();
        ImGui::Checkbox(text::kRepAnonymousOption, &state.reportAnonymous);
        if (ImGui::Button(text::kRepButton)) requests.writeReport = true;
        if (!state.reportMessage.empty()) ImGui::TextWrapped("%s", state.reportMessage.c_str());
    }
}

}  // namespace ui
