#include "app/print/page_layout.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <numeric>

namespace print {
namespace {

constexpr const char* kFamily = "DejaVu Sans";
constexpr double kLineFactor = 1.32;  // line height / font size
constexpr double kCellPad = 3;

void setFont(cairo_t* cr, const TextStyle& style) {
    cairo_select_font_face(cr, kFamily, CAIRO_FONT_SLANT_NORMAL,
                           style.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, style.size);
}

double lineHeight(const TextStyle& style) { return style.size * kLineFactor; }

// Draws one line with its top at y (the baseline lies one font size lower, near the ascent).
void showLine(cairo_t* cr, const std::string& line, double x, double top, const TextStyle& style) {
    if (line.empty()) return;
    setFont(cr, style);
    cairo_set_source_rgb(cr, style.gray, style.gray, style.gray);
    cairo_move_to(cr, x, top + style.size * 0.98);
    cairo_show_text(cr, line.c_str());
}

// Length in bytes of the UTF-8 sequence starting with `lead`.
std::size_t utf8Length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead >> 5) == 0x6) return 2;
    if ((lead >> 4) == 0xE) return 3;
    if ((lead >> 3) == 0x1E) return 4;
    return 1;
}

// Cuts `word` into pieces no wider than `width` (at least one character each).
std::vector<std::string> breakWord(cairo_t* cr, const std::string& word, const TextStyle& style,
                                   double width) {
    std::vector<std::string> pieces;
    std::string piece;
    for (std::size_t i = 0; i < word.size();) {
        const std::size_t n = std::min(utf8Length(static_cast<unsigned char>(word[i])),
                                       word.size() - i);
        const std::string ch = word.substr(i, n);
        if (!piece.empty() && textWidth(cr, piece + ch, style) > width) {
            pieces.push_back(piece);
            piece.clear();
        }
        piece += ch;
        i += n;
    }
    if (!piece.empty()) pieces.push_back(piece);
    return pieces;
}

// Splits a word after '/' or '-' so long compounds ("Begegnungsstätte/Bürgerhaus") can wrap.
std::vector<std::string> softParts(const std::string& word) {
    std::vector<std::string> parts;
    std::string part;
    for (std::size_t i = 0; i < word.size(); ++i) {
        part += word[i];
        if ((word[i] == '/' || word[i] == '-') && i + 1 < word.size() && part.size() > 2) {
            parts.push_back(part);
            part.clear();
        }
    }
    if (!part.empty()) parts.push_back(part);
    return parts;
}

}  // namespace

double textWidth(cairo_t* cr, const std::string& text, const TextStyle& style) {
    setFont(cr, style);
    cairo_text_extents_t extents;
    cairo_text_extents(cr, text.c_str(), &extents);
    return extents.x_advance;
}

std::vector<std::string> wrapText(cairo_t* cr, const std::string& text, const TextStyle& style,
                                  double width) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find('\n', start);
        const std::string paragraph =
            text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        std::string line;
        std::size_t pos = 0;
        auto flush = [&] {
            lines.push_back(line);
            line.clear();
        };
        while (pos <= paragraph.size()) {
            std::size_t space = paragraph.find(' ', pos);
            if (space == std::string::npos) space = paragraph.size();
            const std::string word = paragraph.substr(pos, space - pos);
            pos = space + 1;
            if (word.empty()) continue;
            const std::string candidate = line.empty() ? word : line + " " + word;
            if (textWidth(cr, candidate, style) <= width) {
                line = candidate;
                continue;
            }
            // The word does not fit after the line: try its soft parts, then cut it.
            bool first = true;
            for (const std::string& part : softParts(word)) {
                const std::string joined = line.empty() ? part : line + (first ? " " : "") + part;
                first = false;
                if (textWidth(cr, joined, style) <= width) {
                    line = joined;
                    continue;
                }
                if (!line.empty()) flush();
                if (textWidth(cr, part, style) <= width) {
                    line = part;
                    continue;
                }
                std::vector<std::string> pieces = breakWord(cr, part, style, width);
                for (std::size_t i = 0; i + 1 < pieces.size(); ++i) lines.push_back(pieces[i]);
                line = pieces.empty() ? "" : pieces.back();
            }
        }
        flush();
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return lines;
}

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

void PageFlow::heading(const std::string& text, int level) {
    const TextStyle style{level <= 1 ? 14.0 : level == 2 ? 11.0 : 9.5, true, 0};
    const auto lines = wrapText(cr_, text, style, contentWidth());
    const double before = level <= 1 ? 14 : level == 2 ? 8 : 4;
    // Keep a heading with at least a few lines of what follows.
    const double height = static_cast<double>(lines.size()) * lineHeight(style);
    if (y_ + before + height + 40 > bottom()) newPage();
    space(before);
    ensure(height);
    for (const std::string& line : lines) {
        showLine(cr_, line, kMargin, y_, style);
        y_ += lineHeight(style);
    }
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
    for (const std::string& line : wrapText(cr_, text, style, contentWidth())) {
        ensure(lineHeight(style));
        showLine(cr_, line, kMargin, y_, style);
        y_ += lineHeight(style);
    }
    y_ += style.size * 0.4;
}

void PageFlow::keyValues(const std::vector<std::pair<std::string, std::string>>& pairs,
                         double labelWidth) {
    const TextStyle label{9.5, true, 0.25};
    const TextStyle value{9.5, false, 0};
    for (const auto& [key, text] : pairs) {
        const auto keyLines = wrapText(cr_, key, label, labelWidth - 8);
        const auto valueLines = wrapText(cr_, text, value, contentWidth() - labelWidth);
        const std::size_t n = std::max(keyLines.size(), valueLines.size());
        ensure(static_cast<double>(n) * lineHeight(value));
        for (std::size_t i = 0; i < n; ++i) {
            if (i < keyLines.size()) showLine(cr_, keyLines[i], kMargin, y_, label);
            if (i < valueLines.size())
                showLine(cr_, valueLines[i], kMargin + labelWidth, y_, value);
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
        const std::size_t n = std::max(wrapText(cr_, key, label, labelWidth - 8).size(),
                                       wrapText(cr_, text, value, contentWidth() - labelWidth).size());
        height += static_cast<double>(n) * lineHeight(value) + 1.5;
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

// The widest line of `text` unwrapped.
double widestLine(cairo_t* cr, const std::string& text, const TextStyle& style) {
    double widest = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        widest = std::max(widest, textWidth(cr, text.substr(start, end - start), style));
        start = end + 1;
    }
    return widest;
}


// Draws the wrapped lines of one table row's cells from the row's top `y`, each column left or
// right aligned inside its padding.
void drawCells(cairo_t* cr, const std::vector<std::vector<std::string>>& cells,
               const std::vector<double>& widths, const std::vector<TableColumn>& columns,
               double left, double y, const TextStyle& style) {
    double x = left;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        double top = y + kCellPad;
        for (const std::string& line : cells[c]) {
            const double w = textWidth(cr, line, style);
            showLine(cr, line, columns[c].alignRight ? x + widths[c] - kCellPad - w : x + kCellPad,
                     top, style);
            top += lineHeight(style);
        }
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
        wanted[c] = widestLine(cr_, table.columns[c].header, header);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            if (c >= table.rows[r].size()) continue;
            const bool bold = r < table.boldRows.size() && table.boldRows[r];
            least[c] = std::max(least[c], widestWord(cr_, table.rows[r][c], bold ? header : cell));
            wanted[c] = std::max(wanted[c], widestLine(cr_, table.rows[r][c], bold ? header : cell));
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
        std::size_t lines = 1;
        for (std::size_t c = 0; c < widths.size() && c < cells.size(); ++c)
            lines = std::max(lines, wrapText(cr_, cells[c], style, widths[c] - 2 * kCellPad).size());
        return static_cast<double>(lines) * lineHeight(style) + 2 * kCellPad;
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
    const TextStyle style{table.fontSize, true, 0};
    std::vector<std::vector<std::string>> cells;
    std::size_t lines = 1;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        cells.push_back(wrapText(cr_, table.columns[c].header, style, widths[c] - 2 * kCellPad));
        lines = std::max(lines, cells.back().size());
    }
    const double height = static_cast<double>(lines) * lineHeight(style) + 2 * kCellPad;
    cairo_set_source_rgb(cr_, 0.86, 0.89, 0.93);
    cairo_rectangle(cr_, kMargin, y_, contentWidth(), height);
    cairo_fill(cr_);
    drawCells(cr_, cells, widths, table.columns, kMargin, y_, style);
    y_ += height;
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
        std::vector<std::vector<std::string>> cells;
        std::size_t lines = 1;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const std::string& text = c < table.rows[r].size() ? table.rows[r][c] : "";
            cells.push_back(wrapText(cr_, text, style, widths[c] - 2 * kCellPad));
            lines = std::max(lines, cells.back().size());
        }
        const double height = static_cast<double>(lines) * lineHeight(style) + 2 * kCellPad;
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
        drawCells(cr_, cells, widths, table.columns, kMargin, y_, style);
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
    const std::function<void(cairo_t*, double, double, double, double)>& draw, bool landscape) {
    newPage();
    cairo_surface_t* target = cairo_get_target(cr_);
    const bool pdf = cairo_surface_get_type(target) == CAIRO_SURFACE_TYPE_PDF;
    if (landscape && pdf) {
        pageWidth_ = kA4Height;
        pageHeight_ = kA4Width;
        cairo_pdf_surface_set_size(target, pageWidth_, pageHeight_);
    }
    pageHasContent_ = true;
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
