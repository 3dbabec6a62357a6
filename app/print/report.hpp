#pragma once
// The decision report: one A4 PDF that documents how the committee chose (issue 5 §3), and a
// CSV of every score.
//
// The PDF holds, in the current language (i18n::language()): the call; every application with
// its formal eligibility and the reasons; the committee, each member's scores per application
// and criterion with the aggregates and conflicts of interest; the weights and decision
// settings; the ranking of the sets with their Verteilung measures; the sensitivity result
// (rank acceptability with the settings' seed, stability ranges); the recommended and the
// chosen set with the committee's reason; the map sheet of that set; the date, the program
// version and the SHA-256 of the project file. Every page carries "Seite N von M" and the
// boundaries' attribution.
//
// Personal contact data of the applications (contact person, e-mail, phone, and the address
// fields street, postcode and town) is never written, neither to the PDF nor to the CSV.
//
// The scores CSV (UTF-8 with BOM, ';', decimal comma, as the rank CSV) has two blocks, each
// with its header, separated by an empty line:
//   nr;title;criterion;member;score;recused
//       one row per application × member × scored criterion, every application of the
//       project; score empty where the member has not scored, recused "ja"/"nein"
//   nr;title;criterion;aggregate;spread;raters
//       per eligible application with a site (the ranked candidates) and scored criterion the
//       aggregate (the settings' mean or median), the spread (max − min) and the number of
//       members who scored it; then a row with criterion "merit": the weighted merit
// Criteria by their stable keys (decision::criterionKey). Cells that start with = + - @, tab
// or carriage return get a leading apostrophe, so a spreadsheet never reads them as a formula;
// cells with ';', '"' or a line break are quoted.

#include <optional>
#include <string>

#include "app/project/project.hpp"

namespace print {

struct ReportOptions {
    std::string out;                       // the PDF to write
    std::optional<std::string> scoresCsv;  // default: defaultScoresCsvPath(out)
    bool anonymous = false;                // members as "Mitglied 1, 2, …" (names and roles left out)
    std::optional<std::string> dateIso;    // the report's date "YYYY-MM-DD"; nullopt: today
    bool mapPage = true;                   // the map sheet page (tests of the text leave it out)
};

struct ReportResult {
    std::string pdf;
    std::string csv;
    int pages = 0;
};

// "<dir>/<stem>-bewertungen.csv" next to the PDF "<dir>/<stem>.pdf".
std::string defaultScoresCsvPath(const std::string& pdf);
// The name the window proposes: "<project dir>/<project stem>-bericht-<YYYY-MM-DD>.pdf".
std::string defaultReportPath(const std::string& project, const std::string& dateIso);
// The program version (CMake's project version), e.g. "0.1.0".
const char* programVersion();

// Writes the PDF and the CSV. Reads the project only (a project opened read-only is enough)
// and hashes its file as it is on disk. Both files are written completely or neither is
// (fileio::AtomicOutput, committed together); a path naming a device, folder or FIFO is
// refused, a symbolic link's file is replaced. Throws std::runtime_error naming the file when
// one cannot be written (fileio::OutputError), or when either would replace the project file.
ReportResult writeReport(const project::Project& project, const ReportOptions& options);

// The scores CSV as text (see above).
std::string scoresCsv(const project::Project& project, bool anonymous);

}  // namespace print
