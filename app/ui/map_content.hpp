#pragma once
// What the map draws that follows the project: the site markers (status, selection, formal
// failures; the dragged site where the mouse is) and the municipality colours (coverage of the
// shown set, else the thematic layer). Computed every frame without GL; the renderer gets them
// only when they changed, since uploading is what costs.

#include <cstdint>
#include <optional>
#include <vector>

#include "app/decision/model.hpp"
#include "app/map/map_style.hpp"
#include "app/project/project.hpp"
#include "app/ui/app_state.hpp"
#include "app/ui/selection_model.hpp"

namespace render {
class MapRenderer;
}

namespace ui {

// The ineligible applications for the project's revision; recomputed only when it changed.
void refreshIneligible(const project::Project& project, DerivedCache& cache);

// The markers of all sites; `dragged`: the selected site is drawn there while being dragged.
std::vector<map::Marker> currentMarkers(const project::Project& project, const ViewState& view,
                                        const DerivedCache& cache,
                                        std::optional<geo::Vec2> dragged);

// One colour per municipality: the covered share of `shownSet` when a set is shown, else the
// applications per municipality when that theme is on, else none (the plain map).
std::vector<map::Rgba> currentColors(const project::Project& project, const ViewState& view,
                                     const SelectionModel& selection,
                                     const decision::RankedSet* shownSet);

// Same positions, shapes, flags and colours (alpha aside): nothing to upload.
bool sameMarkers(const std::vector<map::Marker>& a, const std::vector<map::Marker>& b);
bool sameColors(const std::vector<map::Rgba>& a, const std::vector<map::Rgba>& b);

// The markers and colours last given to the renderer.
class MapContent {
  public:
    // Brings the renderer up to date: the ineligible cache, the markers, the colours.
    void update(render::MapRenderer& renderer, const project::Project& project, UiState& state,
                const SelectionModel& selection, const decision::RankedSet* shownSet,
                std::optional<geo::Vec2> dragged);

  private:
    std::vector<map::Marker> markers_;
    std::vector<map::Rgba> colors_;
};

}  // namespace ui
