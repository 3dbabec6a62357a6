// The decision report's pages: title, call, applications, committee and scores, settings,
// ranking, sensitivity, decision, the map sheet; decorated with page numbers.
#include "app/print/report_data.hpp"
#include "app/print/report.hpp"

#include <cairo-pdf.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cmath>
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
#include "app/store/sha256.hpp"

#ifndef BK_VERSION
#define BK_VERSION "unknown"
#endif

namespace print::detail {
namespace {

namespace text = i18n::text;
using decision::Criterion;
using decision::kCriteria;
using i18n::fill;

constexpr std::size_t kMaxSetsListed = 40;

std::string decimal(double x, int decimals) { return i18n::formatDecimal(x, decimals); }
std::string percentOf(double share, int decimals = 1) {
    return i18n::formatPercent(100 * share, decimals);
}


std::string memberName(const ReportData& d, std::int64_t id) {
    const auto& members = d.project.committee().members;
    for (std::size_t i = 0; i < members.size(); ++i)
        if (members[i].id == id) return d.memberNames[i];
    return "#" + std::to_string(id);
}

std::string nrOf(const project::Project& project, std::int64_t id) {
    const domain::Application* a = project.find(id);
    return a ? a->nr : "#" + std::to_string(id);
}

std::string setNrs(const ReportData& d, const decision::RankedSet& set) {
    std::string name;
    for (std::size_t m : set.members) name += (name.empty() ? "" : " + ") + d.input.nrs[m];
    return name;
}

// "B-01 „Title“ (Düren)" for each application of the set, one per line.
std::string describeIds(const project::Project& project, const std::vector<std::int64_t>& ids) {
    std::string out;
    for (std::int64_t id : ids) {
        if (!out.empty()) out += "\n";
        const domain::Application* a = project.find(id);
        if (!a) {
            out += "#" + std::to_string(id);
            continue;
        }
        out += fill(text::kRepApplicationLine,
                    {a->nr, a->title, project.map().municipalityName(a->municipalityAgs)});
    }
    return out;
}

std::string regionName(const ReportData& d, int region) {
    const auto& names = d.input.settings.regionNames;
    return region >= 0 && static_cast<std::size_t>(region) < names.size()
               ? names[static_cast<std::size_t>(region)]
               : std::to_string(region + 1);
}

// ---- the pages

void decoratePage(cairo_t* cr, const ReportData& d, int page, int pages, double width,
                  double height) {
    const double margin = PageFlow::kMargin;
    const TextStyle small{7.5, false, 0.35};
    // Header: report title and the call (one line, cut at the margin), the date on the right.
    const std::string head = std::string(text::kRepTitle) + " · " + d.project.call().title;
    const TextBlock headBlock(cr, head, small, width - 2 * margin - 120);
    headBlock.drawLine(cr, 0, margin, 34 - small.size * 0.98);
    TextBlock(cr, i18n::formatIsoDate(d.dateIso), small, 0)
        .drawLine(cr, 0, width - margin, 34 - small.size * 0.98, Align::Right);
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, margin, 40);
    cairo_line_to(cr, width - margin, 40);
    cairo_stroke(cr);

    // Footer: attribution (licence: on every page, the map's too) and "Seite N von M".
    const TextStyle footer{small.size, false, 0.2};
    const std::string pageText =
        pages > 0 ? fill(text::kRepPageOf, {std::to_string(page), std::to_string(pages)})
                  : fill(text::kRepPageOf, {std::to_string(page), "?"});
    const TextBlock pageBlock(cr, pageText, footer, 0);
    std::string foot = d.attribution;
    if (d.project.isExample()) foot += " · " + std::string(text::kExampleData);
    const TextBlock footBlock(cr, foot, footer, width - 2 * margin - pageBlock.width() - 20);
    cairo_move_to(cr, margin, height - 44);
    cairo_line_to(cr, width - margin, height - 44);
    cairo_stroke(cr);
    const double footTop = height - 32 - footer.size * 0.98;
    for (int i = 0; i < footBlock.lines(); ++i)
        footBlock.drawLine(cr, i, margin, footTop + i * footer.size * 1.3);
    pageBlock.drawLine(cr, 0, width - margin, footTop, Align::Right);
}

void titleBlock(PageFlow& flow, const ReportData& d) {
    flow.bookmark(text::kRepTitle.str(), 1);
    flow.paragraph(text::kRepTitle.str(), TextStyle{20, true, 0});
    flow.paragraph(d.project.call().title, TextStyle{13, false, 0.15});
    if (d.project.isExample()) flow.paragraph(text::kExampleData.str(), TextStyle{11, true, 0.6});
    flow.space(6);
    flow.keyValues({{text::kRepProjectFile.str(), d.fileName},
                    {text::kRepDate.str(), i18n::formatIsoDate(d.dateIso)},
                    {text::kRepVersion.str(), std::string(text::kAppName) + " " + BK_VERSION},
                    {text::kRepMembersLabel.str(),
                     d.anonymous ? text::kRepAnonymousNote.str()
                                 : i18n::count(text::kRepMembersCount,
                                             static_cast<long long>(d.project.committee().members.size()))}});
    flow.paragraph((d.onServer ? text::kRepChainHead : text::kRepSha).str(), TextStyle{9.5, true, 0.25});
    flow.paragraph(d.sha256, TextStyle{8.5, false, 0});
    flow.paragraph((d.onServer ? text::kRepChainHeadHint : text::kRepShaHint).str(), TextStyle{8, false, 0.35});

    // The outcome in two lines, details in section 7.
    // Named as the map sheet names them: "Empfohlene Auswahl", "Beschlossene Auswahl".
    std::vector<std::pair<std::string, std::string>> outcome;
    if (!d.recommendation.empty())
        outcome.push_back({text::kSheetRecommendedSet.str(),
                           decision::setNrs(d.project.state(), d.recommendation)});
    if (d.shown.kind == decision::ShownKind::Choice)
        outcome.push_back({text::kSheetChosenSet.str(),
                           decision::setNrs(d.project.state(), d.shown.applications)});
    else
        outcome.push_back({text::kSheetChosenSet.str(), text::kRepNoChoice.str()});
    flow.space(4);
    flow.keyValues(outcome);
}

void callSection(PageFlow& flow, const ReportData& d) {
    const domain::CallSettings& call = d.project.call();
    flow.heading(std::string("1  ") + text::kRepSectionCall, 1);
    const domain::Date& dl = call.deadline;
    std::string criteria;
    for (std::size_t i = 0; i < call.criteria.size(); ++i)
        criteria += (i ? "\n" : "") + std::to_string(i + 1) + ". " + call.criteria[i];
    flow.keyValues({
        {text::kRepCallTitle.str(), call.title},
        {text::kDeadline.str(),
         i18n::formatDate(static_cast<int>(dl.year()), static_cast<int>(unsigned(dl.month())),
                          static_cast<int>(unsigned(dl.day()))) +
             " (" + call.deadlineRule + ")"},
        {text::kRepPlaces.str(), std::to_string(call.placesFunded)},
        {text::kRepMaterial.str(), i18n::formatEuro(call.materialEurPerPlace)},
        {text::kRepConsulting.str(), i18n::formatEuro(call.consultingEurPerPlace)},
        {text::kRepFundingPerPlace.str(),
         i18n::formatEuro(call.materialEurPerPlace + call.consultingEurPerPlace)},
        {text::kFundingTerms.str(), call.fundingTerms},
        {text::kEligibleApplicants.str(), call.applicants},
        {text::kCriteria.str(), criteria},
    });
}

void applicationsSection(PageFlow& flow, const ReportData& d) {
    flow.heading(std::string("2  ") + text::kRepSectionApplications, 1);
    const auto& apps = d.project.applications();
    std::size_t eligible = 0;
    Table t;
    t.columns = {{text::kNr.str(), 0.7},
                 {text::kFieldTitle.str(), 2.6},
                 {text::kFieldApplicant.str(), 1.9},
                 {text::kMunicipality.str(), 1.3},
                 {text::kRepEligibleCol.str(), 1.0},
                 {text::kRepReasons.str(), 2.6}};
    for (const domain::Application& a : apps) {
        const domain::Eligibility e = domain::assessEligibility(d.project.state(), a);
        if (e.eligible()) ++eligible;
        t.rows.push_back({a.nr, a.title, a.applicant,
                          d.project.map().municipalityName(a.municipalityAgs),
                          e.eligible() ? text::kYes.str() : text::kNo.str(),
                          e.eligible() ? "–" : i18n::eligibilitySummary(e)});
    }
    flow.paragraph(i18n::count(
        text::kRepApplicationsSummary, static_cast<long long>(apps.size()),
        {i18n::formatInteger(static_cast<long long>(eligible)),
         i18n::count(text::kRepTakingPart, static_cast<long long>(d.input.candidates.size()))}));
    if (!apps.empty()) flow.table(t);
    flow.paragraph(text::kRepNoContacts.str(), TextStyle{8, false, 0.35});
}

void committeeSection(PageFlow& flow, const ReportData& d) {
    const domain::Committee& committee = d.project.committee();
    const domain::DecisionSettings& s = d.input.settings;
    flow.heading(std::string("3  ") + text::kRepSectionCommittee, 1);

    // Members.
    if (committee.members.empty()) {
        flow.paragraph(text::kRepNoMembers.str());
    } else {
        Table members;
        members.columns = {{text::kRepMember.str(), 1.5}};
        if (!d.anonymous) members.columns.push_back({text::kRepRole.str(), 2});
        members.columns.push_back({text::kRepScoresGiven.str(), 0.8, true});
        for (std::size_t i = 0; i < committee.members.size(); ++i) {
            std::size_t given = 0;
            for (const decision::Score& sc : committee.scores)
                if (sc.member == committee.members[i].id) ++given;
            std::vector<std::string> row{d.memberNames[i]};
            if (!d.anonymous) row.push_back(committee.members[i].role);
            row.push_back(std::to_string(given));
            members.rows.push_back(row);
        }
        if (d.anonymous) flow.paragraph(text::kRepAnonymousNote.str(), TextStyle{8.5, false, 0.3});
        flow.table(members);
    }
    std::string summary =
        fill(text::kRepScoresSummary,
             {i18n::count(text::kRepMembersN, static_cast<long long>(d.input.members)),
              i18n::count(text::kRepCountingScores, static_cast<long long>(d.input.scoreCount))});
    if (d.input.kendallW)
        summary += " " + fill(text::kRepKendall, {decimal(*d.input.kendallW, 2)});
    flow.paragraph(summary);
    if (d.input.scoreCount == 0) flow.paragraph(text::kRepNoScores.str());

    // Conflicts of interest.
    flow.heading(text::kRepRecusals.str(), 2);
    if (committee.recusals.empty()) {
        flow.paragraph(text::kRepNoRecusals.str());
    } else {
        std::string list;
        for (const decision::Recusal& r : committee.recusals)
            list += (list.empty() ? "" : "\n") +
                    fill(text::kRepRecusalLine,
                         {memberName(d, r.member), nrOf(d.project, r.application)});
        flow.paragraph(list);
    }

    // Each member's scores per candidate and criterion, with the aggregate and the spread.
    flow.heading(text::kRepScoresTitle.str(), 2);
    flow.paragraph(fill(text::kRepScoresIntro,
                        {s.aggregation.method == decision::Aggregation::Mean
                             ? text::kRepMean.str()
                             : text::kRepMedian.str()}),
                   TextStyle{8.5, false, 0.3});
    for (std::size_t i = 0; i < d.input.candidates.size(); ++i) {
        const decision::Candidate& c = d.input.candidates[i];
        const domain::Application* a = d.project.find(c.id);
        Table t;
        t.columns = {{text::kRepCriterion.str(), 2.4}};
        for (const std::string& name : d.memberNames) t.columns.push_back({name, 1, true});
        t.columns.push_back({text::kRepAggregate.str(), 1, true});
        t.columns.push_back({text::kRepSpread.str(), 0.8, true});
        for (int k = 1; k < kCriteria; ++k) {
            const auto crit = static_cast<Criterion>(k);
            std::vector<std::string> row{i18n::criterionShortLabel(crit)};
            for (const decision::Member& m : committee.members) {
                if (committee.recused(m.id, c.id)) {
                    row.push_back(text::kRepRecusedCell.str());
                    continue;
                }
                const auto v = committee.score(m.id, c.id, crit);
                row.push_back(v ? std::to_string(*v) : "–");
            }
            const auto& agg = d.input.aggregates[i];
            row.push_back(agg.score[k] ? decimal(*agg.score[k], 2) : "–");
            row.push_back(agg.score[k] ? decimal(agg.spread[k], 0) : "–");
            t.rows.push_back(row);
        }
        std::vector<std::string> merit{text::kMerit.str()};
        for (std::size_t m = 0; m < committee.members.size(); ++m) merit.push_back("");
        merit.push_back(decimal(decision::candidateMerit(c, s.weights), 2));
        merit.push_back("");
        t.rows.push_back(merit);
        t.boldRows.assign(t.rows.size(), false);
        t.boldRows.back() = true;
        flow.keepTogether(24 + flow.tableHeight(t));
        flow.heading(fill(text::kRepApplicationLine,
                          {c.nr, a ? a->title : "", d.input.municipalityNames[i]}),
                     3);
        flow.table(t);
    }

    // The aggregates side by side: a column per application (at most eight per table), a row
    // per criterion.
    constexpr std::size_t kPerTable = 8;
    for (std::size_t first = 0; first < d.input.candidates.size(); first += kPerTable) {
        const std::size_t last = std::min(first + kPerTable, d.input.candidates.size());
        Table t;
        t.fontSize = 8;
        t.columns = {{"", 2.2}};
        for (std::size_t i = first; i < last; ++i) t.columns.push_back({d.input.nrs[i], 1, true});
        std::vector<std::string> municipality{text::kMunicipality.str()};
        std::vector<std::string> region{text::kRepRegion.str()};
        for (std::size_t i = first; i < last; ++i) {
            municipality.push_back(d.input.municipalityNames[i]);
            region.push_back(regionName(d, d.input.candidates[i].region));
        }
        t.rows = {municipality, region};
        for (int k = 1; k < kCriteria; ++k) {
            std::vector<std::string> row{i18n::criterionShortLabel(static_cast<Criterion>(k))};
            for (std::size_t i = first; i < last; ++i) {
                const auto& v = d.input.aggregates[i].score[k];
                row.push_back(v ? decimal(*v, 2) : "–");
            }
            t.rows.push_back(row);
        }
        std::vector<std::string> merit{text::kMerit.str()}, raters{text::kRepRaters.str()};
        for (std::size_t i = first; i < last; ++i) {
            merit.push_back(decimal(decision::candidateMerit(d.input.candidates[i], s.weights), 2));
            raters.push_back(std::to_string(d.input.aggregates[i].raters));
        }
        t.rows.push_back(merit);
        t.rows.push_back(raters);
        t.boldRows.assign(t.rows.size(), false);
        t.boldRows[t.rows.size() - 2] = true;
        if (first == 0) {
            flow.keepTogether(40 + flow.tableHeight(t));
            flow.heading(text::kRepAggregatesTitle.str(), 2);
        }
        flow.table(t);
    }
    // The applications left out of the selection, and why (in the report's language; the
    // decision input's reasons are German, for the command line).
    std::set<std::int64_t> candidates;
    for (const decision::Candidate& c : d.input.candidates) candidates.insert(c.id);
    std::string list;
    for (const domain::Application& a : d.project.applications()) {
        if (candidates.count(a.id)) continue;
        const domain::Eligibility e = domain::assessEligibility(d.project.state(), a);
        const std::string reason =
            e.eligible() ? text::kNoSiteSet.str() : text::kStatusIneligible + (": " + i18n::eligibilitySummary(e));
        list += (list.empty() ? "" : "\n") + fill(text::kRepLeftOut, {a.nr, reason});
    }
    if (!list.empty()) flow.paragraph(list, TextStyle{8.5, false, 0.2});
}

void settingsSection(PageFlow& flow, const ReportData& d) {
    const domain::DecisionSettings& s = d.input.settings;
    flow.heading(std::string("4  ") + text::kRepSectionSettings, 1);
    const decision::Weights w = decision::normalised(s.weights);
    Table t;
    t.columns = {{text::kRepCriterion.str(), 4}, {text::kRepWeight.str(), 1, true}};
    for (int k = 0; k < kCriteria; ++k)
        t.rows.push_back({i18n::criterionLabel(static_cast<Criterion>(k)), percentOf(w[k])});
    flow.table(t);
    std::string aggregation = s.aggregation.method == decision::Aggregation::Mean
                                  ? text::kRepMean.str()
                                  : text::kRepMedian.str();
    if (s.aggregation.zNormalise) aggregation += ", " + text::kRepZNormalised.str();
    flow.keyValues({
        {text::kRepPlaces.str(), std::to_string(d.input.places)},
        {text::kRepBasis.str(), s.basis == decision::VerteilungBasis::Coverage
                                    ? fill(text::kRepBasisCoverage, {decimal(s.radiusKm, 1)})
                                    : text::kRepBasisDistance.str()},
        {text::kRepRadius.str(), decimal(s.radiusKm, 1) + " km"},
        {text::kRepAggregation.str(), aggregation},
        {text::kRepSampling.str(),
         s.sampling == decision::Sampling::Uniform
             ? fill(text::kRepSamplingUniform,
                    {i18n::formatInteger(s.samples), std::to_string(s.seed)})
             : fill(text::kRepSamplingAround, {i18n::formatInteger(s.samples),
                                               std::to_string(s.seed),
                                               decimal(s.plusMinusPercent, 0)})},
        {text::kRepRegionsLabel.str(),
         s.regions.empty() ? text::kRepRegionsThirds.str() : text::kRepRegionsOwn.str()},
    });
}

void rankingSection(PageFlow& flow, const ReportData& d) {
    if (d.problem) {
        // The one text of a ranking problem (too few municipalities or too many sets).
        flow.heading(std::string("5  ") + text::kRepSectionRanking, 1);
        flow.paragraph(i18n::rankingProblemText(*d.problem));
        return;
    }
    const auto& ranked = d.ranking.ranked;
    // Past the enumeration the covering solver lists the best sets, each with its gap.
    const bool solved = d.ranking.method == decision::RankingMethod::Solver;
    Table t;
    t.fontSize = 7.5;
    t.columns = {{text::kRepRank.str(), 0.5, true},   {text::kRepSet.str(), 1.6},
                 {text::kColMerit.str(), 1, true},     {text::kColCoverage.str(), 1, true},
                 {text::kRepReached.str(), 1, true},   {text::kRepMinDistance.str(), 1, true},
                 {text::kRepRegions.str(), 1, true},   {text::kCritSpreadShort.str(), 1, true},
                 {text::kTotal.str(), 1, true},        {text::kColAcceptability.str(), 1, true},
                 {solved ? text::kColGap.str() : text::kRepPareto.str(), 1, true}};
    for (std::size_t i = 0; i < ranked.size() && i < kMaxSetsListed; ++i) {
        const decision::RankedSet& s = ranked[i];
        t.rows.push_back({std::to_string(s.rank), setNrs(d, s), decimal(s.merit, 2),
                          percentOf(s.measures.coverageShare),
                          i18n::formatInteger(std::llround(d.ranking.coveredPopulation[i])),
                          decimal(s.measures.minDistanceKm, 1) + " km",
                          std::to_string(s.measures.regions), decimal(s.verteilung, 2),
                          decimal(s.total, 2), percentOf(s.acceptability),
                          solved ? (s.gap ? i18n::formatPercent(100 * *s.gap, 2) : "–")
                                 : (s.pareto ? text::kYes.str() : "")});
    }
    // The heading and the introduction stay with the table.
    flow.keepTogether(90 + flow.tableHeight(t));
    flow.heading(std::string("5  ") + text::kRepSectionRanking, 1);
    flow.paragraph(fill(text::kRepRankingIntro,
                        {std::to_string(ranked.size()), i18n::formatInteger(std::llround(
                                                            d.ranking.population))}),
                   TextStyle{8.5, false, 0.2});
    if (solved)
        flow.paragraph(
            fill(text::kMethodSolver,
                 {i18n::formatInteger(static_cast<long long>(d.ranking.solver.units)),
                  std::to_string(ranked.size()),
                  i18n::formatInteger(static_cast<long long>(std::min<std::uint64_t>(
                      decision::admissibleSetCount(d.input.candidates, d.input.places),
                      INT64_MAX)))}) +
                "; " +
                (d.ranking.solver.optimal ? text::kSolverOptimal.str()
                                          : text::kSolverNotOptimal.str()),
            TextStyle{8.5, false, 0.2});
    flow.table(t);
    if (ranked.size() > kMaxSetsListed)
        flow.paragraph(i18n::count(text::kRepMoreSets, static_cast<long long>(ranked.size() - kMaxSetsListed)),
                       TextStyle{8.5, false, 0.3});
}

void sensitivitySection(PageFlow& flow, const ReportData& d) {
    if (!d.rankable || d.ranking.ranked.empty()) {
        flow.heading(std::string("6  ") + text::kRepSectionSensitivity, 1);
        flow.paragraph(text::kRepNoSensitivity.str());
        return;
    }
    const domain::DecisionSettings& s = d.input.settings;
    std::vector<const decision::RankedSet*> byShare;
    for (const decision::RankedSet& set : d.ranking.ranked)
        if (set.acceptability > 0) byShare.push_back(&set);
    std::stable_sort(byShare.begin(), byShare.end(), [](const auto* a, const auto* b) {
        return a->acceptability > b->acceptability;
    });
    if (byShare.size() > kMaxSetsListed) byShare.resize(kMaxSetsListed);  // the most acceptable
    Table t;
    t.columns = {{text::kRepSet.str(), 2}, {text::kRepRank.str(), 0.8, true},
                 {text::kAcceptability.str(), 1.2, true}};
    for (const decision::RankedSet* set : byShare)
        t.rows.push_back({setNrs(d, *set), std::to_string(set->rank),
                          percentOf(set->acceptability)});
    flow.keepTogether(80 + flow.tableHeight(t));
    flow.heading(std::string("6  ") + text::kRepSectionSensitivity, 1);
    flow.paragraph(s.sampling == decision::Sampling::Uniform
                       ? fill(text::kRepAcceptabilityUniform,
                              {i18n::formatInteger(s.samples), std::to_string(s.seed)})
                       : fill(text::kRepAcceptabilityAround,
                              {i18n::formatInteger(s.samples), std::to_string(s.seed),
                               decimal(s.plusMinusPercent, 0)}));
    if (d.ranking.method == decision::RankingMethod::Solver) {
        flow.paragraph(fill(text::kSolverSamples,
                            {i18n::formatInteger(d.ranking.solver.samplesDone),
                             i18n::formatInteger(d.ranking.solver.samplesWanted)}));
        if (!d.ranking.solver.stabilityComplete)
            flow.paragraph(text::kSolverStabilityIncomplete.str());
    }
    if (!t.rows.empty()) flow.table(t);

    flow.paragraph(fill(text::kRepStabilityIntro, {setNrs(d, d.ranking.ranked.front())}));
    Table r;
    r.columns = {{text::kRepCriterion.str(), 3},
                 {text::kRepWeightNow.str(), 1, true},
                 {text::kRepFrom.str(), 1, true},
                 {text::kRepTo.str(), 1, true}};
    for (int k = 0; k < kCriteria; ++k) {
        const decision::WeightRange& range = d.ranking.stability[k];
        r.rows.push_back({i18n::criterionLabel(static_cast<Criterion>(k)),
                          percentOf(range.current), percentOf(range.lower),
                          percentOf(range.upper)});
    }
    flow.table(r);
}

void decisionSection(PageFlow& flow, const ReportData& d) {
    const auto& choice = d.project.committee().choice;
    std::vector<std::pair<std::string, std::string>> rows;
    const std::vector<std::int64_t>& recommended = d.recommendation;
    if (d.rankable && !d.ranking.ranked.empty()) {
        const decision::RankedSet& best = d.ranking.ranked.front();
        rows.push_back({text::kSheetRecommendedSet.str(), describeIds(d.project, recommended)});
        rows.push_back({"", fill(text::kRepRecommendedFacts,
                                 {decimal(best.total, 2), decimal(best.merit, 2),
                                  percentOf(best.measures.coverageShare),
                                  percentOf(best.acceptability)})});
    } else {
        rows.push_back({text::kSheetRecommendedSet.str(), text::kRepNoRecommendation.str()});
    }
    if (!choice) {
        rows.push_back({text::kSheetChosenSet.str(), text::kRepNoChoice.str()});
        flow.keepTogether(40 + flow.keyValuesHeight(rows, 170));
        flow.heading(std::string("7  ") + text::kRepSectionDecision, 1);
        flow.keyValues(rows, 170);
        return;
    }
    rows.push_back({text::kSheetChosenSet.str(), describeIds(d.project, d.shown.applications)});
    if (choice->applications == choice->recommended) {
        rows.push_back({text::kReason.str(), choice->reason.empty()
                                                 ? text::kRepFollowed.str()
                                                 : text::kRepFollowed.str() + " " + choice->reason});
    } else {
        rows.push_back({text::kRepRecommendedThen.str(),
                        describeIds(d.project, choice->recommended)});
        rows.push_back({text::kReason.str(), choice->reason});
    }
    std::vector<std::int64_t> recordedRecommendation = choice->recommended;
    std::sort(recordedRecommendation.begin(), recordedRecommendation.end());
    if (!recommended.empty() && recordedRecommendation != recommended)
        rows.push_back({"", text::kRepRecommendationChanged.str()});
    // The heading, the recommendation, the choice and the reason on one page.
    flow.keepTogether(40 + flow.keyValuesHeight(rows, 170));
    flow.heading(std::string("7  ") + text::kRepSectionDecision, 1);
    flow.keyValues(rows, 170);
}

int renderReport(cairo_t* cr, const ReportData& d, int totalPages) {
    PageFlow flow(
        cr,
        [&d](cairo_t* c, int page, int pages, double w, double h) {
            decoratePage(c, d, page, pages, w, h);
        },
        totalPages);
    titleBlock(flow, d);
    callSection(flow, d);
    applicationsSection(flow, d);
    committeeSection(flow, d);
    settingsSection(flow, d);
    rankingSection(flow, d);
    sensitivitySection(flow, d);
    decisionSection(flow, d);
    if (d.sheet) {
        flow.fullPage(
            [&d](cairo_t* c, double x, double y, double w, double h) {
                cairo_translate(c, x, y);
                drawMapSheet(c, w, h, *d.sheet);
            },
            true, text::kRepMapBookmark.str());
    }
    return flow.finish();
}

// The document information a file manager, a PDF viewer or a document archive shows.
void setMetadata(cairo_surface_t* surface, const ReportData& d) {
    const domain::CallSettings& call = d.project.call();
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE,
                                   (std::string(text::kRepTitle) + " – " + call.title).c_str());
    // The office that ran the call; the call's contact is all the project knows of it.
    if (!call.contact.empty())
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, call.contact.c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT,
                                   fill(text::kRepPdfSubject, {call.title}).c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS,
                                   fill(text::kRepPdfKeywords, {call.title}).c_str());
    cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR,
                                   (std::string("Begegnungskarte ") + BK_VERSION).c_str());
    if (!d.createDate.empty())
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE,
                                       d.createDate.c_str());
}

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// Lays the report out into a PDF in memory; returns the bytes and the page count.
}  // namespace

std::pair<std::string, int> renderPdf(const ReportData& d, int totalPages) {
    std::string bytes;
    SurfacePtr surface(
        cairo_pdf_surface_create_for_stream(appendToString, &bytes, kA4Width, kA4Height));
    checkCairo(cairo_surface_status(surface.get()), "PDF");
    setMetadata(surface.get(), d);
    int pages = 0;
    {
        ContextPtr cr(cairo_create(surface.get()));
        pages = renderReport(cr.get(), d, totalPages);
        checkCairo(cairo_status(cr.get()), "report");
    }
    cairo_surface_finish(surface.get());
    checkCairo(cairo_surface_status(surface.get()), "PDF");
    return {std::move(bytes), pages};
}

}  // namespace print::detail
