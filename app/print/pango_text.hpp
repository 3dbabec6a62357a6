#pragma once
// Text for paged documents (the decision report), laid out by Pango on a cairo context:
// line breaking at Unicode line-break opportunities (UAX #14), kerning and ligatures from the
// font (HarfBuzz), the language of the text set ("de" or "en", from i18n::language()) and
// Pango's hyphen insertion switched on (PANGO_ATTR_INSERT_HYPHENS, pango >= 1.44).
//
// What that gives for German: Pango breaks lines at spaces, after hyphens and slashes and at
// soft hyphens (U+00AD, shown as "-" only where the line breaks). Pango has no hyphenation
// dictionary of its own, so before the layout the words get soft hyphens at their syllable
// boundaries from the language's hyphenation patterns (hyphenation.hpp: libhyphen with
// hyphen-de / hyphen-en-us; "Be-geg-nungs-stätte"). Without those patterns only the breaks
// above remain. A word still wider than the whole line is broken between characters, and Pango
// puts a hyphen at that break too.
//
// Text is set in DejaVu Sans (fontconfig), its size in points (1/72 inch, the PDF's unit) as an
// absolute size, with unhinted metrics and unrounded glyph positions, so the widths measured here
// are the widths drawn in the PDF at any zoom.

#include <cairo.h>

#include <memory>
#include <string>
#include <vector>

namespace print {

struct TextStyle {
    double size = 9.5;  // points
    bool bold = false;
    double gray = 0;  // 0 black .. 1 white
};

enum class Align { Left, Right };

// One text laid out by Pango: paragraphs at '\n', wrapped to a width. The lines are drawn one at
// a time so a paragraph can continue on the next page; each line is `lineHeight()` high.
class TextBlock {
  public:
    // `width` <= 0: no wrapping (each paragraph one line). `cr` gives the font options and the
    // transformation the text is measured for; draw on the same context.
    TextBlock(cairo_t* cr, const std::string& text, const TextStyle& style, double width);
    ~TextBlock();
    TextBlock(TextBlock&&) noexcept;
    TextBlock& operator=(TextBlock&&) noexcept;
    TextBlock(const TextBlock&) = delete;
    TextBlock& operator=(const TextBlock&) = delete;

    // The number of lines: at least 1 (an empty text is one empty line).
    int lines() const;
    double lineHeight() const;
    double height() const { return lines() * lineHeight(); }
    // The advance width of line `i` (an inserted hyphen included), and of the widest line.
    double lineWidth(int i) const;
    double width() const;
    // The text of line `i` (no trailing space or line break): the input with the soft hyphens
    // of the hyphenation in it; a hyphen Pango draws at a break is not part of it.
    std::string lineText(int i) const;
    // THE one way the report draws text: line `i` with its top at `top`, starting at `x`
    // (Align::Left) or ending at `x` (Align::Right), in the style's gray.
    void drawLine(cairo_t* cr, int i, double x, double top, Align align = Align::Left) const;
    // All lines, one below the other.
    void draw(cairo_t* cr, double x, double top, Align align = Align::Left) const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The height of one line of `style` (the same for every line, wrapped or not).
double lineHeight(const TextStyle& style);

// The width of `text` (UTF-8) unwrapped; with several paragraphs, the widest.
double textWidth(cairo_t* cr, const std::string& text, const TextStyle& style);

// The lines `text` breaks into at `width` (TextBlock::lineText of each line).
std::vector<std::string> wrapText(cairo_t* cr, const std::string& text, const TextStyle& style,
                                  double width);

}  // namespace print
