#include "app/ui/report_command.hpp"

#include <exception>
#include <filesystem>

#include "app/i18n/format.hpp"
#include "app/i18n/output_error_text.hpp"
#include "app/i18n/strings.hpp"
#include "app/print/map_sheet.hpp"
#include "app/print/report.hpp"
#include "app/ui/status_area.hpp"

namespace ui {

std::string writeReportNextToProject(const project::Project& project, bool anonymous) {
    print::ReportOptions o;
    // Absolute, so the message says where the files went.
    o.out = std::filesystem::absolute(print::defaultReportPath(project.path(), print::todayIso()))
                .string();
    o.anonymous = anonymous;
    try {
        const print::ReportResult r = print::writeReport(project, o);
        return reportSavedText(r.pages, r.pdf, r.csv);
    } catch (const std::exception& e) {
        return reportFailedText(i18n::errorText(e));
    }
}

}  // namespace ui
