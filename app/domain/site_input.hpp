#pragma once
// Coordinates typed by a user for a site: decimal degrees in WGS 84 ("50,8043 6,4820",
// "50.8043, 6.4820", "50,8043; 6,4820") as latitude then longitude, or UTM 32N metres
// ("322582 5631085", "322582,2; 5631084,9") as easting then northing. The decimal mark may be
// a comma or a point. Degrees are converted to EPSG:25832 with PROJ. Metres must lie in the
// range every path accepts (domain::siteInRange, rules.hpp).

#include <optional>
#include <string>
#include <string_view>

#include "app/domain/problem.hpp"
#include "geo/types.hpp"

namespace domain {

struct SiteInput {
    std::optional<geo::Vec2> site;  // EPSG:25832, when the text was understood
    bool degrees = false;           // the text was WGS 84 degrees
    // Why the text was not understood (SiteTwoNumbers, SiteNotANumber, SiteInputOutOfRange);
    // the words come from i18n::problemText.
    std::optional<Problem> problem;
};

SiteInput parseSiteInput(std::string_view text);

}  // namespace domain
