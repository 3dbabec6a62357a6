// Issue 11, the decision panels driven headless: an ImGui context with its font atlas and no
// renderer, the mouse set by hand frame by frame. Sliders are dragged and clicked (the radius
// used to snap back to the stored value and could be neither), the scoring buttons stay where
// they are when a score is entered, the reason field wraps.

#include <gtest/gtest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <functional>
#include <string>
#include <variant>

#include "app/domain/eligibility.hpp"
#include "app/exchange/demo.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/language.hpp"
#include "app/i18n/strings.hpp"
#include "app/project/project.hpp"
#include "app/ui/application_panels.hpp"
#include "app/ui/live_slider.hpp"
#include "app/ui/wrapped_input.hpp"
#include "tests/support/demo_project_fixture.hpp"
#include "tests/support/import_fixtures.hpp"

namespace {

// A Dear ImGui context without a window or GL: frames are built and ended, nothing is drawn.
class Headless {
  public:
    explicit Headless(ImVec2 size = {420, 780}) : size_(size) {
        context_ = ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = {1280, 800};
        io.DeltaTime = 1.f / 60.f;
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ~Headless() { ImGui::DestroyContext(context_); }
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    // One frame with the mouse at `mouse`, the left button held or not; `body` draws into one
    // panel window at (0, 0).
    void frame(ImVec2 mouse, bool down, const std::function<void()>& body) {
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = mouse;
        io.MouseDown[0] = down;
        ImGui::NewFrame();
        ImGui::SetNextWindowPos({0, 0});
        ImGui::SetNextWindowSize(size_);
        ImGui::Begin("panel", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
        body();
        ImGui::End();
        ImGui::Render();
    }
    // The item under the mouse in the last frame.
    static ImGuiID hovered() { return ImGui::GetCurrentContext()->HoveredId; }
    static ImGuiID idOf(const char* label) {
        return ImGui::FindWindowByName("panel")->GetID(label);
    }
    // The point of the item `label` nearest the left edge at this x, found by moving the mouse
    // down the panel (there is no other way to ask ImGui where an item was laid out).
    ImVec2 find(const char* label, float x, const std::function<void()>& body) {
        frame({-1, -1}, false, body);
        const ImGuiID id = idOf(label);
        for (float y = 2; y < size_.y; y += 3) {
            frame({x, y}, false, body);
            frame({x, y}, false, body);
            if (hovered() == id) return {x, y};
        }
        return {-1, -1};
    }

  private:
    ImGuiContext* context_;
    ImVec2 size_;
};

// The rule itself: the value is held while the slider is, and written once on release.
TEST(LiveSlider, HoldsTheValueWhileHeldAndWritesItOnceOnRelease) {
    std::optional<float> live;
    EXPECT_EQ(ui::followSlider(live, 10.f, 10.f, false, false), std::nullopt);
    EXPECT_FALSE(live);
    EXPECT_EQ(ui::followSlider(live, 10.f, 12.5f, true, true), std::nullopt);  // pressed
    EXPECT_EQ(live, 12.5f);
    EXPECT_EQ(ui::followSlider(live, 10.f, 12.5f, false, true), std::nullopt);  // held still
    EXPECT_EQ(ui::followSlider(live, 10.f, 17.f, true, true), std::nullopt);  // dragged
    EXPECT_EQ(ui::followSlider(live, 10.f, 17.f, false, false), 17.f);  // let go: written once
    EXPECT_FALSE(live);
    EXPECT_EQ(ui::followSlider(live, 17.f, 17.f, false, false), std::nullopt);
    // Dragged back to where it was: nothing to write.
    ui::followSlider(live, 10.f, 14.f, true, true);
    ui::followSlider(live, 10.f, 10.f, true, true);
    EXPECT_EQ(ui::followSlider(live, 10.f, 10.f, false, false), std::nullopt);
}

TEST(LiveSlider, FormatTextKeepsPercentSigns) {
    EXPECT_EQ(ui::literalFormat("84,8 %"), "84,8 %%");
    EXPECT_EQ(ui::literalFormat("10,0 km"), "10,0 km");
}

// A real ImGui slider, clicked and dragged, while the caller re-reads the stored value every
// frame (as the panels do): the value follows the mouse and is written once, on release.
TEST(LiveSlider, ImGuiSliderCanBeClickedAndDragged) {
    Headless gui({420, 200});
    float stored = 10.f;
    std::optional<float> live;
    int writes = 0;
    std::string lastText;
    auto body = [&] {
        ImGui::PushItemWidth(300);
        if (std::optional<float> v = ui::liveSlider("Radius r", live, stored, 1.f, 30.f, 0.1f,
                                                    [&](float km) {
                                                        return lastText = i18n::formatDecimal(km, 1, i18n::Lang::De) + " km";
                                                    })) {
            stored = *v;
            ++writes;
        }
        ImGui::PopItemWidth();
    };
    const ImVec2 at = gui.find("Radius r", 20, body);
    ASSERT_GE(at.y, 0);
    // Drag: press near the left end, move right, let go.
    gui.frame(at, true, body);
    ASSERT_TRUE(live);
    const float pressed = *live;
    EXPECT_LT(pressed, 5.f);
    gui.frame({at.x + 150, at.y}, true, body);
    gui.frame({at.x + 150, at.y}, true, body);
    ASSERT_TRUE(live);
    EXPECT_GT(*live, pressed + 10);
    EXPECT_EQ(stored, 10.f);  // nothing written while held
    EXPECT_EQ(writes, 0);
    const float dragged = *live;
    gui.frame({at.x + 150, at.y}, false, body);
    EXPECT_EQ(writes, 1);
    EXPECT_EQ(stored, dragged);
    EXPECT_FALSE(live);
    EXPECT_EQ(lastText, i18n::formatDecimal(dragged, 1, i18n::Lang::De) + " km");
    EXPECT_NE(lastText.find(','), std::string::npos) << lastText;
    gui.frame({at.x + 150, at.y}, false, body);
    EXPECT_EQ(writes, 1);
    // Click: press and release at one point sets the value there.
    gui.frame({at.x + 280, at.y}, true, body);
    gui.frame({at.x + 280, at.y}, false, body);
    EXPECT_EQ(writes, 2);
    EXPECT_GT(stored, dragged);
}

TEST(WrappedInput, SpacesBecomeLineBreaksWhereALineWouldBeTooWide) {
    auto chars = [](std::string_view s) { return static_cast<float>(s.size()); };
    std::string t = "aaa bbb ccc dd";
    ui::softWrap(t, 7, chars);
    EXPECT_EQ(t, "aaa bbb\nccc dd");
    // Text deleted from the first line: the second line's word moves up again.
    t = "aaa\nccc dd";
    ui::softWrap(t, 7, chars);
    EXPECT_EQ(t, "aaa ccc\ndd");
    // A word wider than the field has a line of its own; the length never changes.
    t = "x aaaaaaaaaa bb";
    ui::softWrap(t, 5, chars);
    EXPECT_EQ(t, "x\naaaaaaaaaa\nbb");
    EXPECT_EQ(ui::unwrapped(t), "x aaaaaaaaaa bb");
}

class DecisionPanels : public testdata::DemoProjectTest {};

// Issue 11 §3: "Radius r" dragged in the real panel: the map's ranking follows the live value,
// the release asks for one edit, which writes one audit entry; undo restores the radius.
TEST_F(DecisionPanels, RadiusSliderDragIsOneUndoableEdit) {
    project::Project p = project::Project::open(path_);
    const double before = p.committee().settings.radiusKm;
    const std::size_t auditBefore = p.auditLog().size();
    Headless gui;
    ui::UiState state;
    ui::SelectionModel model;
    ui::Requests requests;
    auto body = [&] { ui::drawSelectionPanel(p, state, requests, model); };
    const ImVec2 at = gui.find(i18n::text::kRadius, 14, body);
    ASSERT_GE(at.y, 0) << "radius slider not found";
    gui.frame(at, true, body);
    gui.frame({at.x + 60, at.y}, true, body);
    gui.frame({at.x + 60, at.y}, true, body);
    ASSERT_TRUE(state.liveRadiusKm);
    const float live = *state.liveRadiusKm;
    EXPECT_NE(live, before);
    EXPECT_DOUBLE_EQ(model.input().settings.radiusKm, live);  // the map follows the drag
    EXPECT_TRUE(requests.actions.empty());
    gui.frame({at.x + 60, at.y}, false, body);
    ASSERT_EQ(requests.actions.size(), 1u);
    const auto* edit = std::get_if<project::UpdateDecisionSettings>(&requests.actions.front());
    ASSERT_NE(edit, nullptr);
    EXPECT_NEAR(edit->settings.radiusKm, live, 1e-6);
    p.apply(requests.actions.front());
    requests.actions.clear();
    EXPECT_NEAR(p.committee().settings.radiusKm, live, 1e-6);
    EXPECT_EQ(p.auditLog().size(), auditBefore + 1);
    gui.frame({at.x + 60, at.y}, false, body);
    EXPECT_TRUE(requests.actions.empty());
    EXPECT_NEAR(model.input().settings.radiusKm, live, 1e-6);
    p.undo();
    EXPECT_DOUBLE_EQ(p.committee().settings.radiusKm, before);
}

// Issue 11 §3: entering a score used to insert the rubric line (and the aggregate once
// revealed) and push every row below down by a line; now the room is kept.
TEST_F(DecisionPanels, EnteringAScoreMovesNothingBelowIt) {
    project::Project p = project::Project::open(path_);
    ASSERT_FALSE(p.committee().members.empty());
    const std::int64_t member = p.committee().members.front().id;
    const domain::Application* eligible = nullptr;
    for (const domain::Application& x : p.applications())
        if (!eligible && domain::assessEligibility(p.state(), x).eligible()) eligible = &x;
    ASSERT_NE(eligible, nullptr);
    const domain::Application a = *eligible;
    for (bool revealed : {false, true}) {
        domain::DecisionSettings s = p.committee().settings;
        s.blind = true;
        s.revealed = revealed;
        p.apply(project::UpdateDecisionSettings{s});
        for (int k = 1; k < decision::kCriteria; ++k)
            if (p.committee().score(member, a.id, static_cast<decision::Criterion>(k)))
                p.apply(project::SetScore{member, a.id, static_cast<decision::Criterion>(k), std::nullopt});
        Headless gui;
        ui::UiState state;
        state.currentMember = member;
        ui::Requests requests;
        float end = 0;
        auto body = [&] {
            ui::drawScoring(p, state, requests, *p.find(a.id));
            end = ImGui::GetCursorPosY();
        };
        gui.frame({-1, -1}, false, body);
        gui.frame({-1, -1}, false, body);
        const float unscored = end;
        for (int k = 1; k < decision::kCriteria; ++k) {
            p.apply(project::SetScore{member, a.id, static_cast<decision::Criterion>(k), 1 + k % 4});
            gui.frame({-1, -1}, false, body);
            EXPECT_EQ(end, unscored) << "criterion " << k << (revealed ? " revealed" : " blind");
        }
    }
}

}  // namespace
