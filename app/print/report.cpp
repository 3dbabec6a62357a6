#include "app/print/report.hpp"

#include "app/print/report_data.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <stdexcept>
#include <system_error>

#include "app/i18n/format.hpp"
#include "app/exchange/csv_writer.hpp"
#include "app/exchange/scores_workbook.hpp"
#include "app/io/output_file.hpp"
#include "app/i18n/strings.hpp"
#include "app/print/cairo_handles.hpp"
#include "app/print/map_sheet.hpp"
#include "app/print/page_layout.hpp"
#include "app/exchange/demo.hpp"
#include "app/i18n/display_labels.hpp"
#include "app/domain/eligibility.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/decision/pipeline.hpp"
#include "app/i18n/ranking_text.hpp"
#include "app/store/open_store.hpp"
#include "app/store/pg_db.hpp"
#include "app/store/sha256.hpp"

#ifndef BK_VERSION
#define BK_VERSION "unknown"
#endif

namespace print {
namespace {

namespace text = i18n::text;
using decision::Criterion;
using decision::kCriteria;
using detail::renderPdf;
using detail::ReportData;
using i18n::fill;

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot read the project file");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string csvDecimal(double x, int decimals) {
    return i18n::formatDecimal(x, decimals, i18n::Lang::De);
}

std::vector<std::string> memberNames(const project::Project& project, bool anonymous) {
    std::vector<std::string> names;
    const auto& members = project.committee().members;
    for (std::size_t i = 0; i < members.size(); ++i)
        names.push_back(anonymous ? fill(text::kRepMemberN, {std::to_string(i + 1)})
                                  : members[i].name);
    return names;
}

// The local time now as "YYYY-MM-DDThh:mm:ss+hh:mm" (cairo's form of a PDF date).
std::string nowIso8601() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &local);
    // Minutes east of UTC; real zones lie within a day, which keeps the two fields at two digits.
    const int offset = static_cast<int>(std::clamp<long>(local.tm_gmtoff / 60, -1439, 1439));
    char zone[8];
    std::snprintf(zone, sizeof zone, "%c%02d:%02d", offset < 0 ? '-' : '+', std::abs(offset) / 60,
                  std::abs(offset) % 60);
    return std::string(buffer) + zone;
}

}  // namespace

const char* programVersion() { return BK_VERSION; }

std::string defaultScoresCsvPath(const std::string& pdf) {
    std::filesystem::path p(pdf);
    std::filesystem::path csv = p.parent_path() / (p.stem().string() + "-bewertungen.csv");
    return csv.string();
}

std::string defaultReportPath(const std::string& project, const std::string& dateIso) {
    // A project on a server has no folder: the report goes to the working folder, named by the
    // project's schema.
    if (store::isServerLocation(project))
        return (std::filesystem::current_path() /
                (store::pg::parseAddress(project).schema + "-bericht-" + dateIso + ".pdf"))
            .string();
    std::filesystem::path p(project);
    return (p.parent_path() / (p.stem().string() + "-bericht-" + dateIso + ".pdf")).string();
}

std::string scoresCsv(const project::Project& project, bool anonymous) {
    const domain::Committee& committee = project.committee();
    const std::vector<std::string> names = memberNames(project, anonymous);
    // The report's CSV always had "\n" line ends; the cells follow exchange::csvCell.
    exchange::CsvWriter csv(exchange::CsvFormat{';', true, "\n"});
    csv.row({"nr", "title", "criterion", "member", "score", "recused"});
    for (const domain::Application& a : project.applications())
        for (std::size_t m = 0; m < committee.members.size(); ++m)
            for (int k = 1; k < kCriteria; ++k) {
                const auto crit = static_cast<Criterion>(k);
                const auto v = committee.score(committee.members[m].id, a.id, crit);
                csv.row({a.nr, a.title, decision::criterionKey(crit), names[m],
                         v ? std::to_string(*v) : "",
                         committee.recused(committee.members[m].id, a.id) ? "ja" : "nein"});
            }
    const decision::DecisionInput in = decision::decisionInput(project.state());
    csv.endRow();
    csv.row({"nr", "title", "criterion", "aggregate", "spread", "raters"});
    for (std::size_t i = 0; i < in.candidates.size(); ++i) {
        const domain::Application* a = project.find(in.candidates[i].id);
        const std::string title = a ? a->title : "";
        const decision::ApplicationAggregate& agg = in.aggregates[i];
        for (int k = 1; k < kCriteria; ++k) {
            const auto crit = static_cast<Criterion>(k);
            int raters = 0;
            for (const decision::Member& m : committee.members)
                if (!committee.recused(m.id, in.candidates[i].id) &&
                    committee.score(m.id, in.candidates[i].id, crit))
                    ++raters;
            csv.row({in.nrs[i], title, decision::criterionKey(crit),
                     agg.score[k] ? csvDecimal(*agg.score[k], 4) : "",
                     agg.score[k] ? csvDecimal(agg.spread[k], 4) : "", std::to_string(raters)});
        }
        csv.row({in.nrs[i], title, "merit",
                 csvDecimal(decision::candidateMerit(in.candidates[i], in.settings.weights), 4), "",
                 std::to_string(agg.raters)});
    }
    return csv.text();
}

ReportResult writeReport(const project::Project& project, const ReportOptions& options) {
    if (options.out.empty()) throw std::runtime_error("no output file given");
    ReportResult result;
    result.pdf = options.out;
    result.csv = options.scoresCsv ? *options.scoresCsv : defaultScoresCsvPath(options.out);
    // The files the outputs would replace (a symbolic link is followed): never the project.
    for (const std::string& out : {result.pdf, result.csv}) {
        std::error_code ec;
        if (std::filesystem::equivalent(fileio::resolveOutputTarget(out), project.path(), ec))
            throw std::runtime_error(project.path() +
                                     ": the report must not replace the project file");
    }
    // Both temporary files exist before the slow part: a path that cannot be written is named
    // at once. Either both files replace their targets or neither does.
    fileio::AtomicOutput pdfOut(result.pdf), csvOut(result.csv);

    ReportData d(project);
    decision::Outcome outcome = decision::decide(project.state());
    // The scores as a workbook when the file asks for one (exchange/scores_workbook.hpp).
    const std::string scoresXlsx =
        exchange::isXlsxPath(result.csv)
            ? exchange::xlsx::workbookBytes(
                  exchange::scoresWorkbook(project, options.anonymous, outcome), result.csv)
            : std::string();
    d.input = std::move(outcome.input);
    d.ranking = std::move(outcome.ranking);
    d.problem = outcome.problem;
    d.rankable = !outcome.problem;
    d.recommendation = std::move(outcome.recommendation);
    d.shown = std::move(outcome.shown);
    // What the report was made from: the file's SHA-256, or for a project on a server the hash
    // of the newest audit entry (it covers the whole chain before it; `verify` checks it).
    d.onServer = store::isServerLocation(project.path());
    if (d.onServer) {
        const std::vector<project::AuditEntry> log = project.auditLog();
        d.sha256 = log.empty() ? std::string(64, '0') : log.back().hash;
    } else {
        d.sha256 = store::sha256Hex(readFile(project.path()));
    }
    d.dateIso = options.dateIso ? *options.dateIso : todayIso();
    d.createDate = nowIso8601();
    d.fileName = d.onServer ? project.path() : std::filesystem::path(project.path()).filename().string();
    d.attribution = project.map().attribution();
    d.anonymous = options.anonymous;
    d.memberNames = memberNames(project, options.anonymous);
    if (options.mapPage) {
        MapSheetOptions sheetOptions;
        sheetOptions.dateIso = d.dateIso;
        sheetOptions.set = d.shown;  // the set the report names, not a second ranking
        d.sheet = mapSheetFor(project, sheetOptions);
    }

    // Two passes: the first counts the pages for "Seite N von M".
    const int pages = renderPdf(d, 0).second;
    auto [pdf, pagesAgain] = renderPdf(d, pages);
    result.pages = pagesAgain;
    pdfOut.write(pdf);
    csvOut.write(scoresXlsx.empty() ? scoresCsv(project, options.anonymous) : scoresXlsx);
    fileio::commitAll({&pdfOut, &csvOut});
    return result;
}

}  // namespace print
