#include "app/domain/project_state.hpp"

#include "geo/measure.hpp"

namespace domain {

const Application* ProjectState::find(std::int64_t id) const {
    for (const Application& a : applications)
        if (a.id == id) return &a;
    return nullptr;
}

const Application* ProjectState::findByNr(const std::string& nr) const {
    for (const Application& a : applications)
        if (a.nr == nr) return &a;
    return nullptr;
}

std::optional<std::size_t> ProjectState::municipalityAt(geo::Vec2 site) const {
    const auto& ms = map.municipalities;
    for (std::size_t i = 0; i < ms.size(); ++i)
        if (geo::bounds(ms[i].shape).contains(site) && geo::contains(ms[i].shape, site)) return i;
    return std::nullopt;
}

}  // namespace domain
