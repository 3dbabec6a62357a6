#pragma once
// Input trickling, as ImGui 1.87 does it for itself: ImGui 1.86 reads the keys' state once per
// frame (io.KeysDown), so a key pressed and released within one frame is lost — 70 BackSpace
// presses 40 ms apart deleted about 14 characters. The window queues GLFW's key and character
// events here and hands ImGui at most one change per key per frame; the rest wait for the next
// frames, in the order they came (a character typed after a key changed waits too, so text
// and keys keep their order). Mouse buttons go through the same queue, each change in a frame
// of its own: a click after typing lands after the last character (typing "Probe" and clicking
// "beschließen" at once stores "Probe", not "Pr").

#include <cstddef>
#include <deque>
#include <vector>

namespace ui {

struct InputEvent {
    enum class Kind { Key, Char, Mouse };
    Kind kind = Kind::Key;
    int key = 0;         // Key: the logical GLFW_KEY_* (key_layout.hpp); Mouse: the button
    bool down = false;   // Key, Mouse: pressed (true) or released
    unsigned ch = 0;     // Char: the Unicode code point
    double x = 0, y = 0;  // Mouse: where the pointer was (window coordinates)
    bool operator==(const InputEvent&) const = default;
};

class InputQueue {
  public:
    void pushKey(int key, bool down) { events_.push_back({InputEvent::Kind::Key, key, down, 0}); }
    void pushChar(unsigned ch) { events_.push_back({InputEvent::Kind::Char, 0, false, ch}); }
    void pushMouse(int button, bool down, double x, double y) {
        events_.push_back({InputEvent::Kind::Mouse, button, down, 0, x, y});
    }
    // The events for this frame, taken from the front: each key changes at most once, a
    // character waits when a key changed before it in this frame, and a mouse button change
    // is alone in its frame.
    std::vector<InputEvent> takeFrame();
    bool empty() const { return events_.empty(); }
    std::size_t size() const { return events_.size(); }
    void clear() { events_.clear(); }

  private:
    std::deque<InputEvent> events_;
};

}  // namespace ui
