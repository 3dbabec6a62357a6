// The `report` command: the decision report (PDF) and the scores CSV of a project.

#include <iostream>

#include "app/cli/commands.hpp"
#include "app/cli/progress.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/print/report.hpp"
#include "app/project/project.hpp"

namespace cli {

int report(const ReportOptions& options) {
    // print::writeReport has no progress of its own: the line moves when the project is open
    // and is done when both files are written.
    Progress progress;
    try {
        progress(0);
        // Read-only: the report never changes the project (not even a migration's backup).
        const project::Project project =
            project::Project::open(options.project, project::OpenOptions{true, ""});
        progress(0.2);
        print::ReportOptions o;
        o.out = options.out;
        o.scoresCsv = options.scoresCsv;
        o.anonymous = options.anonymous;
        const print::ReportResult r = print::writeReport(project, o);
        progress.done();
        std::cout << i18n::fill(i18n::text::kReportWrote,
                                {r.pdf, i18n::count(i18n::text::kCliPages, r.pages), r.csv})
                  << '\n';
        return 0;
    } catch (const std::exception& e) {
        progress.stop();
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli
