#include "app/print/map_sheet.hpp"

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <exception>
#include <filesystem>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string_view>

#include "app/decision/model.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/io/output_file.hpp"
#include "app/print/cairo_handles.hpp"
#include "app/map/map_scene.hpp"
#include "app/render/snapshot.hpp"
#include "app/map/thematic.hpp"
#include "app/decision/decision_input.hpp"
#include "app/exchange/demo.hpp"
#include "app/i18n/display_labels.hpp"
#include "app/domain/eligibility.hpp"
#include "geo/coverage.hpp"
#include "geo/label_layout.hpp"

namespace print {

using map::Rgba;

namespace text = ::i18n::text;
using map::Rgba;

const char* sheetThemeName(SheetTheme theme) {
    switch (theme) {
        case SheetTheme::Municipalities: return "gemeinden";
        case SheetTheme::ApplicationsPerMunicipality: return "bewerbungen";
        case SheetTheme::Reached: return "erreicht";
    }
    return "gemeinden";
}

SheetTheme parseSheetTheme(const std::string& name) {
    for (SheetTheme t : {SheetTheme::Municipalities, SheetTheme::ApplicationsPerMunicipality,
                         SheetTheme::Reached})
        if (name == sheetThemeName(t)) return t;
    throw std::invalid_argument("'" + name + "': expected gemeinden, bewerbungen or erreicht");
}

namespace {

// The window's colours for the share of a municipality within r of the shown set
// (ui::reachedColor): the sheet shows what the screen shows.
Rgba reachedColor(double share) {
    if (share >= 0.95) return Rgba::hex(0x9ED39A);
    if (share >= 0.05) return Rgba::hex(0xDDF0D8);
    return Rgba::hex(0xF4F4F4);
}

std::string todayIso() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

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

}  // namespace

MapSheet mapSheetFor(const project::Project& project, const MapSheetOptions& options,
                     const map::MapScene* givenScene) {
    const domain::MapData& data = project.map();
    MapSheet sheet;
    sheet.textScale = options.textScale > 0 ? options.textScale : 1.0;
    geo::Box district = data.extent();
    sheet.extent =
        options.extent ? *options.extent
                       : district.expanded(0.03 * std::max(district.width(), district.height()));

    // Colours and label points exactly as the OpenGL renderer has them.
    std::optional<map::MapScene> ownScene;
    if (!givenScene) ownScene = map::buildMapScene(data);
    const map::MapScene& scene = givenScene ? *givenScene : *ownScene;
    for (const map::SceneFeature& f : scene.features) {
        if (f.kind == map::LayerKind::Neighbour)
            sheet.neighbours.push_back({data.neighbours[f.source].shape, f.color});
        else
            sheet.municipalities.push_back({data.municipalities[f.source].shape, f.color});
    }
    if (data.district) sheet.district = data.district->shape;
    for (const map::SceneLabel& l : scene.labels)
        sheet.labels.push_back({l.text, l.anchor, l.room, l.priority, l.context});

    std::vector<std::int64_t> ineligible = domain::ineligibleApplications(project.state());
    sheet.markers = map::siteMarkers(project.applications(), std::nullopt, ineligible);
    std::set<domain::Status> statuses;
    for (const domain::Application& a : project.applications())
        if (a.site) statuses.insert(a.status);
    for (domain::Status s : statuses) {
        map::StatusSymbol sym = map::statusSymbol(s);
        sheet.symbolLegend.push_back({i18n::displayLabel(s), sym.color, sym.shape, false});
    }
    bool anyFlagged = false;
    for (const map::Marker& m : sheet.markers) anyFlagged = anyFlagged || m.flagged;
    if (anyFlagged)
        sheet.symbolLegend.push_back({text::kLegendIneligible.str(), Rgba::hex(0xFFFFFF),
                                      map::MarkerShape::Circle, true});

    // The set and what it reaches.
    decision::DecisionInput in = decision::decisionInput(project.state());
    const decision::ShownSet shown = options.set ? *options.set : decision::shownSet(project.state());
    const std::vector<std::int64_t>& ids = shown.applications;
    std::vector<double> shares;
    if (shown.kind != decision::ShownKind::None && !ids.empty()) {
        SheetSet set;
        set.kind = shown.kind;
        set.radiusKm = in.settings.radiusKm;
        for (std::int64_t id : ids)
            if (const domain::Application* a = project.find(id); a && a->site) {
                set.nrs.push_back(a->nr);
                set.sites.push_back(*a->site);
            }
        if (!set.sites.empty()) {
            const geo::CoverageModel coverage(in.areas, set.sites, set.radiusKm * 1000);
            std::vector<std::size_t> all(set.sites.size());
            for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
            set.reachedPopulation = coverage.coveredPopulation(all);
            set.totalPopulation = coverage.totalPopulation();
            shares = coverage.coveredShares(all);
            sheet.set = std::move(set);
        }
    }

    // The thematic layer: the caller's, else the project's (what the window showed last).
    sheet.theme = SheetTheme::Municipalities;
    if (options.theme)
        sheet.theme = *options.theme;
    else if (auto stored = project.viewSetting("theme")) {
        try {
            sheet.theme = parseSheetTheme(*stored);
        } catch (const std::invalid_argument&) {
            // A value from a newer program: the plain colours.
        }
    }
    if (sheet.theme == SheetTheme::Reached && shares.empty())
        sheet.theme = SheetTheme::Municipalities;
    if (sheet.theme == SheetTheme::ApplicationsPerMunicipality) {
        map::Choropleth c = map::applicationsPerMunicipality(data, project.applications());
        for (std::size_t i = 0; i < sheet.municipalities.size() && i < c.colors.size(); ++i)
            sheet.municipalities[i].fill = c.colors[i];
        sheet.themeTitle = text::kSheetApplicationsPerMunicipality.str();
        const char* names[] = {text::kSheetClassNone.c_str(), "1", "2",
                               text::kSheetClassMany.c_str()};
        for (std::size_t k = 0; k < c.legend.size() && k < 4; ++k) {
            int n = c.legend[k].municipalities;
            sheet.themeLegend.push_back(
                {std::string(names[k]) + " (" + std::to_string(n) + " " +
                     (n == 1 ? text::kSheetMunicipalityOne : text::kSheetMunicipalityMany).str() +
                     ")",
                 c.legend[k].color, std::nullopt, false});
        }
    } else if (sheet.theme == SheetTheme::Reached) {
        for (std::size_t i = 0; i < sheet.municipalities.size() && i < shares.size(); ++i)
            sheet.municipalities[i].fill = reachedColor(shares[i]);
        sheet.themeTitle = text::kSheetReachedTitle.str() + " " +
                           i18n::formatDecimal(sheet.set->radiusKm, 0) + " km";
        sheet.themeLegend = {{text::kSheetReachedFull.str(), reachedColor(1.0), {}, false},
                             {text::kSheetReachedPart.str(), reachedColor(0.5), {}, false},
                             {text::kSheetReachedNone.str(), reachedColor(0.0), {}, false}};
    } else {
        // One row: a swatch of the first palette colours (they only tell neighbours apart).
        sheet.themeTitle = text::kThemeTitle.str();
        sheet.themeLegend.push_back(
            {text::kThemeColours.str(), map::municipalityPalette()[0], std::nullopt, false});
    }

    sheet.title = text::kSheetTitle.str();
    if (data.district) sheet.title += " – " + data.district->bez + " " + data.district->name;
    sheet.projectName = std::filesystem::path(project.path()).stem().string();
    sheet.date = i18n::formatIsoDate(options.dateIso ? *options.dateIso : todayIso());
    // The stamp: each criterion's share of the weights, and the radius.
    double sum = 0;
    for (double w : in.settings.weights) sum += w;
    for (int c = 0; c < decision::kCriteria; ++c) {
        double share = sum > 0 ? 100 * in.settings.weights[static_cast<std::size_t>(c)] / sum : 0;
        sheet.stamp += std::string(sheet.stamp.empty() ? "" : "\n") +
                       i18n::criterionShortLabel(static_cast<decision::Criterion>(c)) + ": " +
                       i18n::formatPercent(share, 0);
    }
    sheet.stamp += "\n" + text::kSheetRadius.str() + ": " +
                   i18n::formatDecimal(in.settings.radiusKm, 0) + " km";
    sheet.attribution = data.attribution();
    if (sheet.set || sheet.theme == SheetTheme::Reached)
        sheet.populationSource = text::kPopulationSource.str();
    if (project.isExample()) sheet.exampleMark = text::kExampleData.str();
    return sheet;
}

// ---------------------------------------------------------------------------------------------
// Drawing

namespace {

// A text drawn as an SVG <text> element instead of through cairo (cairo's SVG surface writes
// glyph outlines, which are neither selectable nor searchable).
struct SvgText {
    std::string text;
    double x, y;  // baseline start, SVG user units
    double size;
    bool bold;
    Rgba color;
    double halo;  // stroke width of the white halo, 0: none
};

struct Painter {
    cairo_t* cr;
    double u;  // output units per logical unit
    std::vector<SvgText>* svg = nullptr;
};

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
                Rgba color, bool bold = false, double align = 0, double halo = 0) {
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
         std::optional<Rgba> border = std::nullopt, double borderWidth = 1) {
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

// Maps world coordinates into a frame of the output (x0, y0 its top-left corner).
struct Frame {
    geo::Viewport view;
    double x0 = 0, y0 = 0;
    geo::Vec2 operator()(geo::Vec2 world) const {
        geo::Vec2 p = view.worldToPixel(world);
        return {x0 + p.x, y0 + p.y};
    }
};

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

// The outline of a site symbol of half-size r around c (the shapes of shaders/marker.frag).
void pathSymbol(cairo_t* cr, map::MarkerShape shape, double cx, double cy, double r) {
    cairo_new_path(cr);
    switch (shape) {
        case map::MarkerShape::Circle: cairo_arc(cr, cx, cy, 0.78 * r, 0, 2 * M_PI); break;
        case map::MarkerShape::Diamond: {
            double d = 0.62 * std::sqrt(2.0) * r;
            cairo_move_to(cr, cx, cy - d);
            cairo_line_to(cr, cx + d, cy);
            cairo_line_to(cr, cx, cy + d);
            cairo_line_to(cr, cx - d, cy);
            break;
        }
        case map::MarkerShape::Square:
            cairo_rectangle(cr, cx - 0.66 * r, cy - 0.66 * r, 1.32 * r, 1.32 * r);
            break;
        case map::MarkerShape::TriangleUp:
        case map::MarkerShape::TriangleDown: {
            double s = shape == map::MarkerShape::TriangleUp ? 1 : -1;
            cairo_move_to(cr, cx, cy - s * 0.95 * r);
            cairo_line_to(cr, cx + 0.82 * r, cy + s * 0.62 * r);
            cairo_line_to(cr, cx - 0.82 * r, cy + s * 0.62 * r);
            break;
        }
        case map::MarkerShape::Cross: {
            // A plus of two bars 0.48 r wide as one outline, turned by 45° into an X.
            const double a = 0.78 * r, b = 0.24 * r;
            const double pts[][2] = {{b, a},   {b, b},   {a, b},   {a, -b},  {b, -b},  {b, -a},
                                     {-b, -a}, {-b, -b}, {-a, -b}, {-a, b},  {-b, b},  {-b, a}};
            for (std::size_t i = 0; i < std::size(pts); ++i) {
                double x = (pts[i][0] - pts[i][1]) / std::sqrt(2.0);
                double y = (pts[i][0] + pts[i][1]) / std::sqrt(2.0);
                if (i == 0)
                    cairo_move_to(cr, cx + x, cy + y);
                else
                    cairo_line_to(cr, cx + x, cy + y);
            }
            break;
        }
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

struct MapTextSizes {
    double label, context, body;
};

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

void drawScaleBar(const Painter& p, const Frame& f, double x0, double y1, double size) {
    const double u = p.u;
    geo::ScaleBar bar = geo::niceScaleBar(f.view.metresPerPixel(), 170 * u);
    std::string label = formatDistance(bar.metres);
    double tw = textWidth(p.cr, label, size, false);
    double pad = 8 * u, barH = 7 * u;
    double panelW = std::max(bar.pixels, tw) + 2 * pad, panelH = size + barH + 3 * pad;
    box(p.cr, x0, y1 - panelH, x0 + panelW, y1, 3 * u, Rgba::hex(0xFFFFFF, 0.95f));
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
    drawText(p, label, bx + bar.pixels / 2, y1 - panelH + pad + 0.8 * size, size,
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

    // Footer: attribution (licence) and the population source.
    std::string footer = sheet.attribution;
    if (!sheet.populationSource.empty()) footer += " · " + sheet.populationSource;
    double footerTop = H - m - smallSize * 1.4;
    drawText(p, footer, m, H - m - 0.3 * smallSize,
             fitSize(cr, footer, smallSize, W - 2 * m, false), muted);

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
    drawScaleBar(p, f, mapX + 12 * u, mapY + mapH - 12 * u, smallSize);
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

std::string xmlEscape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string svgColor(Rgba c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02X%02X%02X", static_cast<int>(std::lround(c.r * 255)),
                  static_cast<int>(std::lround(c.g * 255)), static_cast<int>(std::lround(c.b * 255)));
    return buf;
}

// Appends the recorded texts as <text> elements at the end of cairo's SVG (on top of
// everything; texts are the last thing drawn in every part of the sheet anyway).
void insertSvgTexts(std::string& svg, const std::vector<SvgText>& texts, const std::string& path) {
    auto end = svg.rfind("</svg>");
    if (end == std::string::npos) throw std::runtime_error(path + ": cairo wrote no SVG");
    std::ostringstream g;
    g.imbue(std::locale::classic());
    g << "<g font-family=\"DejaVu Sans, sans-serif\">\n";
    auto open = [&](const SvgText& t) {
        g << "<text x=\"" << t.x << "\" y=\"" << t.y << "\" font-size=\"" << t.size << "\"";
        if (t.bold) g << " font-weight=\"bold\"";
    };
    for (const SvgText& t : texts) {
        // The halo as its own stroke-only element under the text (paint-order is not
        // understood by every SVG renderer); hidden from screen readers.
        if (t.halo > 0) {
            open(t);
            g << " fill=\"none\" stroke=\"#FFFFFF\" stroke-opacity=\"0.92\" stroke-width=\""
              << 2 * t.halo << "\" stroke-linejoin=\"round\" aria-hidden=\"true\""
              << " xml:space=\"preserve\">" << xmlEscape(t.text) << "</text>\n";
        }
        open(t);
        g << " fill=\"" << svgColor(t.color) << "\"";
        if (t.color.a < 1) g << " fill-opacity=\"" << t.color.a << "\"";
        g << " xml:space=\"preserve\">" << xmlEscape(t.text) << "</text>\n";
    }
    g << "</g>\n";
    svg.insert(end, g.str());
}

// cairo's stream output into an AtomicOutput or a string. An error of the write (disk full)
// is kept to be rethrown with its message naming the path; cairo only learns "write error".
struct StreamSink {
    fileio::AtomicOutput* out = nullptr;
    std::string* text = nullptr;
    std::exception_ptr error;
};

cairo_status_t writeToSink(void* closure, const unsigned char* data, unsigned int length) {
    auto* sink = static_cast<StreamSink*>(closure);
    if (sink->error) return CAIRO_STATUS_WRITE_ERROR;
    try {
        const std::string_view bytes(reinterpret_cast<const char*>(data), length);
        if (sink->out)
            sink->out->write(bytes);
        else
            sink->text->append(bytes);
        return CAIRO_STATUS_SUCCESS;
    } catch (...) {
        sink->error = std::current_exception();
        return CAIRO_STATUS_WRITE_ERROR;
    }
}

// Finishes a stream surface: the sink's own error first (it names the file and the reason),
// then cairo's.
void finishStream(cairo_surface_t* surface, const StreamSink& sink, const std::string& path) {
    cairo_surface_finish(surface);
    if (sink.error) std::rethrow_exception(sink.error);
    checkCairo(cairo_surface_status(surface), path);
}

// Premultiplied ARGB32 (cairo, native endian) <-> straight RGBA bytes.
render::Image imageFromSurface(cairo_surface_t* s) {
    cairo_surface_flush(s);
    render::Image img;
    img.width = cairo_image_surface_get_width(s);
    img.height = cairo_image_surface_get_height(s);
    int stride = cairo_image_surface_get_stride(s);
    const unsigned char* data = cairo_image_surface_get_data(s);
    img.rgba.resize(static_cast<std::size_t>(img.width) * img.height * 4);
    for (int y = 0; y < img.height; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
        for (int x = 0; x < img.width; ++x) {
            std::uint32_t v = row[x];
            unsigned a = v >> 24, r = (v >> 16) & 0xFF, g = (v >> 8) & 0xFF, b = v & 0xFF;
            if (a > 0 && a < 255) {
                r = (r * 255 + a / 2) / a;
                g = (g * 255 + a / 2) / a;
                b = (b * 255 + a / 2) / a;
            }
            std::uint8_t* o = &img.rgba[(static_cast<std::size_t>(y) * img.width + x) * 4];
            o[0] = static_cast<std::uint8_t>(r);
            o[1] = static_cast<std::uint8_t>(g);
            o[2] = static_cast<std::uint8_t>(b);
            o[3] = static_cast<std::uint8_t>(a);
        }
    }
    return img;
}

// Composites a premultiplied ARGB32 surface over straight RGBA pixels ("over"). Transparent
// overlay pixels, nearly all of them, are skipped: a set's rings and labels cover little of a
// map, so this is one read of the overlay instead of converting the whole picture to cairo
// and back (about 300 ms at 3840 × 2160 before).
void compositeOver(render::Image& img, cairo_surface_t* overlay) {
    cairo_surface_flush(overlay);
    const int stride = cairo_image_surface_get_stride(overlay);
    const unsigned char* data = cairo_image_surface_get_data(overlay);
    for (int y = 0; y < img.height; ++y) {
        const auto* row = reinterpret_cast<const std::uint32_t*>(data + y * stride);
        for (int x = 0; x < img.width; ++x) {
            const std::uint32_t v = row[x];
            const unsigned sa = v >> 24;
            if (sa == 0) continue;
            const unsigned src[3] = {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
            std::uint8_t* o = &img.rgba[(static_cast<std::size_t>(y) * img.width + x) * 4];
            const unsigned da = o[3];
            // Result alpha and premultiplied colour, in 0..255*255.
            const unsigned ra = sa * 255 + da * (255 - sa);
            for (int c = 0; c < 3; ++c) {
                const unsigned premult = src[c] * 255 + (o[c] * da * (255 - sa) + 127) / 255;
                o[c] = static_cast<std::uint8_t>(std::min(255u, (premult * 255 + ra / 2) / ra));
            }
            o[3] = static_cast<std::uint8_t>((ra + 127) / 255);
        }
    }
}

}  // namespace

void drawMapSheet(cairo_t* cr, double width, double height, const MapSheet& sheet) {
    drawSheet({cr, sheetUnit(width, height)}, width, height, sheet);
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

void drawSetOverlay(render::Image& image, const geo::Viewport& view, double unit,
                    const MapSheet& sheet) {
    if (!sheet.set) return;
    auto draw = [&](cairo_surface_t* surface) {
        ContextPtr cr(cairo_create(surface));
        drawSetOverlay(cr.get(), view, unit, sheet);
        checkCairo(cairo_status(cr.get()), "set overlay");
        cairo_surface_flush(surface);
    };
    bool opaque = true;
    for (std::size_t i = 3; i < image.rgba.size() && opaque; i += 4) opaque = image.rgba[i] == 255;
    const int stride = image.width * 4;
    if (opaque && std::endian::native == std::endian::little &&
        stride == cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, image.width)) {
        // An opaque picture (every snapshot) is drawn on in place: swapping red and blue turns
        // RGBA bytes into cairo's little-endian ARGB32, and opaque pixels need no
        // premultiplication. A separate full-size surface would cost more than the drawing:
        // first touching 33 MB of fresh pages takes about 150 ms on these machines.
        auto swapRedBlue = [&] {
            for (std::size_t i = 0; i + 3 < image.rgba.size(); i += 4)
                std::swap(image.rgba[i], image.rgba[i + 2]);
        };
        swapRedBlue();
        try {
            SurfacePtr s(cairo_image_surface_create_for_data(image.rgba.data(), CAIRO_FORMAT_ARGB32,
                                                             image.width, image.height, stride));
            checkCairo(cairo_surface_status(s.get()), "set overlay surface");
            draw(s.get());
        } catch (...) {
            swapRedBlue();
            throw;
        }
        swapRedBlue();
        return;
    }
    SurfacePtr s(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, image.width, image.height));
    checkCairo(cairo_surface_status(s.get()), "set overlay surface");
    draw(s.get());
    compositeOver(image, s.get());
}

void writeMapSheet(const MapSheet& sheet, const std::string& path, int width, int height,
                   bool sheetFrame) {
    OutputFormat format = outputFormatFor(path);
    if (width < 1 || height < 1)
        throw std::runtime_error(path + ": size " + std::to_string(width) + "x" +
                                 std::to_string(height) + " is empty");
    auto draw = [&](cairo_t* cr, std::vector<SvgText>* svg) {
        double W = width, H = height;
        if (sheetFrame)
            drawSheet({cr, sheetUnit(W, H), svg}, W, H, sheet);
        else
            drawMapOnlyImpl({cr, mapUnit(W, H), svg}, W, H, sheet);
        checkCairo(cairo_status(cr), path);
    };
    // Every format goes through a temporary file beside the target, renamed over it only when
    // complete: an existing map survives any failure (full disk, cairo error) unchanged. A
    // device, folder or FIFO is refused before anything is drawn.
    fileio::resolveOutputTarget(path);
    if (format == OutputFormat::Png) {
        SurfacePtr s(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height));
        checkCairo(cairo_surface_status(s.get()), path);
        {
            ContextPtr cr(cairo_create(s.get()));
            draw(cr.get(), nullptr);
        }
        std::string attribution = sheet.attribution;
        if (!sheet.exampleMark.empty()) attribution = sheet.exampleMark + " · " + attribution;
        render::writePng(imageFromSurface(s.get()), path,
                         render::pngMetadata(attribution, sheet.projectName + ".gpkg"), 6);
    } else if (format == OutputFormat::Pdf) {
        fileio::AtomicOutput out(path);
        StreamSink sink{&out, nullptr, nullptr};
        SurfacePtr s(cairo_pdf_surface_create_for_stream(writeToSink, &sink, width, height));
        checkCairo(cairo_surface_status(s.get()), path);
        cairo_pdf_surface_set_metadata(s.get(), CAIRO_PDF_METADATA_TITLE,
                                       (sheet.title + " – " + sheet.projectName).c_str());
        cairo_pdf_surface_set_metadata(s.get(), CAIRO_PDF_METADATA_CREATOR, "Begegnungskarte");
        {
            ContextPtr cr(cairo_create(s.get()));
            draw(cr.get(), nullptr);
        }
        finishStream(s.get(), sink, path);
        out.commit();
    } else {
        fileio::AtomicOutput out(path);
        std::string svg;
        std::vector<SvgText> texts;
        {
            StreamSink sink{nullptr, &svg, nullptr};
            SurfacePtr s(cairo_svg_surface_create_for_stream(writeToSink, &sink, width, height));
            checkCairo(cairo_surface_status(s.get()), path);
            {
                ContextPtr cr(cairo_create(s.get()));
                draw(cr.get(), &texts);
            }
            finishStream(s.get(), sink, path);
        }
        insertSvgTexts(svg, texts, path);
        out.write(svg);
        out.commit();
    }
}

}  // namespace print
