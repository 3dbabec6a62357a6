#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "app/exchange/application_export.hpp"
#include "app/exchange/application_import.hpp"
#include "app/domain/eligibility.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/project/project.hpp"

namespace cli {
namespace {



// One line per application: Nr, Kommune, Titel and the formal eligibility with its reasons.
// Returns how many are eligible.
int listApplications(const project::Project& project,
                     const std::vector<domain::Application>& applications) {
    std::size_t nrWidth = 0, nameWidth = 0;
    for (const domain::Application& a : applications) {
        nrWidth = std::max(nrWidth, displayWidth(a.nr));
        nameWidth = std::max(nameWidth, displayWidth(project.map().municipalityName(a.municipalityAgs)));
    }
    int eligible = 0;
    for (const domain::Application& a : applications) {
        domain::Eligibility e = domain::assessEligibility(project.state(), a);
        eligible += e.eligible() ? 1 : 0;
        std::string line =
            "  " + padded(a.nr, nrWidth) + "  " +
            padded(project.map().municipalityName(a.municipalityAgs), nameWidth) + "  " + a.title +
            ": " + (e.eligible() ? "förderfähig (formal)" : "nicht förderfähig: " + i18n::eligibilitySummary(e));
        std::printf("%s\n", line.c_str());
    }
    return eligible;
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

int importApplications(const ImportApplicationsOptions& options) {
    exchange::ApplicationFile file;
    try {
        // Read-only first: a file with problems must not even migrate the project.
        project::Project project =
            project::Project::open(options.project, project::OpenOptions{true, ""});
        if (!options.dryRun && access(options.project.c_str(), W_OK) != 0) {
            std::cerr << "error: " << options.project
                      << ": cannot import, the project file is read-only\n";
            return 1;
        }
        file = exchange::readApplicationFile(options.file, exchange::importContextFor(project));
        if (!file.ignoredColumns.empty()) {
            std::string names;
            for (const std::string& c : file.ignoredColumns)
                names += (names.empty() ? "" : ", ") + c;
            std::cerr << "warning: " << options.file << ": ignored columns: " << names << '\n';
        }
        if (!file.problems.empty()) {
            for (const exchange::ImportProblem& p : file.problems)
                std::cerr << (p.row > 0 ? options.file + ": " : "") << exchange::formatProblem(p)
                          << '\n';
            std::cerr << options.file << ": " << plural(file.problems.size(), "problem", "problems")
                      << "; nothing imported, " << options.project << " is unchanged\n";
            return 1;
        }
        std::string how =
            file.encoding +
            (file.separator.empty() ? ", XLSX" : ", separator '" + file.separator + "'");
        if (options.dryRun) {
            std::printf("%s: %s to import (%s); dry run, %s is unchanged\n", options.file.c_str(),
                        plural(file.applications.size(), "application", "applications").c_str(),
                        how.c_str(), options.project.c_str());
            int eligible = listApplications(project, file.applications);
            std::printf("%d of %zu formally eligible\n", eligible, file.applications.size());
            return 0;
        }
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
    try {
        project::Project project = project::Project::open(options.project);
        if (project.readOnly()) {
            std::cerr << "error: " << options.project
                      << ": cannot import, the project is open read-only ("
                      << project.readOnlyReason() << ")\n";
            return 1;
        }
        const std::size_t before = project.applications().size();
        std::string source = options.file.substr(options.file.find_last_of('/') + 1);
        project.apply(project::ImportApplications{file.applications, source});
        std::printf("%s: imported %s from %s (now %zu in the project; audit log: \"%s\")\n",
                    options.project.c_str(),
                    plural(file.applications.size(), "application", "applications").c_str(),
                    options.file.c_str(), before + file.applications.size(),
                    project.undoDescription().c_str());
        // The imported ones are the last in id order.
        std::vector<domain::Application> imported(
            project.applications().end() - static_cast<std::ptrdiff_t>(file.applications.size()),
            project.applications().end());
        int eligible = listApplications(project, imported);
        std::printf("%d of %zu formally eligible\n", eligible, imported.size());
        return 0;
    } catch (const project::ValidationError& e) {
        std::cerr << "error: " << options.project << ": " << e.what() << "; nothing imported\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

namespace {

const char* formatName(exchange::ExportFormat f) {
    switch (f) {
        case exchange::ExportFormat::GeoPackage:
            return "GeoPackage, layer 'bewerbungen', EPSG:25832";
        case exchange::ExportFormat::GeoJson:
            return "GeoJSON (RFC 7946, WGS 84 longitude/latitude)";
        case exchange::ExportFormat::Csv:
            return "CSV (columns of data/bewerbungen-vorlage.csv)";
    }
    return "";
}

}  // namespace

int exportApplications(const std::string& project, const exchange::ExportOptions& options) {
    try {
        project::Project p = project::Project::open(project, project::OpenOptions{true, ""});
        exchange::ExportSummary s = exchange::exportApplications(p, options);
        std::printf("%s: %s (%zu with a site) as %s; contact data %s\n", options.out.c_str(),
                    plural(s.applications, "application", "applications").c_str(), s.sites,
                    formatName(s.format),
                    options.withContacts ? "included" : "left out (--with-contacts adds it)");
        if (s.format == exchange::ExportFormat::Csv)
            std::printf("Attribution (not in the CSV; name it where the data is used): %s\n",
                        s.attribution.c_str());
        else
            std::printf("Attribution (in the file): %s\n", s.attribution.c_str());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli
