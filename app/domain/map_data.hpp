#pragma once
// The boundary layers of a project file as plain structs, ready for the renderer and for the
// decision module. Loaded once when a project opens.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geo/types.hpp"

namespace domain {

struct Municipality {
    std::string ags;
    std::string name;
    std::string bez;  // "Stadt", "Gemeinde"
    std::optional<std::int64_t> population;
    double areaKm2 = 0;
    geo::MultiPolygon shape;  // EPSG:25832
};

struct AdminArea {
    std::string ags;
    std::string name;
    std::string bez;
    geo::MultiPolygon shape;
};

struct DataSource {
    std::string layer;
    std::string source;
    std::string stand;
    std::string licence;
    std::string attribution;
};

struct MapData {
    std::vector<Municipality> municipalities;
    std::optional<AdminArea> district;
    std::vector<AdminArea> neighbours;
    std::vector<DataSource> sources;

    // Bounds of the district (or of the municipalities when there is no district layer).
    geo::Box extent() const;
    // The attribution line for the map: every distinct attribution of the sources, joined
    // with " · ", the boundary attribution first.
    std::string attribution() const;
    std::int64_t totalPopulation() const;
    // The municipality with this AGS, or nullptr when the district has none: the one lookup
    // by AGS (validation, eligibility, the views and the importer all use it).
    const Municipality* byAgs(const std::string& ags) const;
    // The name of the municipality with this AGS ("Düren"), or the AGS itself when unknown.
    std::string municipalityName(const std::string& ags) const;
};


}  // namespace domain
