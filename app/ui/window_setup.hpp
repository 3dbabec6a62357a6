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

    // Processes pending events; key presses since the last clearKeys() are in keys().
    void pollEvents();
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

  private:
    struct Glfw;
    std::unique_ptr<Glfw> glfw_;  // first in, last out
    GLFWwindow* window_ = nullptr;
    std::vector<KeyPress> keys_;
    WindowRect before_;
    bool wasMaximized_ = false;
};

}  // namespace ui
