#include "app/ui/presentation.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/decision/model.hpp"
#include "app/i18n/strings.hpp"
#include "app/i18n/display_labels.hpp"
#include "app/domain/eligibility.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/ui/panels.hpp"
#include "app/ui/theme.hpp"

namespace ui {

float startUiScale(float contentScale, int modeWidthPx, int physicalWidthMm) {
    float scale = 1.f;
    if (contentScale > 1.01f) {
        scale = contentScale;
    } else if (physicalWidthMm > 0 && modeWidthPx > 0) {
        double dpi = modeWidthPx / (physicalWidthMm / 25.4);
        // Only trust sizes of a real screen (a laptop or desk monitor); projectors and virtual
        // displays report anything.
        if (dpi >= 120 && dpi <= 400 && physicalWidthMm < 800)
            scale = static_cast<float>(std::round(dpi / 96.0 * 4) / 4);
    }
    return clampUiScale(std::max(scale, 1.f));
}

std::optional<std::int64_t> stepApplication(const std::vector<std::int64_t>& order,
                                            std::optional<std::int64_t> current, int direction) {
    if (order.empty()) return std::nullopt;
    auto n = static_cast<long>(order.size());
    auto at = current ? std::find(order.begin(), order.end(), *current) : order.end();
    if (at == order.end()) return direction >= 0 ? order.front() : order.back();
    long i = (at - order.begin()) + (direction >= 0 ? 1 : -1);
    return order[static_cast<std::size_t>(((i % n) + n) % n)];
}

namespace {

ImVec4 im(map::Rgba c) { return {c.r, c.g, c.b, c.a}; }

}  // namespace

void drawApplicationCard(const project::Project& project, std::int64_t id, float x, float y,
                         float pivotX, float pivotY, float maxWidth) {
    const domain::Application* a = project.find(id);
    if (!a) return;
    ImGui::SetNextWindowPos({x, y}, ImGuiCond_Always, {pivotX, pivotY});
    ImGui::SetNextWindowSizeConstraints({0, 0}, {maxWidth, 100000});
    ImGui::SetNextWindowBgAlpha(0.96f);
    ImGui::Begin("##card", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove);
    ImGui::PushTextWrapPos(maxWidth - ImGui::GetStyle().WindowPadding.x * 2);
    if (ImFont* large = largeFont()) ImGui::PushFont(large);
    ImGui::TextWrapped("%s · %s", a->nr.c_str(), a->title.c_str());
    if (largeFont()) ImGui::PopFont();
    ImGui::Separator();
    std::string place = project.map().municipalityName(a->municipalityAgs);
    if (!a->site) place += " (" + text::kNoSite + ")";
    ImGui::TextUnformatted(place.c_str());
    domain::Eligibility e = domain::assessEligibility(project.state(), *a);
    ImGui::Text("%s: %s", text::kStatus.c_str(), i18n::displayLabel(a->status));
    if (e.eligible()) {
        ImGui::TextUnformatted(text::kEligibleByRules);
    } else {
        ImGui::TextColored(im(warningColor()), "%s: %s", text::kFormallyIneligible.c_str(),
                           i18n::eligibilitySummary(e).c_str());
    }
    if (!a->targetGroups.empty()) {
        std::string groups;
        for (domain::TargetGroup g : a->targetGroups)
            groups += (groups.empty() ? "" : ", ") + std::string(i18n::displayLabel(g));
        ImGui::TextWrapped("%s: %s", text::kFieldTargetGroups.c_str(), groups.c_str());
    }
    // The aggregate only where the committee may see it (not while scoring blind).
    const domain::Committee& c = project.committee();
    if (!c.settings.blind || c.settings.revealed) {
        std::vector<decision::ApplicationAggregate> agg = decision::aggregate(
            {a->id}, c.scores, c.recusals, c.settings.weights, c.settings.aggregation);
        if (!agg.empty() && agg.front().merit) {
            if (ImFont* large = largeFont()) ImGui::PushFont(large);
            ImGui::Text("%s %s / 5", text::kMerit.c_str(),
                        formatDecimal(*agg.front().merit, 2).c_str());
            if (largeFont()) ImGui::PopFont();
        } else if (!agg.empty() && agg.front().raters > 0) {
            ImGui::TextDisabled("%s", text::kNotScoredYet.c_str());
        }
    }
    ImGui::PopTextWrapPos();
    ImGui::End();
}

bool drawBackToPanelsButton(float windowWidth) {
    float pad = ImGui::GetStyle().WindowPadding.x * 0.6f;
    ImGui::SetNextWindowPos({windowWidth - pad, pad}, ImGuiCond_Always, {1.f, 0.f});
    ImGui::SetNextWindowBgAlpha(0.9f);
    ImGui::Begin("##back", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                     ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoFocusOnAppearing);
    bool clicked = ImGui::Button(text::kBackToPanels);
    ImGui::End();
    return clicked;
}

void drawPresentationSettings(Presentation& p) {
    ImGui::TextUnformatted(text::kAppearance);
    int theme = p.theme == UiTheme::Dark ? 1 : 0;
    bool changed = ImGui::RadioButton(text::kThemeLight, &theme, 0);
    ImGui::SameLine();
    changed = ImGui::RadioButton(text::kThemeDark, &theme, 1) || changed;
    if (changed) {
        p.theme = theme == 1 ? UiTheme::Dark : UiTheme::Light;
        p.themeChanged = true;
    }
    ImGui::TextUnformatted(text::kUiScale);
    if (ImGui::Button("−") && p.uiScale > kMinUiScale) {
        p.uiScale = nextUiScale(p.uiScale, -1);
        p.rebuildFonts = true;
    }
    ImGui::SameLine();
    ImGui::Text("%d %%", static_cast<int>(std::lround(p.uiScale * 100)));
    ImGui::SameLine();
    if (ImGui::Button("+") && p.uiScale < kMaxUiScale) {
        p.uiScale = nextUiScale(p.uiScale, +1);
        p.rebuildFonts = true;
    }
    ImGui::SameLine();
    if (ImGui::Button(text::kFullscreen)) p.toggleFullscreen = true;
    ImGui::SameLine();
    if (ImGui::Button(text::kMapOnly)) p.mapOnly = true;

    const char* languages[] = {"Deutsch", "English"};
    int lang = i18n::language() == i18n::Lang::En ? 1 : 0;
    ImGui::PushItemWidth(ImGui::GetFontSize() * 8);
    if (ImGui::Combo(text::kLanguage, &lang, languages, 2)) {
        i18n::setLanguage(lang == 1 ? i18n::Lang::En : i18n::Lang::De);
        p.languageChanged = true;
    }
    ImGui::PopItemWidth();
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", text::kKeysHelp.c_str());
    ImGui::PopTextWrapPos();
}

float drawPanelSplitter(float x, float height, float width, float minWidth, float maxWidth) {
    float grip = std::max(6.f, ImGui::GetFontSize() * 0.35f);
    ImGui::SetNextWindowPos({x - grip / 2, 0});
    ImGui::SetNextWindowSize({grip, height});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0, 0});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowMinSize, {1, 1});
    ImGui::Begin("##splitter", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::InvisibleButton("##grip", {grip, height});
    if (ImGui::IsItemHovered() || ImGui::IsItemActive())
        ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    if (ImGui::IsItemActive()) width -= ImGui::GetIO().MouseDelta.x;
    ImGui::End();
    ImGui::PopStyleVar(2);
    return std::clamp(width, minWidth, maxWidth);
}

}  // namespace ui
