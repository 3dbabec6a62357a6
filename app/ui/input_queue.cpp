#include "app/ui/input_queue.hpp"

#include <algorithm>

namespace ui {

std::vector<InputEvent> InputQueue::takeFrame() {
    std::vector<InputEvent> out;
    std::vector<int> changed;
    while (!events_.empty()) {
        const InputEvent& e = events_.front();
        if (e.kind == InputEvent::Kind::Mouse) {
            if (out.empty()) {
                out.push_back(e);
                events_.pop_front();
            }
            break;
        }
        if (e.kind == InputEvent::Kind::Key) {
            if (std::find(changed.begin(), changed.end(), e.key) != changed.end()) break;
            changed.push_back(e.key);
        } else if (!changed.empty()) {
            break;
        }
        out.push_back(e);
        events_.pop_front();
    }
    return out;
}

}  // namespace ui
