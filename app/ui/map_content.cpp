#include "app/ui/map_content.hpp"

#include "app/domain/eligibility.hpp"
#include "app/map/thematic.hpp"
#include "app/render/map_renderer.hpp"
#include "app/ui/application_panels.hpp"

namespace ui {

void refreshIneligible(const project::Project& project, DerivedCache& cache) {
    if (cache.ineligibleRevision == project.revision()) return;
    cache.ineligible = domain::ineligibleApplications(project.state());
    cache.ineligibleRevision = project.revision();
}

std::vector<map::Marker> currentMarkers(const project::Project& project, const ViewState& view,
                                        const DerivedCache& cache,
                                        std::optional<geo::Vec2> dragged) {
    std::vector<map::Marker> markers =
        map::siteMarkers(project.applications(), view.selected, cache.ineligible);
    if (dragged)
        for (map::Marker& m : markers)
            if (m.selected) m.position = *dragged;
    return markers;
}

std::vector<map::Rgba> currentColors(const project::Project& project, const ViewState& view,
                                     const SelectionModel& selection,
                                     const decision::RankedSet* shownSet) {
    std::vector<map::Rgba> colors;
    if (shownSet) {
        for (double share : selection.coveredShares(*shownSet))
            colors.push_back(reachedColor(share));
    } else if (view.theme == map::MapTheme::ApplicationsPerMunicipality) {
        colors = map::applicationsPerMunicipality(project.map(), project.applications()).colors;
    }
    return colors;
}

bool sameMarkers(const std::vector<map::Marker>& a, const std::vector<map::Marker>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].position.x != b[i].position.x || a[i].position.y != b[i].position.y ||
            a[i].shape != b[i].shape || a[i].selected != b[i].selected ||
            a[i].flagged != b[i].flagged || a[i].color.r != b[i].color.r ||
            a[i].color.g != b[i].color.g || a[i].color.b != b[i].color.b)
            return false;
    return true;
}

bool sameColors(const std::vector<map::Rgba>& a, const std::vector<map::Rgba>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].r != b[i].r || a[i].g != b[i].g || a[i].b != b[i].b) return false;
    return true;
}

void MapContent::update(render::MapRenderer& renderer, const project::Project& project,
                        UiState& state, const SelectionModel& selection,
                        const decision::RankedSet* shownSet, std::optional<geo::Vec2> dragged) {
    refreshIneligible(project, state);
    std::vector<map::Marker> markers = currentMarkers(project, state, state, dragged);
    if (!sameMarkers(markers, markers_)) {
        markers_ = std::move(markers);
        renderer.setMarkers(markers_);
    }
    std::vector<map::Rgba> colors = currentColors(project, state, selection, shownSet);
    if (!sameColors(colors, colors_)) {
        colors_ = std::move(colors);
        renderer.setMunicipalityColors(colors_);
    }
}

}  // namespace ui
