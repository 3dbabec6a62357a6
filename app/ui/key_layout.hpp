#pragma once
// Keys by the letter printed on them. GLFW names keys by their place on a US keyboard
// (GLFW_KEY_Z is the key left of X, which says "Y" on a German keyboard and "W" on a French
// one); glfwGetKeyName gives the letter the user's layout puts there. The window translates
// every key event through logicalKey before the shortcuts and ImGui see it, so Strg+Z undoes on
// QWERTZ, AZERTY and US alike, in the window and in ImGui's text fields.

namespace ui {

// The GLFW_KEY_* of the letter `name` (glfwGetKeyName of the key; may be null) names, for a
// key in the main block: GLFW_KEY_Y named "z" (German) is GLFW_KEY_Z, GLFW_KEY_Q named "a"
// (French) is GLFW_KEY_A, GLFW_KEY_SEMICOLON named "m" (French) is GLFW_KEY_M; a letter key
// whose layout puts punctuation there (French GLFW_KEY_M named ",") becomes that punctuation
// key, so no two keys end up as one letter. Digits, keypad and function keys, and keys without
// a one-character ASCII name stay as they are.
int logicalKey(int key, const char* name);

}  // namespace ui
