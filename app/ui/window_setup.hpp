#pragma once
// The native window: GLFW, an OpenGL 3.3 core context and Dear ImGui on it, set up in the
// constructor and torn down in reverse order by the destructor (ImGui's backends, the window,
// GLFW). Everything that talks to GLFW lives here, so the window loop reads like ImGui's
// example: poll events, new frame, build the UI, render, draw, swap.

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/render/png.hpp"
#include "app/ui/settings.hpp"

struct GLFWwindow;

namespace ui {

// Shortcuts are taken from GLFW's key events, not from ImGui's per-frame key state: a
// presenter's remote sends press and release within one frame, which ImGui 1.86 would miss.
struct KeyPress {
    int key = 0;   // GLFW_KEY_*
    int mods = 0;  // GLFW_MOD_*
    // The character the key types in the current layout ('+' is its own key on German
    // keyboards, Shift+'=' on US ones); 0 for non-printable keys.
    char typed = '\0';
};

// The window could not be opened (no display, no OpenGL 3.3). The message is for stderr.
class WindowError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// How the window opens: the size in screen coordinates, maximised or not, and where (the
// remembered position; nullopt lets the window manager place it).
struct WindowStart {
    int width = 1600, height = 900;
    bool maximized = true;
    std::optional<WindowRect> position;
    std::string title;
};

// The sizes of one frame: the framebuffer in pixels, the window in screen coordinates, and
// framebuffer pixels per screen coordinate (2 on HiDPI screens).
// The usable part of a monitor (without panels and docks), in screen coordinates.
struct WorkArea {
    int x = 0, y = 0, width = 0, height = 0;
};

// Fits how the window opens into the monitor's work area: with no size given (start.maximized
// or a remembered position) the window is at most the work area, placed inside it — the whole
// work area when nothing was remembered. GLFW_SCALE_TO_MONITOR multiplies the size asked for by
// the content scale, so the size is asked for divided by it (3840×2160 at scale 2: 1920×1080).
// A size from the command line (not maximized, no position) is kept as given.
WindowStart fitToWorkArea(WindowStart start, const WorkArea& work, float contentScale);

struct FrameSize {
    int framebufferWidth = 0, framebufferHeight = 0;
    int windowWidth = 0, windowHeight = 0;
    double pixelRatio = 1.0;
};

// The monitor the window is on: its content scale, mode width and physical width (from EDID,
// 0 when unknown), for the start UI scale (presentation.hpp startUiScale).
struct MonitorInfo {
    float contentScale = 1.f;
    int modeWidthPx = 0;
    int physicalWidthMm = 0;
};

class NativeWindow {
  public:
    // Starts GLFW, opens the window with its context current and swap interval 1, and sets up
    // ImGui for it (no ini file: the layout is fixed). Throws WindowError when GLFW cannot
    // start or no OpenGL 3.3 window opens.
    explicit NativeWindow(const WindowStart& start);
    ~NativeWindow();
    NativeWindow(const NativeWindow&) = delete;
    NativeWindow& operator=(const NativeWindow&) = delete;

    // Processes pending events; key presses since the last clearKeys() are in keys(). Key and
    // character events reach ImGui through the input queue (input_queue.hpp): at most one
    // change per key per frame, translated to the letter on the key (key_layout.hpp).
    void pollEvents();
    // Sleeps until an event arrives or `timeoutSeconds` passed, then processes events as
    // pollEvents() does. For an idle window (ui/redraw.hpp).
    void waitEvents(double timeoutSeconds);
    // Wakes a window sleeping in waitEvents (from any thread).
    static void wake();
    // Events (keys, characters, mouse, scroll, resize, focus, drops) seen so far; the loop
    // redraws when the count changed.
    unsigned long eventCount() const;
    // Input still queued for the next frames (fast keys trickle in one change per frame).
    bool inputPending() const;
    // Files dropped onto the window since the last call (UTF-8 paths, in the order dropped).
    std::vector<std::string> takeDroppedPaths();
    const std::vector<KeyPress>& keys() const;
    void clearKeys();
    // Starts an ImGui frame (both backends, then ImGui::NewFrame).
    void newFrame();
    FrameSize size() const;
    MonitorInfo monitor() const;
    double time() const;  // seconds since GLFW started

    bool shouldClose() const;
    void close();  // the loop ends after this frame
    // F11: full screen on the window's monitor, and back to the rectangle it had before.
    void toggleFullscreen();
    bool fullscreen() const;
    bool maximized() const;
    // Position and size in screen coordinates.
    WindowRect rect() const;
    // The rectangle and maximised state before full screen (valid while fullscreen()).
    WindowRect rectBeforeFullscreen() const { return before_; }
    bool maximizedBeforeFullscreen() const { return wasMaximized_; }
    // Re-uploads ImGui's font texture after the atlas was rebuilt (theme.hpp buildFonts).
    void reloadFontTexture();
    // Draws the ImGui frame rendered with ImGui::Render() into the bound framebuffer.
    void drawImGui();
    // The whole default framebuffer, top row first (after drawing, before the swap).
    render::Image readFramebuffer() const;
    void swapBuffers();

    struct Events;  // what the GLFW callbacks collect (window_setup.cpp)

  private:
    void applyQueuedInput();
    struct Glfw;
    std::unique_ptr<Glfw> glfw_;  // first in, last out
    GLFWwindow* window_ = nullptr;
    std::unique_ptr<Events> events_;
    WindowRect before_;
    bool wasMaximized_ = false;
};

}  // namespace ui
