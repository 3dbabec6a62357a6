#include "app/store/qgis_styles.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

#include "app/domain/application.hpp"
#include "app/i18n/strings.hpp"
#include "app/map/map_scene.hpp"
#include "app/map/map_style.hpp"
#include "app/store/project_schema.hpp"
#include "app/store/sqlite_db.hpp"
#include "geo/measure.hpp"

namespace store {
namespace {

constexpr const char* kSiteLayer = "standorte";
constexpr const char* kGeometryColumn = "geom";
// The QGIS version whose QML format is written (Debian 12's); newer versions read it.
constexpr const char* kQgisVersion = "3.22.16-Białowieża";

// The program's sizes are screen pixels at scale 1; QGIS gets millimetres and points at 96 dpi,
// so its map at 100 % on an ordinary screen shows them as the program's window does, and a
// print layout keeps the proportions.
constexpr double kMmPerPx = 25.4 / 96.0;
constexpr double kPtPerPx = 72.0 / 96.0;
// MapStyle's text sizes are line heights (ascent - descent); DejaVu Sans, the map's font, has
// ascent + |descent| = (1901 + 483) / 2048 em.
constexpr double kDejaVuLineHeightEm = (1901.0 + 483.0) / 2048.0;
constexpr const char* kFont = "DejaVu Sans";

std::string number(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

std::string mm(float px) { return number(px * kMmPerPx); }

std::string textPt(float lineHeightPx) { return number(lineHeightPx / kDejaVuLineHeightEm * kPtPerPx); }

int channel(float v) { return static_cast<int>(std::lround(std::clamp(v, 0.f, 1.f) * 255.f)); }

// QGIS writes colours as "r,g,b,a" with 0..255 channels.
std::string colour(map::Rgba c) {
    return std::to_string(channel(c.r)) + "," + std::to_string(channel(c.g)) + "," +
           std::to_string(channel(c.b)) + "," + std::to_string(channel(c.a));
}

std::string xmlEscape(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default: out += c;
        }
    return out;
}

using Properties = std::vector<std::pair<std::string, std::string>>;

// A symbol layer with its properties twice, as QGIS 3.22 writes them: the <Option> map read by
// current versions, the <prop> list by older ones.
std::string symbolLayer(const char* kind, const Properties& props) {
    std::string out = std::string("      <layer class=\"") + kind +
                      "\" enabled=\"1\" locked=\"0\" pass=\"0\">\n        <Option type=\"Map\">\n";
    for (const auto& [k, v] : props)
        out += "          <Option type=\"QString\" name=\"" + k + "\" value=\"" + xmlEscape(v) + "\"/>\n";
    out += "        </Option>\n";
    for (const auto& [k, v] : props) out += "        <prop k=\"" + k + "\" v=\"" + xmlEscape(v) + "\"/>\n";
    return out + "      </layer>\n";
}

std::string symbol(const char* type, const std::string& name, const std::string& layer) {
    return std::string("    <symbol type=\"") + type + "\" name=\"" + name +
           "\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">\n" + layer + "    </symbol>\n";
}

// A polygon fill; `fill` nullptr leaves the inside empty (the district's outline).
std::string fillLayer(const map::Rgba* fill, map::Rgba outline, float outlinePx) {
    return symbolLayer("SimpleFill", {{"color", colour(fill ? *fill : map::Rgba{0, 0, 0, 0})},
                                      {"joinstyle", "round"},
                                      {"offset", "0,0"},
                                      {"offset_unit", "MM"},
                                      {"outline_color", colour(outline)},
                                      {"outline_style", "solid"},
                                      {"outline_width", mm(outlinePx)},
                                      {"outline_width_unit", "MM"},
                                      {"style", fill ? "solid" : "no"}});
}

// The QGIS simple marker nearest to each of the program's symbols: its name, its rotation, and
// the area of its shape at size 2 (QGIS draws a shape in [-1, 1] scaled by size / 2), so the
// marker gets the area of the program's symbol.
struct QgisMarker {
    const char* name;
    double angle;
    double unitArea;
};

QgisMarker qgisMarker(map::MarkerShape shape) {
    switch (shape) {
        case map::MarkerShape::Circle: return {"circle", 0, M_PI};
        case map::MarkerShape::Diamond: return {"diamond", 0, 2};
        case map::MarkerShape::Square: return {"square", 0, 4};
        case map::MarkerShape::TriangleUp: return {"triangle", 0, 2};
        case map::MarkerShape::TriangleDown: return {"triangle", 180, 2};
        // cross_fill: a plus of bars 0.4 wide, turned by 45° into the program's X.
        case map::MarkerShape::Cross: return {"cross_fill", 45, 2 * 2 * 0.4 - 0.4 * 0.4};
    }
    return {"circle", 0, M_PI};
}

// The area of the program's symbol in units of its half-size (symbolOutline, kCircleRadius).
double symbolArea(map::MarkerShape shape) {
    std::vector<geo::Vec2> outline = map::symbolOutline(shape);
    if (outline.empty()) return M_PI * map::kCircleRadius * map::kCircleRadius;
    double twice = 0;
    for (std::size_t i = 0; i < outline.size(); ++i) {
        geo::Vec2 a = outline[i], b = outline[(i + 1) % outline.size()];
        twice += a.x * b.y - b.x * a.y;
    }
    return std::abs(twice) / 2;
}

std::string markerLayer(const map::StatusSymbol& s, const map::MapStyle& style) {
    QgisMarker q = qgisMarker(s.shape);
    double sizePx = 2 * style.markerPx * std::sqrt(symbolArea(s.shape) / q.unitArea);
    return symbolLayer("SimpleMarker", {{"angle", number(q.angle)},
                                        {"color", colour(s.color)},
                                        {"horizontal_anchor_point", "1"},
                                        {"joinstyle", "miter"},
                                        {"name", q.name},
                                        {"offset", "0,0"},
                                        {"offset_unit", "MM"},
                                        {"outline_color", colour(style.markerRing)},
                                        {"outline_style", "solid"},
                                        {"outline_width", mm(2.f)},  // the renderer's ring
                                        {"outline_width_unit", "MM"},
                                        {"scale_method", "diameter"},
                                        {"size", number(sizePx * kMmPerPx)},
                                        {"size_unit", "MM"},
                                        {"vertical_anchor_point", "1"}});
}

// Labels of one field in the map's font, text colour and halo. Polygons: horizontal, over the
// polygon's inside (QGIS "OverPoint" placement at the pole of inaccessibility, as the program
// places them); points: around the point, clear of the symbol.
std::string labeling(const std::string& field, map::Rgba text, float lineHeightPx,
                     const map::MapStyle& style, bool points, double priority) {
    std::string placement =
        points ? "placement=\"6\" dist=\"" + mm(style.markerPx * 0.4f) + "\" distUnits=\"MM\""
               : std::string("placement=\"1\" centroidInside=\"1\" centroidWhole=\"0\" fitInPolygonOnly=\"0\"");
    return "  <labeling type=\"simple\">\n"
           "    <settings calloutType=\"simple\">\n"
           "      <text-style fieldName=\"" + xmlEscape(field) +
           "\" isExpression=\"0\" fontFamily=\"" + kFont + "\" namedStyle=\"Book\" fontSize=\"" +
           textPt(lineHeightPx) +
           "\" fontSizeUnit=\"Point\" fontWeight=\"50\" fontItalic=\"0\" fontKerning=\"1\""
           " textColor=\"" + colour(text) +
           "\" textOpacity=\"1\" multilineHeight=\"1\" capitalization=\"0\" allowHtml=\"0\""
           " textOrientation=\"horizontal\" blendMode=\"0\" useSubstitutions=\"0\">\n"
           "        <families/>\n"
           "        <text-buffer bufferDraw=\"1\" bufferSize=\"" + mm(style.haloPx) +
           "\" bufferSizeUnits=\"MM\" bufferColor=\"" + colour(style.halo) +
           "\" bufferOpacity=\"1\" bufferNoFill=\"1\" bufferJoinStyle=\"128\" bufferBlendMode=\"0\"/>\n"
           "      </text-style>\n"
           "      <text-format wrapChar=\"\" multilineAlign=\"1\" autoWrapLength=\"0\" formatNumbers=\"0\"/>\n"
           "      <placement " + placement +
           " priority=\"" + number(priority) +
           "\" overlapHandling=\"PreventOverlap\" labelOffsetMapUnitScale=\"3x:0,0,0,0,0,0\"/>\n"
           "      <rendering obstacle=\"1\" obstacleType=\"1\" obstacleFactor=\"1\" displayAll=\"0\""
           " upsidedownLabels=\"0\" limitNumLabels=\"0\" scaleVisibility=\"0\" drawLabels=\"1\"/>\n"
           "    </settings>\n"
           "  </labeling>\n";
}

std::string document(const std::string& renderer, const std::string& labels, int geometryType) {
    return std::string("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n<qgis version=\"") +
           kQgisVersion + "\" styleCategories=\"Symbology|Labeling\" labelsEnabled=\"" +
           (labels.empty() ? "0" : "1") + "\">\n" + renderer + labels +
           "  <layerGeometryType>" + std::to_string(geometryType) + "</layerGeometryType>\n</qgis>\n";
}

std::string singleSymbolRenderer(const std::string& sym) {
    return "  <renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n"
           "   <symbols>\n" + sym + "   </symbols>\n  </renderer-v2>\n";
}

struct Category {
    std::string value, label;
    std::string symbol;  // the <symbol> element, named by its index
};

std::string categorizedRenderer(const std::string& field, const std::vector<Category>& categories) {
    std::string out = "  <renderer-v2 type=\"categorizedSymbol\" attr=\"" + xmlEscape(field) +
                      "\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">\n   <categories>\n";
    for (std::size_t i = 0; i < categories.size(); ++i)
        out += "    <category render=\"true\" value=\"" + xmlEscape(categories[i].value) + "\" label=\"" +
               xmlEscape(categories[i].label) + "\" symbol=\"" + std::to_string(i) + "\"/>\n";
    out += "   </categories>\n   <symbols>\n";
    for (const Category& c : categories) out += c.symbol;
    return out + "   </symbols>\n  </renderer-v2>\n";
}

std::string municipalitiesQml(const domain::MapData& data, const map::MapStyle& style) {
    std::vector<map::Rgba> fills = map::municipalityFills(data);
    std::vector<Category> categories;
    for (std::size_t i = 0; i < data.municipalities.size(); ++i) {
        const domain::Municipality& m = data.municipalities[i];
        categories.push_back({m.ags, m.name,
                              symbol("fill", std::to_string(i), fillLayer(&fills[i], style.outline, style.outlinePx))});
    }
    return document(categorizedRenderer("ags", categories),
                    labeling("name", style.label, style.labelPx, style, false, 6), 2);
}

std::string districtQml(const map::MapStyle& style) {
    return document(singleSymbolRenderer(symbol("fill", "0", fillLayer(nullptr, style.districtOutline,
                                                                          style.districtOutlinePx))),
                    "", 2);
}

std::string neighboursQml(const map::MapStyle& style) {
    const map::Rgba fill = map::kNeighbourFill;
    return document(
        singleSymbolRenderer(symbol("fill", "0", fillLayer(&fill, style.neighbourOutline, style.outlinePx))),
        labeling("name", style.contextLabel, style.contextLabelPx, style, false, 2), 2);
}

std::string sitesQml(const map::MapStyle& style) {
    std::vector<Category> categories;
    for (domain::Status s : domain::allValues<domain::Status>()) {
        std::string label(domain::label(s));
        categories.push_back({label, label,
                              symbol("marker", std::to_string(categories.size()),
                                     markerLayer(map::statusSymbol(s), style))});
    }
    return document(categorizedRenderer("status", categories),
                    labeling("nr", style.label, style.contextLabelPx, style, true, 8), 0);
}

// The statement QGIS's OGR provider makes GDAL run when it saves the first style into a
// GeoPackage, and its registration.
constexpr const char* kCreateLayerStyles = R"sql(
CREATE TABLE layer_styles (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    f_table_catalog TEXT(256),
    f_table_schema TEXT(256),
    f_table_name TEXT(256),
    f_geometry_column TEXT(256),
    styleName TEXT(30),
    styleQML TEXT,
    styleSLD TEXT,
    useAsDefault BOOLEAN,
    description TEXT,
    owner TEXT(30),
    ui TEXT(30),
    update_time DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change)
    VALUES ('layer_styles', 'attributes', 'layer_styles', '', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
)sql";

// What the file needs: the styles of the layers it has whose row is missing or differs.
std::vector<QgisLayerStyle> outdated(Database& db, const std::vector<QgisLayerStyle>& styles) {
    if (!db.hasTable("layer_styles")) return styles;
    std::vector<QgisLayerStyle> out;
    for (const QgisLayerStyle& s : styles) {
        auto qml = db.scalar(
            "SELECT styleQML FROM layer_styles WHERE f_table_name = ?1 AND f_geometry_column = ?2 "
            "AND styleName = ?3 ORDER BY id LIMIT 1",
            {s.table, s.geometryColumn, std::string(kQgisStyleName)});
        if (!qml || !std::holds_alternative<std::string>(*qml) || std::get<std::string>(*qml) != s.qml)
            out.push_back(s);
    }
    return out;
}

}  // namespace

std::vector<QgisLayerStyle> qgisStyles(const domain::MapData& map, bool withSites) {
    const map::MapStyle style;  // the light map: QGIS's canvas is white
    std::vector<QgisLayerStyle> out;
    out.push_back({kMunicipalityLayer, kGeometryColumn, municipalitiesQml(map, style)});
    if (map.district) {
        out.push_back({kDistrictLayer, kGeometryColumn, districtQml(style)});
        out.push_back({kNeighbourLayer, kGeometryColumn, neighboursQml(style)});
    }
    if (withSites) out.push_back({kSiteLayer, kGeometryColumn, sitesQml(style)});
    return out;
}

bool refreshQgisStyles(Database& db, const domain::MapData& map) {
    std::vector<QgisLayerStyle> styles = qgisStyles(map, db.hasTable(kSiteLayer));
    std::erase_if(styles, [&](const QgisLayerStyle& s) { return !db.hasTable(s.table); });
    if (outdated(db, styles).empty()) return false;
    Transaction t(db);
    if (!db.hasTable("layer_styles")) db.exec(kCreateLayerStyles);
    const std::string description = i18n::text::kQgisStyleDescription.in(i18n::Lang::De);
    for (const QgisLayerStyle& s : outdated(db, styles)) {
        std::vector<SqlValue> key{s.table, s.geometryColumn, std::string(kQgisStyleName)};
        auto id = db.scalar(
            "SELECT id FROM layer_styles WHERE f_table_name = ?1 AND f_geometry_column = ?2 "
            "AND styleName = ?3 ORDER BY id LIMIT 1",
            key);
        if (id) {
            db.prepare(
                  "UPDATE layer_styles SET styleQML = ?1, description = ?2, "
                  "update_time = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?3")
                .bind({s.qml, description, *id})
                .run();
            continue;
        }
        // The user's own default (saved in QGIS) stays the default.
        bool userDefault = db.scalar(
                                 "SELECT 1 FROM layer_styles WHERE f_table_name = ?1 AND "
                                 "f_geometry_column = ?2 AND useAsDefault",
                                 {s.table, s.geometryColumn})
                               .has_value();
        db.prepare(
              "INSERT INTO layer_styles (f_table_catalog, f_table_schema, f_table_name, "
              "f_geometry_column, styleName, styleQML, styleSLD, useAsDefault, description, owner, "
              "ui) VALUES ('', '', ?1, ?2, ?3, ?4, '', ?5, ?6, '', NULL)")
            .bind({s.table, s.geometryColumn, std::string(kQgisStyleName), s.qml,
                   std::int64_t{userDefault ? 0 : 1}, description})
            .run();
    }
    db.exec(
        "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
        "WHERE table_name = 'layer_styles'");
    t.commit();
    return true;
}

}  // namespace store
