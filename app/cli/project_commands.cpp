#include <cstdio>
#include <iostream>

#include "app/cli/commands.hpp"
#include "app/exchange/demo.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/project/project.hpp"
#include "app/store/verify.hpp"

namespace cli {

int verify(const std::string& project) {
    namespace t = i18n::text;
    store::VerifyReport r = store::verifyProject(project);
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

int demo(const std::string& boundaries, const std::string& out) {
    try {
        exchange::createDemoProject(boundaries, out);
        project::Project p = project::Project::open(out, project::OpenOptions{true, ""});
        const auto applications = static_cast<long long>(p.applications().size());
        std::printf("%s\n", i18n::fill(i18n::text::kDemoWrote,
                                       {out, exchange::kExampleMark,
                                        i18n::count(i18n::text::kCliApplications, applications)})
                                .c_str());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli
