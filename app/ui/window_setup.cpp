#include "app/ui/window_setup.hpp"

#include "app/i18n/strings.hpp"
#include "app/ui/input_queue.hpp"
#include "app/ui/key_layout.hpp"

// GL comes from epoxy; GLFW must not include the system GL header as well.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <epoxy/gl.h>
#include <imgui.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <utility>

namespace ui {

struct NativeWindow::Glfw {
    Glfw() {
        glfwSetErrorCallback([](int code, const char* msg) {
            std::fprintf(stderr, "GLFW error %d: %s\n", code, msg);
        });
        ok = glfwInit() == GLFW_TRUE;
    }
    ~Glfw() {
        if (ok) glfwTerminate();
    }
    bool ok = false;
};

struct NativeWindow::Events {
    std::vector<KeyPress> keys;  // shortcuts: every press, at once
    InputQueue queue;            // ImGui: trickled, one change per key per frame
    std::vector<std::string> dropped;
    unsigned long count = 0;
    // The mouse buttons as the queue has applied them, and where the last change happened
    // (ImGui reads the live state otherwise; newFrame puts these in its place).
    bool mouseDown[5] = {};
    bool mouseChanged = false;
    double mouseX = 0, mouseY = 0;
};

namespace {

NativeWindow::Events& eventsOf(GLFWwindow* window) {
    return *static_cast<NativeWindow::Events*>(glfwGetWindowUserPointer(window));
}

// Keys go by the letter on the key (key_layout.hpp), to the shortcuts at once and to ImGui
// through the queue; ImGui's own key and character callbacks are not installed.
void keyCallback(GLFWwindow* window, int key, int scancode, int action, int mods) {
    NativeWindow::Events& events = eventsOf(window);
    ++events.count;
    const char* name = key == GLFW_KEY_UNKNOWN ? nullptr : glfwGetKeyName(key, scancode);
    const int logical = logicalKey(key, name);
    if (action != GLFW_REPEAT && logical >= 0) events.queue.pushKey(logical, action == GLFW_PRESS);
    if (action == GLFW_RELEASE) return;
    events.keys.push_back({logical, mods, name && name[0] && !name[1] ? name[0] : '\0'});
}

void charCallback(GLFWwindow* window, unsigned int c) {
    NativeWindow::Events& events = eventsOf(window);
    ++events.count;
    events.queue.pushChar(c);
}

void dropCallback(GLFWwindow* window, int count, const char** paths) {
    NativeWindow::Events& events = eventsOf(window);
    ++events.count;
    for (int i = 0; i < count; ++i)
        if (paths[i]) events.dropped.emplace_back(paths[i]);
}

// Everything else only wakes the loop (ImGui chains to these and reads the mouse itself).
void countEvent(GLFWwindow* window) { ++eventsOf(window).count; }
void mouseButtonCallback(GLFWwindow* w, int, int, int) { countEvent(w); }
// After ImGui's backend: buttons go through the input queue, in order with keys and text.
void queuedMouseButtonCallback(GLFWwindow* window, int button, int action, int) {
    NativeWindow::Events& events = eventsOf(window);
    ++events.count;
    if (button < 0 || button >= 5 || (action != GLFW_PRESS && action != GLFW_RELEASE)) return;
    double x = 0, y = 0;
    glfwGetCursorPos(window, &x, &y);
    events.queue.pushMouse(button, action == GLFW_PRESS, x, y);
}
void scrollCallback(GLFWwindow* w, double, double) { countEvent(w); }
void cursorPosCallback(GLFWwindow* w, double, double) { countEvent(w); }
void cursorEnterCallback(GLFWwindow* w, int) { countEvent(w); }
void focusCallback(GLFWwindow* w, int) { countEvent(w); }
void sizeCallback(GLFWwindow* w, int, int) { countEvent(w); }
void refreshCallback(GLFWwindow* w) { countEvent(w); }

// The monitor the window's centre is on (full screen goes there), else the primary one.
GLFWmonitor* monitorOf(GLFWwindow* window) {
    int wx = 0, wy = 0, ww = 0, wh = 0;
    glfwGetWindowPos(window, &wx, &wy);
    glfwGetWindowSize(window, &ww, &wh);
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    for (int i = 0; i < count; ++i) {
        int mx = 0, my = 0;
        glfwGetMonitorPos(monitors[i], &mx, &my);
        const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
        if (mode && wx + ww / 2 >= mx && wx + ww / 2 < mx + mode->width && wy + wh / 2 >= my &&
            wy + wh / 2 < my + mode->height)
            return monitors[i];
    }
    return glfwGetPrimaryMonitor();
}

}  // namespace

WindowStart fitToWorkArea(WindowStart start, const WorkArea& work, float contentScale) {
    if (work.width <= 0 || work.height <= 0) return start;
    if (!start.maximized && !start.position) return start;  // a size from the command line
    const double scale = contentScale > 0.f ? contentScale : 1.f;
    const int maxWidth = std::max(1, static_cast<int>(work.width / scale));
    const int maxHeight = std::max(1, static_cast<int>(work.height / scale));
    if (!start.position) {
        start.width = maxWidth;
        start.height = maxHeight;
        start.position = WindowRect{work.x, work.y, maxWidth, maxHeight};
        return start;
    }
    WindowRect r = *start.position;
    r.width = std::clamp(r.width, 1, maxWidth);
    r.height = std::clamp(r.height, 1, maxHeight);
    const int pixelWidth = static_cast<int>(r.width * scale);
    const int pixelHeight = static_cast<int>(r.height * scale);
    r.x = std::clamp(r.x, work.x, work.x + work.width - pixelWidth);
    r.y = std::clamp(r.y, work.y, work.y + work.height - pixelHeight);
    start.width = r.width;
    start.height = r.height;
    start.position = r;
    return start;
}

NativeWindow::NativeWindow(const WindowStart& asked)
    : glfw_(std::make_unique<Glfw>()), events_(std::make_unique<Events>()) {
    if (!glfw_->ok)
        throw WindowError(text::kWinNoDisplay.str());
    // Fitted to the primary monitor's work area (the window opens there).
    WindowStart start = asked;
    if (GLFWmonitor* primary = glfwGetPrimaryMonitor()) {
        WorkArea work;
        glfwGetMonitorWorkarea(primary, &work.x, &work.y, &work.width, &work.height);
        float scale = 1.f;
        glfwGetMonitorContentScale(primary, &scale, nullptr);
        start = fitToWorkArea(start, work, scale);
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    // No multisampling: the renderer anti-aliases itself, as in exported images.
    glfwWindowHint(GLFW_SAMPLES, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHint(GLFW_MAXIMIZED, start.maximized ? GLFW_TRUE : GLFW_FALSE);
    // One fixed X11 class (StartupWMClass in begegnungskarte.desktop): the desktop groups the
    // windows under the program's icon.
    glfwWindowHintString(GLFW_X11_CLASS_NAME, "begegnungskarte");
    glfwWindowHintString(GLFW_X11_INSTANCE_NAME, "begegnungskarte");
    window_ = glfwCreateWindow(start.width, start.height, start.title.c_str(), nullptr, nullptr);
    if (!window_) throw WindowError(text::kWinNoOpenGl.str());
    if (start.position && !start.maximized)
        glfwSetWindowPos(window_, start.position->x, start.position->y);
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // layout is fixed; nothing to persist yet
    glfwSetWindowUserPointer(window_, events_.get());
    // Set before ImGui's backend, which chains to them; keys and characters after it, replacing
    // its own (they go through the queue, applyQueuedInput).
    glfwSetMouseButtonCallback(window_, mouseButtonCallback);
    glfwSetScrollCallback(window_, scrollCallback);
    glfwSetCursorEnterCallback(window_, cursorEnterCallback);
    glfwSetWindowFocusCallback(window_, focusCallback);
    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    glfwSetKeyCallback(window_, keyCallback);
    glfwSetCharCallback(window_, charCallback);
    glfwSetMouseButtonCallback(window_, queuedMouseButtonCallback);
    glfwSetCursorPosCallback(window_, cursorPosCallback);
    glfwSetWindowSizeCallback(window_, sizeCallback);
    glfwSetWindowRefreshCallback(window_, refreshCallback);
    glfwSetDropCallback(window_, dropCallback);
}

NativeWindow::~NativeWindow() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window_);
}

void NativeWindow::pollEvents() {
    glfwPollEvents();
    applyQueuedInput();
}

void NativeWindow::waitEvents(double timeoutSeconds) {
    if (timeoutSeconds > 0) glfwWaitEventsTimeout(timeoutSeconds);
    else glfwPollEvents();
    applyQueuedInput();
}

namespace {
std::atomic<unsigned long> wakeCount{0};
}

void NativeWindow::wake() {
    ++wakeCount;
    glfwPostEmptyEvent();
}
unsigned long NativeWindow::eventCount() const { return events_->count + wakeCount.load(); }
bool NativeWindow::inputPending() const { return !events_->queue.empty(); }

std::vector<std::string> NativeWindow::takeDroppedPaths() {
    std::vector<std::string> out;
    out.swap(events_->dropped);
    return out;
}

// This frame's share of the queued keys and characters into ImGui 1.86's input state.
void NativeWindow::applyQueuedInput() {
    ImGuiIO& io = ImGui::GetIO();
    for (const InputEvent& e : events_->queue.takeFrame()) {
        if (e.kind == InputEvent::Kind::Char) {
            io.AddInputCharacter(e.ch);
            continue;
        }
        if (e.kind == InputEvent::Kind::Mouse) {
            events_->mouseDown[e.key] = e.down;
            events_->mouseChanged = true;
            events_->mouseX = e.x;
            events_->mouseY = e.y;
            continue;
        }
        if (e.key >= 0 && e.key < IM_ARRAYSIZE(io.KeysDown)) io.KeysDown[e.key] = e.down;
    }
    io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
    io.KeyShift = io.KeysDown[GLFW_KEY_LEFT_SHIFT] || io.KeysDown[GLFW_KEY_RIGHT_SHIFT];
    io.KeyAlt = io.KeysDown[GLFW_KEY_LEFT_ALT] || io.KeysDown[GLFW_KEY_RIGHT_ALT];
    io.KeySuper = io.KeysDown[GLFW_KEY_LEFT_SUPER] || io.KeysDown[GLFW_KEY_RIGHT_SUPER];
}

const std::vector<KeyPress>& NativeWindow::keys() const { return events_->keys; }
void NativeWindow::clearKeys() { events_->keys.clear(); }

void NativeWindow::newFrame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // The buttons as queued (the backend has just read their live state); a change is seen
    // where it happened.
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < 5; ++i) io.MouseDown[i] = events_->mouseDown[i];
    if (std::exchange(events_->mouseChanged, false))
        io.MousePos = {static_cast<float>(events_->mouseX), static_cast<float>(events_->mouseY)};
    ImGui::NewFrame();
}

FrameSize NativeWindow::size() const {
    FrameSize s;
    glfwGetFramebufferSize(window_, &s.framebufferWidth, &s.framebufferHeight);
    glfwGetWindowSize(window_, &s.windowWidth, &s.windowHeight);
    s.pixelRatio = s.windowWidth > 0
                       ? static_cast<double>(s.framebufferWidth) / s.windowWidth
                       : 1.0;
    return s;
}

MonitorInfo NativeWindow::monitor() const {
    MonitorInfo m;
    glfwGetWindowContentScale(window_, &m.contentScale, nullptr);
    GLFWmonitor* monitor = monitorOf(window_);
    if (monitor) glfwGetMonitorPhysicalSize(monitor, &m.physicalWidthMm, nullptr);
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    m.modeWidthPx = mode ? mode->width : 0;
    return m;
}

double NativeWindow::time() const { return glfwGetTime(); }
bool NativeWindow::shouldClose() const { return glfwWindowShouldClose(window_) != 0; }
void NativeWindow::close() { glfwSetWindowShouldClose(window_, GLFW_TRUE); }

void NativeWindow::toggleFullscreen() {
    if (!glfwGetWindowMonitor(window_)) {
        before_ = rect();
        wasMaximized_ = maximized();
        GLFWmonitor* monitor = monitorOf(window_);
        const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
        if (!mode) return;
        glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height,
                             mode->refreshRate);
    } else {
        glfwSetWindowMonitor(window_, nullptr, before_.x, before_.y, before_.width, before_.height,
                             0);
        if (wasMaximized_) glfwMaximizeWindow(window_);
    }
}

bool NativeWindow::fullscreen() const { return glfwGetWindowMonitor(window_) != nullptr; }
bool NativeWindow::maximized() const {
    return glfwGetWindowAttrib(window_, GLFW_MAXIMIZED) == GLFW_TRUE;
}

WindowRect NativeWindow::rect() const {
    WindowRect r;
    glfwGetWindowPos(window_, &r.x, &r.y);
    glfwGetWindowSize(window_, &r.width, &r.height);
    return r;
}

void NativeWindow::reloadFontTexture() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
}

void NativeWindow::drawImGui() { ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData()); }

render::Image NativeWindow::readFramebuffer() const {
    const FrameSize s = size();
    const int width = s.framebufferWidth, height = s.framebufferHeight;
    render::Image img{width, height,
                      std::vector<std::uint8_t>(static_cast<size_t>(width) * height * 4)};
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, img.rgba.data());
    std::size_t row = static_cast<std::size_t>(width) * 4;
    for (int y = 0; y < height / 2; ++y)
        std::swap_ranges(img.rgba.begin() + static_cast<long>(y * row),
                         img.rgba.begin() + static_cast<long>((y + 1) * row),
                         img.rgba.begin() + static_cast<long>((height - 1 - y) * row));
    for (std::size_t i = 3; i < img.rgba.size(); i += 4) img.rgba[i] = 255;
    return img;
}

void NativeWindow::swapBuffers() { glfwSwapBuffers(window_); }

}  // namespace ui
