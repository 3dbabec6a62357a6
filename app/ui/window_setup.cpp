#include "app/ui/window_setup.hpp"

#include "app/i18n/strings.hpp"

// GL comes from epoxy; GLFW must not include the system GL header as well.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <epoxy/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>

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

namespace {

void keyCallback(GLFWwindow* window, int key, int scancode, int action, int mods) {
    ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
    if (action == GLFW_RELEASE) return;
    auto* keys = static_cast<std::vector<KeyPress>*>(glfwGetWindowUserPointer(window));
    const char* name = glfwGetKeyName(key, scancode);
    keys->push_back({key, mods, name && name[0] && !name[1] ? name[0] : '\0'});
}

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

NativeWindow::NativeWindow(const WindowStart& start) : glfw_(std::make_unique<Glfw>()) {
    if (!glfw_->ok)
        throw WindowError(text::kWinNoDisplay.str());
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    // No multisampling: the renderer anti-aliases itself, as in exported images.
    glfwWindowHint(GLFW_SAMPLES, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHint(GLFW_MAXIMIZED, start.maximized ? GLFW_TRUE : GLFW_FALSE);
    window_ = glfwCreateWindow(start.width, start.height, start.title.c_str(), nullptr, nullptr);
    if (!window_) throw WindowError(text::kWinNoOpenGl.str());
    if (start.position && !start.maximized)
        glfwSetWindowPos(window_, start.position->x, start.position->y);
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(1);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;  // layout is fixed; nothing to persist yet
    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    glfwSetWindowUserPointer(window_, &keys_);
    glfwSetKeyCallback(window_, keyCallback);  // chains to ImGui's handler
}

NativeWindow::~NativeWindow() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window_);
}

void NativeWindow::pollEvents() { glfwPollEvents(); }
const std::vector<KeyPress>& NativeWindow::keys() const { return keys_; }
void NativeWindow::clearKeys() { keys_.clear(); }

void NativeWindow::newFrame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
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
