#pragma once
// Inside the map sheet (not for other modules): the cairo drawing pieces shared by the map
// frame (sheet_paint.cpp), the sheet's layout and legend (sheet_draw.cpp) and the output files
// (sheet_output.cpp). The public interface is print/map_sheet.hpp.

#include <cairo.h>

#include <optional>
#include <string>
#include <vector>

#include "app/print/map_sheet.hpp"
#include "app/print/paper.hpp"

namespace print::detail {

using map::Rgba;

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
    // Millimetres on paper per output unit: a point for PDF/SVG (and the report's page),
    // 25.4 / dpi for a PNG. The sheet's numeric scale follows from it.
    double mmPerUnit = kMmPerPoint;
};

// Maps world coordinates into a frame of the output (x0, y0 its top-left corner).
struct Frame {
    geo::Viewport view;
    double x0 = 0, y0 = 0;
    geo::Vec2 operator()(geo::Vec2 world) const {
        geo::Vec2 p = view.worldToPixel(world);
        return {x0 + p.x, y0 + p.y};
    }
};

struct MapTextSizes {
    double label, context, body;
};

// "2 km", "500 m": a scale bar's length.
std::string formatDistance(double metres);
// The title of a set: "Beschlossene Auswahl", "Empfohlene Auswahl" or just "Auswahl".
const char* setTitle(decision::ShownKind kind);
// "B-01 + B-08: 123.456 Einwohner (45 %) im Umkreis von 10 km".
std::string setHeadline(const SheetSet& set);

void setColor(cairo_t* cr, Rgba c);
void setFont(cairo_t* cr, double size, bool bold);
// Unhinted outlines and metrics: text scales exactly with the output.
void setFontOptions(cairo_t* cr);
double textWidth(cairo_t* cr, const std::string& s, double size, bool bold);
// Draws `s` with its baseline at y; align 0 left, 0.5 centre, 1 right of x. Returns the width.
// With p.svg set the text is recorded for the SVG text pass instead of drawn.
double drawText(const Painter& p, const std::string& s, double x, double y, double size,
                Rgba color, bool bold = false, double align = 0, double halo = 0);
// A filled rounded box with optional border.
void box(cairo_t* cr, double x0, double y0, double x1, double y1, double radius, Rgba fill,
         std::optional<Rgba> border = std::nullopt, double borderWidth = 1);
void drawSymbol(cairo_t* cr, map::MarkerShape shape, Rgba color, double cx, double cy,
                double r, double ring, Rgba ringColor);
void drawMarker(cairo_t* cr, const map::Marker& m, geo::Vec2 p, double u);

// The set overlay's two parts: rings and lines under the symbols, labels over them.
void drawSetRings(const Painter& p, const Frame& f, const SheetSet& set);
void drawSetLabels(const Painter& p, const Frame& f, const SheetSet& set, double size,
                   double mapX0, double mapWidth, double mapY0, bool headline);
// A scale bar in a white panel whose bottom-left corner is (x0, y1); `caption` (the sheet's
// "Maßstab 1:150.000") as a line above the bar when not empty.
void drawScaleBar(const Painter& p, const Frame& f, double x0, double y1, double size,
                  const std::string& caption = {});
// "Maßstab 1:150.000": the printed scale of frame f when one output unit is p.mmPerUnit mm.
std::string scaleCaption(const Painter& p, const Frame& f);
void drawNorthArrow(const Painter& p, double cx, double top, double size);
// The map into the rectangle (x, y, w, h); returns the frame (world -> output) used.
Frame drawMapContent(const Painter& p, double x, double y, double w, double h,
                     const MapSheet& sheet, const MapTextSizes& sizes, bool headline);

// The whole sheet, or the map alone, into (0, 0, W, H).
void drawSheet(const Painter& p, double W, double H, const MapSheet& sheet);
void drawMapOnlyImpl(const Painter& p, double W, double H, const MapSheet& sheet);

// Output units per logical unit: a sheet is designed for 1600 × 1000, a map for Full HD.
double sheetUnit(double W, double H);
double mapUnit(double W, double H);

}  // namespace print::detail
