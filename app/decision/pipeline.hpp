#pragma once
// The one way from a project to what its views show. Every view (the window's map, banner and
// map-only view, `rank`, `report`, `snapshot`, the map sheets) and the edit engine (which
// records the recommendation beside a choice) call these functions; none of them ranks on
// its own.
//
//   domain::ProjectState ──decisionInput──▶ DecisionInput ──rankProject──▶ ProjectRanking
//                                                                          │
//                 committee.choice ──────────────────────────────▶ setToShow ◀─ recommendation
//
// The recommendation is always the best-ranked set under the *stored* decision settings
// (weights, radius, basis); a slider being dragged in the window changes what the window
// previews, never what is recorded.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/decision/decision_input.hpp"
#include "app/decision/project_ranking.hpp"
#include "app/domain/project_state.hpp"

namespace decision {

// What a view shows as "the set".
enum class ShownKind {
    None,            // nothing recorded and nothing can be ranked
    Recommendation,  // no choice recorded yet: the best-ranked set, named as a recommendation
    Choice,          // the committee's recorded choice (which may differ from the recommendation)
    Considered,      // another set the user looks at in the window (rank k, a hovered row)
};

struct ShownSet {
    ShownKind kind = ShownKind::None;
    std::vector<std::int64_t> applications;  // application ids, ascending
    bool operator==(const ShownSet&) const = default;
};

// The recorded choice when there is one, else `recommendation` (ids; empty: none).
ShownSet setToShow(const domain::Committee& committee, std::vector<std::int64_t> recommendation);

// The application ids of a ranked set, ascending.
std::vector<std::int64_t> setIds(const DecisionInput& input, const RankedSet& set);

// The whole outcome of a project under its stored settings: input, ranking with sensitivity
// and stability, the recommendation and the set to show. `problem` is set (and the ranking
// empty) when nothing can be ranked. `geometry`: the district's label points when the caller
// has them (they cost GEOS time).
struct Outcome {
    DecisionInput input;
    std::optional<RankingProblem> problem;
    ProjectRanking ranking;
    std::vector<std::int64_t> recommendation;  // ids of ranking.ranked[0]; empty when none
    ShownSet shown;
};
Outcome decide(const domain::ProjectState& state, const DistrictGeometry* geometry = nullptr);

// Settings a command changes for one run without storing them (`rank --radius-km 8 --samples 0
// --seed 7`); nullopt keeps the stored value. The recommendation of such an outcome is the
// best set under these settings; what the edit engine records is always recommendedSet(state).
struct SettingsOverrides {
    std::optional<double> radiusKm;
    std::optional<int> samples;
    std::optional<std::uint64_t> seed;
};
Outcome decide(const domain::ProjectState& state, const SettingsOverrides& overrides,
               const DistrictGeometry* geometry = nullptr);

// The Nrs of a set of application ids joined by `separator` ("B-01 + B-08"), in the order
// given; an id the project no longer has as "#id".
std::string setNrs(const domain::ProjectState& state, const std::vector<std::int64_t>& ids,
                   const std::string& separator = " + ");

// Only the recommendation (ids, ascending; empty when nothing can be ranked): the ranking
// under the stored weights without the sensitivity draws. What the edit engine records beside
// a choice.
std::vector<std::int64_t> recommendedSet(const domain::ProjectState& state);

// Only the set to show: the choice when recorded (no ranking needed), else recommendedSet.
ShownSet shownSet(const domain::ProjectState& state);

}  // namespace decision
