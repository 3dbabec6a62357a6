#include "app/ui/shown_set.hpp"

namespace ui {

namespace {

MapSet considered(const SelectionModel& model, const std::vector<std::int64_t>& ids) {
    MapSet out;
    out.set = model.setOf(ids);
    if (!out.set) return out;
    out.shown = {decision::ShownKind::Considered, model.ids(*out.set)};
    return out;
}

}  // namespace

MapSet mapSet(const SelectionModel& model, const domain::Committee& committee,
              const SetViewRequest& request) {
    const bool ranked = model.problem().empty() && !model.ranked().empty();
    if (ranked && request.selectionTabOpen && !request.mapOnly && request.hovered) {
        MapSet out = considered(model, *request.hovered);
        if (out.set) return out;
    }
    if (request.rank) {
        const auto k = static_cast<std::size_t>(*request.rank);
        if (ranked && k >= 1 && k <= model.ranked().size()) {
            MapSet out = considered(model, model.ids(model.ranked()[k - 1]));
            out.rank = *request.rank;
            return out;
        }
        MapSet out;
        out.rankMissing = true;
        return out;  // the caller says so and forgets the rank; the next frame shows the rest
    }
    if (ranked && request.selectionTabOpen && request.picked) {
        MapSet out = considered(model, *request.picked);
        if (out.set) return out;
    }
    MapSet out;
    if (committee.choice) {
        out.shown = decision::setToShow(committee, {});
        out.set = model.setOf(out.shown.applications);
        return out;
    }
    if (ranked && (request.selectionTabOpen || request.mapOnly)) {
        out.set = model.ranked().front();
        out.shown = decision::setToShow(committee, model.ids(*out.set));
    }
    return out;
}

}  // namespace ui
