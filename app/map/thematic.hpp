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

// StatusSymbol and statusSymbol(): map_style.hpp.

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

// The four classes (none, 1, 2, 3 and more) of "Bewerbungen je Kommune", lightest first: a
// sequential ramp from a pale aqua to blue. Every two neighbouring classes, and the lightest
// class and the map's ground (background and neighbouring districts), are at least 10 apart in
// CIEDE2000, on the light map and through darkMapFill on the dark one; the labels' colours keep
// 4.5:1 on every class.
const std::vector<Rgba>& applicationsRamp();

// The share of a municipality's surface within r of the shown set's sites, in three classes:
// not reached (< 5 %, a sand tone, apart from the grey ground), partly, reached (>= 95 %, green).
// The same separation as applicationsRamp().
const std::vector<Rgba>& reachedRamp();
Rgba reachedColor(double share);

// Applications counted by the municipality they name, in the four classes of
// applicationsRamp().
Choropleth applicationsPerMunicipality(const domain::MapData& map,
                                       const std::vector<domain::Application>& applications);

}  // namespace map
