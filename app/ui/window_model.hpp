#pragma once
// What the window loop (ui/map_window.cpp) owns besides GL objects, and the steps of one frame
// it calls in order: between frames (full screen, fonts, theme, language), input (mouse on the
// map, shortcuts), the UI of the frame (panels, dialogs, overlays). Each step reads and writes
// the model; none of them draws the map or changes the project (the edits run afterwards,
// ui/edit_commands.hpp).

#include <filesystem>
#include <optional>
#include <string>

#include "app/map/map_scene.hpp"
#include "app/project/project.hpp"
#include "app/ui/app_state.hpp"
#include "app/ui/frame_layout.hpp"
#include "app/ui/map_view.hpp"
#include "app/ui/panels.hpp"
#include "app/ui/presentation.hpp"
#include "app/ui/selection_model.hpp"
#include "app/ui/settings.hpp"
#include "app/ui/shortcuts.hpp"
#include "app/ui/shown_set.hpp"
#include "app/ui/window_setup.hpp"

namespace ui {

// The settings file and what will be written back to it: the command line's start states are
// not, what the user changes in the window is. A failed write is said in the status line.
struct RememberedSettings {
    std::filesystem::path file;
    UiSettings stored;
    // Writes `stored`; false, with the reason in `status`, when it cannot.
    bool save(std::string& status) const;
};

// The example mark in the map's attribution follows the language (rebuilt when it changes;
// the renderer reads the scene's attribution when it draws).
struct Attribution {
    std::string data;  // the boundary data's attribution
    bool example = false;
    void applyTo(map::MapScene& scene) const;
};

struct WindowModel {
    explicit WindowModel(project::Project& p) : project(p), map(p.map()) {}
    project::Project& project;
    UiState state;
    Requests requests;
    SelectionModel selection;
    Presentation pres;
    MapView map;
    map::MapStyle style;
    ExportDialogState exportDialog;
    ImportDialogState importDialog;
    std::string status;  // the status line at the bottom of the side panel
    // The top of the map's scale bar and attribution as the renderer last placed them (ImGui
    // y; 0 before the first frame): the legend stays above it.
    float mapOverlayTop = 0.f;
    // A map that showed the whole district keeps showing it when full screen or the map-only
    // view changes the map's size (the new size arrives within a frame or two).
    bool wasMapOnly = false;
    double refitUntil = 0;
    // The last rectangle of the window while neither maximised nor full screen (remembered).
    WindowRect normalRect;
};

// Between frames: full screen, fonts re-rasterised at the new scale (atlas and GL texture
// rebuilt), theme, language; what the user chose is remembered in `settings`.
void applyPresentationChanges(WindowModel& model, NativeWindow& window,
                              RememberedSettings& settings, const std::string& fontFile,
                              const Attribution& attribution, map::MapScene& scene);

// The mouse on the map (hover, clicks on sites, dragging a site) and the keys of this frame
// with what they ask for: zoom, fit, stepping through the applications with the card, export,
// undo and redo. Returns the keys' result for the dialogs (Enter, Esc).
ShortcutResult handleInput(WindowModel& model, NativeWindow& window, const FrameLayout& layout);

// What the frame's UI decided for the rest of the frame.
struct FrameUi {
    std::optional<ExportRequest> exportRequest;
    std::optional<std::size_t> highlight;  // municipality to highlight on the map
    MapSet shown;                          // the set on the map (ui/shown_set.hpp)
};

// Builds the frame's UI: side panel and form (or the way back from the map-only view), the
// legend, the placing hint, the import and export dialogs, tooltips, the shown set's overlay
// and banner, the application card. `attribution`: the map's attribution line, for placing
// the legend above it.
FrameUi drawFrameUi(WindowModel& model, RememberedSettings& settings, const FrameLayout& layout,
                    const ShortcutResult& keys, const std::string& attribution);

}  // namespace ui
