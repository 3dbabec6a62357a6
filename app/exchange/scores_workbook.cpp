#include "app/exchange/scores_workbook.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/project/project.hpp"

namespace exchange {

namespace {

namespace text = i18n::text;
using decision::Criterion;
using decision::kCriteria;
using i18n::fill;

xlsx::Column col(const i18n::Str& header, double width) {
    return {header.str(), width, xlsx::ColumnKind::General};
}

xlsx::Cell yesNo(bool v) {
    return xlsx::text(v ? text::kXlsxYes.str() : text::kXlsxNo.str());
}

std::string setName(const decision::DecisionInput& in, const decision::RankedSet& s) {
    std::string name;
    for (std::size_t m : s.members) name += (name.empty() ? "" : " + ") + in.nrs[m];
    return name;
}

xlsx::Sheet scoresSheet(const project::Project& project, bool anonymous) {
    const domain::Committee& committee = project.committee();
    xlsx::Sheet sheet;
    sheet.name = text::kXlsxSheetScores.str();
    sheet.columns = {col(text::kXlsxColNr, 14),     col(text::kXlsxColTitle, 40),
                     col(text::kXlsxColCriterion, 16), col(text::kXlsxColMember, 24),
                     col(text::kXlsxColScore, 10),  col(text::kXlsxColRecused, 10)};
    for (const domain::Application& a : project.applications())
        for (std::size_t m = 0; m < committee.members.size(); ++m)
            for (int k = 1; k < kCriteria; ++k) {
                const auto crit = static_cast<Criterion>(k);
                const auto v = committee.score(committee.members[m].id, a.id, crit);
                const std::string member = anonymous
                                               ? fill(text::kRepMemberN, {std::to_string(m + 1)})
                                               : committee.members[m].name;
                sheet.rows.push_back(
                    {xlsx::text(a.nr), xlsx::text(a.title),
                     xlsx::text(decision::criterionKey(crit)), xlsx::text(member),
                     v ? xlsx::number(*v, 0) : xlsx::Cell{},
                     yesNo(committee.recused(committee.members[m].id, a.id))});
            }
    return sheet;
}

xlsx::Sheet aggregatesSheet(const project::Project& project, const decision::DecisionInput& in) {
    const domain::Committee& committee = project.committee();
    xlsx::Sheet sheet;
    sheet.name = text::kXlsxSheetAggregates.str();
    sheet.columns = {col(text::kXlsxColNr, 14),        col(text::kXlsxColTitle, 40),
                     col(text::kXlsxColCriterion, 16), col(text::kXlsxColAggregate, 16),
                     col(text::kXlsxColSpread, 12),    col(text::kXlsxColRaters, 12)};
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
            sheet.rows.push_back({xlsx::text(in.nrs[i]), xlsx::text(title),
                                  xlsx::text(decision::criterionKey(crit)),
                                  agg.score[k] ? xlsx::number(*agg.score[k], 4) : xlsx::Cell{},
                                  agg.score[k] ? xlsx::number(agg.spread[k], 4) : xlsx::Cell{},
                                  xlsx::number(raters, 0)});
        }
        sheet.rows.push_back(
            {xlsx::text(in.nrs[i]), xlsx::text(title), xlsx::text("merit"),
             xlsx::number(decision::candidateMerit(in.candidates[i], in.settings.weights), 4),
             xlsx::Cell{}, xlsx::number(static_cast<double>(agg.raters), 0)});
    }
    return sheet;
}

xlsx::Sheet rankingSheet(const decision::Outcome& outcome) {
    const decision::DecisionInput& in = outcome.input;
    const decision::ProjectRanking& r = outcome.ranking;
    xlsx::Sheet sheet;
    sheet.name = text::kXlsxSheetRanking.str();
    sheet.columns = {col(text::kXlsxColRank, 8),         col(text::kXlsxColSet, 28),
                     col(text::kXlsxColMerit, 10),       col(text::kXlsxColCoverage, 18),
                     col(text::kXlsxColCovered, 20),     col(text::kXlsxColMinDistance, 20),
                     col(text::kXlsxColRegions, 10),     col(text::kXlsxColVerteilung, 12),
                     col(text::kXlsxColTotal, 10),       col(text::kXlsxColAcceptability, 12),
                     col(text::kXlsxColPareto, 10)};
    for (std::size_t i = 0; i < r.ranked.size(); ++i) {
        const decision::RankedSet& s = r.ranked[i];
        sheet.rows.push_back(
            {xlsx::number(s.rank, 0), xlsx::text(setName(in, s)), xlsx::number(s.merit, 4),
             xlsx::number(s.measures.coverageShare, 6),
             i < r.coveredPopulation.size() ? xlsx::number(r.coveredPopulation[i], 0)
                                            : xlsx::Cell{},
             xlsx::number(s.measures.minDistanceKm, 3), xlsx::number(s.measures.regions, 0),
             xlsx::number(s.verteilung, 4), xlsx::number(s.total, 6),
             r.acceptabilityComputed ? xlsx::number(s.acceptability, 4) : xlsx::Cell{},
             yesNo(s.pareto)});
    }
    return sheet;
}

xlsx::Sheet decisionSheet(const project::Project& project, const decision::Outcome& outcome) {
    const domain::Committee& committee = project.committee();
    xlsx::Sheet sheet;
    sheet.name = text::kXlsxSheetDecision.str();
    sheet.columns = {col(text::kXlsxColWhat, 28), col(text::kXlsxColValue, 60)};
    auto row = [&](std::string what, xlsx::Cell value) {
        sheet.rows.push_back({xlsx::text(std::move(what)), std::move(value)});
    };
    const std::string none = text::kXlsxDecisionNone.str();
    if (outcome.problem) row(text::kXlsxDecisionProblem.str(), xlsx::text(none));
    row(text::kXlsxDecisionRecommended.str(),
        xlsx::text(outcome.recommendation.empty()
                       ? none
                       : decision::setNrs(project.state(), outcome.recommendation)));
    row(text::kXlsxDecisionChosen.str(),
        xlsx::text(committee.choice ? decision::setNrs(project.state(), committee.choice->applications)
                                    : none));
    row(text::kXlsxDecisionReason.str(),
        xlsx::text(committee.choice ? committee.choice->reason : std::string()));
    const decision::Weights& w = committee.settings.weights;
    for (int k = 0; k < kCriteria; ++k)
        row(text::kXlsxColWeight.str() + " " + decision::criterionKey(static_cast<Criterion>(k)),
            xlsx::number(w[static_cast<std::size_t>(k)], 4));
    row(text::kXlsxRadiusKm.str(), xlsx::number(committee.settings.radiusKm, 2));
    return sheet;
}

}  // namespace

bool isXlsxPath(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext == ".xlsx";
}

xlsx::Workbook scoresWorkbook(const project::Project& project, bool anonymous,
                              const decision::Outcome& outcome) {
    xlsx::Workbook book;
    book.sheets.push_back(scoresSheet(project, anonymous));
    book.sheets.push_back(aggregatesSheet(project, outcome.input));
    book.sheets.push_back(rankingSheet(outcome));
    book.sheets.push_back(decisionSheet(project, outcome));
    book.title = fill(text::kXlsxScoresTitle, {project.call().title});
    book.creator = "Begegnungskarte";
    return book;
}

}  // namespace exchange
