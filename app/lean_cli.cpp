// begegnungskarte-cli's own definitions of the commands that read or write other formats than
// the project file (app/cli/full_program.hpp): each hands the whole command line to the full
// program, begegnungskarte, beside this one. Linked into begegnungskarte-cli only, in place of
// the definitions in bk_cli, so that neither they nor GDAL are linked into it.

#include <cstdlib>

#include "app/cli/commands.hpp"
#include "app/cli/committee_detail.hpp"
#include "app/cli/full_program.hpp"
#include "app/cli/version.hpp"

namespace cli {

int importBoundaries(const exchange::BoundaryImportOptions&) { return runInFullProgram(); }
int demo(const std::string&, const std::string&) { return runInFullProgram(); }
int importApplications(const ImportApplicationsOptions&) { return runInFullProgram(); }
int exportApplications(const std::string&, const exchange::ExportOptions&) { return runInFullProgram(); }
int writeTemplate(const TemplateOptions&) { return runInFullProgram(); }
// The report writes its scores as CSV or XLSX (GDAL's zip writer).
int report(const ReportOptions&) { return runInFullProgram(); }
int scoreCsv(const std::string&, const std::string&) { return runInFullProgram(); }
// The copy's boundary layers are written through GDAL (store/pull.cpp).
int pull(const std::string&, const std::string&) { return runInFullProgram(); }
// GDAL's version is the full program's to say; it prints and exits, so this returns only
// when it cannot be started (the message is out; the "version" shown is empty).
std::string versionText() {
    runInFullProgram();
    std::exit(1);
}
// No GDAL here: nothing to route.
void installLibraryMessageHandler() {}

}  // namespace cli
