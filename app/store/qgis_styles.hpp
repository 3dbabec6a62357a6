#pragma once
// QGIS styles in the project GeoPackage: the standard `layer_styles` table (the one QGIS itself
// creates when a style is saved into a GeoPackage), one row per layer with a QML document that
// draws the layer the way the program does: the municipalities in the map's fill colours
// (adjacent ones apart) with their names, the district's outline, the neighbouring districts in
// grey with their names, the sites by status in the status symbols' shapes and colours with the
// application's Nr. QGIS loads a layer's default row (useAsDefault = 1) by itself when it opens
// the layer from the GeoPackage, so the project looks in QGIS as it does in the program.
//
// Every colour, width and size comes from app/map (MapStyle, the municipality palette, the
// neighbour fill, statusSymbol, symbolOutline): change them there and the next writable open of
// a project brings its styles up to date.

#include <string>
#include <vector>

#include "app/domain/map_data.hpp"

namespace store {

class Database;

// The styleName of the program's rows. Rows under any other name are the user's own (saved in
// QGIS) and are never changed.
inline constexpr const char* kQgisStyleName = "Begegnungskarte";

struct QgisLayerStyle {
    std::string table;           // f_table_name: "gemeinden", "kreis", "nachbarkreise", "standorte"
    std::string geometryColumn;  // f_geometry_column: "geom"
    std::string qml;             // the QML document (UTF-8)
};

// The styles for the layers of a project: the municipalities always, the district and its
// neighbours when `map` has a district, the sites when `withSites`. Deterministic: the same
// map data gives the same bytes (in every UI language: the texts in them are German, as the
// rest of the file).
std::vector<QgisLayerStyle> qgisStyles(const domain::MapData& map, bool withSites);

// Brings the program's rows in `layer_styles` up to date, in one transaction: creates the table
// (as QGIS does, registered in gpkg_contents as 'attributes') when missing, inserts a missing
// row (useAsDefault 1, unless the user has made another row of that layer the default) and
// rewrites the QML of a row that differs; only for layers the file has. Rows under other style
// names are not touched; nothing is written when everything is up to date. Returns whether
// anything was written.
bool refreshQgisStyles(Database& db, const domain::MapData& map);

}  // namespace store
