#pragma once
// A text field whose text wraps at the field's edge while it is typed in. ImGui's multiline
// field does not wrap words; here the text is one paragraph whose spaces become line breaks
// where a line would be too wide (and line breaks become spaces again where it fits), which
// keeps the text's length and so the cursor where it is.

#include <functional>
#include <string>
#include <string_view>

namespace ui {

// Wraps `text` (one paragraph) in place to lines no wider than `width`: each '\n' or ' ' becomes
// ' ' or '\n' (the length never changes). A word wider than `width` stays on a line of its own.
// `measure` gives the width of a piece of text.
void softWrap(std::string& text, float width, const std::function<float(std::string_view)>& measure);

// The paragraph without its soft line breaks ('\n' -> ' '): what is stored.
std::string unwrapped(std::string text);

// A multiline field `height` high and as wide as the panel, wrapping as described above.
// Enter leaves the field (Ctrl+Enter is a line break, which wraps like a space). Returns true
// when the text changed.
bool inputTextWrapped(const char* label, std::string& text, float height);

}  // namespace ui
