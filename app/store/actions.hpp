#pragma once
// Every edit of a project is one of these values, applied in one place (Project::apply),
// which validates it, writes it in one transaction, records the undo step and the audit entry.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "app/store/application.hpp"
#include "app/store/call_settings.hpp"

namespace store {

struct AddApplication {
    Application application;  // id is assigned by the project
};
struct UpdateApplication {
    Application application;  // replaces the stored one with the same id
};
struct DeleteApplication {
    std::int64_t id = 0;
};
struct MoveSite {
    std::int64_t id = 0;
    std::optional<geo::Vec2> site;  // EPSG:25832; nullopt removes the site
};
struct ImportApplications {
    std::vector<Application> applications;
    std::string source;  // file name, for the audit log
};
struct UpdateCall {
    CallSettings call;
};

using Action = std::variant<AddApplication, UpdateApplication, DeleteApplication, MoveSite,
                            ImportApplications, UpdateCall>;

// A short German description for the audit log and the undo menu ("Bewerbung B-01 geändert").
std::string describe(const Action& action);

}  // namespace store
