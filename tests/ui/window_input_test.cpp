// Issue 11 §1/§2: keys by the letter on the key (QWERTZ, AZERTY, US), fast keys trickled into
// ImGui one change per frame, and the window fitted to the monitor's work area.

#include <gtest/gtest.h>

#include <string>
#include <vector>

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "app/ui/input_queue.hpp"
#include "app/ui/key_layout.hpp"
#include "app/ui/presentation.hpp"
#include "app/ui/window_setup.hpp"

namespace {

using ui::logicalKey;

TEST(KeyLayout, GermanQwertzSwapsZAndY) {
    // `setxkbmap de`: the key GLFW calls Y says "z", the key GLFW calls Z says "y".
    EXPECT_EQ(logicalKey(GLFW_KEY_Y, "z"), GLFW_KEY_Z);
    EXPECT_EQ(logicalKey(GLFW_KEY_Z, "y"), GLFW_KEY_Y);
    EXPECT_EQ(logicalKey(GLFW_KEY_E, "e"), GLFW_KEY_E);
    EXPECT_EQ(logicalKey(GLFW_KEY_A, "a"), GLFW_KEY_A);
    // ß, ü, ö, ä: no ASCII letter, the key stays.
    EXPECT_EQ(logicalKey(GLFW_KEY_MINUS, "\xc3\x9f"), GLFW_KEY_MINUS);
    EXPECT_EQ(logicalKey(GLFW_KEY_SEMICOLON, "\xc3\xb6"), GLFW_KEY_SEMICOLON);
    // '+' is its own key on QWERTZ (where US has ']').
    EXPECT_EQ(logicalKey(GLFW_KEY_RIGHT_BRACKET, "+"), GLFW_KEY_RIGHT_BRACKET);
}

TEST(KeyLayout, FrenchAzerty) {
    EXPECT_EQ(logicalKey(GLFW_KEY_Q, "a"), GLFW_KEY_A);
    EXPECT_EQ(logicalKey(GLFW_KEY_A, "q"), GLFW_KEY_Q);
    EXPECT_EQ(logicalKey(GLFW_KEY_W, "z"), GLFW_KEY_Z);
    EXPECT_EQ(logicalKey(GLFW_KEY_Z, "w"), GLFW_KEY_W);
    EXPECT_EQ(logicalKey(GLFW_KEY_Y, "y"), GLFW_KEY_Y);
    EXPECT_EQ(logicalKey(GLFW_KEY_SEMICOLON, "m"), GLFW_KEY_M);
    // The US M place types ',' on AZERTY: it becomes the comma key, not a second M.
    EXPECT_EQ(logicalKey(GLFW_KEY_M, ","), GLFW_KEY_COMMA);
    // Digits keep their place (AZERTY types '&' unshifted there).
    EXPECT_EQ(logicalKey(GLFW_KEY_1, "&"), GLFW_KEY_1);
    EXPECT_EQ(logicalKey(GLFW_KEY_0, "\xc3\xa0"), GLFW_KEY_0);
}

TEST(KeyLayout, UsAndKeysWithoutNames) {
    for (int k = GLFW_KEY_A; k <= GLFW_KEY_Z; ++k) {
        const char name[2] = {static_cast<char>('a' + (k - GLFW_KEY_A)), '\0'};
        EXPECT_EQ(logicalKey(k, name), k);
    }
    EXPECT_EQ(logicalKey(GLFW_KEY_Z, nullptr), GLFW_KEY_Z);
    EXPECT_EQ(logicalKey(GLFW_KEY_BACKSPACE, nullptr), GLFW_KEY_BACKSPACE);
    EXPECT_EQ(logicalKey(GLFW_KEY_HOME, "z"), GLFW_KEY_HOME);      // not a printable key
    EXPECT_EQ(logicalKey(GLFW_KEY_KP_1, "1"), GLFW_KEY_KP_1);      // keypad stays keypad
    EXPECT_EQ(logicalKey(GLFW_KEY_KP_ADD, "+"), GLFW_KEY_KP_ADD);
    EXPECT_EQ(logicalKey(GLFW_KEY_Y, "Z"), GLFW_KEY_Z);            // upper case names too
}

TEST(InputQueue, SeventyFastBackspacesAllArrive) {
    // 70 presses and releases queued between two frames: ImGui 1.86 sees one per frame and
    // would miss a press released in the same frame; trickled, each is down in one frame and
    // up in the next.
    ui::InputQueue q;
    for (int i = 0; i < 70; ++i) {
        q.pushKey(GLFW_KEY_BACKSPACE, true);
        q.pushKey(GLFW_KEY_BACKSPACE, false);
    }
    int presses = 0, frames = 0;
    bool down = false;
    while (!q.empty()) {
        const auto frame = q.takeFrame();
        ASSERT_EQ(frame.size(), 1u);
        ASSERT_NE(frame[0].down, down);
        down = frame[0].down;
        if (down) ++presses;
        ++frames;
    }
    EXPECT_EQ(presses, 70);
    EXPECT_EQ(frames, 140);
}

TEST(InputQueue, DifferentKeysShareAFrameAndCharactersKeepOrder) {
    ui::InputQueue q;
    q.pushKey(GLFW_KEY_LEFT_CONTROL, true);
    q.pushKey(GLFW_KEY_Z, true);  // Strg+Z: both in the first frame
    q.pushKey(GLFW_KEY_Z, false);
    q.pushKey(GLFW_KEY_LEFT_CONTROL, false);
    q.pushChar('a');
    q.pushChar('b');
    using K = ui::InputEvent::Kind;
    auto f1 = q.takeFrame();
    ASSERT_EQ(f1.size(), 2u);
    EXPECT_EQ(f1[0], (ui::InputEvent{K::Key, GLFW_KEY_LEFT_CONTROL, true, 0}));
    EXPECT_EQ(f1[1], (ui::InputEvent{K::Key, GLFW_KEY_Z, true, 0}));
    auto f2 = q.takeFrame();  // Z up, Ctrl up; the characters wait behind the key changes
    ASSERT_EQ(f2.size(), 2u);
    EXPECT_FALSE(f2[0].down);
    EXPECT_EQ(f2[1].key, GLFW_KEY_LEFT_CONTROL);
    auto f3 = q.takeFrame();  // characters alone go together, in order
    ASSERT_EQ(f3.size(), 2u);
    EXPECT_EQ(f3[0].ch, 'a');
    EXPECT_EQ(f3[1].ch, 'b');
    EXPECT_TRUE(q.empty());
    EXPECT_TRUE(q.takeFrame().empty());
}

TEST(InputQueue, AClickAfterTypingLandsAfterTheLastCharacter) {
    // Typed "Probe" behind a key change, then a click on a button, all between two frames: the
    // text reaches ImGui first, the press and the release each in a frame of their own.
    ui::InputQueue q;
    q.pushKey(GLFW_KEY_LEFT_SHIFT, true);
    q.pushChar('P');
    q.pushKey(GLFW_KEY_LEFT_SHIFT, false);
    for (char c : std::string("robe")) q.pushChar(static_cast<unsigned>(c));
    q.pushMouse(0, true, 120, 40);
    q.pushMouse(0, false, 121, 40);
    q.pushChar('!');
    using K = ui::InputEvent::Kind;
    std::string typed;
    std::vector<std::vector<ui::InputEvent>> frames;
    while (!q.empty()) frames.push_back(q.takeFrame());
    std::size_t pressFrame = 0, releaseFrame = 0, lastCharFrame = 0;
    for (std::size_t f = 0; f < frames.size(); ++f)
        for (const ui::InputEvent& e : frames[f]) {
            if (e.kind == K::Char && e.ch != '!') {
                typed += static_cast<char>(e.ch);
                lastCharFrame = f;
            }
            if (e.kind == K::Mouse) {
                EXPECT_EQ(frames[f].size(), 1u) << "a button change has its frame alone";
                (e.down ? pressFrame : releaseFrame) = f;
                EXPECT_DOUBLE_EQ(e.x, e.down ? 120 : 121);
            }
        }
    EXPECT_EQ(typed, "Probe");
    EXPECT_GT(pressFrame, lastCharFrame);
    EXPECT_GT(releaseFrame, pressFrame);
    EXPECT_EQ(frames.back().back().ch, '!');  // what came after the click stays after it
}

ui::WindowStart unsized() { return ui::WindowStart{1600, 900, true, std::nullopt, {}}; }

TEST(WindowFit, OpensFittedToTheWorkArea) {
    struct Case { int w, h; float scale; int expectW, expectH; };
    for (const Case c : {Case{1280, 800, 1.f, 1280, 800}, Case{1366, 768, 1.f, 1366, 768},
                         Case{1920, 1080, 1.f, 1920, 1080}, Case{3840, 2160, 2.f, 1920, 1080}}) {
        const ui::WindowStart s = ui::fitToWorkArea(unsized(), {0, 0, c.w, c.h}, c.scale);
        EXPECT_EQ(s.width, c.expectW) << c.w;
        EXPECT_EQ(s.height, c.expectH) << c.w;
        EXPECT_TRUE(s.maximized);
    }
    // The 3840×2160 screen at content scale 2 starts with UI scale 2.
    EXPECT_FLOAT_EQ(ui::startUiScale(2.f, 3840, 0), 2.f);
    EXPECT_FLOAT_EQ(ui::startUiScale(1.f, 1280, 0), 1.f);
    // A panel at the top: the window goes below it.
    const ui::WindowStart p = ui::fitToWorkArea(unsized(), {0, 32, 1280, 768}, 1.f);
    EXPECT_EQ(p.height, 768);
    ASSERT_TRUE(p.position);
    EXPECT_EQ(p.position->y, 32);
}

TEST(WindowFit, RememberedRectIsClampedGivenSizeKept) {
    ui::WindowStart remembered{1600, 900, false, ui::WindowRect{500, 400, 1600, 900}, {}};
    const ui::WindowStart s = ui::fitToWorkArea(remembered, {0, 0, 1280, 800}, 1.f);
    EXPECT_EQ(s.width, 1280);
    EXPECT_EQ(s.height, 800);
    ASSERT_TRUE(s.position);
    EXPECT_EQ(s.position->x, 0);
    EXPECT_EQ(s.position->y, 0);
    // One that fits stays where it was.
    ui::WindowStart small{800, 600, false, ui::WindowRect{100, 50, 800, 600}, {}};
    const ui::WindowStart t = ui::fitToWorkArea(small, {0, 0, 1920, 1080}, 1.f);
    EXPECT_EQ(t.width, 800);
    EXPECT_EQ(t.position->x, 100);
    EXPECT_EQ(t.position->y, 50);
    // --width/--height: as given, even larger than the screen (tests, fixed sizes).
    ui::WindowStart given{1920, 1080, false, std::nullopt, {}};
    EXPECT_EQ(ui::fitToWorkArea(given, {0, 0, 1280, 800}, 1.f).width, 1920);
    // No work area known: unchanged.
    EXPECT_EQ(ui::fitToWorkArea(unsized(), {}, 1.f).width, 1600);
}

}  // namespace
