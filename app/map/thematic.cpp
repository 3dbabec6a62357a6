#include "app/map/thematic.hpp"

#include <algorithm>

#include "app/i18n/strings.hpp"

namespace map {

StatusSymbol statusSymbol(domain::Status status) {
    switch (status) {
        case domain::Status::Eingegangen: return {MarkerShape::Circle, Rgba::hex(0x56B4E9)};
        case domain::Status::InPruefung: return {MarkerShape::Diamond, Rgba::hex(0xE69F00)};
        case domain::Status::Foerderfaehig: return {MarkerShape::Square, Rgba::hex(0x009E73)};
        case domain::Status::NichtFoerderfaehig: return {MarkerShape::Cross, Rgba::hex(0xD55E00)};
        case domain::Status::Ausgewaehlt: return {MarkerShape::TriangleUp, Rgba::hex(0x0072B2)};
        case domain::Status::Abgelehnt: return {MarkerShape::TriangleDown, Rgba::hex(0x8C8C8C)};
    }
    return {MarkerShape::Circle, Rgba::hex(0x56B4E9)};
}

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

Choropleth applicationsPerMunicipality(const domain::MapData& map,
                                       const std::vector<domain::Application>& applications) {
    // ColorBrewer "Blues" (sequential, colour-blind and photocopy safe); the lightest class
    // stays close to white so "no application" reads as empty, labels stay dark on all.
    static const Rgba ramp[] = {Rgba::hex(0xF7FBFF), Rgba::hex(0xC6DBEF), Rgba::hex(0x9ECAE1),
                                Rgba::hex(0x6BAED6)};
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
