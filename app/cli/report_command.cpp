// The `report` command: the decision report (PDF) and the scores CSV of a project.

#include <iostream>

#include "app/cli/commands.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/print/report.hpp"
#include "app/project/project.hpp"

namespace cli {

int report(const ReportOptions& options) {
    try {
        // Read-only: the report never changes the project (not even a migration's backup).
        const project::Project project =
            project::Project::open(options.project, project::OpenOptions{true, ""});
        print::ReportOptions o;
        o.out = options.out;
        o.scoresCsv = options.scoresCsv;
        o.anonymous = options.anonymous;
        const print::ReportResult r = print::writeReport(project, o);
        std::cout << i18n::fill(i18n::text::kReportWrote,
                                {r.pdf, i18n::count(i18n::text::kCliPages, r.pages), r.csv})
                  << '\n';
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli
