#pragma once
// Which set the window's map shows this frame, decided without GL so that a test can check it:
// what the user points at or asks for first, then the committee's recorded choice, then the
// recommendation. The map overlay, its banner, the map-only view and Ctrl+E all draw this one
// result, so they never disagree with each other or with the record.

#include <optional>

#include "app/decision/pipeline.hpp"
#include "app/domain/committee.hpp"
#include "app/ui/selection_model.hpp"

namespace ui {

// What the user is doing that decides the shown set.
struct SetViewRequest {
    bool selectionTabOpen = false;  // the "Auswahl" tab is the open side-panel tab
    bool mapOnly = false;           // the map fills the window (presentation)
    std::optional<std::vector<std::int64_t>> hovered{};  // a row of the ranking under the mouse
    std::optional<std::vector<std::int64_t>> picked{};   // a row clicked in the ranking
    std::optional<int> rank{};                         // keys 1–9: the set of that rank
};

struct MapSet {
    decision::ShownSet shown;               // kind None: no set on the map
    std::optional<decision::RankedSet> set;  // its members and measures, for the overlay
    std::optional<int> rank;                 // set when shown because of keys 1–9
    bool rankMissing = false;                // keys 1–9 asked for a rank that does not exist
};

// In this order: the hovered row (selection tab, not in the map-only view); rank k of keys
// 1–9; the picked row (selection tab); the recorded choice (in every view and tab); the
// best-ranked set under the model's weights, named the recommendation (selection tab and
// map-only view only, as before a choice nothing else asks for a set).
MapSet mapSet(const SelectionModel& model, const domain::Committee& committee,
              const SetViewRequest& request);

}  // namespace ui
