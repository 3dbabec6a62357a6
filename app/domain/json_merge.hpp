#pragma once
// Three-way merge of values in their JSON form (an application, the call, the decision
// settings): what one edit changed from its base, laid over what the project holds now. The
// shared store checks concurrent edits with it (store/pg_store.hpp); the form keeps what the
// user typed on top of what others changed meanwhile (ui/application_form.cpp).

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace domain {

struct JsonMerge {
    nlohmann::json merged;             // `current` with the keys `mine` changed from `base`
    std::optional<std::string> clash;  // the first key both changed to different values
};

// For each top-level key of `mine`: unchanged from `base`, `current`'s value stays; changed,
// `mine`'s value is taken, and where `current` also changed it to something else, the key is
// named in `clash` (merged holds `mine`'s value there all the same).
JsonMerge mergeJson(const nlohmann::json& base, const nlohmann::json& mine, const nlohmann::json& current);

}  // namespace domain
