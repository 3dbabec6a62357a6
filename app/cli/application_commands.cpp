#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "app/store/application_export.hpp"
#include "app/store/application_import.hpp"
#include "app/store/eligibility.hpp"
#include "app/store/project.hpp"

namespace cli {
namespace {



// One line per application: Nr, Kommune, Titel and the formal eligibility with its reasons.
// Returns how many are eligible.
int listApplications(const store::Project& project,
                     const std::vector<store::Application>& applications) {
    std::size_t nrWidth = 0, nameWidth = 0;
    for (const store::Application& a : applications) {
        nrWidth = std::max(nrWidth, displayWidth(a.nr));
        nameWidth = std::max(nameWidth, displayWidth(project.map().municipalityName(a.municipalityAgs)));
    }
    int eligible = 0;
    for (const store::Application& a : applications) {
        store::Eligibility e = store::assessEligibility(project, a);
        eligible += e.eligible() ? 1 : 0;
        std::string line =
            "  " + padded(a.nr, nrWidth) + "  " +
            padded(project.map().municipalityName(a.municipalityAgs), nameWidth) + "  " + a.title +
            ": " + (e.eligible() ? "förderfähig (formal)" : "nicht förderfähig: " + e.summary());
        std::printf("%s\n", line.c_str());
    }
    return eligible;
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

int importApplications(const ImportApplicationsOptions& options) {
    store::ApplicationFile file;
    try {
        // Read-only first: a file with problems must not even migrate the project.
        store::Project project =
            store::Project::open(options.project, store::OpenOptions{true, ""});
        if (!options.dryRun && access(options.project.c_str(), W_OK) != 0) {
            std::cerr << "error: " << options.project
                      << ": cannot import, the project file is read-only\n";
            return 1;
        }
        file = store::readApplicationFile(options.file, store::importContextFor(project));
        if (!file.ignoredColumns.empty()) {
            std::string names;
            for (const std::string& c : file.ignoredColumns)
                names += (names.empty() ? "" : ", ") + c;
            std::cerr << "warning: " << options.file << ": ignored columns: " << names << '\n';
        }
        if (!file.problems.empty()) {
            for (const store::ImportProblem& p : file.problems)
                std::cerr << (p.row > 0 ? options.file + ": " : "") << store::formatProblem(p)
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
        store::Project project = store::Project::open(options.project);
        if (project.readOnly()) {
            std::cerr << "error: " << options.project
                      << ": cannot import, the project is open read-only ("
                      << project.readOnlyReason() << ")\n";
            return 1;
        }
        const std::size_t before = project.applications().size();
        std::string source = options.file.substr(options.file.find_last_of('/') + 1);
        project.apply(store::ImportApplications{file.applications, source});
        std::printf("%s: imported %s from %s (now %zu in the project; audit log: \"%s\")\n",
                    options.project.c_str(),
                    plural(file.applications.size(), "application", "applications").c_str(),
                    options.file.c_str(), before + file.applications.size(),
                    project.undoDescription().c_str());
        // The imported ones are the last in id order.
        std::vector<store::Application> imported(
            project.applications().end() - static_cast<std::ptrdiff_t>(file.applications.size()),
            project.applications().end());
        int eligible = listApplications(project, imported);
        std::printf("%d of %zu formally eligible\n", eligible, imported.size());
        return 0;
    } catch (const store::ValidationError& e) {
        std::cerr << "error: " << options.project << ": " << e.what() << "; nothing imported\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

namespace {

const char* formatName(store::ExportFormat f) {
    switch (f) {
        case store::ExportFormat::GeoPackage:
            return "GeoPackage, layer 'bewerbungen', EPSG:25832";
        case store::ExportFormat::GeoJson:
            return "GeoJSON (RFC 7946, WGS 84 longitude/latitude)";
        case store::ExportFormat::Csv:
            return "CSV (columns of data/bewerbungen-vorlage.csv)";
    }
    return "";
}

}  // namespace

int exportApplications(const std::string& project, const store::ExportOptions& options) {
    try {
        store::Project p = store::Project::open(project, store::OpenOptions{true, ""});
        store::ExportSummary s = store::exportApplications(p, options);
        std::printf("%s: %s (%zu with a site) as %s; contact data %s\n", options.out.c_str(),
                    plural(s.applications, "application", "applications").c_str(), s.sites,
                    formatName(s.format),
                    options.withContacts ? "included" : "left out (--with-contacts adds it)");
        if (s.format == store::ExportFormat::Csv)
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
