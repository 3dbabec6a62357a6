#pragma once
// Quiet when idle (issue 11 §6): the window draws a frame only when something may have
// changed — input, a glide of the map, a refit after a resize, a status line that changed (a
// file written), input still trickling in — and then a few frames more, because ImGui 1.86
// settles hover, focus and layout over two or three frames. In between the loop sleeps in
// glfwWaitEventsTimeout. Pure bookkeeping, no GLFW.

namespace ui {

class RedrawGate {
  public:
    // Frames drawn after the last change (ImGui needs about three to settle).
    static constexpr int kSettleFrames = 3;
    // How long an idle loop sleeps before it looks again (a wake-up costs no drawing).
    static constexpr double kIdleWaitSeconds = 0.5;

    // Something changed: draw the next kSettleFrames frames at least.
    void touch() { remaining_ = kSettleFrames; }
    // Whether the next frame is to be drawn.
    bool due() const { return remaining_ > 0; }
    // A frame was drawn.
    void drew() {
        if (remaining_ > 0) --remaining_;
    }

  private:
    int remaining_ = kSettleFrames * 2;  // the first frames after start
};

}  // namespace ui
