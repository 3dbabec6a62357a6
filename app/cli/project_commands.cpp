#include <cstdio>
#include <iostream>

#include "app/cli/commands.hpp"
#include "app/exchange/demo.hpp"
#include "app/project/project.hpp"

namespace cli {

int verify(const std::string& project) {
    project::VerifyReport r = project::verifyProject(project);
    if (r.problems.empty()) {
        std::printf("%s: OK (schema %d, %lld applications, %lld audit entries, chain intact)\n",
                    project.c_str(), r.schemaVersion, static_cast<long long>(r.applications),
                    static_cast<long long>(r.auditEntries));
        return 0;
    }
    std::cerr << project << ": " << r.problems.size() << " problem(s):\n";
    for (const std::string& p : r.problems) std::cerr << "  - " << p << '\n';
    return 1;
}

int demo(const std::string& boundaries, const std::string& out) {
    try {
        exchange::createDemoProject(boundaries, out);
        project::Project p = project::Project::open(out, project::OpenOptions{true, ""});
        std::printf("%s: %s, %zu applications\n", out.c_str(), exchange::kExampleMark,
                    p.applications().size());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli
