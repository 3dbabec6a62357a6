#include "app/ui/key_layout.hpp"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

namespace ui {

namespace {

bool mainBlock(int key) {
    return key == GLFW_KEY_APOSTROPHE || (key >= GLFW_KEY_COMMA && key <= GLFW_KEY_9) ||
           key == GLFW_KEY_SEMICOLON || key == GLFW_KEY_EQUAL ||
           (key >= GLFW_KEY_A && key <= GLFW_KEY_Z) ||
           (key >= GLFW_KEY_LEFT_BRACKET && key <= GLFW_KEY_RIGHT_BRACKET) ||
           key == GLFW_KEY_GRAVE_ACCENT || key == GLFW_KEY_WORLD_1 || key == GLFW_KEY_WORLD_2;
}

// The US key that types `c` unshifted; 0 for none.
int punctuationKey(char c) {
    switch (c) {
        case '\'': return GLFW_KEY_APOSTROPHE;
        case ',': return GLFW_KEY_COMMA;
        case '-': return GLFW_KEY_MINUS;
        case '.': return GLFW_KEY_PERIOD;
        case '/': return GLFW_KEY_SLASH;
        case ';': return GLFW_KEY_SEMICOLON;
        case '=': return GLFW_KEY_EQUAL;
        case '[': return GLFW_KEY_LEFT_BRACKET;
        case '\\': return GLFW_KEY_BACKSLASH;
        case ']': return GLFW_KEY_RIGHT_BRACKET;
        case '`': return GLFW_KEY_GRAVE_ACCENT;
        default: return 0;
    }
}

}  // namespace

int logicalKey(int key, const char* name) {
    if (!mainBlock(key) || name == nullptr || name[0] == '\0' || name[1] != '\0') return key;
    const char c = name[0];
    if (c >= 'a' && c <= 'z') return GLFW_KEY_A + (c - 'a');
    if (c >= 'A' && c <= 'Z') return GLFW_KEY_A + (c - 'A');
    // Digit keys keep their place (French digits are shifted; 1–9 pick ranks by place).
    if (key >= GLFW_KEY_0 && key <= GLFW_KEY_9) return key;
    const int p = punctuationKey(c);
    return p != 0 ? p : key;
}

}  // namespace ui
