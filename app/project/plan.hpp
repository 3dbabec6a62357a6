#pragma once
// What an action changes, worked out against the current state without writing anything:
// one handler per action kind, chosen by std::visit, so that an action kind without a handler
// does not compile. Internal to the edit engine (project.cpp applies the result).

#include <cstdint>
#include <vector>

#include "app/domain/project_state.hpp"
#include "app/project/actions.hpp"
#include "app/store/project_store.hpp"

namespace project::detail {

struct Plan {
    store::Step step;
    std::vector<std::int64_t> created;  // ids of new applications or members
    long long count = 0;                // applications of an import (for the description)
};

// Throws project::ValidationError (with the problems as codes) when the action breaks a rule.
Plan plan(const Action& action, const domain::ProjectState& state);

}  // namespace project::detail
