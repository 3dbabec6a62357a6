#pragma once
// For tests: the text the window shows in one frame, read back from ImGui's draw data (every
// glyph quad is mapped back to its character through the font atlas), so it covers panels,
// tooltips and text drawn straight into draw lists alike. ImGui's own logging cannot do this:
// it stops at the end of the first window. The language smoke test compares the German and the
// English frame; the layout record (layout_record.hpp) lists the lines that were clipped.

#include <string>
#include <vector>

namespace ui {

// One line of text as drawn (ImGui screen coordinates).
struct TextLine {
    std::string text;    // UTF-8; glyphs cut by clipping are left out
    std::string window;  // the ImGui window whose draw list holds it ("" for the background)
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;     // the drawn glyphs' box
    float clipX0 = 0, clipY0 = 0, clipX1 = 0, clipY1 = 0;  // the draw command's clip rectangle
    // Cut at the left or right: a glyph crossing its clip rectangle (scissored, or trimmed by
    // ImGui's fine clipping), a glyph left out because the pen had reached the clip edge, or
    // ImGui's "..." after a word.
    bool clippedX = false;
    bool clippedY = false;  // cut at the top or bottom (a scrolled list's edge row)
};

// The lines of the frame just rendered (call after ImGui::Render()), in drawing order.
std::vector<TextLine> renderedLines();

// The text of the frame just rendered (call after ImGui::Render()): one line per text line on
// screen, in drawing order; a gap wider than a third of the font size becomes one space.
std::string renderedText();

// Writes renderedText() to `path` (UTF-8) through fileio's safe output. Throws when it cannot.
void writeRenderedText(const std::string& path);

}  // namespace ui
