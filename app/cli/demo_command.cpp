// `demo`: the example project with fictional applications, on boundaries read through GDAL.

#include <cstdio>
#include <iostream>

#include "app/cli/commands.hpp"
#include "app/exchange/demo.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/project/project.hpp"

namespace cli {

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
