// The map frame of a sheet drawn with cairo: text and symbol primitives, areas, labels, the
// set's rings and lines, scale bar and north arrow.
#include "app/print/sheet_paint.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/print/cairo_handles.hpp"
#include "geo/label_layout.hpp"

namespace print::detail {

namespace text = ::i18n::text;

std::string formatDistance(double metres) {
    // Scale bar lengths are 1, 2 or 5 times a power of ten: whole kilometres from 1 km on.
    double km = metres / 1000;
    if (metres >= 1000) return i18n::formatDecimal(km, km == std::round(km) ? 0 : 1) + " km";
    return i18n::formatDecimal(metres, 0) + " m";
}

// The title of a set: "Beschlossene Auswahl", "Empfohlene Auswahl" or just "Auswahl".
const char* setTitle(decision::ShownKind kind) {
    switch (kind) {
        case decision::ShownKind::Choice: return text::kSheetChosenSet;
        case decision::ShownKind::Recommendation: return text::kSheetRecommendedSet;
        case decision::ShownKind::Considered:
        case decision::ShownKind::None: break;
    }
    return text::kSheetSet;
}

void setColor(cairo_t* cr, Rgba c) {
    cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

void setFont(cairo_t* cr, double size, bool bold) {
    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
}

// Unhinted outlines and metrics: text scales exactly with the output, so the same sheet at
// another size only differs in resolution.
void setFontOptions(cairo_t* cr) {
    cairo_font_options_t* o = cairo_font_options_create();
    cairo_font_options_set_hint_style(o, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(o, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(o, CAIRO_ANTIALIAS_GRAY);
    cairo_set_font_options(cr, o);
    cairo_font_options_destroy(o);
}

double textWidth(cairo_t* cr, const std::string& s, double size, bool bold) {
    setFont(cr, size, bold);
    cairo_text_extents_t e;
    cairo_text_extents(cr, s.c_str(), &e);
    return e.x_advance;
}

// Draws `s` with its baseline at y; align 0 left, 0.5 centre, 1 right of x. Returns the width.
double drawText(const Painter& p, const std::string& s, double x, double y, double size,
                Rgba color, bool bold, double align, double halo) {
    double w = textWidth(p.cr, s, size, bold);
    double x0 = x - align * w;
    if (p.svg) {
        double dx = x0, dy = y, hx = halo, hy = 0, sx = size, sy = 0;
        cairo_user_to_device(p.cr, &dx, &dy);
        cairo_user_to_device_distance(p.cr, &hx, &hy);
        cairo_user_to_device_distance(p.cr, &sx, &sy);
        p.svg->push_back({s, dx, dy, std::hypot(sx, sy), bold, color, std::hypot(hx, hy)});
        return w;
    }
    if (halo > 0) {
        cairo_new_path(p.cr);
        cairo_move_to(p.cr, x0, y);
        cairo_text_path(p.cr, s.c_str());
        cairo_set_source_rgba(p.cr, 1, 1, 1, 0.92);
        cairo_set_line_width(p.cr, 2 * halo);
        cairo_set_line_join(p.cr, CAIRO_LINE_JOIN_ROUND);
        cairo_stroke(p.cr);
    }
    cairo_new_path(p.cr);
    cairo_move_to(p.cr, x0, y);
    setColor(p.cr, color);
    cairo_show_text(p.cr, s.c_str());
    cairo_new_path(p.cr);
    return w;
}

// A filled rounded box with optional border.
void box(cairo_t* cr, double x0, double y0, double x1, double y1, double radius, Rgba fill,
         std::optional<Rgba> border, double borderWidth) {
    double r = std::min({radius, (x1 - x0) / 2, (y1 - y0) / 2});
    cairo_new_path(cr);
    cairo_arc(cr, x1 - r, y0 + r, r, -M_PI / 2, 0);
    cairo_arc(cr, x1 - r, y1 - r, r, 0, M_PI / 2);
    cairo_arc(cr, x0 + r, y1 - r, r, M_PI / 2, M_PI);
    cairo_arc(cr, x0 + r, y0 + r, r, M_PI, 1.5 * M_PI);
    cairo_close_path(cr);
    setColor(cr, fill);
    if (border) {
        cairo_fill_preserve(cr);
        setColor(cr, *border);
        cairo_set_line_width(cr, borderWidth);
        cairo_stroke(cr);
    } else {
        cairo_fill(cr);
    }
}


void pathMultiPolygon(cairo_t* cr, const Frame& f, const geo::MultiPolygon& mp) {
    auto ring = [&](const geo::Ring& r) {
        if (r.empty()) return;
        geo::Vec2 p = f(r.front());
        cairo_move_to(cr, p.x, p.y);
        for (std::size_t i = 1; i < r.size(); ++i) {
            p = f(r[i]);
            cairo_line_to(cr, p.x, p.y);
        }
        cairo_close_path(cr);
    };
    for (const geo::Polygon& poly : mp) {
        ring(poly.outer);
        for (const geo::Ring& h : poly.holes) ring(h);
    }
}

void fillAndStroke(cairo_t* cr, const Frame& f, const SheetArea& a, Rgba outline, double width) {
    cairo_new_path(cr);
    pathMultiPolygon(cr, f, a.shape);
    cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD);
    setColor(cr, a.fill);
    cairo_fill_preserve(cr);
    setColor(cr, outline);
    cairo_set_line_width(cr, width);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke(cr);
}

// The outline of a site symbol of half-size r around c: map::symbolOutline, the one
// definition the window and the OpenGL markers use too (y down as on the page).
void pathSymbol(cairo_t* cr, map::MarkerShape shape, double cx, double cy, double r) {
    cairo_new_path(cr);
    std::vector<geo::Vec2> outline = map::symbolOutline(shape);
    if (outline.empty()) {
        cairo_arc(cr, cx, cy, map::kCircleRadius * r, 0, 2 * M_PI);
    } else {
        cairo_move_to(cr, cx + outline[0].x * r, cy + outline[0].y * r);
        for (std::size_t i = 1; i < outline.size(); ++i)
            cairo_line_to(cr, cx + outline[i].x * r, cy + outline[i].y * r);
    }
    cairo_close_path(cr);
}

void drawSymbol(cairo_t* cr, map::MarkerShape shape, Rgba color, double cx, double cy,
                double r, double ring, Rgba ringColor) {
    pathSymbol(cr, shape, cx, cy, r);
    setColor(cr, ringColor);
    cairo_set_line_width(cr, 2 * ring);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_stroke_preserve(cr);
    setColor(cr, color);
    cairo_fill(cr);
}

void drawMarker(cairo_t* cr, const map::Marker& m, geo::Vec2 p, double u) {
    double r = 12 * u * (m.selected ? 1.35 : 1.0);
    Rgba ring = m.flagged ? Rgba::hex(0xC0002A) : m.selected ? Rgba::hex(0) : Rgba::hex(0xFFFFFF);
    drawSymbol(cr, m.shape, m.color, p.x, p.y, r, (m.flagged ? 3.6 : 2.0) * u, ring);
}


// The set overlay as in the window's Auswahl tab (ui/set_overlay.cpp): r-km rings, the lines
// between the sites with their distance, the numbers beside the symbols, and the headline with
// the population reached. `rings` part first (under the symbols), `labels` after them.
void drawSetRings(const Painter& p, const Frame& f, const SheetSet& set) {
    cairo_t* cr = p.cr;
    for (geo::Vec2 s : set.sites) {
        geo::Ring ring = geo::circleRing(s, set.radiusKm * 1000, 24);
        cairo_new_path(cr);
        for (std::size_t i = 0; i < ring.size(); ++i) {
            geo::Vec2 q = f(ring[i]);
            if (i == 0)
                cairo_move_to(cr, q.x, q.y);
            else
                cairo_line_to(cr, q.x, q.y);
        }
        cairo_close_path(cr);
        cairo_set_source_rgba(cr, 0, 90 / 255.0, 50 / 255.0, 0.9);
        cairo_set_line_width(cr, 2.5 * p.u);
        cairo_stroke(cr);
    }
    for (std::size_t i = 0; i < set.sites.size(); ++i)
        for (std::size_t j = i + 1; j < set.sites.size(); ++j) {
            geo::Vec2 a = f(set.sites[i]), b = f(set.sites[j]);
            cairo_new_path(cr);
            cairo_move_to(cr, a.x, a.y);
            cairo_line_to(cr, b.x, b.y);
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
            cairo_set_source_rgba(cr, 1, 1, 1, 0.9);
            cairo_set_line_width(cr, 6 * p.u);
            cairo_stroke_preserve(cr);
            cairo_set_source_rgb(cr, 20 / 255.0, 20 / 255.0, 20 / 255.0);
            cairo_set_line_width(cr, 3 * p.u);
            cairo_stroke(cr);
        }
}

std::string setHeadline(const SheetSet& set) {
    std::string head;
    for (const std::string& nr : set.nrs) head += (head.empty() ? "" : " + ") + nr;
    double share = set.totalPopulation > 0 ? 100 * set.reachedPopulation / set.totalPopulation : 0;
    return head + ": " + i18n::formatInteger(std::llround(set.reachedPopulation)) + " " +
           text::kSheetResidents.str() + " (" + i18n::formatPercent(share, 0) + ") " +
           text::kSheetWithin.str() + " " + i18n::formatDecimal(set.radiusKm, 0) + " km";
}

// `headline`: the population line at the top of the map (a sheet has it in its header).
void drawSetLabels(const Painter& p, const Frame& f, const SheetSet& set, double size,
                   double mapX0, double mapWidth, double mapY0, bool headline) {
    cairo_t* cr = p.cr;
    const double u = p.u;
    for (std::size_t i = 0; i < set.sites.size(); ++i)
        for (std::size_t j = i + 1; j < set.sites.size(); ++j) {
            geo::Vec2 a = f(set.sites[i]), b = f(set.sites[j]);
            // One decimal as in the window's overlay ("16,7 km").
            std::string label =
                i18n::formatDecimal(length(set.sites[i] - set.sites[j]) / 1000, 1) + " km";
            double w = textWidth(cr, label, size, true);
            double mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2;
            box(cr, mx - w / 2 - 5 * u, my - 0.75 * size, mx + w / 2 + 5 * u, my + 0.55 * size,
                3 * u, Rgba::hex(0xFFFFFF, 0.94f), Rgba::hex(0x141414), 1 * u);
            drawText(p, label, mx, my + 0.36 * size, size, Rgba::hex(0x141414), true, 0.5);
        }
    for (std::size_t i = 0; i < set.sites.size(); ++i) {
        geo::Vec2 s = f(set.sites[i]);
        double w = textWidth(cr, set.nrs[i], size, true);
        double x = s.x + 16 * u, y = s.y - 12 * u;
        box(cr, x - 4 * u, y - 0.95 * size, x + w + 4 * u, y + 0.3 * size, 3 * u,
            Rgba::hex(0x005A32, 0.94f));
        drawText(p, set.nrs[i], x, y, size, Rgba::hex(0xFFFFFF), true);
    }
    if (!headline) return;
    std::string head = setHeadline(set);
    double w = textWidth(cr, head, size, false);
    double cx = mapX0 + mapWidth / 2, top = mapY0 + 12 * u;
    box(cr, cx - w / 2 - 10 * u, top, cx + w / 2 + 10 * u, top + 1.25 * size + 12 * u, 4 * u,
        Rgba::hex(0xFFFFFF, 0.95f), Rgba::hex(0x005A32), 1.5 * u);
    drawText(p, head, cx, top + 6 * u + 0.95 * size, size, Rgba::hex(0x003C1E), false, 0.5);
}

std::string scaleCaption(const Painter& p, const Frame& f) {
    const long long denominator =
        roundedScaleDenominator(scaleDenominator(f.view.metresPerPixel(), p.mmPerUnit));
    return i18n::fill(text::kSheetScale, {i18n::formatInteger(denominator)});
}

void drawScaleBar(const Painter& p, const Frame& f, double x0, double y1, double size,
                  const std::string& caption) {
    const double u = p.u;
    geo::ScaleBar bar = geo::niceScaleBar(f.view.metresPerPixel(), 170 * u);
    std::string label = formatDistance(bar.metres);
    double tw = textWidth(p.cr, label, size, false);
    double cw = caption.empty() ? 0 : textWidth(p.cr, caption, size, true);
    double captionH = caption.empty() ? 0 : 1.3 * size;
    double pad = 8 * u, barH = 7 * u;
    double panelW = std::max({bar.pixels, tw, cw}) + 2 * pad,
           panelH = captionH + size + barH + 3 * pad;
    box(p.cr, x0, y1 - panelH, x0 + panelW, y1, 3 * u, Rgba::hex(0xFFFFFF, 0.95f));
    if (!caption.empty())
        drawText(p, caption, x0 + pad, y1 - panelH + pad + 0.8 * size, size, Rgba::hex(0x1A1A1A),
                 true);
    double bx = x0 + pad, by = y1 - pad - barH;
    cairo_new_path(p.cr);
    cairo_rectangle(p.cr, bx, by, bar.pixels, barH);
    setColor(p.cr, Rgba::hex(0x1A1A1A));
    cairo_fill(p.cr);
    double inset = 1.2 * u;
    cairo_rectangle(p.cr, bx + bar.pixels / 2, by + inset, bar.pixels / 2 - inset,
                    barH - 2 * inset);
    cairo_set_source_rgb(p.cr, 1, 1, 1);
    cairo_fill(p.cr);
    drawText(p, label, bx + bar.pixels / 2, y1 - panelH + captionH + pad + 0.8 * size, size,
             Rgba::hex(0x1A1A1A), false, 0.5);
}

void drawNorthArrow(const Painter& p, double cx, double top, double size) {
    const double u = p.u;
    double h = 34 * u, w = 20 * u;
    box(p.cr, cx - w, top, cx + w, top + h + size + 16 * u, 3 * u, Rgba::hex(0xFFFFFF, 0.95f));
    double y0 = top + size + 10 * u;
    drawText(p, text::kSheetNorth.str(), cx, top + 4 * u + 0.85 * size, size,
             Rgba::hex(0x1A1A1A), true, 0.5);
    cairo_t* cr = p.cr;
    // A split arrowhead: dark left half, light right half with a dark edge.
    cairo_new_path(cr);
    cairo_move_to(cr, cx, y0);
    cairo_line_to(cr, cx - w * 0.5, y0 + h);
    cairo_line_to(cr, cx, y0 + h * 0.72);
    cairo_close_path(cr);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_fill(cr);
    cairo_move_to(cr, cx, y0);
    cairo_line_to(cr, cx + w * 0.5, y0 + h);
    cairo_line_to(cr, cx, y0 + h * 0.72);
    cairo_close_path(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_fill_preserve(cr);
    cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
    cairo_set_line_width(cr, 1.2 * u);
    cairo_stroke(cr);
}

// The map into the rectangle (x, y, w, h): areas, outlines, set rings, sites, labels, the set's
// labels. Returns the frame (world -> output) used.
Frame drawMapContent(const Painter& p, double x, double y, double w, double h,
                     const MapSheet& sheet, const MapTextSizes& sizes, bool headline) {
    cairo_t* cr = p.cr;
    const double u = p.u;
    Frame f{geo::Viewport::fit(sheet.extent, w, h, 0), x, y};
    cairo_save(cr);
    cairo_new_path(cr);
    cairo_rectangle(cr, x, y, w, h);
    cairo_clip(cr);
    cairo_set_source_rgb(cr, 0xF4 / 255.0, 0xF6 / 255.0, 0xF7 / 255.0);
    cairo_paint(cr);
    for (const SheetArea& a : sheet.neighbours) fillAndStroke(cr, f, a, Rgba::hex(0xA5A5A0), 1.2 * u);
    for (const SheetArea& a : sheet.municipalities)
        fillAndStroke(cr, f, a, Rgba::hex(0x4D4D4D), 1.2 * u);
    if (sheet.district) {
        cairo_new_path(cr);
        pathMultiPolygon(cr, f, *sheet.district);
        setColor(cr, Rgba::hex(0x1F1F1F));
        cairo_set_line_width(cr, 3 * u);
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        cairo_stroke(cr);
    }
    if (sheet.set) drawSetRings(p, f, *sheet.set);

    // Names placed like the OpenGL renderer places them: by priority, shifted only within the
    // polygon's inscribed circle, off the site symbols where there is room.
    std::vector<geo::LabelRequest> requests;
    const double halo = 2.5 * u * sheet.textScale;
    for (const SheetLabel& l : sheet.labels) {
        double size = l.context ? sizes.context : sizes.label;
        double tw = textWidth(cr, l.text, size, false);
        double th = 1.2 * size;
        double room = l.room / f.view.metresPerPixel();
        requests.push_back({f(l.anchor), tw + 2 * halo, th + 2 * halo, l.priority,
                            std::min(room, 1.5 * (th + 2 * halo))});
    }
    std::vector<geo::Box> symbols;
    for (const map::Marker& m : sheet.markers) {
        geo::Vec2 q = f(m.position);
        double r = 12 * u * (m.selected ? 1.35 : 1.0);
        symbols.push_back({q.x - r, q.y - r, q.x + r, q.y + r});
    }
    geo::Box everywhere{-1e9, -1e9, 1e9, 1e9};
    std::vector<geo::PlacedLabel> placed =
        geo::placeLabels(requests, everywhere, 2.0 * u, 0, symbols);

    for (const map::Marker& m : sheet.markers)
        if (!m.selected) drawMarker(cr, m, f(m.position), u);
    for (const map::Marker& m : sheet.markers)
        if (m.selected) drawMarker(cr, m, f(m.position), u);

    for (const geo::PlacedLabel& pl : placed) {
        const SheetLabel& l = sheet.labels[pl.request];
        double size = l.context ? sizes.context : sizes.label;
        double cx = (pl.box.minx + pl.box.maxx) / 2, cy = (pl.box.miny + pl.box.maxy) / 2;
        drawText(p, l.text, cx, cy + 0.36 * size, size,
                 l.context ? Rgba::hex(0x6E6E6E) : Rgba::hex(0x141414), false, 0.5, halo);
    }
    if (sheet.set) drawSetLabels(p, f, *sheet.set, sizes.body, x, w, y, headline);
    cairo_restore(cr);
    return f;
}

}  // namespace print::detail
