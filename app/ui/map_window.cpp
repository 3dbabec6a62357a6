#include "app/ui/map_window.hpp"

// GL comes from epoxy; GLFW must not include the system GL header as well.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <epoxy/gl.h>
#include <imgui.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <vector>

#include "app/render/font.hpp"
#include "app/render/map_renderer.hpp"
#include "app/render/map_scene.hpp"
#include "app/render/offscreen.hpp"
#include "app/render/snapshot.hpp"
#include "app/store/map_data.hpp"
#include "app/ui/map_view.hpp"
#include "app/ui/panels.hpp"
#include "app/ui/strings.hpp"
#include "app/ui/theme.hpp"

namespace ui {
namespace {

struct GlfwSession {
    GlfwSession() {
        glfwSetErrorCallback([](int code, const char* msg) {
            std::fprintf(stderr, "GLFW error %d: %s\n", code, msg);
        });
        ok = glfwInit() == GLFW_TRUE;
    }
    ~GlfwSession() {
        if (ok) glfwTerminate();
    }
    bool ok = false;
};

// Shortcuts are taken from GLFW's key events, not from ImGui's per-frame key state: a
// presenter's remote sends press and release within one frame, which ImGui 1.86 would miss.
struct KeyQueue {
    std::vector<std::pair<int, int>> pressed;  // key, mods
};

void keyCallback(GLFWwindow* window, int key, int scancode, int action, int mods) {
    ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
    if (action != GLFW_RELEASE)
        static_cast<KeyQueue*>(glfwGetWindowUserPointer(window))->pressed.emplace_back(key, mods);
}

struct WindowDeleter {
    void operator()(GLFWwindow* w) const { glfwDestroyWindow(w); }
};

struct ImGuiSession {
    ImGuiSession(GLFWwindow* window) {
        IMGUI_CHECKVERSION();
        ImGui::CreateContext();
        ImGui::GetIO().IniFilename = nullptr;  // layout is fixed; nothing to persist yet
        ImGui_ImplGlfw_InitForOpenGL(window, true);
        ImGui_ImplOpenGL3_Init("#version 330 core");
    }
    ~ImGuiSession() {
        ImGui_ImplOpenGL3_Shutdown();
        ImGui_ImplGlfw_Shutdown();
        ImGui::DestroyContext();
    }
};

// Reads the whole default framebuffer (after rendering, before the swap).
render::Image readFramebuffer(int width, int height) {
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

}  // namespace

int runMapWindow(const WindowOptions& options) {
    store::MapData data;
    try {
        data = store::loadMapData(options.project);
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }

    GlfwSession glfw;
    if (!glfw.ok) {
        std::cerr << "error: cannot start the window system (is a display available? "
                     "Without one, use `begegnungskarte snapshot`)\n";
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
    // No multisampling: the renderer anti-aliases itself, as in exported images.
    glfwWindowHint(GLFW_SAMPLES, 0);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    glfwWindowHint(GLFW_MAXIMIZED, options.maximized ? GLFW_TRUE : GLFW_FALSE);
    std::string title = std::string(text::kAppName) + " – " +
                        std::filesystem::path(options.project).stem().string();
    std::unique_ptr<GLFWwindow, WindowDeleter> window(
        glfwCreateWindow(options.width, options.height, title.c_str(), nullptr, nullptr));
    if (!window) {
        std::cerr << "error: cannot open an OpenGL 3.3 window\n";
        return 1;
    }
    glfwMakeContextCurrent(window.get());
    glfwSwapInterval(1);

    float contentScale = 1.f;
    glfwGetWindowContentScale(window.get(), &contentScale, nullptr);
    ImGuiSession imgui(window.get());
    KeyQueue keys;
    glfwSetWindowUserPointer(window.get(), &keys);
    glfwSetKeyCallback(window.get(), keyCallback);  // chains to ImGui's handler

    try {
        std::string fontFile = render::findFontFile("DejaVu Sans", false);
        applyTheme(fontFile, contentScale);
        render::MapScene scene = render::buildMapScene(data);
        render::SdfFont font = render::loadMapFont();
        render::MapRenderer renderer(scene, font);
        MapView map(data, renderer);
        ExportDialogState exportState;
        std::string status;
        render::MapStyle style;

        for (int frame = 0; !glfwWindowShouldClose(window.get()); ++frame) {
            glfwPollEvents();
            ImGui_ImplOpenGL3_NewFrame();
            ImGui_ImplGlfw_NewFrame();
            ImGui::NewFrame();
            ImGuiIO& io = ImGui::GetIO();

            int fbW = 0, fbH = 0, winW = 0, winH = 0;
            glfwGetFramebufferSize(window.get(), &fbW, &fbH);
            glfwGetWindowSize(window.get(), &winW, &winH);
            // Framebuffer pixels per window coordinate (2 on HiDPI screens).
            double ratio = winW > 0 ? static_cast<double>(fbW) / winW : 1.0;
            style.scale = static_cast<float>(ratio) * contentScale;

            float panelWidth = std::min(430.f * contentScale, static_cast<float>(winW) * 0.4f);
            float mapWidthWin = static_cast<float>(winW) - panelWidth;
            map.setRect({0, 0, mapWidthWin * ratio, fbH * 1.0});
            map.handleMouse(io.MousePos.x * ratio, io.MousePos.y * ratio, io.MouseDown[0],
                            io.MouseWheel, io.WantCaptureMouse);

            bool enter = false, escape = false;
            for (auto [key, mods] : keys.pressed) {
                enter = enter || key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER;
                escape = escape || key == GLFW_KEY_ESCAPE;
            }
            if (!io.WantCaptureKeyboard) {
                for (ImWchar c : io.InputQueueCharacters) {
                    if (c == '+') map.zoomBy(1.5);
                    if (c == '-') map.zoomBy(1 / 1.5);
                }
                for (auto [key, mods] : keys.pressed) {
                    bool ctrl = (mods & GLFW_MOD_CONTROL) != 0;
                    if (key == GLFW_KEY_KP_ADD) map.zoomBy(1.5);
                    if (key == GLFW_KEY_KP_SUBTRACT) map.zoomBy(1 / 1.5);
                    if (key == GLFW_KEY_HOME) map.fitDistrict();
                    if (ctrl && key == GLFW_KEY_E) exportState.open = true;
                }
            }

            std::optional<std::size_t> hovered = map.hovered();
            SidePanelResult panel = drawSidePanel(data, hovered, style, mapWidthWin, panelWidth,
                                                  static_cast<float>(winH), status);
            if (panel.fitDistrict) map.fitDistrict();
            if (panel.openExport) exportState.open = true;
            if (hovered && !io.WantCaptureMouse)
                drawMunicipalityTooltip(data.municipalities[*hovered]);
            std::optional<std::size_t> highlight = hovered ? hovered : panel.hoveredRow;

            auto mapW = static_cast<int>(map.rect().width),
                 mapH = static_cast<int>(map.rect().height);
            std::optional<ExportRequest> request =
                drawExportDialog(exportState, mapW, mapH, enter, escape);
            keys.pressed.clear();
            ImGui::Render();

            if (request) {
                // Same view, `factor` times the pixels and every pixel size: what the screen
                // shows, only sharper.
                try {
                    render::MapStyle exportStyle = style;
                    exportStyle.scale *= static_cast<float>(request->factor);
                    render::Image image = render::renderImage(
                        renderer, map.viewport().scaled(request->factor), exportStyle, highlight);
                    render::writePng(image, request->path,
                                     render::pngMetadata(scene.attribution, options.project));
                    status = std::string(text::kSaved) + ": " + request->path + " (" +
                             std::to_string(image.width) + " × " + std::to_string(image.height) +
                             ")";
                } catch (const std::exception& e) {
                    status = std::string(text::kError) + ": " + e.what();
                }
            }

            glBindFramebuffer(GL_FRAMEBUFFER, 0);
            glViewport(0, 0, fbW, fbH);
            glClearColor(0.94f, 0.94f, 0.94f, 1.f);
            glClear(GL_COLOR_BUFFER_BIT);
            map.draw(style, fbH, highlight);
            ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

            if (options.frames > 0 && frame + 1 >= options.frames) {
                if (!options.screenshot.empty()) {
                    render::writePng(readFramebuffer(fbW, fbH), options.screenshot);
                    std::printf("%s: %dx%d window screenshot\n", options.screenshot.c_str(), fbW,
                                fbH);
                }
                glfwSetWindowShouldClose(window.get(), GLFW_TRUE);
            }
            glfwSwapBuffers(window.get());
        }
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    return 0;
}

}  // namespace ui
