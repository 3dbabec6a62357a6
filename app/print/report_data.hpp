#pragma once
// Inside the decision report (not for other modules): what the report shows, gathered once
// (report.cpp) and laid out on the pages (report_pages.cpp).

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "app/decision/pipeline.hpp"
#include "app/print/map_sheet.hpp"
#include "app/project/project.hpp"

namespace print::detail {

// Everything the report shows, gathered from the project once and used by both passes.
struct ReportData {
    explicit ReportData(const project::Project& p) : project(p) {}
    const project::Project& project;
    // From decision::decide, as every view has them: input, ranking, recommendation, the set
    // to show (the recorded choice, else the recommendation).
    decision::DecisionInput input;
    decision::ProjectRanking ranking;
    std::optional<decision::RankingProblem> problem;
    bool rankable = false;
    std::vector<std::int64_t> recommendation;  // ids, ascending; empty when none
    decision::ShownSet shown;
    std::string sha256;  // of the file, or of the newest audit entry when onServer
    bool onServer = false;
    std::string dateIso;
    std::string createDate;  // the PDF's creation date, ISO 8601 with the UTC offset
    std::string fileName;
    std::string attribution;
    bool anonymous = false;
    std::vector<std::string> memberNames;  // parallel to committee().members
    std::optional<MapSheet> sheet;
};

// The report as PDF bytes and its page count; `totalPages` is the count of a first pass
// (0: not known yet) for "Seite N von M".
std::pair<std::string, int> renderPdf(const ReportData& d, int totalPages);

}  // namespace print::detail
