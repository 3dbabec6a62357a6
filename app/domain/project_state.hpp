#pragma once
// What a project holds, as plain values: the boundaries, the call, the applications, the
// committee and, after the decision, the funding. The edit engine (project::Project) owns one
// and changes it only after a write has committed; everything that derives results from a project (eligibility, the decision
// pipeline, the views) reads it through this struct, so none of them needs the store.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/domain/application.hpp"
#include "app/domain/call_settings.hpp"
#include "app/domain/committee.hpp"
#include "app/domain/funding.hpp"
#include "app/domain/map_data.hpp"

namespace domain {

struct ProjectState {
    MapData map;
    CallSettings call;
    std::vector<Application> applications;  // ordered by id
    Committee committee;
    Funding funding;  // after the decision: offers, invoices, agreements, the note

    const Application* find(std::int64_t id) const;
    const Application* findByNr(const std::string& nr) const;
    // The municipality whose polygon holds the point (index into map.municipalities), or
    // nullopt when the point lies outside the district.
    std::optional<std::size_t> municipalityAt(geo::Vec2 site) const;
};

}  // namespace domain
