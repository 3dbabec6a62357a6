#pragma once
// A small flowing layout for paged cairo documents (the decision report): headings,
// word-wrapped paragraphs, label/value lists and tables whose header row repeats after a page
// break, placed top to bottom on A4 portrait pages with a footer on each page. Text is drawn
// with cairo's text API in DejaVu Sans (found through fontconfig), so a PDF keeps it as real,
// selectable text.
//
// Page numbers "page N of M" need M before the first page is finished: the caller lays the
// document out twice, first to count the pages (PageFlow::pages()), then for real with the
// total known. The layout is deterministic, so both passes break the pages alike.

#include <cairo.h>

#include <functional>
#include <string>
#include <vector>

#include "app/print/pango_text.hpp"

namespace print {

// A4 in PostScript points (1/72 inch).
inline constexpr double kA4Width = 595.2756;
inline constexpr double kA4Height = 841.8898;

struct TableColumn {
    std::string header;
    double weight = 1;        // share of the table width, relative to the other columns
    bool alignRight = false;  // numbers
};

struct Table {
    std::vector<TableColumn> columns;
    std::vector<std::vector<std::string>> rows;  // each as many cells as columns
    std::vector<bool> boldRows;                  // optional, per row
    double fontSize = 8.5;
    // A short table (up to 40 % of a page) starts on a new page rather than break.
    bool keepTogether = true;
};

// Draws the furniture of one page (header line, footer with "page N of M") after its content,
// on a page of width × height points. `page` counts from 1; `pages` is 0 in the counting pass.
using PageDecoration =
    std::function<void(cairo_t* cr, int page, int pages, double width, double height)>;

class PageFlow {
  public:
    // `cr` draws on a paged surface (PDF) whose pages are A4 portrait. `pages`: the total from
    // the counting pass, 0 in that pass.
    PageFlow(cairo_t* cr, PageDecoration decoration, int pages);

    // 1: section, 2: subsection (both bookmarked in a PDF, the subsection under its section),
    // 3: a minor heading (not bookmarked).
    void heading(const std::string& text, int level);
    // A bookmark (PDF outline entry) to the current position: level 1 at the top, level 2
    // under the last level 1. Runs of spaces in `title` become one. Nothing on other surfaces.
    void bookmark(const std::string& title, int level);
    void paragraph(const std::string& text, const TextStyle& style = {});
    // Label and value on one line each, labels in a column of `labelWidth` points; values wrap.
    void keyValues(const std::vector<std::pair<std::string, std::string>>& pairs,
                   double labelWidth = 150);
    // The height keyValues takes.
    double keyValuesHeight(const std::vector<std::pair<std::string, std::string>>& pairs,
                           double labelWidth = 150);
    // Columns get at least their longest word (header or cell), then what their text wants,
    // space left over by weight; the header row repeats on every page the table continues on.
    void table(const Table& table);
    // The height the table takes (unbroken).
    double tableHeight(const Table& table);
    // Starts a new page unless `height` points still fit on this one (when they fit on a page
    // at all): keeps a heading with the table that follows it.
    void keepTogether(double height);
    void space(double points);
    // Finishes the current page (when it has content) and starts a new one.
    void newPage();
    // Gives the next whole page to `draw` (x, y, width, height of its content area in points),
    // e.g. for the map sheet; landscape turns that one page to A4 landscape. A `title` that is
    // not empty becomes a level-1 bookmark to that page.
    void fullPage(const std::function<void(cairo_t*, double, double, double, double)>& draw,
                  bool landscape, const std::string& title = {});
    // Finishes the last page. Returns the number of pages.
    int finish();
    int pages() const { return page_; }

    static constexpr double kMargin = 56;      // ~2 cm
    static constexpr double kTopMargin = 62;   // below the header line
    static constexpr double kBottomMargin = 64;  // above the footer

  private:
    double contentWidth() const { return pageWidth_ - 2 * kMargin; }
    double bottom() const { return pageHeight_ - kBottomMargin; }
    // Starts a new page unless `height` more points fit on this one.
    void ensure(double height);
    void endPage();
    void drawTableHeader(const Table& table, const std::vector<double>& widths);
    std::vector<double> columnWidths(const Table& table);

    cairo_t* cr_;
    PageDecoration decoration_;
    int total_;
    int page_ = 1;
    double y_ = kTopMargin;
    bool pageHasContent_ = false;
    double pageWidth_ = kA4Width, pageHeight_ = kA4Height;
    int lastSection_ = 0;  // the outline id of the last level-1 bookmark (0: the root)
};

}  // namespace print
