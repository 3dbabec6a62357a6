#include <cstdio>
#include <iostream>

#include "app/cli/commands.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/store/verify.hpp"

namespace cli {

int verify(const std::string& project) {
    namespace t = i18n::text;
    store::VerifyReport r = store::verifyProject(project);
    if (!r.note.empty()) std::printf("%s\n", r.note.c_str());
    if (r.problems.empty()) {
        std::printf("%s\n", i18n::fill(t::kVerifyOk, {project, std::to_string(r.schemaVersion),
                                                     i18n::count(t::kCliApplications, r.applications),
                                                     i18n::count(t::kVerifyAuditEntries, r.auditEntries)})
                                .c_str());
        return 0;
    }
    std::cerr << i18n::fill(t::kVerifyProblems,
                            {project, i18n::count(t::kCliProblems, static_cast<long long>(r.problems.size()))})
              << '\n';
    for (const std::string& p : r.problems) std::cerr << "  - " << p << '\n';
    return 1;
}

}  // namespace cli
