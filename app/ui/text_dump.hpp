#pragma once
// For tests: the text the window shows in one frame, read back from ImGui's draw data (every
// glyph quad is mapped back to its character through the font atlas), so it covers panels,
// tooltips and text drawn straight into draw lists alike. ImGui's own logging cannot do this:
// it stops at the end of the first window. The language smoke test compares the German and the
// English frame.

#include <string>

namespace ui {

// The text of the frame just rendered (call after ImGui::Render()): one line per text line on
// screen, in drawing order; a gap wider than a third of the font size becomes one space.
std::string renderedText();

// Writes renderedText() to `path` (UTF-8). Throws std::runtime_error when it cannot.
void writeRenderedText(const std::string& path);

}  // namespace ui
