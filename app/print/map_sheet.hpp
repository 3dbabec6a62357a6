#pragma once
// Map sheets and map snapshots drawn with cairo: the same drawing code makes PNG (pixels),
// PDF and SVG (vectors with selectable text). A MapSheet holds everything a sheet shows as
// plain values, computed once from the project; the drawing functions only lay it out.
//
// Layout is in logical units proportional to the output size, so the same sheet at 1600×1000
// and at 2400×1500 differs only in resolution, and the report can draw it onto an A4 page in
// points.

#include <cairo.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/decision/pipeline.hpp"
#include "app/map/image.hpp"
#include "app/map/map_scene.hpp"
#include "app/map/map_style.hpp"
#include "app/print/paper.hpp"
#include "app/project/project.hpp"
#include "geo/types.hpp"
#include "geo/viewport.hpp"

namespace print {

// What colours the municipalities. The first two are the window's thematic layers (persisted
// in the project as "gemeinden" / "bewerbungen"); Reached colours them by the share of their
// surface within r of the shown set's sites, as the window does while it shows a set.
enum class SheetTheme { Municipalities, ApplicationsPerMunicipality, Reached };

// "gemeinden", "bewerbungen", "erreicht" <-> SheetTheme. parseSheetTheme throws
// std::invalid_argument naming the text otherwise.
// Today's local date as "YYYY-MM-DD" (the sheets' and the report's date).
std::string todayIso();

const char* sheetThemeName(SheetTheme theme);
SheetTheme parseSheetTheme(const std::string& name);

struct MapSheetOptions {
    // The world box (EPSG:25832) to show; it is fitted whole into the map frame without
    // squashing. nullopt: the district with a margin.
    std::optional<geo::Box> extent;
    // Multiplies every text size (the window passes its UI scale).
    double textScale = 1.0;
    // nullopt: the project's current thematic layer (store view setting "theme"),
    // Municipalities when the project has none.
    std::optional<SheetTheme> theme;
    // The set to show and what it is (named so in the title); nullopt: decision::shownSet of
    // the project (the recorded choice if there is one, else the recommendation); a set of
    // kind None: no set.
    std::optional<decision::ShownSet> set;
    // The date on the sheet as ISO "YYYY-MM-DD"; nullopt: today (tests pin it).
    std::optional<std::string> dateIso;
    // False: the areas carry their fills but no shapes (an OpenGL snapshot draws the areas
    // from the map scene; copying every polygon of a Land or of Germany would only cost time).
    bool shapes = true;
};

struct SheetArea {
    geo::MultiPolygon shape;  // EPSG:25832
    map::Rgba fill;
};

struct SheetLabel {
    std::string text;
    geo::Vec2 anchor;  // world
    double room;       // radius of the largest inscribed circle (m): how far it may shift
    double priority;   // higher wins
    bool context;      // neighbouring district: muted, smaller
};

struct LegendEntry {
    std::string label;
    map::Rgba color;
    // A site symbol (nullopt: a filled area swatch).
    std::optional<map::MarkerShape> shape;
    bool flagged = false;  // the red ring of an ineligible site
};

// The set drawn over the map: r-km rings, the lines between its sites with their distance,
// the site numbers, and the population reached.
struct SheetSet {
    std::vector<std::string> nrs;
    std::vector<geo::Vec2> sites;
    double radiusKm = 10;
    double reachedPopulation = 0;
    double totalPopulation = 0;
    decision::ShownKind kind = decision::ShownKind::Recommendation;
};

struct MapSheet {
    geo::Box extent;  // the world box shown (fitted into the map frame)
    double textScale = 1.0;
    SheetTheme theme = SheetTheme::Municipalities;
    std::vector<SheetArea> neighbours;
    std::vector<SheetArea> municipalities;
    std::optional<geo::MultiPolygon> district;
    std::vector<SheetLabel> labels;      // neighbours' and municipalities' names
    std::vector<map::Marker> markers;  // as the window draws them (map::siteMarkers)
    std::string themeTitle;               // legend of the thematic layer
    std::vector<LegendEntry> themeLegend;
    std::vector<LegendEntry> symbolLegend;  // the site symbols present on the map
    std::optional<SheetSet> set;
    std::string title;        // "Orte der Begegnung – Kreis Düren"
    std::string projectName;  // the file's stem
    std::string date;         // formatted in the current language
    std::string stamp;        // weights and radius in use
    std::string attribution;  // from the project: "© GeoBasis-DE / BKG (2016)" ...
    std::string populationSource;  // Zensus line when population is shown, else empty
    std::string exampleMark;       // "Beispieldaten (fiktiv)" on the example project, else empty
    // The project's coordinate reference system as PROJ names it ("ETRS89 / UTM zone 32N").
    std::string referenceSystem;
};

// Everything a sheet of this project shows (reads the project; opened read-only is enough).
// Computes the decision input and the coverage of the shown set (GEOS): call once, draw often.
// `scene`: the caller's map::buildMapScene of the project when it has one (saves its cost).
MapSheet mapSheetFor(const project::Project& project, const MapSheetOptions& options = {},
                     const map::MapScene* scene = nullptr);

// The full sheet (title, map frame, legends, scale bar with the numeric scale, north arrow,
// attribution, reference system, date, project name, stamp) into the user-space rectangle
// (0, 0, width, height) of `cr`, in whatever units it has (pixels for PNG, points for
// PDF/SVG). `mmPerUnit`: millimetres on paper per unit of cr, for the numeric scale ("Maßstab
// 1:150.000"): kMmPerPoint for points, 25.4 / dpi for pixels. Leaves cr's state as it was.
void drawMapSheet(cairo_t* cr, double width, double height, const MapSheet& sheet,
                  double mmPerUnit = kMmPerPoint);

// The map alone filling (0, 0, width, height): areas, labels, sites, the set, a scale bar
// and the attribution (always, licence), no sheet frame.
void drawMapOnly(cairo_t* cr, double width, double height, const MapSheet& sheet);

// The set overlay only (rings, lines, distances, numbers, population reached) for a map
// drawn elsewhere at `view` (pixels): the snapshot's OpenGL image gets it this way.
// `unit`: pixels per logical unit (1 at Full HD). Nothing when the sheet has no set.
void drawSetOverlay(cairo_t* cr, const geo::Viewport& view, double unit, const MapSheet& sheet);
// The same onto an RGBA image in place.
void drawSetOverlay(map::Image& image, const geo::Viewport& view, double unit,
                    const MapSheet& sheet);

// Writes the sheet (sheet = true) or the map alone to `path` as PNG, PDF or SVG after its
// extension (print::outputFormatFor); width × height in pixels (PNG, rounded) or points (PDF,
// SVG). PNGs carry map::pngMetadata and `dpi` as their resolution (pHYs); the sheet's numeric
// scale is that of the PNG printed at `dpi`, or of the PDF/SVG page printed at 100 %.
// Written through fileio::AtomicOutput: the target is replaced only by a complete file, an
// existing one stays unchanged on any failure, and a path naming a device, folder or FIFO is
// refused. Throws std::runtime_error naming the file.
void writeMapSheet(const MapSheet& sheet, const std::string& path, double width, double height,
                   bool sheetFrame, double dpi = kScreenDpi);

// A sheet (or the map alone) at paper size: a PNG of paperPixels at `dpi`, or a PDF/SVG page
// of paperPoints. Returns the size written (pixels or points).
geo::Vec2 writeMapSheetOnPaper(const MapSheet& sheet, const std::string& path,
                               const PaperSize& paper, double dpi, bool sheetFrame);

}  // namespace print
