// The parts of the window loop that need no window: the shortcuts (keys in, requests out), the
// frame layout, the map content and the edit commands (a refused form edit, a new application,
// a read-only project).

#include <gtest/gtest.h>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <string>
#include <vector>

#include "app/exchange/demo.hpp"
#include "app/i18n/language.hpp"
#include "app/project/project.hpp"
#include "app/ui/edit_commands.hpp"
#include "app/ui/frame_layout.hpp"
#include "app/ui/map_content.hpp"
#include "app/ui/shortcuts.hpp"
#include "tests/support/demo_project_fixture.hpp"
#include "tests/support/import_fixtures.hpp"

namespace {

ui::KeyInput keys(std::vector<ui::KeyPress> pressed) {
    ui::KeyInput in;
    in.pressed = std::move(pressed);
    return in;
}

TEST(Shortcuts, EscLeavesTheMapOnlyViewFirstThenHidesCardAndRank) {
    ui::Presentation pres;
    pres.mapOnly = true;
    pres.card = 4;
    pres.shownRank = 2;
    ui::ShortcutResult r = ui::readShortcuts(keys({{GLFW_KEY_ESCAPE, 0, '\0'}}), pres);
    EXPECT_TRUE(r.escape);
    EXPECT_FALSE(pres.mapOnly);
    EXPECT_EQ(pres.card, 4);
    EXPECT_EQ(pres.shownRank, 2);
    ui::readShortcuts(keys({{GLFW_KEY_ESCAPE, 0, '\0'}}), pres);
    EXPECT_FALSE(pres.card.has_value());
    EXPECT_FALSE(pres.shownRank.has_value());
}

TEST(Shortcuts, DigitsShowARankAndMapKeysKeepTheirOrder) {
    ui::Presentation pres;
    ui::KeyInput in = keys({{GLFW_KEY_3, 0, '3'},
                            {GLFW_KEY_HOME, 0, '\0'},
                            {GLFW_KEY_KP_ADD, 0, '\0'},
                            {GLFW_KEY_RIGHT, 0, '\0'}});
    in.typed = {'-'};
    ui::ShortcutResult r = ui::readShortcuts(in, pres);
    EXPECT_EQ(pres.shownRank, 3);
    EXPECT_EQ(r.step, +1);
    // Typed characters first, then the keys in the order pressed.
    EXPECT_EQ(r.map, (std::vector<ui::MapKey>{ui::MapKey::ZoomOut, ui::MapKey::FitDistrict,
                                               ui::MapKey::ZoomIn}));
    // A widget with the keyboard focus takes them: no rank, no zoom, no step.
    ui::Presentation focused;
    in.wantCaptureKeyboard = true;
    r = ui::readShortcuts(in, focused);
    EXPECT_FALSE(focused.shownRank.has_value());
    EXPECT_TRUE(r.map.empty());
    EXPECT_EQ(r.step, 0);
}

TEST(Shortcuts, CtrlKeysUndoRedoExportAndScaleButNotWhileTyping) {
    ui::Presentation pres;
    pres.uiScale = 1.f;
    ui::ShortcutResult r = ui::readShortcuts(keys({{GLFW_KEY_Z, GLFW_MOD_CONTROL, 'z'}}), pres);
    EXPECT_TRUE(r.undo);
    EXPECT_FALSE(r.redo);
    r = ui::readShortcuts(keys({{GLFW_KEY_Z, GLFW_MOD_CONTROL | GLFW_MOD_SHIFT, 'z'}}), pres);
    EXPECT_FALSE(r.undo);
    EXPECT_TRUE(r.redo);
    r = ui::readShortcuts(keys({{GLFW_KEY_Y, GLFW_MOD_CONTROL, 'y'}}), pres);
    EXPECT_TRUE(r.redo);
    r = ui::readShortcuts(keys({{GLFW_KEY_E, GLFW_MOD_CONTROL, 'e'}}), pres);
    EXPECT_TRUE(r.openExport);
    // Ctrl with the key that types '+' (its own key on a German keyboard) scales up.
    r = ui::readShortcuts(keys({{GLFW_KEY_RIGHT_BRACKET, GLFW_MOD_CONTROL, '+'}}), pres);
    EXPECT_FLOAT_EQ(pres.uiScale, ui::nextUiScale(1.f, +1));
    EXPECT_TRUE(pres.rebuildFonts);
    // Ctrl + keypad plus is the UI scale, not the map's zoom.
    EXPECT_TRUE(r.map.empty());

    ui::Presentation typing;
    ui::KeyInput in = keys({{GLFW_KEY_Z, GLFW_MOD_CONTROL, 'z'},
                            {GLFW_KEY_F5, 0, '\0'},
                            {GLFW_KEY_F11, 0, '\0'}});
    in.wantTextInput = true;
    r = ui::readShortcuts(in, typing);
    EXPECT_FALSE(r.undo);
    EXPECT_FALSE(typing.mapOnly);
    EXPECT_FALSE(typing.toggleFullscreen);
    in.wantTextInput = false;
    r = ui::readShortcuts(in, typing);
    EXPECT_TRUE(r.undo);
    EXPECT_TRUE(typing.mapOnly);
    EXPECT_TRUE(typing.toggleFullscreen);
}

TEST(FrameLayout, MapFormAndPanelShareTheWindow) {
    ui::FrameSize size{3200, 1800, 1600, 900, 2.0};
    ui::Presentation pres;
    pres.uiScale = 1.f;
    ui::FrameLayout l = ui::layoutFrame(size, pres, false);
    EXPECT_FLOAT_EQ(l.panelWidth, 600.f);  // min(600, 40 % of 1600)
    EXPECT_FLOAT_EQ(l.formWidth, 0.f);
    EXPECT_FLOAT_EQ(l.mapWidth, 1000.f);
    EXPECT_FLOAT_EQ(l.styleScale, 2.f);
    // Beside panel and form the map would keep 552 px (< 700): the form takes the panel's
    // column and the map keeps its width.
    l = ui::layoutFrame(size, pres, true);
    EXPECT_TRUE(l.formOverPanel);
    EXPECT_FLOAT_EQ(l.formWidth, 0.f);
    EXPECT_FLOAT_EQ(l.mapWidth, 1000.f);
    // On a wider window the form opens beside the panel.
    const ui::FrameSize wide{3840, 2160, 1920, 1080, 2.0};
    l = ui::layoutFrame(wide, pres, true);
    EXPECT_FALSE(l.formOverPanel);
    EXPECT_FLOAT_EQ(l.formWidth, 520.f);  // min(520, 28 % of 1920)
    EXPECT_FLOAT_EQ(l.mapWidth, 1920.f - 600.f - 520.f);
    // A dragged width is kept within [min(320, 30 %), 60 %] of the window.
    pres.sidePanelWidth = 2000.f;
    EXPECT_FLOAT_EQ(ui::layoutFrame(size, pres, false).panelWidth, 960.f);
    pres.sidePanelWidth = 10.f;
    EXPECT_FLOAT_EQ(ui::layoutFrame(size, pres, false).panelWidth, 320.f);
    pres.mapOnly = true;
    l = ui::layoutFrame(size, pres, true);
    EXPECT_FLOAT_EQ(l.mapWidth, 1600.f);
    EXPECT_FLOAT_EQ(l.panelWidth + l.formWidth, 0.f);
}

TEST(FrameLayout, LegendRisesAboveTheAttributionOnANarrowMap) {
    ui::FrameSize size{1600, 900, 1600, 900, 1.0};
    ui::Presentation pres;
    pres.uiScale = 1.f;
    ui::FrameLayout l = ui::layoutFrame(size, pres, false);
    // Scale bar and a 300 px attribution fit side by side on a 1000 px map: 56 px above.
    EXPECT_FLOAT_EQ(ui::legendBottom(l, 300.f, 10.f), 900.f - 10.f - 56.f);
    // A 900 px attribution does not: the legend goes up by the attribution's line (42 px).
    EXPECT_FLOAT_EQ(ui::legendBottom(l, 900.f, 10.f), 900.f - 10.f - 98.f);
    EXPECT_FLOAT_EQ(ui::cardTop(l, false, 30.f, 10.f), 10.f);
    EXPECT_FLOAT_EQ(ui::cardTop(l, true, 30.f, 10.f), 130.f);
}

TEST(MapContent, SameMarkersAndColoursIgnoreAlpha) {
    map::Marker a;
    a.position = {1, 2};
    a.color = {0.1f, 0.2f, 0.3f, 1.f};
    map::Marker b = a;
    b.color.a = 0.5f;
    EXPECT_TRUE(ui::sameMarkers({a}, {b}));
    b.selected = !a.selected;
    EXPECT_FALSE(ui::sameMarkers({a}, {b}));
    EXPECT_FALSE(ui::sameMarkers({a}, {}));
    EXPECT_TRUE(ui::sameColors({{0.1f, 0.2f, 0.3f, 1.f}}, {{0.1f, 0.2f, 0.3f, 0.f}}));
    EXPECT_FALSE(ui::sameColors({{0.1f, 0.2f, 0.3f, 1.f}}, {{0.1f, 0.2f, 0.4f, 1.f}}));
}

class EditCommands : public testdata::DemoProjectTest {};

// Issue 10: a refused form edit was recognised by the translated prefix of its message and
// showed one line "Fehler: a; b"; now each broken rule is its own line, naming its field.
TEST_F(EditCommands, RefusedFormEditKeepsTheDraftWithOneLinePerProblem) {
    project::Project p = project::Project::open(path_);
    const domain::Application before = p.applications().front();
    domain::Application edited = before;
    edited.contactEmail = "keine-adresse";
    edited.actorsNow = -3;
    ui::UiState state;
    state.selected = before.id;
    state.draft = edited;
    ui::Requests requests;
    requests.actions.push_back(project::UpdateApplication{edited});
    std::string status;
    ui::applyRequests(p, state, requests, status);

    EXPECT_EQ(p.find(before.id)->contactEmail, before.contactEmail);  // unchanged
    EXPECT_EQ(status.rfind("Fehler: ", 0), 0u) << status;
    // In the order the rules check them; each names its field (i18n::problemWithField).
    EXPECT_EQ(state.draftProblems,
              (std::vector<std::string>{"Akteur*innen aktuell: „-3“ ist negativ",
                                        "E-Mail: „keine-adresse“ ist keine E-Mail-Adresse"}))
        << status;
    EXPECT_TRUE(state.draftDirty);
    EXPECT_EQ(state.draft->contactEmail, "keine-adresse");  // nothing typed is lost
    EXPECT_TRUE(requests.actions.empty());
}

TEST_F(EditCommands, ANewApplicationIsSelectedByTheIdItWasGiven) {
    project::Project p = project::Project::open(path_);
    domain::Application a = p.applications().front();
    a.id = 0;
    a.nr = "B-99";
    ui::UiState state;
    state.selected = p.applications().back().id;
    ui::Requests requests;
    requests.actions.push_back(project::AddApplication{a});
    std::string status;
    ui::applyRequests(p, state, requests, status);
    ASSERT_TRUE(state.selected.has_value()) << status;
    EXPECT_EQ(p.find(*state.selected)->nr, "B-99");
    ASSERT_TRUE(state.draft.has_value());
    EXPECT_EQ(state.draft->nr, "B-99");

    // Undo removes it: the selection and the form go with it.
    requests.undo = true;
    ui::applyRequests(p, state, requests, status);
    EXPECT_FALSE(state.selected.has_value());
    EXPECT_FALSE(state.draft.has_value());
    EXPECT_EQ(status.rfind("Rückgängig gemacht: ", 0), 0u) << status;
}

TEST_F(EditCommands, AFormEditOnAReadOnlyProjectKeepsTheDraftAndSaysWhy) {
    project::Project p = project::Project::open(path_, {.readOnly = true, .user = "test"});
    domain::Application edited = p.applications().front();
    edited.title = "Neuer Titel";
    ui::UiState state;
    state.selected = edited.id;
    state.draft = edited;
    ui::Requests requests;
    requests.actions.push_back(project::UpdateApplication{edited});
    std::string status;
    ui::applyRequests(p, state, requests, status);
    EXPECT_NE(p.find(edited.id)->title, "Neuer Titel");
    EXPECT_EQ(status.rfind("Fehler: ", 0), 0u) << status;
    EXPECT_EQ(state.draftProblems, std::vector<std::string>{status});
    EXPECT_TRUE(state.draftDirty);
}

}  // namespace
