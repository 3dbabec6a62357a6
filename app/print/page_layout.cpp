#include "app/print/page_layout.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <numeric>

namespace print {
namespace {

constexpr double kCellPad = 3;

}  // namespace

PageFlow::PageFlow(cairo_t* cr, PageDecoration decoration, int pages)
    : cr_(cr), decoration_(std::move(decoration)), total_(pages) {}

void PageFlow::endPage() {
    if (decoration_) {
        cairo_save(cr_);
        decoration_(cr_, page_, total_, pageWidth_, pageHeight_);
        cairo_restore(cr_);
    }
    cairo_show_page(cr_);
}

void PageFlow::newPage() {
    if (!pageHasContent_) return;
    endPage();
    ++page_;
    y_ = kTopMargin;
    pageHasContent_ = false;
}

void PageFlow::ensure(double height) {
    if (y_ + height > bottom()) newPage();
    pageHasContent_ = true;
}

void PageFlow::space(double points) {
    if (pageHasContent_) y_ += points;
}

void PageFlow::bookmark(const std::string& title, int level) {
    cairo_surface_t* target = cairo_get_target(cr_);
    if (cairo_surface_get_type(target) != CAIRO_SURFACE_TYPE_PDF) return;
    std::string name;
    for (char c : title)
        if (c != ' ' || (!name.empty() && name.back() != ' ')) name += c;
    while (!name.empty() && name.back() == ' ') name.pop_back();
    const std::string link = "page=" + std::to_string(page_) + " pos=[0 " +
                             std::to_string(std::max(0.0, y_ - 6)) + "]";
    const int parent = level <= 1 ? CAIRO_PDF_OUTLINE_ROOT : lastSection_;
    const int id = cairo_pdf_surface_add_outline(target, parent, name.c_str(), link.c_str(),
                                                 CAIRO_PDF_OUTLINE_FLAG_OPEN);
    if (level <= 1) lastSection_ = id;
}

void PageFlow::heading(const std::string& text, int level) {
    const TextStyle style{level <= 1 ? 14.0 : level == 2 ? 11.0 : 9.5, true, 0};
    const TextBlock block(cr_, text, style, contentWidth());
    const double before = level <= 1 ? 14 : level == 2 ? 8 : 4;
    // Keep a heading with at least a few lines of what follows.
    const double height = block.height();
    if (y_ + before + height + 40 > bottom()) newPage();
    space(before);
    ensure(height);
    if (level <= 2) bookmark(text, level);
    block.draw(cr_, kMargin, y_);
    y_ += height;
    if (level <= 1) {
        cairo_set_source_rgb(cr_, 0.55, 0.55, 0.55);
        cairo_set_line_width(cr_, 0.6);
        cairo_move_to(cr_, kMargin, y_ + 1);
        cairo_line_to(cr_, kMargin + contentWidth(), y_ + 1);
        cairo_stroke(cr_);
        y_ += 5;
    }
    y_ += 2;
}

void PageFlow::paragraph(const std::string& text, const TextStyle& style) {
    const TextBlock block(cr_, text, style, contentWidth());
    for (int i = 0; i < block.lines(); ++i) {
        ensure(block.lineHeight());
        block.drawLine(cr_, i, kMargin, y_);
        y_ += block.lineHeight();
    }
    y_ += style.size * 0.4;
}

void PageFlow::keyValues(const std::vector<std::pair<std::string, std::string>>& pairs,
                         double labelWidth) {
    const TextStyle label{9.5, true, 0.25};
    const TextStyle value{9.5, false, 0};
    for (const auto& [key, text] : pairs) {
        const TextBlock keyBlock(cr_, key, label, labelWidth - 8);
        const TextBlock valueBlock(cr_, text, value, contentWidth() - labelWidth);
        const int n = std::max(keyBlock.lines(), valueBlock.lines());
        ensure(n * lineHeight(value));
        for (int i = 0; i < n; ++i) {
            if (i < keyBlock.lines()) keyBlock.drawLine(cr_, i, kMargin, y_);
            if (i < valueBlock.lines()) valueBlock.drawLine(cr_, i, kMargin + labelWidth, y_);
            y_ += lineHeight(value);
        }
        y_ += 1.5;
    }
    y_ += 3;
}

double PageFlow::keyValuesHeight(const std::vector<std::pair<std::string, std::string>>& pairs,
                                 double labelWidth) {
    const TextStyle label{9.5, true, 0.25};
    const TextStyle value{9.5, false, 0};
    double height = 3;
    for (const auto& [key, text] : pairs) {
        const int n = std::max(TextBlock(cr_, key, label, labelWidth - 8).lines(),
                               TextBlock(cr_, text, value, contentWidth() - labelWidth).lines());
        height += n * lineHeight(value) + 1.5;
    }
    return height;
}

namespace {

// The widest single word of `text` in `style`.
double widestWord(cairo_t* cr, const std::string& text, const TextStyle& style) {
    double widest = 0;
    std::string word;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == ' ' || text[i] == '\n') {
            if (!word.empty()) widest = std::max(widest, textWidth(cr, word, style));
            word.clear();
        } else {
            word += text[i];
        }
    }
    return widest;
}

// One table row's cells laid out in their columns (inside the padding), and the row's height.
struct RowCells {
    std::vector<TextBlock> cells;
    double height = 0;
};

RowCells layoutRow(cairo_t* cr, const std::vector<std::string>& texts,
                   const std::vector<double>& widths, const TextStyle& style) {
    RowCells row;
    int lines = 1;
    for (std::size_t c = 0; c < widths.size(); ++c) {
        row.cells.emplace_back(cr, c < texts.size() ? texts[c] : std::string(), style,
                               widths[c] - 2 * kCellPad);
        lines = std::max(lines, row.cells.back().lines());
    }
    row.height = lines * lineHeight(style) + 2 * kCellPad;
    return row;
}

// Draws one table row's cells from the row's top `y`, each column left or right aligned inside
// its padding.
void drawCells(cairo_t* cr, const RowCells& row, const std::vector<double>& widths,
               const std::vector<TableColumn>& columns, double left, double y) {
    double x = left;
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
        if (columns[c].alignRight)
            row.cells[c].draw(cr, x + widths[c] - kCellPad, y + kCellPad, Align::Right);
        else
            row.cells[c].draw(cr, x + kCellPad, y + kCellPad);
        x += widths[c];
    }
}

}  // namespace

std::vector<double> PageFlow::columnWidths(const Table& table) {
    const std::size_t n = table.columns.size();
    const TextStyle header{table.fontSize, true, 0};
    const TextStyle cell{table.fontSize, false, 0};
    std::vector<double> least(n, 0), wanted(n, 0);
    for (std::size_t c = 0; c < n; ++c) {
        least[c] = widestWord(cr_, table.columns[c].header, header);
        wanted[c] = textWidth(cr_, table.columns[c].header, header);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            if (c >= table.rows[r].size()) continue;
            const bool bold = r < table.boldRows.size() && table.boldRows[r];
            least[c] = std::max(least[c], widestWord(cr_, table.rows[r][c], bold ? header : cell));
            wanted[c] = std::max(wanted[c], textWidth(cr_, table.rows[r][c], bold ? header : cell));
        }
        least[c] += 2 * kCellPad + 0.5;
        wanted[c] = std::max(wanted[c] + 2 * kCellPad + 0.5, least[c]);
    }
    const double total = contentWidth();
    const double leastSum = std::accumulate(least.begin(), least.end(), 0.0);
    std::vector<double> widths(n);
    if (leastSum >= total) {  // words have to break: shrink in proportion
        for (std::size_t c = 0; c < n; ++c) widths[c] = least[c] * total / leastSum;
        return widths;
    }
    const double wantedSum = std::accumulate(wanted.begin(), wanted.end(), 0.0);
    if (wantedSum > total) {  // between: each column gets a share of what it wants beyond its least
        const double room = total - leastSum;
        for (std::size_t c = 0; c < n; ++c)
            widths[c] = least[c] + (wanted[c] - least[c]) * room / (wantedSum - leastSum);
        return widths;
    }
    double weightSum = 0;
    for (const TableColumn& c : table.columns) weightSum += std::max(c.weight, 0.0);
    for (std::size_t c = 0; c < n; ++c)
        widths[c] = wanted[c] + (total - wantedSum) *
                                    (weightSum > 0 ? std::max(table.columns[c].weight, 0.0) / weightSum
                                                   : 1.0 / static_cast<double>(n));
    return widths;
}

double PageFlow::tableHeight(const Table& table) {
    if (table.columns.empty()) return 0;
    const std::vector<double> widths = columnWidths(table);
    double height = 0;
    auto rowHeight = [&](const std::vector<std::string>& cells, const TextStyle& style) {
        return layoutRow(cr_, cells, widths, style).height;
    };
    std::vector<std::string> headers;
    for (const TableColumn& c : table.columns) headers.push_back(c.header);
    height += rowHeight(headers, TextStyle{table.fontSize, true, 0});
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const bool bold = r < table.boldRows.size() && table.boldRows[r];
        height += rowHeight(table.rows[r], TextStyle{table.fontSize, bold, 0});
    }
    return height + 8;
}

void PageFlow::keepTogether(double height) {
    if (height <= bottom() - kTopMargin && y_ + height > bottom()) newPage();
}

void PageFlow::drawTableHeader(const Table& table, const std::vector<double>& widths) {
    std::vector<std::string> headers;
    for (const TableColumn& c : table.columns) headers.push_back(c.header);
    const RowCells row = layoutRow(cr_, headers, widths, TextStyle{table.fontSize, true, 0});
    cairo_set_source_rgb(cr_, 0.86, 0.89, 0.93);
    cairo_rectangle(cr_, kMargin, y_, contentWidth(), row.height);
    cairo_fill(cr_);
    drawCells(cr_, row, widths, table.columns, kMargin, y_);
    y_ += row.height;
}

void PageFlow::table(const Table& table) {
    if (table.columns.empty()) return;
    const std::vector<double> widths = columnWidths(table);
    const TextStyle normal{table.fontSize, false, 0};
    const TextStyle bold{table.fontSize, true, 0};
    // Small tables start on a new page rather than break; long ones break (repeating the header).
    if (table.keepTogether) {
        const double height = tableHeight(table);
        if (height <= 0.4 * (bottom() - kTopMargin)) keepTogether(height);
    }
    // The header and the first row stay together.
    const double headerRoom = 3 * lineHeight(bold) + 4 * kCellPad;
    if (y_ + headerRoom > bottom()) newPage();
    ensure(0);
    drawTableHeader(table, widths);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const bool isBold = r < table.boldRows.size() && table.boldRows[r];
        const TextStyle& style = isBold ? bold : normal;
        const RowCells row = layoutRow(cr_, table.rows[r], widths, style);
        const double height = row.height;
        if (y_ + height > bottom()) {
            newPage();
            ensure(0);
            drawTableHeader(table, widths);
        }
        if (r % 2 == 1) {
            cairo_set_source_rgb(cr_, 0.96, 0.96, 0.96);
            cairo_rectangle(cr_, kMargin, y_, contentWidth(), height);
            cairo_fill(cr_);
        }
        drawCells(cr_, row, widths, table.columns, kMargin, y_);
        y_ += height;
        cairo_set_source_rgb(cr_, 0.8, 0.8, 0.8);
        cairo_set_line_width(cr_, 0.4);
        cairo_move_to(cr_, kMargin, y_);
        cairo_line_to(cr_, kMargin + contentWidth(), y_);
        cairo_stroke(cr_);
    }
    y_ += 8;
}

void PageFlow::fullPage(
    const std::function<void(cairo_t*, double, double, double, double)>& draw, bool landscape,
    const std::string& title) {
    newPage();
    cairo_surface_t* target = cairo_get_target(cr_);
    const bool pdf = cairo_surface_get_type(target) == CAIRO_SURFACE_TYPE_PDF;
    if (landscape && pdf) {
        pageWidth_ = kA4Height;
        pageHeight_ = kA4Width;
        cairo_pdf_surface_set_size(target, pageWidth_, pageHeight_);
    }
    pageHasContent_ = true;
    if (!title.empty()) bookmark(title, 1);
    cairo_save(cr_);
    draw(cr_, kMargin, kTopMargin, pageWidth_ - 2 * kMargin,
         pageHeight_ - kTopMargin - kBottomMargin);
    cairo_restore(cr_);
    y_ = pageHeight_;  // nothing else goes on this page
    newPage();
    if (landscape && pdf) {
        pageWidth_ = kA4Width;
        pageHeight_ = kA4Height;
        cairo_pdf_surface_set_size(target, pageWidth_, pageHeight_);
    }
}

int PageFlow::finish() {
    if (pageHasContent_) {
        endPage();
    } else {
        --page_;  // the empty page after the last break was never drawn on
    }
    pageHasContent_ = false;
    return page_;
}

}  // namespace print
