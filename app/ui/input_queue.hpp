#pragma once
// Input trickling, as ImGui 1.87 does it for itself: ImGui 1.86 reads the keys' state once per
// frame (io.KeysDown), so a key pressed and released within one frame is lost — 70 BackSpace
// presses 40 ms apart deleted about 14 characters. The window queues GLFW's key and character
// events here and hands ImGui at most one change per key per frame; the rest wait for the next
// frames, in the order they came (a character typed after a key changed waits too, so text
// and keys keep their order).

#include <cstddef>
#include <deque>
#include <vector>

namespace ui {

struct InputEvent {
    enum class Kind { Key, Char };
    Kind kind = Kind::Key;
    int key = 0;         // Key: the logical GLFW_KEY_* (key_layout.hpp)
    bool down = false;   // Key: pressed (true) or released
    unsigned ch = 0;     // Char: the Unicode code point
    bool operator==(const InputEvent&) const = default;
};

class InputQueue {
  public:
    void pushKey(int key, bool down) { events_.push_back({InputEvent::Kind::Key, key, down, 0}); }
    void pushChar(unsigned ch) { events_.push_back({InputEvent::Kind::Char, 0, false, ch}); }
    // The events for this frame, taken from the front: each key changes at most once, a
    // character waits when a key changed before it in this frame.
    std::vector<InputEvent> takeFrame();
    bool empty() const { return events_.empty(); }
    std::size_t size() const { return events_.size(); }
    void clear() { events_.clear(); }

  private:
    std::deque<InputEvent> events_;
};

}  // namespace ui
