#include "app/ui/shortcuts.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace ui {

ShortcutResult readShortcuts(const KeyInput& input, Presentation& pres) {
    ShortcutResult out;
    for (const KeyPress& k : input.pressed) {
        out.enter = out.enter || k.key == GLFW_KEY_ENTER || k.key == GLFW_KEY_KP_ENTER;
        out.escape = out.escape || k.key == GLFW_KEY_ESCAPE;
    }
    // Esc leaves the map-only view first; in the normal view it hides the card and the set
    // shown by rank.
    if (out.escape && pres.mapOnly) {
        pres.mapOnly = false;
    } else if (out.escape) {
        pres.card.reset();
        pres.shownRank.reset();
    }
    if (!input.wantCaptureKeyboard) {
        for (unsigned c : input.typed) {
            if (c == '+') out.map.push_back(MapKey::ZoomIn);
            if (c == '-') out.map.push_back(MapKey::ZoomOut);
        }
        for (const KeyPress& k : input.pressed) {
            if ((k.mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER)) != 0) continue;
            if (k.key == GLFW_KEY_KP_ADD) out.map.push_back(MapKey::ZoomIn);
            if (k.key == GLFW_KEY_KP_SUBTRACT) out.map.push_back(MapKey::ZoomOut);
            if (k.key == GLFW_KEY_HOME) out.map.push_back(MapKey::FitDistrict);
            if (k.key == GLFW_KEY_RIGHT) out.step = +1;
            if (k.key == GLFW_KEY_LEFT) out.step = -1;
            int rank = k.key >= GLFW_KEY_1 && k.key <= GLFW_KEY_9         ? k.key - GLFW_KEY_0
                       : k.key >= GLFW_KEY_KP_1 && k.key <= GLFW_KEY_KP_9 ? k.key - GLFW_KEY_KP_0
                                                                          : 0;
            if (rank > 0) pres.shownRank = rank;
        }
    }
    // Presentation and Ctrl keys work unless a text field is being typed in.
    if (input.wantTextInput) return out;
    for (const KeyPress& k : input.pressed) {
        if (k.key == GLFW_KEY_F11) pres.toggleFullscreen = true;
        if (k.key == GLFW_KEY_F5) pres.mapOnly = !pres.mapOnly;
        if ((k.mods & GLFW_MOD_CONTROL) == 0) continue;
        const bool shift = (k.mods & GLFW_MOD_SHIFT) != 0;
        float before = pres.uiScale;
        if (k.key == GLFW_KEY_KP_ADD || k.key == GLFW_KEY_EQUAL || k.typed == '+')
            pres.uiScale = nextUiScale(pres.uiScale, +1);
        else if (k.key == GLFW_KEY_KP_SUBTRACT || k.key == GLFW_KEY_MINUS || k.typed == '-')
            pres.uiScale = nextUiScale(pres.uiScale, -1);
        else if (k.key == GLFW_KEY_0 || k.key == GLFW_KEY_KP_0)
            pres.uiScale = pres.defaultScale;
        if (pres.uiScale != before) pres.rebuildFonts = true;
        if (k.key == GLFW_KEY_E) out.openExport = true;
        if (k.key == GLFW_KEY_Z && !shift) out.undo = true;
        if (k.key == GLFW_KEY_Y || (k.key == GLFW_KEY_Z && shift)) out.redo = true;
    }
    return out;
}

}  // namespace ui
