#pragma once
// The project's thematic map content, shared by the window and the snapshot so both show the
// same picture: a point symbol per application site (shape and colour by status) and the
// choropleth "Bewerbungen je Kommune" with its legend classes.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/map/map_style.hpp"
#include "app/domain/application.hpp"
#include "app/domain/map_data.hpp"

namespace map {

struct StatusSymbol {
    MarkerShape shape;
    Rgba color;
};

// A shape and a colour from the Okabe–Ito palette (colour-blind safe) per status; the shape
// alone tells the statuses apart in greyscale prints.
StatusSymbol statusSymbol(domain::Status status);

// One marker per application with a site; `selected` is drawn larger and on top; the ids in
// `ineligible` (failing a formal check) are flagged with a red ring.
std::vector<Marker> siteMarkers(const std::vector<domain::Application>& applications,
                                std::optional<std::int64_t> selected,
                                const std::vector<std::int64_t>& ineligible = {});

// Which thematic layer colours the municipalities.
enum class MapTheme { Municipalities, ApplicationsPerMunicipality };

struct LegendClass {
    std::string label;  // "keine", "1", "2", "3 und mehr"
    Rgba color;
    int municipalities = 0;  // how many municipalities fall into the class
};

struct Choropleth {
    std::vector<Rgba> colors;  // per municipality (index into MapData::municipalities)
    std::vector<int> counts;   // applications per municipality
    std::vector<LegendClass> legend;
    std::string title;  // "Bewerbungen je Kommune"
};

// Applications counted by the municipality they name, in four classes (0, 1, 2, 3+) of a
// sequential, colour-blind safe blue ramp.
Choropleth applicationsPerMunicipality(const domain::MapData& map,
                                       const std::vector<domain::Application>& applications);

}  // namespace map
