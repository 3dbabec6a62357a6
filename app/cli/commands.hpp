#pragma once
// The command-line commands. Each takes its parsed options, does the work through the
// libraries, prints messages, and returns the process exit code (0 on success).

#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/exchange/application_export.hpp"
#include "app/exchange/boundary_import.hpp"

namespace CLI {
class App;
}  // namespace CLI

namespace store {
struct CopyReport;
}  // namespace store

namespace cli {

// "beispiel.gpkg → postgresql://…: 6 Bewerbungen, 15 Kommunen, 40 Protokolleinträge".
std::string describeCopy(const store::CopyReport& report);

// The committee's edits, through the same actions as the window (committee_commands.cpp):
//   member add PROJECT --name N [--role R]
//   score PROJECT --member N --application B-01 --criterion akteure --value 4
//   score PROJECT --csv FILE      (member;application;criterion;value; all rows or none)
//   reveal PROJECT
//   choose PROJECT --set B-01,B-08 [--reason "..."] [--member NAME]
// The constructor registers the commands on `app`; run() carries out the one given, returning
// its exit code (0; 1 for a refused edit or bad input, with the problem; 2 for wrong usage),
// or nullopt when none of them was given.
class CommitteeCommands {
  public:
    explicit CommitteeCommands(CLI::App& app);
    ~CommitteeCommands();
    std::optional<int> run() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};


// The text after "error: " for a failure: the exception's message, except for the library's
// bare words ("std::bad_alloc", "stoi"), which are said in words a user can act on.
std::string describeError(const std::exception& e);

int importBoundaries(const exchange::BoundaryImportOptions& options);

struct SnapshotOptions {
    std::string project;
    std::string out;
    int width = 1920;
    int height = 1080;
    std::optional<std::string> extent;  // "minx,miny,maxx,maxy" in EPSG:25832 metres
    bool labels = true;
    bool decorations = true;      // the scale bar; the attribution is always drawn (licence)
    double scale = 0;             // style scale (1 = screen pixels); 0 picks one from the size
    float lineWidth = 0;          // municipality outlines in px at scale 1; 0 = default
    float districtLineWidth = 0;  // district outline; 0 = default
    bool timings = false;         // print the time of each phase to stderr
    // Municipality colours: "gemeinden" (qualitative), "bewerbungen" (applications per
    // municipality) or "erreicht" (share within r of the shown set); nullopt: the project's
    // current thematic layer (print::SheetTheme). Sites and the selected set (the recorded
    // choice, else the recommendation) are always drawn.
    std::optional<std::string> theme;
    // A map sheet (title, legends, scale bar, north arrow, ...) instead of the map alone.
    bool sheet = false;
    // A paper size (print::kPaperSizes: "A4-quer", "A4-hoch", "A3-quer", "A3-hoch") instead of
    // width × height: a PNG of the paper's pixels at `dpi`, a PDF/SVG page of its points.
    std::optional<std::string> paper;
    // With paper: 300 or 150 (print::kPaperDpis); nullopt: 300. Recorded in the PNG's pHYs.
    std::optional<int> dpi;
};

int snapshot(const SnapshotOptions& options);

// Checks a project file and its audit chain; prints what is wrong. 0 when all holds.
int verify(const std::string& project);

// Copies a project file into a schema on a PostgreSQL/PostGIS server (store/publish.hpp), and
// a project on a server into a new project file. Print what was copied; 0 on success.
int publish(const std::string& project, const std::string& to, bool replace);
int pull(const std::string& address, const std::string& out);

// Sends the edits made in a pulled copy back to the project on the server (project/push.hpp),
// listing what is sent and every conflict by its key. 0 when pushed (or nothing to push, or a
// dry run without open conflicts); 3 when conflicts are open (nothing written); 2 when a
// resolution names no conflict; 1 on errors.
// The draft of a funded place's cooperation agreement as a PDF (default name
// kooperationsvertrag-NR.pdf in the working folder); 0 when written.
int agreement(const std::string& project, const std::string& place, const std::string& out);
// Prints the decision note: the committee's words, or the draft from the figures; with
// `textFile` records the file's text as the committee's words, with `clear` goes back to the draft.
struct NoteOptions {
    std::string project;
    std::string textFile;
    bool clear = false;
    std::string user;
};
int decisionNote(const NoteOptions& options);

struct PushCommandOptions {
    std::string copy;
    std::string to;    // empty: where the copy was pulled from
    std::string user;  // empty: the member of the database role, else the system user
    bool dryRun = false;
    std::string take;  // "mine", "theirs" or empty
    std::vector<std::string> mine, theirs;  // conflict keys resolved one way or the other
};
int push(const PushCommandOptions& options);

// Writes the example project (see store/demo.hpp) from a Kreis Düren boundary project.
int demo(const std::string& boundaries, const std::string& out);

struct ImportApplicationsOptions {
    std::string project;  // the project GeoPackage
    std::string file;     // CSV or XLSX after data/bewerbungen-vorlage.csv
    bool dryRun = false;  // check and list what would be imported; write nothing
};

// Reads the file against the project (exchange::readApplicationFile). Any problem: every one is
// printed to stderr as "FILE: row N, column X: problem", nothing is imported, exit 1. Otherwise
// imports all rows as one project::ImportApplications action (one transaction, one audit entry)
// and lists them with their eligibility; with dryRun only lists them. A project that cannot be
// written (read-only file, open in another instance) is left alone with exit 1.
int importApplications(const ImportApplicationsOptions& options);

// Exports the applications of `project` (opened read-only, so the window may have it open) to
// options.out in the format its extension names (store/application_export.hpp); prints what
// was written and the attribution. 1 with a message naming the file on any failure.
int exportApplications(const std::string& project, const exchange::ExportOptions& options);

struct TemplateOptions {
    std::optional<std::string> project;  // its municipalities make the Kommune list
    std::string out;                     // the .xlsx to write
};

// Writes the XLSX import template with drop-down lists (exchange::writeImportTemplate); the
// project, when given, is opened read-only. 1 with a message naming the file on any failure.
int writeTemplate(const TemplateOptions& options);

struct RankOptions {
    std::string project;
    std::string format = "table";       // table, csv or json
    std::optional<double> radiusKm;     // default: the project's decision settings (10 km)
    std::optional<int> samples;         // sensitivity draws; default: the settings' (10,000)
    std::optional<std::uint64_t> seed;  // default: the settings' (1)
};

// Ranks the admissible sets of `project` (opened read-only): the eligible applications with
// their aggregated scores, then every set with merit, coverage share, shortest distance,
// regions, total, rank, acceptability and Pareto front, and the recommended set's weight
// ranges. JSON schema: see rank_command.cpp and the README. Exit 1 with a message when fewer
// municipalities have an eligible application than a set needs places, or the file fails.
int rank(const RankOptions& options);

struct ReportOptions {
    std::string project;
    std::string out;                       // the PDF
    std::optional<std::string> scoresCsv;  // default: <stem>-bewertungen.csv next to the PDF
    bool anonymous = false;                // members as "Mitglied 1, 2, …"
};

// Writes the decision report (print/report.hpp) of `project`, opened read-only, and the scores
// CSV. Exit 1 with a message naming the file when the project cannot be read or a file cannot
// be written; the project is never changed.
int report(const ReportOptions& options);

}  // namespace cli
