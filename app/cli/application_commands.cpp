#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "app/domain/eligibility.hpp"
#include "app/exchange/application_export.hpp"
#include "app/exchange/application_import.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/i18n/strings.hpp"
#include "app/project/project.hpp"

namespace cli {
namespace {

namespace text = i18n::text;

// One line per application: Nr, Kommune, Titel and the formal eligibility with its reasons.
// Returns how many are eligible.
int listApplications(const project::Project& project,
                     const std::vector<domain::Application>& applications) {
    std::size_t nrWidth = 0, nameWidth = 0;
    for (const domain::Application& a : applications) {
        nrWidth = std::max(nrWidth, displayWidth(a.nr));
        nameWidth =
            std::max(nameWidth, displayWidth(project.map().municipalityName(a.municipalityAgs)));
    }
    int eligible = 0;
    for (const domain::Application& a : applications) {
        domain::Eligibility e = domain::assessEligibility(project.state(), a);
        eligible += e.eligible() ? 1 : 0;
        std::string line =
            "  " + padded(a.nr, nrWidth) + "  " +
            padded(project.map().municipalityName(a.municipalityAgs), nameWidth) + "  " + a.title +
            ": " +
            (e.eligible() ? text::kImportEligible.str()
                          : i18n::fill(text::kImportIneligible, {i18n::eligibilitySummary(e)}));
        std::printf("%s\n", line.c_str());
    }
    return eligible;
}

std::string applications(std::size_t n) {
    return i18n::count(text::kCliApplications, static_cast<long long>(n));
}

void printEligible(int eligible, std::size_t of) {
    std::printf("%s\n", i18n::fill(text::kImportEligibleCount,
                                   {std::to_string(eligible), std::to_string(of)})
                            .c_str());
}

}  // namespace

int importApplications(const ImportApplicationsOptions& options) {
    exchange::ApplicationFile file;
    try {
        // Read-only first: a file with problems must not even migrate the project.
        project::Project project =
            project::Project::open(options.project, project::OpenOptions{true, ""});
        if (!options.dryRun && access(options.project.c_str(), W_OK) != 0) {
            std::cerr << "error: " << i18n::fill(text::kImportReadOnlyFile, {options.project})
                      << '\n';
            return 1;
        }
        file = exchange::readApplicationFile(options.file, exchange::importContextFor(project));
        if (!file.ignoredColumns.empty()) {
            std::string names;
            for (const std::string& c : file.ignoredColumns)
                names += (names.empty() ? "" : ", ") + c;
            std::cerr << "warning: "
                      << i18n::fill(text::kImportIgnoredColumns, {options.file, names}) << '\n';
        }
        if (!file.problems.empty()) {
            for (const exchange::ImportProblem& p : file.problems)
                std::cerr << (p.row > 0 ? options.file + ": " : "") << exchange::formatProblem(p)
                          << '\n';
            const auto problems = static_cast<long long>(file.problems.size());
            std::cerr << i18n::fill(text::kImportRefused,
                                    {options.file, i18n::count(text::kCliProblems, problems),
                                     options.project})
                      << '\n';
            return 1;
        }
        std::string how =
            file.encoding + ", " +
            (file.separator.empty() ? text::kImportXlsx.str()
                                    : i18n::fill(text::kImportSeparator, {file.separator}));
        if (options.dryRun) {
            std::printf("%s\n", i18n::fill(text::kImportDryRun,
                                           {options.file, applications(file.applications.size()),
                                            how, options.project})
                                    .c_str());
            int eligible = listApplications(project, file.applications);
            printEligible(eligible, file.applications.size());
            return 0;
        }
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
    try {
        project::Project project = project::Project::open(options.project);
        if (project.readOnly()) {
            std::cerr << "error: "
                      << i18n::fill(text::kImportReadOnlyOpen,
                                    {options.project, project.readOnlyReason()})
                      << '\n';
            return 1;
        }
        const std::size_t before = project.applications().size();
        std::string source = options.file.substr(options.file.find_last_of('/') + 1);
        project.apply(project::ImportApplications{file.applications, source});
        std::printf("%s\n",
                    i18n::fill(text::kImportDone,
                               {options.project, applications(file.applications.size()),
                                options.file, std::to_string(before + file.applications.size()),
                                project.undoDescription()})
                        .c_str());
        // The imported ones are the last in id order.
        std::vector<domain::Application> imported(
            project.applications().end() - static_cast<std::ptrdiff_t>(file.applications.size()),
            project.applications().end());
        int eligible = listApplications(project, imported);
        printEligible(eligible, imported.size());
        return 0;
    } catch (const project::ValidationError& e) {
        std::cerr << "error: "
                  << i18n::fill(text::kImportNothingImported, {options.project, e.what()}) << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

namespace {

std::string formatName(exchange::ExportFormat f) {
    switch (f) {
        case exchange::ExportFormat::GeoPackage:
            return text::kExportGpkg.str();
        case exchange::ExportFormat::GeoJson:
            return text::kExportGeoJson.str();
        case exchange::ExportFormat::Csv:
            return text::kExportCsv.str();
        case exchange::ExportFormat::Xlsx:
            return text::kXlsxExportName.str();
    }
    return "";
}

}  // namespace

int exportApplications(const std::string& project, const exchange::ExportOptions& options) {
    try {
        project::Project p = project::Project::open(project, project::OpenOptions{true, ""});
        exchange::ExportSummary s = exchange::exportApplications(p, options);
        std::printf("%s\n", i18n::fill(text::kExportWrote,
                                       {options.out, applications(s.applications),
                                        std::to_string(s.sites), formatName(s.format),
                                        options.withContacts ? text::kExportContactsIn.str()
                                                             : text::kExportContactsOut.str()})
                                .c_str());
        const i18n::Str& attribution = s.format == exchange::ExportFormat::Csv
                                           ? text::kExportAttributionCsv
                                           : text::kExportAttributionFile;
        std::printf("%s\n", i18n::fill(attribution, {s.attribution}).c_str());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

int writeTemplate(const TemplateOptions& options) {
    try {
        std::optional<project::Project> p;
        if (options.project)
            p.emplace(project::Project::open(*options.project, project::OpenOptions{true, ""}));
        const exchange::TemplateSummary s =
            exchange::writeImportTemplate(p ? &*p : nullptr, options.out);
        std::string lists;
        for (const std::string& l : s.lists) lists += (lists.empty() ? "" : ", ") + l;
        std::printf("%s\n", i18n::fill(text::kXlsxTemplateWrote, {options.out, lists}).c_str());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli
