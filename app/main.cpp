// Begegnungskarte: the command line. Parses options and hands them to one library call per
// command; with no command it opens the map window.

#include "app/io/large_pages.hpp"
#include <CLI/CLI.hpp>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <iostream>

#include "app/cli/commands.hpp"
#include "app/cli/full_program.hpp"
#include "app/cli/progress.hpp"
#include "app/cli/usage_error.hpp"
#include "app/cli/version.hpp"
#include "app/i18n/language.hpp"
#include "app/i18n/strings.hpp"
#include "app/print/paper.hpp"
// The window's options are plain values (ui/map_window.hpp needs no GLFW or ImGui); only a
// build with the window links the code that runs it (BK_WITH_WINDOW, app/CMakeLists.txt).
#include "app/ui/map_window.hpp"
#include "app/ui/window_session.hpp"

namespace {

// Exit codes as GDAL's tools and most Unix programs use them: 0 success, 1 failure of the work,
// 2 a usage error (unknown option, missing value or argument). CLI11 has its own codes
// (105-109); they are mapped here so scripts can tell a typo from a failed run.
constexpr int kExitUsage = 2;

// CLI::Range lets "nan" through (every comparison with NaN is false): numbers must be finite.
const CLI::Validator kFinite(
    [](std::string& text) -> std::string {
        char* end = nullptr;
        const double v = std::strtod(text.c_str(), &end);
        if (end == text.c_str() || *end != '\0' || !std::isfinite(v))
            return "'" + text + "' is not a finite number";
        return {};
    },
    "NUMBER");

// CLI11 reads "-1" into an unsigned number as its two's complement and clamps "2^64" to the
// largest: a seed must be written as the number it is.
const CLI::Validator kWholeNumber(
    [](std::string& text) -> std::string {
        char* end = nullptr;
        errno = 0;
        (void)std::strtoull(text.c_str(), &end, 10);
        if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos ||
            errno == ERANGE)
            return "'" + text + "' is not a whole number from 0 to 18446744073709551615";
        return {};
    },
    "0..18446744073709551615");

int run(int argc, char** argv) {
    CLI::App app{"Begegnungskarte – Orte der Begegnung im Kreis Düren"};
    app.require_subcommand(0, 1);
    // "begegnungskarte 0.1.0", then the versions of GDAL, PROJ, GEOS and SQLite as loaded (the
    // man page is made from --help and --version by help2man at build time).
    app.set_version_flag("--version", [] { return cli::versionText(); },
                         "Print the version and those of GDAL, PROJ, GEOS, SQLite, then exit");

    ui::WindowOptions window;
    // A project file, or a project on a server (postgresql://HOST/DB?schema=NAME).
    const CLI::Validator projectLocation(
        [](std::string& location) -> std::string {
            if (location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0) return {};
            return CLI::ExistingFile(location);
        },
        "FILE|postgresql://…");
    app.add_option("project", window.project, "Project file (GeoPackage) or postgresql:// address to open")
        ->check(projectLocation);
    auto* width = app.add_option("--width", window.width, "Window width (default: maximized)")
                      ->check(CLI::Range(320, 16384));
    auto* height = app.add_option("--height", window.height, "Window height (default: maximized)")
                       ->check(CLI::Range(240, 16384));
    app.add_option("--frames", window.frames, "Render N frames, then close (tests)")
        ->check(CLI::NonNegativeNumber);
    app.add_option("--screenshot", window.screenshot, "With --frames: save the window as PNG");
    app.add_option("--dump-text", window.textDump,
                   "With --frames: write the text shown in the last frame (tests)");
    // Presentation start states (override the remembered settings for this run).
    app.add_flag("--map-only", window.mapOnly, "Start in the map-only view (F5; Esc leaves it)");
    app.add_flag("--fullscreen", window.fullscreen, "Start in full screen (F11)");
    std::string uiTheme;
    app.add_option("--ui-theme", uiTheme, "Window theme: light (default, projector) or dark")
        ->check(CLI::IsMember({"light", "dark"}));
    float uiScale = 0;
    auto* uiScaleOption =
        app.add_option("--ui-scale", uiScale, "Size of text and controls (1 = 20 px text)")
            ->check(kFinite)
            ->check(CLI::Range(0.5, 3.0));
    // Global: the window's language and that of the maps, sheets and reports the commands write.
    // Every command takes it too ("snapshot P --out f.pdf --lang en"), added below; no
    // fallthrough, which would hand a command's unknown option to the window's arguments.
    std::string lang;
    app.add_option("--lang", lang, "Language of the window and the exports: de (default) or en")
        ->check(CLI::IsMember({"de", "en"}));

    exchange::BoundaryImportOptions import;
    auto* imp =
        app.add_subcommand("import-boundaries", "Build a project file from VG250 boundaries");
    imp->add_option("--municipalities", import.municipalities,
                    "VG250 municipalities (any GDAL source with AGS, GEN, BEZ, GF)")
        ->required();
    imp->add_option("--districts", import.districts,
                    "VG250 districts, for the district outline and its neighbours");
    imp->add_option("--district-key", import.districtKey,
                    "AGS prefix of the area: 05358 a district, 05 a Land, 05358004 a "
                    "municipality; DE or none: all of Germany");
    imp->add_option("--population", import.population, "Population CSV (ags;name;population)");
    imp->add_option("--out", import.out, "GeoPackage to write")->required();
    imp->add_option("--stand", import.stand, "Edition date of the boundaries, YYYY-MM-DD");
    auto* overwrite = imp->add_flag(
        "--overwrite", import.overwrite,
        "Replace an existing output file (refused while it is open; a backup is kept)");
    imp->add_flag("--discard-applications", import.discardApplications,
                  "With --overwrite: replace a project that holds applications, committee data, "
                  "a decision or an audit log")
        ->needs(overwrite);

    cli::SnapshotOptions snap;
    bool noLabels = false, noDecorations = false;
    auto* sn = app.add_subcommand("snapshot", "Render the map into a PNG, PDF or SVG without a window");
    sn->add_option("project", snap.project, "Project file (GeoPackage)")->required();
    sn->add_option("--out", snap.out, "File to write: .png, .pdf or .svg")->required();
    sn->add_flag("--sheet", snap.sheet,
                 "A map sheet: title, legend, scale bar, north arrow, attribution, date, stamp");
    auto* snapWidth = sn->add_option("--width", snap.width, "Image width in pixels (up to 7680)");
    auto* snapHeight =
        sn->add_option("--height", snap.height, "Image height in pixels (up to 4320)");
    std::vector<std::string> paperNames;
    for (const print::PaperSize& p : print::kPaperSizes) paperNames.emplace_back(p.name);
    auto* snapPaper =
        sn->add_option("--paper", snap.paper,
                       "Paper size instead of --width/--height: A4-quer, A4-hoch, A3-quer or "
                       "A3-hoch (a PNG at --dpi, a PDF/SVG page in points)")
            ->check(CLI::IsMember(paperNames, CLI::ignore_case))
            ->excludes(snapWidth)
            ->excludes(snapHeight);
    sn->add_option("--dpi", snap.dpi,
                   "With --paper: pixels per inch of the PNG, 300 (default) or 150; recorded in "
                   "the PNG (pHYs) like the 96 dpi of screen-size PNGs")
        ->check(CLI::IsMember({150, 300}))
        ->needs(snapPaper);
    sn->add_option("--extent", snap.extent, "minx,miny,maxx,maxy in EPSG:25832 metres");
    sn->add_option("--scale", snap.scale, "Size of lines and text relative to a Full HD screen")
        ->check(kFinite)
        ->check(CLI::Range(0.1, 20.0));
    sn->add_flag("--no-labels", noLabels, "Leave out the municipality names");
    sn->add_flag("--no-decorations", noDecorations, "Leave out the scale bar");
    sn->add_option("--line-width", snap.lineWidth, "Municipality outlines in pixels (at scale 1)")
        ->check(kFinite)
        ->check(CLI::Range(0.25, 20.0));
    sn->add_option("--district-line-width", snap.districtLineWidth,
                   "District outline in pixels (at scale 1)")
        ->check(kFinite)
        ->check(CLI::Range(0.25, 40.0));
    sn->add_option("--theme", snap.theme,
                   "Municipality colours: gemeinden, bewerbungen (applications per "
                   "municipality) or erreicht (reached by the shown set); default: the project's "
                   "current layer");
    sn->add_flag("--timings", snap.timings, "Print the time of each phase to stderr");

    std::string verifyPath;
    auto* ver = app.add_subcommand("verify", "Check a project file and its audit log chain");
    ver->add_option("project", verifyPath, "Project file (GeoPackage)")->required();

    std::string publishProject, publishTo;
    bool publishReplace = false;
    auto* pub = app.add_subcommand("publish", "Copy a project file into a schema of a PostgreSQL/PostGIS database, for a committee working from several desks");
    pub->add_option("project", publishProject, "Project file (GeoPackage)")->required();
    pub->add_option("--to", publishTo, "Target: postgresql://HOST/DATABASE?schema=NAME")->required();
    pub->add_flag("--replace", publishReplace, "Replace a project already published in that schema");

    std::string pullFrom, pullOut;
    auto* pul = app.add_subcommand("pull", "Copy a project from PostgreSQL/PostGIS into a new project file (GeoPackage)");
    pul->add_option("address", pullFrom, "Source: postgresql://HOST/DATABASE?schema=NAME")->required();
    pul->add_option("--out", pullOut, "The new project file (.gpkg)")->required();

    cli::PushCommandOptions pushOptions;
    auto* psh = app.add_subcommand("push", "Send the edits made in a pulled copy back to the project on the server; conflicts are listed and resolved explicitly");
    psh->add_option("copy", pushOptions.copy, "The copy (.gpkg) made with pull")->required();
    psh->add_option("--to", pushOptions.to, "The project on the server; default: the one the copy was pulled from");
    psh->add_flag("--dry-run", pushOptions.dryRun, "List what would be sent and the conflicts; change nothing");
    psh->add_option("--take", pushOptions.take, "Resolve every conflict: mine (the copy's value) or theirs (the server's)")
        ->check(CLI::IsMember({"mine", "theirs"}));
    psh->add_option("--mine", pushOptions.mine, "Resolve the conflict with this key by the copy's value (repeatable)");
    psh->add_option("--theirs", pushOptions.theirs, "Resolve the conflict with this key by the server's value (repeatable)");
    psh->add_option("--user", pushOptions.user, "Who pushes, for the audit log; default: the member of the database role, else the system user");

    std::string agreementProject, agreementPlace, agreementOut;
    auto* agr = app.add_subcommand("agreement", "Write the draft cooperation agreement of a funded place as a PDF (German)");
    agr->add_option("project", agreementProject, "Project file or postgresql:// address")->required();
    agr->add_option("--place", agreementPlace, "The funded place's Nr (B-01)")->required();
    agr->add_option("--out", agreementOut, "PDF to write; default: kooperationsvertrag-NR.pdf");

    cli::NoteOptions noteOptions;
    auto* nte = app.add_subcommand("note", "Print the decision note (the committee's words, or the draft from the figures)");
    nte->add_option("project", noteOptions.project, "Project file or postgresql:// address")->required();
    nte->add_option("--text-file", noteOptions.textFile, "Record this text file as the committee's words");
    nte->add_flag("--clear", noteOptions.clear, "Remove the committee's words: the draft is used again");
    nte->add_option("--user", noteOptions.user, "Who records it, for the audit log");

    std::string demoOut, demoFrom;
    auto* dem = app.add_subcommand("demo", "Write the example project with fictional applications");
    dem->add_option("--out", demoOut, "Project file to write")->required();
    dem->add_option("--from", demoFrom, "Kreis Düren boundary project (from import-boundaries)")
        ->required();

    cli::ImportApplicationsOptions importApps;
    auto* ia = app.add_subcommand("import-applications",
                                  "Import applications from a CSV or XLSX file (all or nothing)");
    ia->add_option("project", importApps.project, "Project file (GeoPackage)")->required();
    ia->add_option("file", importApps.file,
                   "CSV or XLSX with the columns of data/bewerbungen-vorlage.csv")
        ->required();
    ia->add_flag("--dry-run", importApps.dryRun,
                 "Check the file and list what would be imported; change nothing");

    std::string exportProject;
    exchange::ExportOptions exportOptions;
    auto* ex = app.add_subcommand(
        "export",
        "Export applications and sites as GeoPackage, GeoJSON, CSV or XLSX (by --out's extension)");
    ex->add_option("project", exportProject, "Project file (GeoPackage)")->required();
    ex->add_option("--out", exportOptions.out, "File to write: .gpkg, .geojson, .csv or .xlsx")
        ->required();
    ex->add_flag("--with-contacts", exportOptions.withContacts,
                 "Include the personal contact data (Ansprechperson, E-Mail, Telefon)");

    cli::TemplateOptions templateOptions;
    auto* tp = app.add_subcommand(
        "template", "Write the XLSX import template with drop-down lists for the fixed values");
    tp->add_option("project", templateOptions.project,
                   "Project file (GeoPackage); its municipalities make the Kommune list");
    tp->add_option("--out", templateOptions.out, "XLSX file to write")->required();

    cli::RankOptions rankOptions;
    auto* rk = app.add_subcommand(
        "rank", "Rank the sets of places: applications, merit, Verteilung, acceptability");
    rk->add_option("project", rankOptions.project, "Project file (GeoPackage)")->required();
    rk->add_option("--format", rankOptions.format, "table (default), csv or json")
        ->check(CLI::IsMember({"table", "csv", "json"}));
    rk->add_option("--radius-km", rankOptions.radiusKm,
                   "Coverage radius in km (default: the project's setting, 10)")
        ->check(kFinite)
        ->check(CLI::Range(0.1, 100.0));
    rk->add_option("--samples", rankOptions.samples,
                   "Weightings drawn for the acceptability (default 10000)")
        ->check(CLI::Range(0, 10000000));
    rk->add_option("--seed", rankOptions.seed, "Seed of the draws (default 1)")->check(kWholeNumber);

    cli::ReportOptions reportOptions;
    auto* rp = app.add_subcommand(
        "report", "Write the decision report (PDF) and a CSV of all scores");
    rp->add_option("project", reportOptions.project, "Project file (GeoPackage)")->required();
    rp->add_option("--out", reportOptions.out, "PDF file to write")->required();
    rp->add_option("--scores-csv", reportOptions.scoresCsv,
                   "CSV of all scores, or an XLSX with one sheet per table when it ends in "
                   ".xlsx (default: <stem>-bewertungen.csv next to the PDF)");
    rp->add_flag("--anonymous", reportOptions.anonymous,
                 "Members as \"Mitglied 1, 2, ...\" instead of their names");

    cli::CommitteeCommands committee(app);  // member add, score, reveal, choose

    // Global, as in GDAL's tools: progress of long work (import-boundaries, snapshot, report)
    // on stderr when it is a terminal; -q/--quiet never, --progress also on a pipe or file.
    bool quiet = false, forceProgress = false;
    const char* quietHelp = "No progress output (-q wins over --progress)";
    const char* progressHelp = "Show progress on stderr also when it is no terminal";
    app.add_flag("-q,--quiet", quiet, quietHelp);
    app.add_flag("--progress", forceProgress, progressHelp);
    for (CLI::App* command : app.get_subcommands({})) {
        command->add_option("--lang", lang, "Language of the maps, sheets and reports: de or en")
            ->check(CLI::IsMember({"de", "en"}));
        command->add_flag("-q,--quiet", quiet, quietHelp);
        command->add_flag("--progress", forceProgress, progressHelp);
    }
    // A usage error is said in the language the arguments ask for, found before parsing.
    cli::languageFromArguments(argc, argv);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version are "errors" too, with exit code 0: they print (CLI11's English
        // help) and end.
        if (e.get_exit_code() == 0) return app.exit(e);
        std::cerr << "error: " << cli::describeUsageError(app, e) << '\n';
        return kExitUsage;
    }
    cli::setProgressChoice(cli::progressChoiceFor(quiet, forceProgress));
    // Large buffers on huge pages (app/io/large_pages.hpp), for the commands and the window.
    fileio::preferLargePages(std::size_t{1} << 30);
    if (!lang.empty()) {
        i18n::setLanguage(i18n::parseLanguage(lang));
        window.language = i18n::language();
    }

    if (*rk) return cli::rank(rankOptions);
    if (*rp) return cli::report(reportOptions);
    if (std::optional<int> code = committee.run()) return *code;

    if (*ver) return cli::verify(verifyPath);
    if (*pub) return cli::publish(publishProject, publishTo, publishReplace);
    if (*pul) return cli::pull(pullFrom, pullOut);
    if (*psh) return cli::push(pushOptions);
    if (*agr) return cli::agreement(agreementProject, agreementPlace, agreementOut);
    if (*nte) return cli::decisionNote(noteOptions);
    if (*dem) return cli::demo(demoFrom, demoOut);
    if (*ia) return cli::importApplications(importApps);
    if (*ex) return cli::exportApplications(exportProject, exportOptions);
    if (*tp) return cli::writeTemplate(templateOptions);

    if (*imp) return cli::importBoundaries(import);
    if (*sn) {
        snap.labels = !noLabels;
        snap.decorations = !noDecorations;
        return cli::snapshot(snap);
    }
#if BK_WITH_WINDOW
    window.maximized = !*width && !*height;
    if (!uiTheme.empty()) window.theme = ui::parseTheme(uiTheme);
    if (*uiScaleOption) window.uiScale = uiScale;
    // Without a project (or one that cannot be opened) the window opens on its start view.
    return ui::runWindowSession(window);
#else
    (void)width, (void)height, (void)uiScaleOption;
    std::cerr << "error: " << i18n::text::kCliNoWindow << '\n';
    return 1;
#endif
}

}  // namespace

int main(int argc, char** argv) {
    // The commands report their own failures; this catches what escapes them, so nobody sees
    // "terminate called after throwing" or a bare "std::bad_alloc".
    // GDAL's messages through our handler from the start, also in commands that never open a
    // GDAL source (GDAL's own handler would print "Warning 1: ..."); CPL_DEBUG=ON passes its
    // debug output through.
    cli::installLibraryMessageHandler();
    cli::rememberArguments(argc, argv);
    try {
        return run(argc, argv);
    } catch (const std::bad_alloc&) {
        std::cerr << "error: " << cli::describeError(std::bad_alloc()) << "\n";
    } catch (const std::exception& e) {
        std::cerr << "error: " << cli::describeError(e) << "\n";
    }
    return 1;
}
