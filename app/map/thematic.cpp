#include "app/map/thematic.hpp"

#include <algorithm>

#include "app/i18n/strings.hpp"

namespace map {

std::vector<Marker> siteMarkers(const std::vector<domain::Application>& applications,
                                std::optional<std::int64_t> selected,
                                const std::vector<std::int64_t>& ineligible) {
    std::vector<Marker> markers;
    for (const domain::Application& a : applications) {
        if (!a.site) continue;
        StatusSymbol s = statusSymbol(a.status);
        bool flagged = std::find(ineligible.begin(), ineligible.end(), a.id) != ineligible.end();
        markers.push_back({*a.site, s.shape, s.color, selected && *selected == a.id, flagged});
    }
    return markers;
}

const std::vector<Rgba>& applicationsRamp() {
    // Chosen by CIEDE2000 rather than taken from ColorBrewer "Blues", whose lightest classes
    // (F7FBFF, C6DBEF, 9ECAE1) were 2 to 8 apart from each other and the ground: on a projector
    // "none" and "1" looked alike. Lightness falls and hue turns from aqua to blue, so the order
    // also reads in greyscale.
    static const std::vector<Rgba> ramp = {Rgba::hex(0xD9F7F2), Rgba::hex(0xB7D9EA),
                                           Rgba::hex(0x79B2CC), Rgba::hex(0x2890F0)};
    return ramp;
}

const std::vector<Rgba>& reachedRamp() {
    // "Not reached" was a grey (F4F4F4) 1 apart from the map's background.
    static const std::vector<Rgba> ramp = {Rgba::hex(0xF5E6C4), Rgba::hex(0xC9EDC0),
                                           Rgba::hex(0x8ACC84)};
    return ramp;
}

Rgba reachedColor(double share) {
    const std::vector<Rgba>& ramp = reachedRamp();
    if (share >= 0.95) return ramp[2];
    if (share >= 0.05) return ramp[1];
    return ramp[0];
}

Choropleth applicationsPerMunicipality(const domain::MapData& map,
                                       const std::vector<domain::Application>& applications) {
    const std::vector<Rgba>& ramp = applicationsRamp();
    // Labels and title in the current language (the legend is built when the layer is shown).
    const char* labels[] = {i18n::text::kCountNone, "1", "2", i18n::text::kCountThreeOrMore};
    Choropleth c;
    c.title = i18n::text::kThemeCount.str();
    c.counts.assign(map.municipalities.size(), 0);
    for (const domain::Application& a : applications)
        if (const domain::Municipality* m = map.byAgs(a.municipalityAgs))
            ++c.counts[static_cast<std::size_t>(m - map.municipalities.data())];
    for (int k = 0; k < 4; ++k) c.legend.push_back({labels[k], ramp[k], 0});
    for (int n : c.counts) {
        std::size_t k = static_cast<std::size_t>(std::min(n, 3));
        c.colors.push_back(ramp[k]);
        ++c.legend[k].municipalities;
    }
    return c;
}

}  // namespace map
