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
#include "app/render/map_scene.hpp"
#include "app/render/offscreen.hpp"
#include "app/render/snapshot.hpp"
#include "app/render/thematic.hpp"
#include "app/store/eligibility.hpp"
#include "app/store/map_data.hpp"
#include "app/store/project.hpp"
#include "app/ui/application_panels.hpp"
#include "app/ui/map_view.hpp"
#include "app/ui/panels.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/ui/text_dump.hpp"
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

// Applies what the panels and the map asked for, one action at a time; a refused action
// leaves the project unchanged and says why in the status line.
void applyRequests(store::Project& project, UiState& state, Requests& requests,
                   std::string& status) {
    auto attempt = [&](auto&& f, const std::string& done) {
        try {
            f();
            status = done;
        } catch (const store::ValidationError& e) {
            status = std::string(text::kError) + ": " + e.what();
        } catch (const std::exception& e) {
            status = std::string(text::kError) + ": " + e.what();
        }
    };
    for (const store::Action& action : requests.actions) {
        std::int64_t maxIdBefore = 0;
        for (const store::Application& a : project.applications())
            maxIdBefore = std::max(maxIdBefore, a.id);
        attempt([&] { project.apply(action); }, store::describe(action));
        // A refused edit of the form keeps its draft (nothing typed is lost) and says why.
        if (std::holds_alternative<store::UpdateApplication>(action) &&
            status.rfind(text::kError, 0) == 0) {
            state.draftProblems = {status};
            state.draftDirty = true;
        }
        if (std::holds_alternative<store::AddApplication>(action)) {
            for (const store::Application& a : project.applications())
                if (a.id > maxIdBefore) state.selected = a.id;
            reloadDraft(project, state);
        }
        if (const auto* move = std::get_if<store::MoveSite>(&action); move && move->site) {
            // Say at once where the site landed, and whether that fits the application.
            const store::Application* a = project.find(move->id);
            std::optional<std::size_t> at = project.municipalityAt(*move->site);
            if (a && !at)
                status = i18n::fill(text::kSiteOutside, {a->nr});
            else if (a && at && project.map().municipalities[*at].ags != a->municipalityAgs)
                status = i18n::fill(text::kSiteInWrongMunicipality,
                                    {a->nr, project.map().municipalities[*at].name});
            else if (a && at)
                status = i18n::fill(text::kSiteIn, {a->nr, project.map().municipalities[*at].name});
        }
        if (std::holds_alternative<store::MoveSite>(action)) state.placingSite = false;
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

bool sameMarkers(const std::vector<render::Marker>& a, const std::vector<render::Marker>& b) {
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

void drawSiteTooltip(const store::Project& project, std::int64_t id) {
    const store::Application* a = project.find(id);
    if (!a) return;
    ImGui::BeginTooltip();
    ImGui::Text("%s · %s", a->nr.c_str(), a->title.c_str());
    ImGui::Text("%s: %s", text::kStatus.c_str(), std::string(store::label(a->status)).c_str());
    ImGui::TextDisabled("%s", a->applicant.c_str());
    ImGui::EndTooltip();
}

}  // namespace

int runMapWindow(const WindowOptions& options) {
    std::optional<store::Project> opened;
    try {
        opened = store::Project::open(options.project);
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    store::Project& project = *opened;
    const std::string osUser = project.user();
    const store::MapData& data = project.map();
    if (project.readOnly())
        std::cerr << "note: " << options.project << " " << project.readOnlyReason() << '\n';

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
    if (project.isExample()) title += " – " + std::string(text::kExampleData);
    if (project.readOnly()) title += " (" + std::string(text::kReadOnly) + ")";
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
        if (project.isExample())
            scene.attribution = std::string(text::kExampleData) + " · " + scene.attribution;
        render::SdfFont font = render::loadMapFont();
        render::MapRenderer renderer(scene, font);
        MapView map(data);
        ExportDialogState exportState;
        ImportDialogState importState;
        UiState state;
        Requests requests;
        SelectionModel selection;
        std::string status = project.readOnly()
                                 ? std::string(text::kReadOnly) + ": " + project.readOnlyReason()
                                 : std::string();
        render::MapStyle style;
        std::vector<render::Marker> markers;
        std::vector<render::Rgba> colors;

        for (int frame = 0; !glfwWindowShouldClose(window.get()); ++frame) {
            glfwPollEvents();
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
            style.scale = static_cast<float>(ratio) * contentScale;

            // Map | form of the selected application | side panel.
            float panelWidth = std::min(600.f * contentScale, static_cast<float>(winW) * 0.34f);
            float formWidth =
                state.draft ? std::min(520.f * contentScale, static_cast<float>(winW) * 0.28f) : 0.f;
            float mapWidthWin = static_cast<float>(winW) - panelWidth - formWidth;
            map.setRect({0, 0, mapWidthWin * ratio, fbH * 1.0});

            SiteContext sites{&project.applications(), state.selected, state.placingSite,
                              !project.readOnly(),
                              static_cast<double>(style.markerPx * style.scale) * 1.3};
            MapEvent event = map.handleMouse(
                {io.MousePos.x * ratio, io.MousePos.y * ratio, io.MouseDown[0], io.MouseWheel,
                 io.WantCaptureMouse},
                sites);
            if (event.clickedSite) selectApplication(project, state, requests, event.clickedSite);
            if (event.siteMovedTo && state.selected)
                requests.actions.push_back(store::MoveSite{*state.selected, event.siteMovedTo});

            bool enter = false, escape = false;
            for (auto [key, mods] : keys.pressed) {
                enter = enter || key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER;
                escape = escape || key == GLFW_KEY_ESCAPE;
            }
            if (escape) state.placingSite = false;
            if (!io.WantCaptureKeyboard) {
                for (ImWchar c : io.InputQueueCharacters) {
                    if (c == '+') map.zoomBy(1.5);
                    if (c == '-') map.zoomBy(1 / 1.5);
                }
                for (auto [key, mods] : keys.pressed) {
                    if (key == GLFW_KEY_KP_ADD) map.zoomBy(1.5);
                    if (key == GLFW_KEY_KP_SUBTRACT) map.zoomBy(1 / 1.5);
                    if (key == GLFW_KEY_HOME) map.fitDistrict();
                }
            }
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
            SidePanelResult panel =
                drawSidePanel(project, state, requests, selection, hovered, style,
                              mapWidthWin + formWidth, panelWidth, static_cast<float>(winH), status);
            if (panel.fitDistrict) map.fitDistrict();
            if (panel.openExport) exportState.open = true;
            if (requests.openImport) importState.open = true;
            drawApplicationForm(project, state, requests, mapWidthWin, formWidth,
                                static_cast<float>(winH));
            float pad = 10.f * contentScale;
            // Above the scale bar (about 50 px high at the map's style scale).
            drawMapLegend(project, state, pad,
                          static_cast<float>(winH) - pad - 56.f * style.scale /
                                                               static_cast<float>(ratio));
            if (state.placingSite) {
                ImGui::SetNextWindowPos({mapWidthWin * 0.5f, pad}, 0, {0.5f, 0.f});
                ImGui::Begin("##placing", nullptr,
                             ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav);
                ImGui::TextColored({0.0f, 0.35f, 0.7f, 1}, "%s", text::kPlacingHint.c_str());
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
            // In the "Auswahl" tab the map shows a set: the hovered one, the picked one, else
            // the recommendation; municipalities coloured by how much of them it reaches.
            const decision::RankedSet* shownSet = nullptr;
            if (state.selectionTabOpen && selection.problem().empty() &&
                !selection.ranked().empty()) {
                if (state.hoveredSet) shownSet = selection.find(*state.hoveredSet);
                if (!shownSet && state.pickedSet) shownSet = selection.find(*state.pickedSet);
                if (!shownSet) shownSet = &selection.ranked().front();
            }
            state.coverageShownKm.reset();
            if (shownSet) state.coverageShownKm = selection.input().settings.radiusKm;
            if (shownSet)
                drawSetOverlay(selection, *shownSet, map.viewport(), ratio, {0, 0}, mapWidthWin);
            keys.pressed.clear();
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

            // Thematic content follows the project; uploaded only when it changed.
            if (state.ineligibleRevision != project.revision()) {
                state.ineligible = store::ineligibleApplications(project);
                state.ineligibleRevision = project.revision();
            }
            std::vector<render::Marker> nowMarkers =
                render::siteMarkers(project.applications(), state.selected, state.ineligible);
            if (std::optional<geo::Vec2> dragged = map.draggedSite())
                for (render::Marker& m : nowMarkers)
                    if (m.selected) m.position = *dragged;
            if (!sameMarkers(nowMarkers, markers)) {
                markers = nowMarkers;
                renderer.setMarkers(markers);
            }
            std::vector<render::Rgba> nowColors;
            if (shownSet) {
                for (double share : selection.coveredShares(*shownSet))
                    nowColors.push_back(reachedColor(share));
            } else if (state.theme == render::MapTheme::ApplicationsPerMunicipality)
                nowColors =
                    render::applicationsPerMunicipality(data, project.applications()).colors;
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
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
    return 0;
}

}  // namespace ui
