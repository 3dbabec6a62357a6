// The sheet's layout around the map frame: header, legend column, stamp, footer; and the
// public drawing entry points of print/map_sheet.hpp.
#include "app/print/sheet_paint.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/print/cairo_handles.hpp"

namespace print {
namespace detail {

namespace text = ::i18n::text;


// The legend rows of the sheet's right column.
struct Row {
    enum Kind { Heading, Subheading, Swatch, Palette, Symbol, Ring, Line, Text, Gap } kind;
    std::string label;
    Rgba color{};
    map::MarkerShape shape = map::MarkerShape::Circle;
    bool flagged = false;
};

std::vector<Row> legendRows(const MapSheet& sheet) {
    std::vector<Row> rows;
    rows.push_back({Row::Heading, text::kSheetLegend.str()});
    rows.push_back({Row::Subheading, sheet.themeTitle});
    for (const LegendEntry& e : sheet.themeLegend)
        rows.push_back({sheet.theme == SheetTheme::Municipalities ? Row::Palette : Row::Swatch,
                        e.label, e.color});
    if (!sheet.symbolLegend.empty()) {
        rows.push_back({Row::Gap, ""});
        rows.push_back({Row::Subheading, text::kLegendSites.str()});
        for (const LegendEntry& e : sheet.symbolLegend)
            rows.push_back({Row::Symbol, e.label, e.color,
                            e.shape.value_or(map::MarkerShape::Circle), e.flagged});
    }
    if (sheet.set) {
        rows.push_back({Row::Gap, ""});
        rows.push_back({Row::Subheading, std::string(setTitle(sheet.set->kind))});
        std::string nrs;
        for (const std::string& nr : sheet.set->nrs) nrs += (nrs.empty() ? "" : " + ") + nr;
        rows.push_back({Row::Text, nrs});
        rows.push_back({Row::Ring, text::kSheetRing.str() + " " +
                                       i18n::formatDecimal(sheet.set->radiusKm, 0) + " km"});
        rows.push_back({Row::Line, text::kSheetDistance.str()});
    }
    rows.push_back({Row::Gap, ""});
    rows.push_back({Row::Subheading, text::kSheetWeights.str()});
    std::istringstream stamp(sheet.stamp);
    for (std::string line; std::getline(stamp, line);) rows.push_back({Row::Text, line});
    return rows;
}

double rowHeight(const Row& r, double size) {
    switch (r.kind) {
        case Row::Heading: return 1.9 * size;
        case Row::Subheading: return 1.6 * size;
        case Row::Gap: return 0.6 * size;
        case Row::Text: return 1.35 * size;
        default: return 1.6 * size;
    }
}

void drawLegend(const Painter& p, double x, double y, double w, double h, const MapSheet& sheet,
                double size) {
    cairo_t* cr = p.cr;
    std::vector<Row> rows = legendRows(sheet);
    double need = 0;
    for (const Row& r : rows) need += rowHeight(r, size);
    // A legend that would not fit (large text on a small sheet) shrinks to fit.
    if (need > h && need > 0) size *= h / need;
    double widest = 0;
    for (const Row& r : rows) {
        double indent = (r.kind == Row::Swatch || r.kind == Row::Palette ||
                         r.kind == Row::Symbol || r.kind == Row::Ring ||
                         r.kind == Row::Line)
                            ? 2.4 * size
                            : 0;
        bool bold = r.kind == Row::Heading || r.kind == Row::Subheading;
        double s = r.kind == Row::Heading ? 1.25 * size : size;
        widest = std::max(widest, indent + textWidth(cr, r.label, s, bold));
    }
    if (widest > w && widest > 0) size *= w / widest;
    double cy = y;
    const Rgba ink = Rgba::hex(0x1A1A1A);
    for (const Row& r : rows) {
        double rh = rowHeight(r, size);
        double base = cy + rh * 0.5 + 0.36 * size;
        double sx = x, sw = 1.8 * size, sh = 1.0 * size, scy = cy + rh * 0.5;
        switch (r.kind) {
            case Row::Heading: drawText(p, r.label, x, base, 1.25 * size, ink, true); break;
            case Row::Subheading: drawText(p, r.label, x, base, size, ink, true); break;
            case Row::Text: drawText(p, r.label, x, base, 0.92 * size, ink); break;
            case Row::Gap: break;
            case Row::Swatch:
                cairo_new_path(cr);
                cairo_rectangle(cr, sx, scy - sh / 2, sw, sh);
                setColor(cr, r.color);
                cairo_fill_preserve(cr);
                setColor(cr, Rgba::hex(0x4D4D4D));
                cairo_set_line_width(cr, 0.08 * size);
                cairo_stroke(cr);
                drawText(p, r.label, x + 2.4 * size, base, size, ink);
                break;
            case Row::Palette:
                // Four palette colours side by side: the colours only tell neighbours apart.
                for (int k = 0; k < 4; ++k) {
                    cairo_new_path(cr);
                    cairo_rectangle(cr, sx + k * sw / 4, scy - sh / 2, sw / 4, sh);
                    setColor(cr, map::municipalityPalette()[static_cast<std::size_t>(k)]);
                    cairo_fill(cr);
                }
                cairo_rectangle(cr, sx, scy - sh / 2, sw, sh);
                setColor(cr, Rgba::hex(0x4D4D4D));
                cairo_set_line_width(cr, 0.08 * size);
                cairo_stroke(cr);
                drawText(p, r.label, x + 2.4 * size, base, size, ink);
                break;
            case Row::Symbol:
                if (r.flagged) {
                    cairo_new_path(cr);
                    cairo_arc(cr, sx + sw / 2, scy, 0.42 * size, 0, 2 * M_PI);
                    setColor(cr, Rgba::hex(0xC0002A));
                    cairo_set_line_width(cr, 0.2 * size);
                    cairo_stroke(cr);
                } else {
                    drawSymbol(cr, r.shape, r.color, sx + sw / 2, scy, 0.62 * size, 0.08 * size,
                               Rgba::hex(0x282828));
                }
                drawText(p, r.label, x + 2.4 * size, base, size, ink);
                break;
            case Row::Ring:
                cairo_new_path(cr);
                cairo_arc(cr, sx + sw / 2, scy, 0.5 * size, 0, 2 * M_PI);
                cairo_set_source_rgba(cr, 0, 90 / 255.0, 50 / 255.0, 0.9);
                cairo_set_line_width(cr, 0.15 * size);
                cairo_stroke(cr);
                drawText(p, r.label, x + 2.4 * size, base, size, ink);
                break;
            case Row::Line:
                cairo_new_path(cr);
                cairo_move_to(cr, sx, scy);
                cairo_line_to(cr, sx + sw, scy);
                cairo_set_source_rgb(cr, 20 / 255.0, 20 / 255.0, 20 / 255.0);
                cairo_set_line_width(cr, 0.2 * size);
                cairo_stroke(cr);
                drawText(p, r.label, x + 2.4 * size, base, size, ink);
                break;
        }
        cy += rh;
    }
}


// Shrinks `size` so that `s` fits into `width`.
double fitSize(cairo_t* cr, const std::string& s, double size, double width, bool bold) {
    double w = textWidth(cr, s, size, bold);
    return w > width && w > 0 ? size * width / w : size;
}


void drawSheet(const Painter& p, double W, double H, const MapSheet& sheet) {
    cairo_t* cr = p.cr;
    const double u = p.u, ts = sheet.textScale;
    cairo_save(cr);
    setFontOptions(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_new_path(cr);
    cairo_rectangle(cr, 0, 0, W, H);
    cairo_fill(cr);
    const Rgba ink = Rgba::hex(0x1A1A1A), muted = Rgba::hex(0x505050);
    const double m = 24 * u, gap = 18 * u;
    const double titleSize = 28 * u * ts, bodySize = 14 * u * ts, smallSize = 12 * u * ts;

    // Header: title and what the map shows on the left, example mark, project and date right.
    double headerBottom = m + titleSize * 1.25 + bodySize * 1.5;
    std::string right1 = text::kSheetProject.str() + ": " + sheet.projectName;
    std::string right2 = text::kSheetDate.str() + ": " + sheet.date;
    double rightW = std::max(textWidth(cr, right1, bodySize, true),
                             textWidth(cr, right2, bodySize, false));
    double tSize = fitSize(cr, sheet.title, titleSize, W - 2 * m - rightW - gap, true);
    drawText(p, sheet.title, m, m + 0.95 * titleSize, tSize, ink, true);
    std::string subtitle = sheet.set ? std::string(setTitle(sheet.set->kind)) + " " +
                                           setHeadline(*sheet.set)
                                     : sheet.themeTitle;
    drawText(p, subtitle, m, m + titleSize * 1.25 + bodySize,
             fitSize(cr, subtitle, bodySize, W - 2 * m - rightW - gap, false), muted);
    drawText(p, right1, W - m, m + 0.95 * titleSize, bodySize, ink, true, 1);
    drawText(p, right2, W - m, m + titleSize * 1.25 + bodySize, bodySize, ink, false, 1);
    if (!sheet.exampleMark.empty()) {
        // Above the project name, in the warning colour of the window's legend.
        drawText(p, sheet.exampleMark, W - m, m + 0.95 * titleSize - 1.3 * bodySize, bodySize,
                 Rgba::hex(0xB34000), true, 1);
    }

    // Footer: attribution (licence) and the population source on the left, the coordinate
    // reference system on the right.
    std::string footer = sheet.attribution;
    if (!sheet.populationSource.empty()) footer += " · " + sheet.populationSource;
    double footerTop = H - m - smallSize * 1.4;
    double crsW = 0;
    if (!sheet.referenceSystem.empty()) {
        const std::string crs = i18n::fill(text::kSheetCrs, {sheet.referenceSystem});
        const double crsSize = fitSize(cr, crs, smallSize, 0.4 * (W - 2 * m), false);
        crsW = drawText(p, crs, W - m, H - m - 0.3 * smallSize, crsSize, muted, false, 1) + gap;
    }
    drawText(p, footer, m, H - m - 0.3 * smallSize,
             fitSize(cr, footer, smallSize, W - 2 * m - crsW, false), muted);

    // The legend column and the map frame.
    double colW = std::min(300 * u * ts, 0.36 * W);
    double mapX = m, mapY = headerBottom + gap;
    double mapW = W - 2 * m - colW - gap, mapH = footerTop - gap - mapY;
    MapTextSizes sizes{16 * u * ts, 12.5 * u * ts, bodySize};
    Frame f = drawMapContent(p, mapX, mapY, mapW, mapH, sheet, sizes, false);
    cairo_new_path(cr);
    cairo_rectangle(cr, mapX, mapY, mapW, mapH);
    setColor(cr, ink);
    cairo_set_line_width(cr, 1.2 * u);
    cairo_stroke(cr);
    drawScaleBar(p, f, mapX + 12 * u, mapY + mapH - 12 * u, smallSize, scaleCaption(p, f));
    drawNorthArrow(p, mapX + mapW - 12 * u - 20 * u, mapY + 12 * u, bodySize);
    drawLegend(p, mapX + mapW + gap, mapY, colW, mapH, sheet, bodySize);
    cairo_restore(cr);
}

void drawMapOnlyImpl(const Painter& p, double W, double H, const MapSheet& sheet) {
    cairo_t* cr = p.cr;
    const double u = p.u, ts = sheet.textScale;
    cairo_save(cr);
    setFontOptions(cr);
    double smallSize = 14 * u * ts;
    MapTextSizes sizes{22 * u * ts, 16 * u * ts, 15 * u * ts};
    Frame f = drawMapContent(p, 0, 0, W, H, sheet, sizes, true);
    // The attribution always (licence), bottom right; the scale bar bottom left.
    std::string attribution = sheet.attribution;
    if (!sheet.exampleMark.empty()) attribution = sheet.exampleMark + " · " + attribution;
    if (!sheet.populationSource.empty()) attribution += " · " + sheet.populationSource;
    double margin = 12 * u, pad = 8 * u;
    double size = fitSize(cr, attribution, smallSize, W - 2 * margin - 2 * pad, false);
    double tw = textWidth(cr, attribution, size, false);
    double x1 = W - margin, y1 = H - margin, x0 = x1 - tw - 2 * pad, y0 = y1 - 1.3 * size - 2 * pad;
    box(cr, x0, y0, x1, y1, 3 * u, Rgba::hex(0xFFFFFF, 0.95f));
    drawText(p, attribution, x0 + pad, y1 - pad - 0.3 * size, size, Rgba::hex(0x1A1A1A));
    // On narrow images the scale bar goes above the attribution.
    double barY = (x0 - margin < 220 * u) ? y0 - margin / 2 : H - margin;
    drawScaleBar(p, f, margin, barY, smallSize);
    cairo_restore(cr);
}

// Output units per logical unit: a sheet is designed for 1600 × 1000, a map for Full HD.
double sheetUnit(double W, double H) {
    return std::min(W / 1600, H / 1000);
}
double mapUnit(double W, double H) {
    return std::min(W, H) / 1080;
}

}  // namespace detail

using namespace detail;

void drawMapSheet(cairo_t* cr, double width, double height, const MapSheet& sheet,
                  double mmPerUnit) {
    drawSheet({cr, sheetUnit(width, height), nullptr, mmPerUnit}, width, height, sheet);
}

void drawMapOnly(cairo_t* cr, double width, double height, const MapSheet& sheet) {
    drawMapOnlyImpl({cr, mapUnit(width, height)}, width, height, sheet);
}

void drawSetOverlay(cairo_t* cr, const geo::Viewport& view, double unit, const MapSheet& sheet) {
    if (!sheet.set) return;
    Painter p{cr, unit};
    cairo_save(cr);
    setFontOptions(cr);
    Frame f{view, 0, 0};
    drawSetRings(p, f, *sheet.set);
    // Redraw the set's own symbols over the line so their ends stay readable.
    for (const map::Marker& m : sheet.markers)
        for (geo::Vec2 s : sheet.set->sites)
            if (m.position == s) drawMarker(cr, m, f(m.position), unit);
    drawSetLabels(p, f, *sheet.set, 15 * unit * sheet.textScale, 0, view.widthPx(), 0, true);
    cairo_restore(cr);
}

}  // namespace print
