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
#include <optional>
#include <utility>
#include <variant>
#include <vector>

#include "app/render/font.hpp"
#include "app/render/map_renderer.hpp"
#include "app/map/map_scene.hpp"
#include "app/render/offscreen.hpp"
#include "app/render/snapshot.hpp"
#include "app/map/thematic.hpp"
#include "app/domain/eligibility.hpp"
#include "app/domain/map_data.hpp"
#include "app/project/project.hpp"
#include "app/ui/application_panels.hpp"
#include "app/ui/map_view.hpp"
#include "app/ui/panels.hpp"
#include "app/ui/shown_set.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/ui/text_dump.hpp"
#include "app/ui/presentation.hpp"
#include "app/ui/settings.hpp"
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
    // The character the key types in the current layout ('+' is its own key on German
    // keyboards, Shift+'=' on US ones), parallel to `pressed`; 0 for non-printable keys.
    std::vector<char> typed;
};

void keyCallback(GLFWwindow* window, int key, int scancode, int action, int mods) {
    ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
    if (action != GLFW_RELEASE) {
        auto* queue = static_cast<KeyQueue*>(glfwGetWindowUserPointer(window));
        queue->pressed.emplace_back(key, mods);
        const char* name = glfwGetKeyName(key, scancode);
        queue->typed.push_back(name && name[0] && !name[1] ? name[0] : '\0');
    }
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

// F11: full screen on the window's monitor, and back to the rectangle it had before.
struct FullscreenToggle {
    WindowRect before;
    bool wasMaximized = false;
    void toggle(GLFWwindow* window) {
        if (!glfwGetWindowMonitor(window)) {
            glfwGetWindowPos(window, &before.x, &before.y);
            glfwGetWindowSize(window, &before.width, &before.height);
            wasMaximized = glfwGetWindowAttrib(window, GLFW_MAXIMIZED) == GLFW_TRUE;
            GLFWmonitor* monitor = monitorOf(window);
            const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
            if (!mode) return;
            glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height,
                                 mode->refreshRate);
        } else {
            glfwSetWindowMonitor(window, nullptr, before.x, before.y, before.width, before.height,
                                 0);
            if (wasMaximized) glfwMaximizeWindow(window);
        }
    }
};

ImVec4 imColor(map::Rgba c) { return {c.r, c.g, c.b, c.a}; }

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

// Applies what the panels and the map asked for, one action at a time; a refused action
// leaves the project unchanged and says why in the status line.
void applyRequests(project::Project& project, UiState& state, Requests& requests,
                   std::string& status) {
    auto attempt = [&](auto&& f, const std::string& done) {
        try {
            f();
            status = done;
        } catch (const project::ValidationError& e) {
            status = std::string(text::kError) + ": " + e.what();
        } catch (const std::exception& e) {
            status = std::string(text::kError) + ": " + e.what();
        }
    };
    for (const project::Action& action : requests.actions) {
        std::int64_t maxIdBefore = 0;
        for (const domain::Application& a : project.applications())
            maxIdBefore = std::max(maxIdBefore, a.id);
        attempt([&] { project.apply(action); }, project::describe(action));
        // A refused edit of the form keeps its draft (nothing typed is lost) and says why.
        if (std::holds_alternative<project::UpdateApplication>(action) &&
            status.rfind(text::kError, 0) == 0) {
            state.draftProblems = {status};
            state.draftDirty = true;
        }
        if (std::holds_alternative<project::AddApplication>(action)) {
            for (const domain::Application& a : project.applications())
                if (a.id > maxIdBefore) state.selected = a.id;
            reloadDraft(project, state);
        }
        if (const auto* move = std::get_if<project::MoveSite>(&action); move && move->site) {
            // Say at once where the site landed, and whether that fits the application.
            const domain::Application* a = project.find(move->id);
            std::optional<std::size_t> at = project.municipalityAt(*move->site);
            if (a && !at)
                status = i18n::fill(text::kSiteOutside, {a->nr});
            else if (a && at && project.map().municipalities[*at].ags != a->municipalityAgs)
                status = i18n::fill(text::kSiteInWrongMunicipality,
                                    {a->nr, project.map().municipalities[*at].name});
            else if (a && at)
                status = i18n::fill(text::kSiteIn, {a->nr, project.map().municipalities[*at].name});
        }
        if (std::holds_alternative<project::MoveSite>(action)) state.placingSite = false;
    }
    if (requests.undo && project.canUndo()) {
        std::string what = project.undoDescription();
        attempt([&] { project.undo(); }, std::string(text::kUndone) + ": " + what);
    }
    if (requests.redo && project.canRedo()) {
        std::string what = project.redoDescription();
        attempt([&] { project.redo(); }, std::string(text::kRedone) + ": " + what);
    }
    if (state.selected && !project.find(*state.selected)) {
        state.selected.reset();
        state.draft.reset();
    }
    requests = {};
}

bool sameMarkers(const std::vector<map::Marker>& a, const std::vector<map::Marker>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].position.x != b[i].position.x || a[i].position.y != b[i].position.y ||
            a[i].shape != b[i].shape || a[i].selected != b[i].selected ||
            a[i].flagged != b[i].flagged ||
            a[i].color.r != b[i].color.r || a[i].color.g != b[i].color.g ||
            a[i].color.b != b[i].color.b)
            return false;
    return true;
}

void drawSiteTooltip(const project::Project& project, std::int64_t id) {
    const domain::Application* a = project.find(id);
    if (!a) return;
    ImGui::BeginTooltip();
    ImGui::Text("%s · %s", a->nr.c_str(), a->title.c_str());
    ImGui::Text("%s: %s", text::kStatus.c_str(), std::string(domain::label(a->status)).c_str());
    ImGui::TextDisabled("%s", a->applicant.c_str());
    ImGui::EndTooltip();
}

}  // namespace

int runMapWindow(const WindowOptions& options) {
    std::optional<project::Project> opened;
    try {
        opened = project::Project::open(options.project);
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    project::Project& project = *opened;
    const std::string osUser = project.user();
    const domain::MapData& data = project.map();
    if (project.readOnly())
        std::cerr << "note: " << options.project << " " << project.readOnlyReason() << '\n';

    // The remembered layout, theme, scale and language; the command line overrides them for
    // this run. `stored` is what will be written back: the command line's start states are
    // not, what the user changes in the window is.
    const std::filesystem::path settingsFile = settingsPath();
    LoadedSettings loaded = loadSettings(settingsFile);
    if (!loaded.warning.empty()) std::cerr << "warning: " << loaded.warning << '\n';
    UiSettings stored = loaded.settings;
    i18n::setLanguage(options.language ? *options.language : stored.language);
    Presentation pres;
    pres.theme = options.theme ? *options.theme : stored.theme;
    pres.mapOnly = options.mapOnly;
    pres.sidePanelWidth = stored.sidePanelWidth;
    const bool sizeGiven = !options.maximized;  // --width / --height: a test or a fixed size

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
    int startWidth = options.width, startHeight = options.height;
    bool startMaximized = options.maximized;
    if (!sizeGiven && stored.window) {
        startWidth = stored.window->width;
        startHeight = stored.window->height;
        startMaximized = stored.maximized;
    }
    glfwWindowHint(GLFW_MAXIMIZED, startMaximized ? GLFW_TRUE : GLFW_FALSE);
    std::string title = std::string(text::kAppName) + " – " +
                        std::filesystem::path(options.project).stem().string();
    if (project.isExample()) title += " – " + std::string(text::kExampleData);
    if (project.readOnly()) title += " (" + std::string(text::kReadOnly) + ")";
    std::unique_ptr<GLFWwindow, WindowDeleter> window(
        glfwCreateWindow(startWidth, startHeight, title.c_str(), nullptr, nullptr));
    if (!window) {
        std::cerr << "error: cannot open an OpenGL 3.3 window\n";
        return 1;
    }
    if (!sizeGiven && stored.window && !startMaximized)
        glfwSetWindowPos(window.get(), stored.window->x, stored.window->y);
    glfwMakeContextCurrent(window.get());
    glfwSwapInterval(1);

    float contentScale = 1.f;
    glfwGetWindowContentScale(window.get(), &contentScale, nullptr);
    {
        GLFWmonitor* monitor = monitorOf(window.get());
        int widthMm = 0;
        if (monitor) glfwGetMonitorPhysicalSize(monitor, &widthMm, nullptr);
        const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
        pres.defaultScale = startUiScale(contentScale, mode ? mode->width : 0, widthMm);
    }
    pres.uiScale = clampUiScale(options.uiScale ? *options.uiScale
                                                : stored.uiScale.value_or(pres.defaultScale));
    FullscreenToggle fullscreen;
    // The last rectangle of the window while neither maximised nor full screen (remembered).
    WindowRect normalRect{0, 0, startWidth, startHeight};
    if (stored.window) normalRect = *stored.window;
    ImGuiSession imgui(window.get());
    KeyQueue keys;
    glfwSetWindowUserPointer(window.get(), &keys);
    glfwSetKeyCallback(window.get(), keyCallback);  // chains to ImGui's handler

    try {
        std::string fontFile = render::findFontFile("DejaVu Sans", false);
        buildFonts(fontFile, pres.uiScale);
        applyTheme(pres.theme, pres.uiScale);
        if (options.fullscreen) fullscreen.toggle(window.get());
        map::MapScene scene = map::buildMapScene(data);
        // The example mark is in the current language: rebuilt when the language changes (the
        // renderer reads the scene's attribution when it draws).
        const std::string dataAttribution = scene.attribution;
        auto markExample = [&] {
            if (project.isExample())
                scene.attribution = std::string(text::kExampleData) + " · " + dataAttribution;
        };
        markExample();
        render::SdfFont font = render::loadMapFont();
        render::MapRenderer renderer(scene, font);
        MapView map(data);
        ExportDialogState exportState;
        ImportDialogState importState;
        UiState state;
        loadViewSettings(project, state);
        Requests requests;
        SelectionModel selection;
        std::string status = project.readOnly()
                                 ? std::string(text::kReadOnly) + ": " + project.readOnlyReason()
                                 : std::string();
        map::MapStyle style;
        applyMapTheme(pres.theme, style);
        if (!loaded.warning.empty())
            status = std::string(text::kSettingsUnreadable) + ": " + settingsFile.string();
        // A crash had interrupted a write: open() rolled it back; say so once, in the user's
        // language (stderr already has the English line).
        if (!project.recoveryNote().empty())
            status = i18n::fill(text::kRecoveredInterruptedWrite,
                                {std::filesystem::path(project.path()).filename().string()});
        // Writes what the user changed; a failure is said in the status line, never fatal.
        auto saveStored = [&] {
            try {
                saveSettings(stored, settingsFile);
            } catch (const std::exception& e) {
                status = std::string(text::kSettingsNotSaved) + ": " + e.what();
            }
        };
        bool wasMapOnly = pres.mapOnly;
        double refitUntil = 0;
        std::vector<map::Marker> markers;
        std::vector<map::Rgba> colors;

        for (int frame = 0; !glfwWindowShouldClose(window.get()); ++frame) {
            glfwPollEvents();
            // Between frames: full screen, fonts re-rasterised at the new scale (atlas and GL
            // texture rebuilt), theme; what the user chose is remembered.
            // A map that showed the whole district keeps showing it, filling the new size,
            // when full screen or the map-only view changes the map's size (the new size
            // arrives within a frame or two).
            auto showsWholeDistrict = [&] {
                geo::Box all = data.extent(), seen = map.viewport().visibleExtent();
                return !all.empty() && seen.minx <= all.minx && seen.miny <= all.miny &&
                       seen.maxx >= all.maxx && seen.maxy >= all.maxy;
            };
            if (pres.toggleFullscreen || pres.mapOnly != wasMapOnly) {
                if (showsWholeDistrict()) refitUntil = glfwGetTime() + 0.4;
                wasMapOnly = pres.mapOnly;
            }
            if (pres.toggleFullscreen) {
                fullscreen.toggle(window.get());
                pres.toggleFullscreen = false;
            }
            pres.fullscreen = glfwGetWindowMonitor(window.get()) != nullptr;
            if (pres.rebuildFonts) {
                buildFonts(fontFile, pres.uiScale);
                ImGui_ImplOpenGL3_DestroyFontsTexture();
                ImGui_ImplOpenGL3_CreateFontsTexture();
                applyTheme(pres.theme, pres.uiScale);  // style sizes follow the scale
                stored.uiScale = pres.uiScale;
                pres.rebuildFonts = false;
                saveStored();
            }
            if (pres.themeChanged) {
                applyTheme(pres.theme, pres.uiScale);
                applyMapTheme(pres.theme, style);
                if (stored.theme != pres.theme) {
                    stored.theme = pres.theme;
                    saveStored();
                }
                pres.themeChanged = false;
            }
            if (pres.languageChanged) {
                markExample();
                stored.language = i18n::language();
                pres.languageChanged = false;
                saveStored();
            }
            if (!pres.fullscreen && glfwGetWindowAttrib(window.get(), GLFW_MAXIMIZED) != GLFW_TRUE) {
                glfwGetWindowPos(window.get(), &normalRect.x, &normalRect.y);
                glfwGetWindowSize(window.get(), &normalRect.width, &normalRect.height);
            }
            map.animate(glfwGetTime());
            ImGui_ImplOpenGL3_NewFrame();
            ImGui_ImplGlfw_NewFrame();
            ImGui::NewFrame();
            const bool dumpText =
                !options.textDump.empty() && options.frames > 0 && frame + 1 >= options.frames;
            ImGuiIO& io = ImGui::GetIO();

            int fbW = 0, fbH = 0, winW = 0, winH = 0;
            glfwGetFramebufferSize(window.get(), &fbW, &fbH);
            glfwGetWindowSize(window.get(), &winW, &winH);
            // Framebuffer pixels per window coordinate (2 on HiDPI screens).
            double ratio = winW > 0 ? static_cast<double>(fbW) / winW : 1.0;
            style.scale = static_cast<float>(ratio) * pres.uiScale;

            // Map | form of the selected application | side panel; the map alone in the
            // map-only view.
            const float winWf = static_cast<float>(winW);
            float panelWidth = std::clamp(
                pres.sidePanelWidth.value_or(std::min(600.f * pres.uiScale, winWf * 0.4f)),
                std::min(320.f, winWf * 0.3f), winWf * 0.6f);
            float formWidth =
                state.draft ? std::min(520.f * pres.uiScale, winWf * 0.28f) : 0.f;
            // Keys and buttons may switch the view during this frame; the layout follows next
            // frame, so this frame draws what it laid out.
            const bool mapOnlyFrame = pres.mapOnly;
            if (mapOnlyFrame) panelWidth = formWidth = 0.f;
            float mapWidthWin = static_cast<float>(winW) - panelWidth - formWidth;
            map.setRect({0, 0, mapWidthWin * ratio, fbH * 1.0});
            if (glfwGetTime() < refitUntil) map.fitDistrict();

            SiteContext sites{&project.applications(), state.selected, state.placingSite,
                              !project.readOnly(),
                              static_cast<double>(style.markerPx * style.scale) * 1.3};
            MapEvent event = map.handleMouse(
                {io.MousePos.x * ratio, io.MousePos.y * ratio, io.MouseDown[0], io.MouseWheel,
                 io.WantCaptureMouse},
                sites);
            if (event.clickedSite) selectApplication(project, state, requests, event.clickedSite);
            if (event.siteMovedTo && state.selected)
                requests.actions.push_back(project::MoveSite{*state.selected, event.siteMovedTo});

            bool enter = false, escape = false;
            for (auto [key, mods] : keys.pressed) {
                enter = enter || key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER;
                escape = escape || key == GLFW_KEY_ESCAPE;
            }
            if (escape) state.placingSite = false;
            // Esc leaves the map-only view first; in the normal view it hides the card and
            // the set shown by rank.
            if (escape && pres.mapOnly) {
                pres.mapOnly = false;
            } else if (escape) {
                pres.card.reset();
                pres.shownRank.reset();
            }
            int step = 0;
            if (!io.WantCaptureKeyboard) {
                for (ImWchar c : io.InputQueueCharacters) {
                    if (c == '+') map.zoomBy(1.5);
                    if (c == '-') map.zoomBy(1 / 1.5);
                }
                for (auto [key, mods] : keys.pressed) {
                    if ((mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER)) != 0) continue;
                    if (key == GLFW_KEY_KP_ADD) map.zoomBy(1.5);
                    if (key == GLFW_KEY_KP_SUBTRACT) map.zoomBy(1 / 1.5);
                    if (key == GLFW_KEY_HOME) map.fitDistrict();
                    if (key == GLFW_KEY_RIGHT) step = +1;
                    if (key == GLFW_KEY_LEFT) step = -1;
                    int rank = key >= GLFW_KEY_1 && key <= GLFW_KEY_9       ? key - GLFW_KEY_0
                               : key >= GLFW_KEY_KP_1 && key <= GLFW_KEY_KP_9 ? key - GLFW_KEY_KP_0
                                                                            : 0;
                    if (rank > 0) pres.shownRank = rank;
                }
            }
            // Presentation keys work unless a text field is being typed in.
            if (!io.WantTextInput) {
                for (std::size_t i = 0; i < keys.pressed.size(); ++i) {
                    auto [key, mods] = keys.pressed[i];
                    char typed = i < keys.typed.size() ? keys.typed[i] : '\0';
                    if (key == GLFW_KEY_F11) pres.toggleFullscreen = true;
                    if (key == GLFW_KEY_F5) pres.mapOnly = !pres.mapOnly;
                    if ((mods & GLFW_MOD_CONTROL) == 0) continue;
                    float before = pres.uiScale;
                    if (key == GLFW_KEY_KP_ADD || key == GLFW_KEY_EQUAL || typed == '+')
                        pres.uiScale = nextUiScale(pres.uiScale, +1);
                    else if (key == GLFW_KEY_KP_SUBTRACT || key == GLFW_KEY_MINUS || typed == '-')
                        pres.uiScale = nextUiScale(pres.uiScale, -1);
                    else if (key == GLFW_KEY_0 || key == GLFW_KEY_KP_0)
                        pres.uiScale = pres.defaultScale;
                    if (pres.uiScale != before) pres.rebuildFonts = true;
                }
            }
            if (step != 0) {
                // Through the list in its order (filter and sort); before the list was ever
                // drawn (started map-only), through all applications.
                std::vector<std::int64_t> order = state.listOrder;
                if (!state.listOrderKnown)
                    for (const domain::Application& a : project.applications()) order.push_back(a.id);
                std::optional<std::int64_t> from = pres.card ? pres.card : state.selected;
                if (std::optional<std::int64_t> next = stepApplication(order, from, step)) {
                    selectApplication(project, state, requests, next);
                    if (state.selected == next) {
                        pres.card = next;
                        const domain::Application* a = project.find(*next);
                        // Close enough to see the place and its neighbours, never zooming out.
                        if (a && a->site)
                            map.glideTo(*a->site,
                                        std::min(map.viewport().metresPerPixel(), 20.0 * ratio),
                                        glfwGetTime());
                    }
                }
            }
            if (pres.card && pres.card != state.selected) pres.card.reset();
            // Ctrl shortcuts work unless a text field is being typed in (it has its own undo).
            if (!io.WantTextInput) {
                for (auto [key, mods] : keys.pressed) {
                    bool ctrl = (mods & GLFW_MOD_CONTROL) != 0;
                    bool shift = (mods & GLFW_MOD_SHIFT) != 0;
                    if (ctrl && key == GLFW_KEY_E) exportState.open = true;
                    if (ctrl && key == GLFW_KEY_Z && !shift) requests.undo = true;
                    if (ctrl && (key == GLFW_KEY_Y || (key == GLFW_KEY_Z && shift)))
                        requests.redo = true;
                }
            }

            std::optional<std::size_t> hovered = map.hovered();
            SidePanelResult panel;
            if (!mapOnlyFrame) {
                panel = drawSidePanel(project, state, requests, selection, hovered, style, pres,
                                      mapWidthWin + formWidth, panelWidth,
                                      static_cast<float>(winH), status);
                float dragged = drawPanelSplitter(mapWidthWin + formWidth,
                                                  static_cast<float>(winH), panelWidth,
                                                  std::min(320.f, winWf * 0.3f), winWf * 0.6f);
                if (dragged != panelWidth) {
                    pres.sidePanelWidth = dragged;
                    stored.sidePanelWidth = dragged;
                }
                drawApplicationForm(project, state, requests, mapWidthWin, formWidth,
                                    static_cast<float>(winH));
            } else if (drawBackToPanelsButton(winWf)) {
                pres.mapOnly = false;
            }
            if (panel.fitDistrict) map.fitDistrict();
            if (panel.openExport) exportState.open = true;
            if (requests.openImport) importState.open = true;
            float pad = 10.f * pres.uiScale;
            // Above the scale bar (about 50 px high at the map's style scale), which the
            // renderer puts above the attribution when both do not fit side by side (a narrow
            // map at a large UI scale); the attribution's width is estimated with ImGui's font.
            float overlayBelow = 56.f;
            {
                float s = style.scale;
                float attributionPx = ImGui::CalcTextSize(scene.attribution.c_str()).x *
                                          style.overlayTextPx * s / ImGui::GetFontSize() +
                                      16.f * s;
                float scaleBarPx = 186.f * s;
                if (24.f * s + scaleBarPx + attributionPx + 12.f * s >
                    mapWidthWin * static_cast<float>(ratio))
                    overlayBelow += 42.f;
            }
            drawMapLegend(project, state, pad,
                          static_cast<float>(winH) - pad - overlayBelow * style.scale /
                                                               static_cast<float>(ratio));
            if (state.placingSite) {
                ImGui::SetNextWindowPos({mapWidthWin * 0.5f, pad}, 0, {0.5f, 0.f});
                ImGui::Begin("##placing", nullptr,
                             ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav);
                ImGui::TextColored(imColor(accentColor()), "%s", text::kPlacingHint.c_str());
                ImGui::End();
            }
            drawImportDialog(project, importState, requests, escape);
            if (!io.WantCaptureMouse) {
                if (map.hoveredSite())
                    drawSiteTooltip(project, *map.hoveredSite());
                else if (hovered)
                    drawMunicipalityTooltip(data.municipalities[*hovered]);
            }
            std::optional<std::size_t> highlight = hovered ? hovered : panel.hoveredRow;
            if (!state.status.empty()) status = std::exchange(state.status, {});

            auto mapW = static_cast<int>(map.rect().width),
                 mapH = static_cast<int>(map.rect().height);
            std::optional<ExportRequest> request =
                drawExportDialog(exportState, mapW, mapH, enter, escape);
            // The set on the map (ui/shown_set.hpp): what the user points at or asks for
            // with keys 1–9, else the recorded choice, else the recommendation.
            if (pres.shownRank || project.committee().choice || state.selectionTabOpen ||
                mapOnlyFrame) {
                if (!state.district) state.district = decision::analyseDistrict(data);
                decision::Weights weights = state.liveWeights
                                                ? *state.liveWeights
                                                : project.committee().settings.weights;
                selection.update(project, *state.district, weights, !state.liveWeights);
            }
            const MapSet mapShown =
                mapSet(selection, project.committee(),
                       {state.selectionTabOpen, mapOnlyFrame, state.hoveredSet, state.pickedSet,
                        pres.shownRank});
            if (mapShown.rankMissing) {
                status = std::string(text::kNoRankedSet) + ": " + std::to_string(*pres.shownRank);
                pres.shownRank.reset();
            }
            const decision::RankedSet* shownSet = mapShown.set ? &*mapShown.set : nullptr;
            state.coverageShownKm.reset();
            if (shownSet) state.coverageShownKm = selection.input().settings.radiusKm;
            if (shownSet)
                drawSetOverlay(selection, *shownSet, mapShown.shown.kind, map.viewport(), ratio,
                               {0, 0}, mapWidthWin);
            if (mapShown.rank) {
                // Which rank the map shows, under the population line of the overlay.
                std::string line = std::string(text::kRankedSet) + " " +
                                   std::to_string(*pres.shownRank);
                ImGui::SetNextWindowPos({mapWidthWin * 0.5f, pad + ImGui::GetFrameHeight() * 2},
                                        ImGuiCond_Always, {0.5f, 0.f});
                ImGui::SetNextWindowBgAlpha(0.92f);
                ImGui::Begin("##rank", nullptr,
                             ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                                 ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoMove);
                ImGui::TextUnformatted(line.c_str());
                ImGui::End();
            }
            if (pres.card) {
                // Top right of the map: below the way back in the map-only view, below the
                // population line and rank of a shown set.
                float cardY = pad;
                if (mapOnlyFrame) cardY += ImGui::GetFrameHeight() * 1.8f;
                if (shownSet) cardY = std::max(cardY, pad + ImGui::GetFrameHeight() * 4.f);
                drawApplicationCard(project, *pres.card, mapWidthWin - pad, cardY, 1.f, 0.f,
                                    std::max(mapWidthWin * 0.42f, 300.f));
            }
            keys.pressed.clear();
            keys.typed.clear();
            ImGui::Render();
            if (dumpText) writeRenderedText(options.textDump);

            // The audit log names the member at the keyboard, else the operating-system user.
            if (const decision::Member* m = state.currentMember
                                                ? project.committee().member(*state.currentMember)
                                                : nullptr)
                project.setUser(m->name);
            else
                project.setUser(osUser);
            // Edits are written now, each in its own transaction, before anything is drawn.
            applyRequests(project, state, requests, status);
            saveViewSettings(project, state);

            // Thematic content follows the project; uploaded only when it changed.
            if (state.ineligibleRevision != project.revision()) {
                state.ineligible = domain::ineligibleApplications(project.state());
                state.ineligibleRevision = project.revision();
            }
            std::vector<map::Marker> nowMarkers =
                map::siteMarkers(project.applications(), state.selected, state.ineligible);
            if (std::optional<geo::Vec2> dragged = map.draggedSite())
                for (map::Marker& m : nowMarkers)
                    if (m.selected) m.position = *dragged;
            if (!sameMarkers(nowMarkers, markers)) {
                markers = nowMarkers;
                renderer.setMarkers(markers);
            }
            std::vector<map::Rgba> nowColors;
            if (shownSet) {
                for (double share : selection.coveredShares(*shownSet))
                    nowColors.push_back(reachedColor(share));
            } else if (state.theme == map::MapTheme::ApplicationsPerMunicipality)
                nowColors =
                    map::applicationsPerMunicipality(data, project.applications()).colors;
            bool colorsChanged = nowColors.size() != colors.size();
            for (std::size_t i = 0; !colorsChanged && i < colors.size(); ++i)
                colorsChanged = nowColors[i].r != colors[i].r || nowColors[i].g != colors[i].g ||
                                nowColors[i].b != colors[i].b;
            if (colorsChanged) {
                colors = nowColors;
                renderer.setMunicipalityColors(colors);
            }

            if (request) {
                // Same view, `factor` times the pixels and every pixel size: what the screen
                // shows, only sharper; the shown set and theme go along (export_dialog.cpp).
                status = exportMap(
                    project, *request, map.viewport(), state.theme, shownSet != nullptr,
                    mapShown.shown,
                    style.scale, [&] {
                        map::MapStyle exportStyle = style;
                        exportStyle.scale *= static_cast<float>(request->factor);
                        return render::renderImage(renderer,
                                                   map.viewport().scaled(request->factor),
                                                   exportStyle, highlight);
                    });
            }

            glBindFramebuffer(GL_FRAMEBUFFER, 0);
            glViewport(0, 0, fbW, fbH);
            glClearColor(style.background.r, style.background.g, style.background.b, 1.f);
            glClear(GL_COLOR_BUFFER_BIT);
            map.draw(renderer, style, fbH, highlight);
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
        // The layout is remembered unless the size came from the command line.
        if (!sizeGiven) {
            stored.window = pres.fullscreen ? fullscreen.before : normalRect;
            stored.maximized = pres.fullscreen
                                   ? fullscreen.wasMaximized
                                   : glfwGetWindowAttrib(window.get(), GLFW_MAXIMIZED) == GLFW_TRUE;
        }
        saveStored();
        if (status.rfind(text::kSettingsNotSaved, 0) == 0) std::cerr << "warning: " << status << '\n';
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    return 0;
}

}  // namespace ui
