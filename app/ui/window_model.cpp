#include "app/ui/window_model.hpp"

#include <imgui.h>

#include <algorithm>
#include <exception>

#include "app/i18n/output_error_text.hpp"
#include "app/i18n/language.hpp"
#include "app/i18n/strings.hpp"
#include "app/ui/application_panels.hpp"
#include "app/ui/project_menu.hpp"
#include "app/ui/theme.hpp"

namespace ui {

bool RememberedSettings::save(std::string& status) const {
    try {
        saveSettings(stored, file);
        return true;
    } catch (const std::exception& e) {
        status = std::string(text::kSettingsNotSaved) + ": " + i18n::errorText(e);
        return false;
    }
}

void Attribution::applyTo(map::MapScene& scene) const {
    scene.attribution = example ? std::string(text::kExampleData) + " · " + data : data;
}

void applyPresentationChanges(WindowModel& m, NativeWindow& window, RememberedSettings& settings,
                              const std::string& fontFile, const Attribution& attribution,
                              map::MapScene& scene) {
    Presentation& pres = m.pres;
    auto showsWholeDistrict = [&] {
        geo::Box all = m.project.map().extent(), seen = m.map.viewport().visibleExtent();
        return !all.empty() && seen.minx <= all.minx && seen.miny <= all.miny &&
               seen.maxx >= all.maxx && seen.maxy >= all.maxy;
    };
    if (pres.toggleFullscreen || pres.mapOnly != m.wasMapOnly) {
        if (showsWholeDistrict()) m.refitUntil = window.time() + 0.4;
        m.wasMapOnly = pres.mapOnly;
    }
    if (pres.toggleFullscreen) {
        window.toggleFullscreen();
        pres.toggleFullscreen = false;
    }
    pres.fullscreen = window.fullscreen();
    if (pres.rebuildFonts) {
        buildFonts(fontFile, pres.uiScale);
        window.reloadFontTexture();
        applyTheme(pres.theme, pres.uiScale);  // style sizes follow the scale
        settings.stored.uiScale = pres.uiScale;
        pres.rebuildFonts = false;
        settings.save(m.status);
    }
    if (pres.themeChanged) {
        applyTheme(pres.theme, pres.uiScale);
        applyMapTheme(pres.theme, m.style);
        if (settings.stored.theme != pres.theme) {
            settings.stored.theme = pres.theme;
            settings.save(m.status);
        }
        pres.themeChanged = false;
    }
    if (pres.languageChanged) {
        attribution.applyTo(scene);
        settings.stored.language = i18n::language();
        pres.languageChanged = false;
        settings.save(m.status);
    }
    if (!pres.fullscreen && !window.maximized()) m.normalRect = window.rect();
}

namespace {

// ← / →: through the list in its order (filter and sort); before the list was ever drawn
// (started map-only), through all applications. The card follows, and the map glides close
// enough to see the place and its neighbours, never zooming out.
void stepThroughApplications(WindowModel& m, int step, double pixelRatio, double now) {
    std::vector<std::int64_t> order = m.state.listOrder;
    if (!m.state.listOrderKnown)
        for (const domain::Application& a : m.project.applications()) order.push_back(a.id);
    std::optional<std::int64_t> from = m.pres.card ? m.pres.card : m.state.selected;
    std::optional<std::int64_t> next = stepApplication(order, from, step);
    if (!next) return;
    selectApplication(m.project, m.state, m.requests, next);
    if (m.state.selected != next) return;
    m.pres.card = next;
    const domain::Application* a = m.project.find(*next);
    if (a && a->site)
        m.map.glideTo(*a->site, std::min(m.map.viewport().metresPerPixel(), 20.0 * pixelRatio),
                      now);
}

}  // namespace

ShortcutResult handleInput(WindowModel& m, NativeWindow& window, const FrameLayout& layout) {
    ImGuiIO& io = ImGui::GetIO();
    const double ratio = layout.size.pixelRatio;
    SiteContext sites{&m.project.applications(), m.state.selected, m.state.placingSite,
                      !m.project.readOnly(),
                      static_cast<double>(m.style.markerPx * m.style.scale) * 1.3};
    MapEvent event = m.map.handleMouse({io.MousePos.x * ratio, io.MousePos.y * ratio,
                                        io.MouseDown[0], io.MouseWheel, io.WantCaptureMouse},
                                       sites);
    if (event.clickedSite) selectApplication(m.project, m.state, m.requests, event.clickedSite);
    if (event.siteMovedTo && m.state.selected)
        m.requests.actions.push_back(project::MoveSite{*m.state.selected, event.siteMovedTo});

    KeyInput input{window.keys(), {}, io.WantCaptureKeyboard, io.WantTextInput};
    for (ImWchar c : io.InputQueueCharacters) input.typed.push_back(c);
    const bool wasMapOnly = m.pres.mapOnly;
    const bool dialogOpen = m.exportDialog.open || m.importDialog.open;
    ShortcutResult keys = readShortcuts(input, m.pres);
    // Esc does one thing: leaves the map-only view, stops placing a site, or (no field being
    // typed in, no dialog open) closes the application's form, which gives a narrow window's
    // side panel back (the form's edits are applied first, as with its ×).
    if (keys.escape && !wasMapOnly) {
        if (m.state.placingSite)
            m.state.placingSite = false;
        else if (m.state.draft && !input.wantTextInput && !dialogOpen)
            selectApplication(m.project, m.state, m.requests, std::nullopt);
    }
    for (MapKey k : keys.map) {
        if (k == MapKey::FitDistrict)
            m.map.fitDistrict();
        else
            m.map.zoomBy(k == MapKey::ZoomIn ? 1.5 : 1 / 1.5);
    }
    if (keys.step != 0) stepThroughApplications(m, keys.step, ratio, window.time());
    if (m.pres.card && m.pres.card != m.state.selected) m.pres.card.reset();
    if (keys.openExport) m.exportDialog.open = true;
    if (keys.undo) m.requests.undo = true;
    if (keys.redo) m.requests.redo = true;
    // Files dropped onto the window open or import (ui/project_menu.hpp).
    const std::vector<std::string> dropped = window.takeDroppedPaths();
    if (!dropped.empty()) {
        std::string said = handleDroppedPaths(m.project, dropped, m.requests, m.importDialog);
        if (!said.empty()) m.status = std::move(said);
    }
    return keys;
}

}  // namespace ui
