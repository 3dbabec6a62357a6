#include "app/domain/json_merge.hpp"

namespace domain {

JsonMerge mergeJson(const nlohmann::json& base, const nlohmann::json& mine, const nlohmann::json& current) {
    JsonMerge m{current, std::nullopt};
    for (auto it = mine.begin(); it != mine.end(); ++it) {
        const nlohmann::json b = base.contains(it.key()) ? base.at(it.key()) : nlohmann::json();
        if (*it == b) continue;  // not changed by this edit
        const nlohmann::json c = current.contains(it.key()) ? current.at(it.key()) : nlohmann::json();
        if (!m.clash && c != b && c != *it) m.clash = it.key();
        m.merged[it.key()] = *it;
    }
    return m;
}

}  // namespace domain
