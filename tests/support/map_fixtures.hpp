#pragma once
// Map data made by hand for view tests: one 10×10 km square municipality (Düren) in UTM 32N.

#include "app/domain/map_data.hpp"

namespace testdata {

inline domain::MapData squareDistrict() {
    domain::MapData data;
    domain::Municipality m;
    m.ags = "05358008";
    m.name = "Düren";
    geo::Polygon p;
    p.outer = {{300000, 5600000}, {310000, 5600000}, {310000, 5610000}, {300000, 5610000},
               {300000, 5600000}};
    m.shape = {p};
    data.municipalities.push_back(m);
    return data;
}

}  // namespace testdata
