#include "app/domain/map_data.hpp"

#include <algorithm>

namespace domain {

geo::Box MapData::extent() const {
    if (district) return geo::bounds(district->shape);
    geo::Box b;
    for (const Municipality& m : municipalities) b.extend(geo::bounds(m.shape));
    return b;
}

std::string MapData::attribution() const {
    std::vector<std::string> parts;
    for (const DataSource& s : sources)
        if (!s.attribution.empty() &&
            std::find(parts.begin(), parts.end(), s.attribution) == parts.end())
            parts.push_back(s.attribution);
    // BKG first: the boundary licence requires it on every map.
    std::stable_partition(parts.begin(), parts.end(),
                          [](const std::string& p) { return p.find("BKG") != std::string::npos; });
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : " · ") + p;
    return out;
}

std::int64_t MapData::totalPopulation() const {
    std::int64_t sum = 0;
    for (const Municipality& m : municipalities) sum += m.population.value_or(0);
    return sum;
}

const Municipality* MapData::byAgs(const std::string& ags) const {
    for (const Municipality& m : municipalities)
        if (m.ags == ags) return &m;
    return nullptr;
}

std::string MapData::municipalityName(const std::string& ags) const {
    const Municipality* m = byAgs(ags);
    return m ? m->name : ags;
}

}  // namespace domain
