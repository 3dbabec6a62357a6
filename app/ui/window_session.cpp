#include "app/ui/window_session.hpp"

#include <epoxy/gl.h>
#include <imgui.h>

#include <cstdio>
#include <exception>
#include <iostream>
#include <mutex>
#include <type_traits>
#include <utility>
#include <vector>

#include "app/i18n/format.hpp"
#include "app/i18n/output_error_text.hpp"
#include "app/i18n/strings.hpp"
#include "app/project/project.hpp"
#include "app/render/font.hpp"
#include "app/render/png.hpp"
#include "app/ui/presentation.hpp"
#include "app/ui/recent_files.hpp"
#include "app/ui/settings.hpp"
#include "app/ui/start_view.hpp"
#include "app/ui/text_dump.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/window_setup.hpp"

namespace ui {
namespace {

std::mutex requestMutex;
std::optional<std::string> requested;

// Files dropped onto the window since the last call, once the window offers them
// (NativeWindow::takeDroppedPaths); none before.
template <class Window>
std::vector<std::string> droppedPaths(Window& window) {
    if constexpr (requires { window.takeDroppedPaths(); }) {
        std::vector<std::string> out;
        for (const auto& p : window.takeDroppedPaths()) out.emplace_back(std::string(p));
        return out;
    } else {
        return {};
    }
}

bool escapePressed(const NativeWindow& window) {
    for (const KeyPress& k : window.keys())
        if (k.key == 256 /* GLFW_KEY_ESCAPE */) return true;
    return false;
}

// The start view in its own window until a project is chosen (returned) or the window is
// closed (nullopt). `message`: why the last project could not be opened.
std::optional<std::string> runStartView(const WindowOptions& options, const std::string& message) {
    WindowStart start{options.width, options.height, options.maximized, std::nullopt,
                      text::kFilesStartTitle.str()};
    NativeWindow window(start);
    const LoadedSettings loaded = loadSettings(settingsPath());
    const MonitorInfo monitor = window.monitor();
    const float scale = clampUiScale(
        options.uiScale ? *options.uiScale
                        : loaded.settings.uiScale.value_or(startUiScale(
                              monitor.contentScale, monitor.modeWidthPx, monitor.physicalWidthMm)));
    const UiTheme theme = options.theme ? *options.theme : loaded.settings.theme;
    buildFonts(render::findFontFile("DejaVu Sans", false), scale);
    window.reloadFontTexture();
    applyTheme(theme, scale);

    StartViewState state;
    const RecentFiles recent = loadRecentFiles(recentFilesPath());
    state.recent = recent.paths;
    state.message = message;
    if (message.empty() && !recent.warning.empty())
        state.message = i18n::fill(text::kFilesRecentUnreadable, {recent.warning});

    for (int frame = 0; !window.shouldClose(); ++frame) {
        window.pollEvents();
        dropPaths(state, droppedPaths(window));
        window.newFrame();
        const FrameSize size = window.size();
        drawStartView(state, static_cast<float>(size.windowWidth),
                      static_cast<float>(size.windowHeight), escapePressed(window));
        window.clearKeys();
        ImGui::Render();
        const bool lastFrame = options.frames > 0 && frame + 1 >= options.frames;
        if (lastFrame && !options.textDump.empty()) writeRenderedText(options.textDump);
        glViewport(0, 0, size.framebufferWidth, size.framebufferHeight);
        const map::Rgba bg = themePalette(theme).windowBg;
        glClearColor(bg.r, bg.g, bg.b, 1.f);
        glClear(GL_COLOR_BUFFER_BIT);
        window.drawImGui();
        if (lastFrame) {
            if (!options.screenshot.empty()) {
                render::writePng(window.readFramebuffer(), options.screenshot);
                std::printf("%s: %dx%d window screenshot\n", options.screenshot.c_str(),
                            size.framebufferWidth, size.framebufferHeight);
            }
            window.close();
        }
        window.swapBuffers();
        if (state.chosen) return state.chosen;
    }
    // Closing the window while a new project is being written: the import finishes first
    // (its temporary file is renamed or removed), so nothing half-written is left.
    waitForNewProject(state);
    return std::nullopt;
}

}  // namespace

void requestOpenProject(const std::string& path) {
    std::lock_guard<std::mutex> lock(requestMutex);
    requested = path;
}

std::optional<std::string> takeRequestedProject() {
    std::lock_guard<std::mutex> lock(requestMutex);
    return std::exchange(requested, std::nullopt);
}

std::optional<std::string> whyProjectCannotOpen(const std::string& path,
                                                std::string* recoveryNote) {
    try {
        project::Project opened = project::Project::open(path);
        if (recoveryNote) *recoveryNote = opened.recoveryNote();
        return std::nullopt;
    } catch (const std::exception& e) {
        return i18n::errorText(e);
    }
}

int runWindowSession(const WindowOptions& options) {
    // The language first: the start view speaks it too.
    const LoadedSettings loaded = loadSettings(settingsPath());
    i18n::setLanguage(options.language ? *options.language : loaded.settings.language);
    WindowOptions run = options;
    std::string next = options.project;
    try {
        for (;;) {
            std::string message;
            if (!next.empty()) {
                // This check is the first open: it rolls back a write a crash interrupted, so
                // the map window is told to say so.
                run.recoveryNote.clear();
                if (std::optional<std::string> why = whyProjectCannotOpen(next, &run.recoveryNote)) {
                    std::cerr << "error: " << *why << '\n';
                    message = i18n::fill(text::kFilesStartCannotOpen, {next, *why});
                } else {
                    noteRecentlyOpened(next);
                    run.project = next;
                    const int code = runMapWindow(run);
                    std::optional<std::string> asked = takeRequestedProject();
                    if (code != 0 || !asked) return code;
                    next = *asked;
                    if (!next.empty()) continue;
                }
            }
            std::optional<std::string> chosen = runStartView(run, message);
            // A test run (--frames) that showed why its project cannot be opened fails.
            if (!chosen) return !message.empty() && options.frames > 0 ? 1 : 0;
            next = *chosen;
        }
    } catch (const WindowError& e) {
        std::cerr << "error: " << i18n::errorText(e) << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "error: " << i18n::errorText(e) << '\n';
        return 1;
    }
}

}  // namespace ui
