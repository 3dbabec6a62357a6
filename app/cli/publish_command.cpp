#include <cstdio>
#include <iostream>

#include "app/cli/commands.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/store/publish.hpp"

namespace cli {

std::string describeCopy(const store::CopyReport& r) {
    namespace t = i18n::text;
    return i18n::fill(t::kPublished, {r.from, r.to, i18n::count(t::kCliApplications, r.applications),
                                      i18n::count(t::kBoundariesMunicipalities, r.municipalities),
                                      i18n::count(t::kVerifyAuditEntries, r.auditEntries)});
}

int publish(const std::string& project, const std::string& to, bool replace) {
    try {
        std::printf("%s\n", describeCopy(store::publishProject(project, to, replace)).c_str());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli
