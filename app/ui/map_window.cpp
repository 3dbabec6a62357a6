// The window loop, in the shape of Dear ImGui's example: poll events → new frame → build the UI
// from the model → render → apply the edits → draw → swap. Each step lives in its own file:
// window_setup (GLFW, GL, ImGui), frame_layout (where things go), window_model (between
// frames, input), shortcuts, window_frame (panels, dialogs, overlays), edit_commands,
// export_command, report_command, map_content (markers and colours for the renderer).

#include "app/i18n/output_error_text.hpp"
#include "app/ui/map_window.hpp"

#include <epoxy/gl.h>
#include <imgui.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/render/font.hpp"
#include "app/render/map_renderer.hpp"
#include "app/render/offscreen.hpp"
#include "app/render/snapshot.hpp"
#include "app/ui/edit_commands.hpp"
#include "app/ui/layout_record.hpp"
#include "app/ui/map_content.hpp"
#include "app/ui/redraw.hpp"
#include "app/ui/report_command.hpp"
#include "app/ui/text_dump.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/window_model.hpp"
#include "app/ui/window_session.hpp"

namespace ui {
namespace {

// The window as it opens: the size and placement remembered from the last run unless the
// command line gave a size; the title names the project, example data and read-only.
WindowStart windowStart(const WindowOptions& options, const UiSettings& stored,
                        const project::Project& project) {
    WindowStart start{options.width, options.height, options.maximized, std::nullopt, {}};
    if (options.maximized && stored.window) {  // no --width / --height
        start = {stored.window->width, stored.window->height, stored.maximized, stored.window, {}};
    }
    start.title = std::string(text::kAppName) + " – " +
                  std::filesystem::path(options.project).stem().string();
    if (project.isExample()) start.title += " – " + std::string(text::kExampleData);
    if (project.readOnly()) start.title += " (" + std::string(text::kReadOnly) + ")";
    return start;
}

// The first line of the status bar: read-only, an unreadable settings file, a recovered write.
std::string startStatus(const project::Project& project, const LoadedSettings& loaded,
                        const std::filesystem::path& settingsFile, bool recovered) {
    std::string status = project.readOnly()
                             ? std::string(text::kReadOnly) + ": " + project.readOnlyReason()
                             : std::string();
    if (!loaded.warning.empty())
        status = std::string(text::kSettingsUnreadable) + ": " + settingsFile.string();
    // A crash had interrupted a write: open() rolled it back; say so once, in the user's
    // language (stderr already has the English line).
    if (recovered || !project.recoveryNote().empty())
        status = i18n::fill(text::kRecoveredInterruptedWrite,
                            {std::filesystem::path(project.path()).filename().string()});
    return status;
}

}  // namespace

int runMapWindow(const WindowOptions& options) {
    std::optional<project::Project> opened;
    try {
        opened = project::Project::open(options.project);
    } catch (const std::exception& e) {
        std::cerr << "error: " << i18n::errorText(e) << '\n';
        return 1;
    }
    project::Project& project = *opened;
    const std::string osUser = project.user();
    if (project.readOnly())
        std::cerr << "note: " << options.project << " " << project.readOnlyReason() << '\n';

    // The remembered layout, theme, scale and language; the command line overrides them for
    // this run only.
    RememberedSettings settings{settingsPath(), {}};
    const LoadedSettings loaded = loadSettings(settings.file);
    if (!loaded.warning.empty()) std::cerr << "warning: " << loaded.warning << '\n';
    settings.stored = loaded.settings;
    i18n::setLanguage(options.language ? *options.language : settings.stored.language);
    const bool sizeGiven = !options.maximized;  // --width / --height: a test or a fixed size

    const WindowStart start = windowStart(options, settings.stored, project);
    std::optional<NativeWindow> window;
    try {
        window.emplace(start);
    } catch (const WindowError& e) {
        std::cerr << "error: " << i18n::errorText(e) << '\n';
        return 1;
    }
    WindowModel m(project);
    // A member logged in with their own database role scores as that member (committee_panel).
    m.state.currentMember = project.ownMember();
    // The covering solver's worker wakes the loop after each solve (progress, results).
    m.selection.setWake([] { NativeWindow::wake(); });
    m.pres.theme = options.theme ? *options.theme : settings.stored.theme;
    m.pres.mapOnly = m.wasMapOnly = options.mapOnly;
    m.pres.sidePanelWidth = settings.stored.sidePanelWidth;
    const MonitorInfo monitor = window->monitor();
    m.pres.defaultScale =
        startUiScale(monitor.contentScale, monitor.modeWidthPx, monitor.physicalWidthMm);
    m.pres.uiScale = clampUiScale(options.uiScale ? *options.uiScale
                                                  : settings.stored.uiScale.value_or(m.pres.defaultScale));
    m.normalRect = settings.stored.window.value_or(WindowRect{0, 0, start.width, start.height});

    try {
        const std::string fontFile = render::findFontFile("DejaVu Sans", false);
        buildFonts(fontFile, m.pres.uiScale);
        applyTheme(m.pres.theme, m.pres.uiScale);
        if (options.fullscreen) window->toggleFullscreen();
        map::MapScene scene = project.mapScene();
        const Attribution attribution{scene.attribution, project.isExample()};
        attribution.applyTo(scene);
        render::SdfFont font = render::loadMapFont();
        render::MapRenderer renderer(scene, font);
        // Panning and zooming reuse the picture of the previous view until the view rests
        // (map_renderer.hpp): smooth on software rendering at 11,000 municipalities.
        renderer.setViewCache(true);
        MapContent content;
        loadViewSettings(project, m.state);
        applyMapTheme(m.pres.theme, m.style);
        m.status = startStatus(project, loaded, settings.file, !options.recoveryNote.empty());

        // Quiet when idle (redraw.hpp): a frame is drawn when something changed, else the loop
        // sleeps until an event; --frames N draws N frames back to back.
        RedrawGate redraw;
        unsigned long seenEvents = window->eventCount();
        bool serverLost = false;
        for (int frame = 0; !window->shouldClose(); ++frame) {
            if (options.frames > 0 || redraw.due() || window->inputPending())
                window->pollEvents();
            else
                window->waitEvents(RedrawGate::kIdleWaitSeconds);
            // Other members' edits of a shared project (a server store) are taken in within
            // the idle wait; the form keeps a draft being typed (application_form.cpp).
            try {
                if (project.syncWithOthers()) redraw.touch();
                serverLost = false;
            } catch (const std::exception& e) {
                if (!serverLost) m.status = std::string(text::kError) + ": " + e.what();
                serverLost = true;
                redraw.touch();
            }
            if (window->eventCount() != seenEvents || window->inputPending()) {
                seenEvents = window->eventCount();
                redraw.touch();
            }
            if (m.map.gliding() || window->time() < m.refitUntil) redraw.touch();
            if (options.frames <= 0 && !redraw.due()) {
                --frame;  // nothing drawn
                continue;
            }
            redraw.drew();
            const std::string statusBefore = m.status;
            applyPresentationChanges(m, *window, settings, fontFile, attribution, scene);
            m.map.animate(window->time());
            window->newFrame();
            const bool lastFrame = options.frames > 0 && frame + 1 >= options.frames;
            // --dump-text without --frames: rewritten after every frame drawn, so a test driving
            // the window (tests/ui/walkthrough) finds where things are now.
            const bool dumpFrame = !options.textDump.empty() && (lastFrame || options.frames <= 0);

            const FrameLayout layout = layoutFrame(window->size(), m.pres, m.state.draft.has_value());
            const FrameSize& size = layout.size;
            m.style.scale = layout.styleScale;
            m.map.setRect({0, 0, layout.mapWidth * size.pixelRatio, size.framebufferHeight * 1.0});
            if (window->time() < m.refitUntil) m.map.fitDistrict();
            const ShortcutResult keys = handleInput(m, *window, layout);
            const FrameUi ui = drawFrameUi(m, settings, layout, keys, scene.attribution);
            window->clearKeys();
            ImGui::Render();
            if (dumpFrame) writeRenderedText(options.textDump);

            // The audit log names the member at the keyboard, else the operating-system user.
            const decision::Member* member =
                m.state.currentMember ? project.committee().member(*m.state.currentMember) : nullptr;
            project.setUser(member ? member->name : osUser);
            // The commands run now, each edit in its own transaction, before anything is drawn.
            if (m.requests.writeReport)
                m.state.reportMessage = writeReportNextToProject(project, m.state.reportAnonymous);
            applyRequests(project, m.state, m.requests, m.status);
            // "Projekt" menu or a dropped .gpkg: the session opens it once this window closed.
            if (m.requests.openProject) {
                requestOpenProject(*m.requests.openProject);
                m.requests.openProject.reset();
                window->close();
            }
            saveViewSettings(project, m.state);

            // Thematic content follows the project; uploaded only when it changed.
            const decision::RankedSet* shownSet = ui.shown.set ? &*ui.shown.set : nullptr;
            content.update(renderer, project, m.state, m.selection, shownSet, m.map.draggedSite());
            if (ui.exportRequest) {
                // Same view, `factor` times the pixels and every pixel size: what the screen
                // shows, only sharper; the shown set and theme go along (export_command.hpp).
                const ExportRequest& request = *ui.exportRequest;
                m.status = exportMap(project, request, m.map.viewport(), m.state.theme,
                                     shownSet != nullptr, ui.shown.shown, m.style.scale, [&] {
                                         map::MapStyle exportStyle = m.style;
                                         exportStyle.scale *= static_cast<float>(request.factor);
                                         return render::renderImage(
                                             renderer, m.map.viewport().scaled(request.factor),
                                             exportStyle, ui.highlight);
                                     });
            }

            glBindFramebuffer(GL_FRAMEBUFFER, 0);
            glViewport(0, 0, size.framebufferWidth, size.framebufferHeight);
            glClearColor(m.style.background.r, m.style.background.g, m.style.background.b, 1.f);
            glClear(GL_COLOR_BUFFER_BIT);
            m.map.draw(renderer, m.style, size.framebufferHeight, ui.highlight);
            // A moving view's last frame kept names laid out for another scale (and the scale
            // bar with them) or showed a scaled picture: never stop on it.
            if (!renderer.lastFrameExact()) redraw.touch();
            m.mapOverlayTop = static_cast<float>(renderer.bottomOverlayTop() / size.pixelRatio);
            if (dumpFrame)  // where everything went (layout_record.hpp)
                writeLayoutRecord(options.textDump + ".layout.json",
                                  renderer.drawnLabels(m.map.viewport()), m.map, size.pixelRatio);
            window->drawImGui();
            if (lastFrame) {
                if (!options.screenshot.empty()) {
                    render::writePng(window->readFramebuffer(), options.screenshot);
                    std::printf("%s: %dx%d window screenshot\n", options.screenshot.c_str(),
                                size.framebufferWidth, size.framebufferHeight);
                }
                window->close();
            }
            window->swapBuffers();
            // A file written, a request carried out, a changed setting: draw it settled.
            if (m.status != statusBefore || ui.exportRequest) redraw.touch();
        }
        // The layout is remembered unless the size came from the command line.
        if (!sizeGiven) {
            settings.stored.window = m.pres.fullscreen ? window->rectBeforeFullscreen() : m.normalRect;
            settings.stored.maximized = m.pres.fullscreen ? window->maximizedBeforeFullscreen()
                                                          : window->maximized();
        }
        if (!settings.save(m.status)) std::cerr << "warning: " << m.status << '\n';
    } catch (const std::exception& e) {
        std::cerr << "error: " << i18n::errorText(e) << '\n';
        return 1;
    }
    return 0;
}

}  // namespace ui
