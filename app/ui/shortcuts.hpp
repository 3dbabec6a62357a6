#pragma once
// The window's keyboard shortcuts, read from one frame's key presses without touching GLFW,
// ImGui or the project, so a test feeds keys and checks what they ask for. The window loop
// carries out the result (ui/map_window.cpp applyShortcuts).
//
//   Enter / Esc          confirm / cancel dialogs; Esc also stops placing a site, leaves the
//                        map-only view, else hides the card and the set shown by rank
//   + / - (typed), keypad +/-   zoom the map by 1.5        Home   fit the district
//   ← / →                step through the applications (card)   1–9   show the set of rank k
//   F11 full screen      F5 map-only view
//   Ctrl + / Ctrl - / Ctrl 0   UI scale up, down, back to the monitor's
//   Ctrl E export        Ctrl Z undo        Ctrl Y / Ctrl Shift Z redo
// Letters are the ones printed on the key (NativeWindow translates GLFW's US key positions
// through the layout, ui/key_layout.hpp): Strg+Z undoes on QWERTZ, AZERTY and US alike.
// Map keys are ignored while ImGui wants the keyboard; F5, F11 and the Ctrl keys while a text
// field is being typed in (it has its own undo).

#include <vector>

#include "app/ui/presentation.hpp"
#include "app/ui/window_setup.hpp"

namespace ui {

// One frame's keyboard input.
struct KeyInput {
    std::vector<KeyPress> pressed;   // in order (NativeWindow::keys)
    std::vector<unsigned> typed;     // characters typed (ImGui's input queue)
    bool wantCaptureKeyboard = false;  // a widget has the keyboard focus
    bool wantTextInput = false;        // a text field is being typed in
};

// What a key does to the map: zoom by 1.5 in or out around the centre, fit the district.
enum class MapKey { ZoomIn, ZoomOut, FitDistrict };

// What the keys ask of the window besides the presentation settings.
struct ShortcutResult {
    bool enter = false;
    bool escape = false;
    std::vector<MapKey> map;  // in the order pressed
    int step = 0;  // +1 / -1: next / previous application
    bool openExport = false;
    bool undo = false;
    bool redo = false;
};

// Reads the keys; what concerns the presentation (map-only view, full screen, UI scale and
// font rebuild, card, shown rank) is changed in `presentation` directly, in the order the keys
// came, as the window always did.
ShortcutResult readShortcuts(const KeyInput& input, Presentation& presentation);

}  // namespace ui
