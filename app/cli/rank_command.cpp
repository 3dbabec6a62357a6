// The `rank` command: ranks the admissible sets of places of a project and prints them as a
// table, CSV or JSON.
//
// JSON schema 1 (stable; new keys may be added, none renamed or removed without a new schema
// number). Numbers are rounded: shares and totals to 6 decimals, distances to 3.
// {
//   "schema": 1,
//   "project": "beispiel.gpkg",
//   "places": 2,                          // k, sets have this many applications
//   "radius_km": 10,
//   "population": 275392,                 // district population (sum of the municipalities)
//   "verteilung_basis": "coverage",       // or "distance"
//   "aggregation": "mean",                // or "median"
//   "z_normalise": false,
//   "weights": {"verteilung": 0.166667, "akteure": ..., "zusammensetzung": ..., "zielgruppen": ...,
//               "organisation": ..., "lage": ...},            // normalised to sum 1
//   "sensitivity": {"samples": 10000, "seed": 1, "sampling": "uniform",  // or "around_weights"
//                   "plus_minus_percent": 20},
//   "committee": {"members": 2, "scores": 40, "kendall_w": 0.8},          // kendall_w may be null
//   "applications": [                     // the eligible applications with a site, by id
//     {"nr": "B-01", "municipality": "Düren", "ags": "05358008", "region": "Mitte",
//      "scores": {"akteure": 3.5, ...},   // the aggregate per scored criterion; null: no score
//      "merit": 3.2,                      // weighted over the five, null scores counting as 0
//      "raters": 2}
//   ],
//   "excluded": [{"nr": "B-04", "reason": "nicht förderfähig: ..."}],
//   "method": "enumeration",              // or "solver": past 200,000 sets the best ones only
//   "solver": null,                       // or {"demand_units", "optimal", "samples_done",
//                                         //     "samples_wanted", "stability_complete"}
//   "sets": [                             // every admissible set (solver: the best), best first
//     {"applications": ["B-01", "B-07"], "merit": 3.1, "coverage_share": 0.61,
//      "covered_population": 168000, "min_distance_km": 23.4, "regions": 2,
//      "verteilung": 3.05, "total": 3.09, "rank": 1, "acceptability": 0.72, "pareto": true,
//      "gap": null}                      // solver: relative gap to the optimum (0 for the best)
//      // acceptability: null when not computed (--samples 0)
//   ],
//   "recommended": ["B-01", "B-07"],      // the first set
//   "chosen": ["B-01", "B-08"],           // the committee's recorded choice; null: none yet
//   "stability": {"verteilung": {"current": 0.1667, "lower": 0, "upper": 0.38}, ...}
// }

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "app/i18n/ranking_text.hpp"
#include "app/project/project.hpp"
#include "app/cli/commands.hpp"
#include "app/cli/text_table.hpp"
#include "app/exchange/csv_writer.hpp"
#include "app/decision/pipeline.hpp"
#include "app/i18n/display_labels.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"

namespace cli {

namespace {

using decision::DecisionInput;

using decision::Criterion;
using decision::kCriteria;

double rounded(double x, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(x * scale) / scale;
}

std::string setName(const DecisionInput& in, const decision::RankedSet& s,
                    const std::string& separator) {
    std::string name;
    for (std::size_t m : s.members) name += (name.empty() ? "" : separator) + in.nrs[m];
    return name;
}

std::string regionName(const DecisionInput& in, int region) {
    return region >= 0 && static_cast<std::size_t>(region) < in.settings.regionNames.size()
               ? in.settings.regionNames[region]
               : std::to_string(region + 1);
}

// The ranking comes from decision::decide, shared with the report, snapshot and the window.
using Result = decision::ProjectRanking;


std::string fixed(double x, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, x);
    return buffer;
}

const char* samplingName(decision::Sampling s) {
    return s == decision::Sampling::Uniform ? "uniform" : "around_weights";
}

std::string number(double x, int decimals) { return i18n::formatDecimal(x, decimals); }
std::string percentText(double share, int decimals = 1) {
    return i18n::formatPercent(100 * share, decimals);
}

// The terminal table in the user's language (the CSV and JSON below stay language-free).
void printTable(const RankOptions& o, const decision::Outcome& out,
                const domain::Committee& committee, const domain::ProjectState& state) {
    namespace t = i18n::text;
    using i18n::count;
    using i18n::fill;
    const DecisionInput& in = out.input;
    const Result& r = out.ranking;
    const domain::DecisionSettings& s = in.settings;
    const decision::Weights w = decision::normalised(s.weights);
    auto line = [](const std::string& text) { std::printf("%s\n", text.c_str()); };
    line(fill(t::kRankSummary,
              {o.project, count(t::kCliEligibleApplications, static_cast<long long>(in.candidates.size())),
               count(t::kMunicipalitiesCount, static_cast<long long>(in.candidateMunicipalities())),
               count(t::kCliPlaces, in.places),
               count(t::kCliSets, static_cast<long long>(r.ranked.size()))}));
    std::string weights;
    for (int c = 0; c < kCriteria; ++c)
        weights += std::string(c ? ", " : "") +
                   i18n::criterionShortLabel(static_cast<Criterion>(c)) + " " + percentText(w[c]);
    line(fill(t::kRankWeights, {weights}));
    const std::string aggregation =
        std::string(s.aggregation.method == decision::Aggregation::Mean ? t::kRankMean
                                                                        : t::kRankMedian) +
        (s.aggregation.zNormalise ? t::kRankZNormalised.c_str() : "");
    line(fill(s.basis == decision::VerteilungBasis::Coverage ? t::kRankBasisCoverage
                                                             : t::kRankBasisDistance,
              {number(s.radiusKm, 1), aggregation}));
    line(fill(t::kRankCommittee,
              {count(t::kCliMembers, static_cast<long long>(in.members)),
               count(t::kCliScores, static_cast<long long>(in.scoreCount))}) +
         (in.kendallW ? fill(t::kRankKendall, {number(*in.kendallW, 2)}) : ""));
    if (in.scoreCount == 0) line(t::kRankNoScores.str());

    std::printf("\n%s\n", t::kRankApplications.c_str());
    std::size_t nrWidth = 2, nameWidth = displayWidth(t::kRankMunicipality.str());
    for (std::size_t i = 0; i < in.candidates.size(); ++i) {
        nrWidth = std::max(nrWidth, displayWidth(in.nrs[i]));
        nameWidth = std::max(nameWidth, displayWidth(in.municipalityNames[i]));
    }
    const std::string meritHead = t::kRankMerit.str();
    std::string header = "  " + padded("Nr", nrWidth) + "  " +
                         padded(t::kRankMunicipality.str(), nameWidth) + "  " +
                         padded(t::kRankRegion.str(), 10);
    for (int c = 1; c < kCriteria; ++c)
        header += "  " + std::string(i18n::criterionShortLabel(static_cast<Criterion>(c)));
    header += "  " + meritHead + "  " + t::kRankRaters.str();
    line(header);
    for (std::size_t i = 0; i < in.candidates.size(); ++i) {
        std::string row = "  " + padded(in.nrs[i], nrWidth) + "  " +
                          padded(in.municipalityNames[i], nameWidth) + "  " +
                          padded(regionName(in, in.candidates[i].region), 10);
        for (int c = 1; c < kCriteria; ++c) {
            const auto& score = in.aggregates[i].score[c];
            row += "  " + padded(score ? number(*score, 2) : "–",
                                 displayWidth(i18n::criterionShortLabel(static_cast<Criterion>(c))));
        }
        row += "  " +
               padded(number(decision::candidateMerit(in.candidates[i], s.weights), 2),
                      displayWidth(meritHead)) +
               "  " + std::to_string(in.aggregates[i].raters);
        line(row);
    }
    for (const auto& [nr, reason] : in.excluded)
        line("  " + fill(t::kRankLeftOut, {padded(nr, nrWidth), reason}));

    std::printf("\n");
    if (r.acceptabilityComputed)
        line(fill(t::kRankSetsSampled,
                  {i18n::formatInteger(s.samples),
                   s.sampling == decision::Sampling::Uniform
                       ? t::kRankUniformly.str()
                       : fill(t::kRankWithin, {number(s.plusMinusPercent, 0)}),
                   std::to_string(s.seed)}));
    else
        line(t::kRankSetsNotSampled.str());
    const bool solved = r.method == decision::RankingMethod::Solver;
    const std::string allSets = i18n::formatInteger(
        static_cast<long long>(std::min<std::uint64_t>(
            decision::admissibleSetCount(in.candidates, in.places), INT64_MAX)));
    if (solved) {
        line(fill(t::kMethodSolver, {i18n::formatInteger(static_cast<long long>(r.solver.units)),
                                     std::to_string(r.ranked.size()), allSets}) +
             "; " + (r.solver.optimal ? t::kSolverOptimal.str() : t::kSolverNotOptimal.str()));
        if (r.acceptabilityComputed)
            line(fill(t::kSolverSamples, {i18n::formatInteger(r.solver.samplesDone),
                                          i18n::formatInteger(r.solver.samplesWanted)}));
        if (!r.solver.stabilityComplete) line(t::kSolverStabilityIncomplete.str());
    } else {
        line(fill(t::kMethodEnumeration, {allSets}));
    }
    std::size_t setWidth = displayWidth(t::kRankApplications.str());
    for (const decision::RankedSet& set : r.ranked)
        setWidth = std::max(setWidth, displayWidth(setName(in, set, " + ")));
    // Each column as wide as its heading in the current language, at least as its values.
    const std::vector<std::string> heads = {
        t::kRankColRank.str(),     t::kRankMerit.str(),       t::kRankColCoverage.str(),
        t::kRankColMinDistance.str(), t::kRankColRegions.str(), "Verteilung",
        t::kRankColTotal.str(),    t::kRankColAcceptability.str(),
        solved ? t::kColGap.str() : std::string("Pareto")};
    const std::size_t minWidth[] = {4, 5, 8, 10, 7, 10, 5, 13, 6};
    std::vector<std::size_t> width;
    for (std::size_t c = 0; c < heads.size(); ++c)
        width.push_back(std::max(minWidth[c], displayWidth(heads[c])));
    auto right = [](const std::string& text, std::size_t n) {
        return std::string(n > displayWidth(text) ? n - displayWidth(text) : 0, ' ') + text;
    };
    std::string head = "  " + padded(heads[0], width[0]) + "  " +
                       padded(t::kRankApplications.str(), setWidth);
    for (std::size_t c = 1; c < heads.size(); ++c) head += "  " + padded(heads[c], width[c]);
    line(head);
    for (const decision::RankedSet& set : r.ranked) {
        const std::vector<std::string> cells = {
            number(set.merit, 2),
            percentText(set.measures.coverageShare),
            number(set.measures.minDistanceKm, 1) + " km",
            std::to_string(set.measures.regions),
            number(set.verteilung, 2),
            number(set.total, 2),
            r.acceptabilityComputed ? percentText(set.acceptability) : t::kRankNotComputed.str()};
        std::string row = "  " + padded(std::to_string(set.rank), width[0]) + "  " +
                          padded(setName(in, set, " + "), setWidth);
        for (std::size_t c = 0; c < cells.size(); ++c) row += "  " + right(cells[c], width[c + 1]);
        if (solved)
            row += "  " + right(set.gap ? percentText(*set.gap, 2) : "–", width.back());
        else
            row += "  " + (set.pareto ? t::kRankYes.str() : std::string());
        line(row);
    }
    if (!r.ranked.empty()) {
        std::string ranges;
        for (int c = 0; c < kCriteria; ++c)
            ranges += std::string(c ? ", " : "") +
                      i18n::criterionShortLabel(static_cast<Criterion>(c)) + " " +
                      number(100 * r.stability[c].lower, 1) + "–" +
                      i18n::formatPercent(100 * r.stability[c].upper, 1);
        std::printf("\n");
        line(fill(t::kRankRecommended, {setName(in, r.ranked[0], " + "), ranges}));
    }
    // The committee's recorded choice, named as such (the set every view shows).
    if (committee.choice) {
        const std::string chosen = decision::setNrs(state, out.shown.applications);
        if (committee.choice->applications == out.recommendation || committee.choice->reason.empty())
            line(fill(t::kRankChosen, {chosen}));
        else
            line(fill(t::kRankChosenDiffers, {chosen, committee.choice->reason}));
    }
}

// CSV as the export writes it for German spreadsheets: UTF-8 with BOM, ';', decimal comma.
// Two blocks, each with its header: the applications, an empty line, the sets.
std::string csvNumber(double x, int decimals) {
    std::string s = fixed(x, decimals);
    for (char& c : s)
        if (c == '.') c = ',';
    return s;
}

void printCsv(const DecisionInput& in, const Result& r) {
    // The one CSV writer (formula guard, quoting); "\n" line ends as this output always had.
    exchange::CsvWriter csv(exchange::CsvFormat{';', true, "\n"});
    for (std::string_view c : {"nr", "municipality", "ags", "region"}) csv.cell(c);
    for (int c = 1; c < kCriteria; ++c) csv.cell(decision::criterionKey(static_cast<Criterion>(c)));
    csv.cell("merit").cell("raters").endRow();
    for (std::size_t i = 0; i < in.candidates.size(); ++i) {
        csv.cell(in.nrs[i])
            .cell(in.municipalityNames[i])
            .cell(in.candidates[i].municipality)
            .cell(regionName(in, in.candidates[i].region));
        for (int c = 1; c < kCriteria; ++c) {
            const auto& score = in.aggregates[i].score[c];
            csv.cell(score ? csvNumber(*score, 4) : "");
        }
        csv.cell(csvNumber(decision::candidateMerit(in.candidates[i], in.settings.weights), 4))
            .cell(std::to_string(in.aggregates[i].raters))
            .endRow();
    }
    csv.endRow();
    csv.row({"rank", "applications", "merit", "coverage_share", "covered_population",
             "min_distance_km", "regions", "verteilung", "total", "acceptability", "pareto"});
    for (std::size_t i = 0; i < r.ranked.size(); ++i) {
        const decision::RankedSet& s = r.ranked[i];
        csv.row({std::to_string(s.rank), setName(in, s, " + "), csvNumber(s.merit, 4),
                 csvNumber(s.measures.coverageShare, 6), fixed(r.coveredPopulation[i], 0),
                 csvNumber(s.measures.minDistanceKm, 3), std::to_string(s.measures.regions),
                 csvNumber(s.verteilung, 4), csvNumber(s.total, 6),
                 r.acceptabilityComputed ? csvNumber(s.acceptability, 4) : "",
                 s.pareto ? "ja" : "nein"});
    }
    std::fwrite(csv.text().data(), 1, csv.text().size(), stdout);
    if (std::fflush(stdout) != 0 || std::ferror(stdout))
        throw std::runtime_error(i18n::fill(i18n::text::kCliStdoutFailed, {std::strerror(errno)}));
}

// The Nrs of application ids (the recorded choice may name applications no longer ranked).
nlohmann::ordered_json nrList(const domain::ProjectState& state, const std::vector<std::int64_t>& ids) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (std::int64_t id : ids) list.push_back(decision::setNrs(state, {id}));
    return list;
}

nlohmann::ordered_json toJson(const RankOptions& o, const decision::Outcome& out,
                              const domain::ProjectState& state) {
    using json = nlohmann::ordered_json;
    const DecisionInput& in = out.input;
    const Result& r = out.ranking;
    const domain::DecisionSettings& s = in.settings;
    const decision::Weights w = decision::normalised(s.weights);
    json weights = json::object();
    for (int c = 0; c < kCriteria; ++c)
        weights[decision::criterionKey(static_cast<Criterion>(c))] = rounded(w[c], 6);
    json sensitivity = {
        {"samples", s.samples}, {"seed", s.seed}, {"sampling", samplingName(s.sampling)}};
    if (s.sampling == decision::Sampling::AroundWeights)
        sensitivity["plus_minus_percent"] = s.plusMinusPercent;

    json applications = json::array();
    for (std::size_t i = 0; i < in.candidates.size(); ++i) {
        json scores = json::object();
        for (int c = 1; c < kCriteria; ++c) {
            const auto& score = in.aggregates[i].score[c];
            scores[decision::criterionKey(static_cast<Criterion>(c))] =
                score ? json(rounded(*score, 6)) : json(nullptr);
        }
        applications.push_back(
            {{"nr", in.nrs[i]},
             {"municipality", in.municipalityNames[i]},
             {"ags", in.candidates[i].municipality},
             {"region", regionName(in, in.candidates[i].region)},
             {"scores", scores},
             {"merit", rounded(decision::candidateMerit(in.candidates[i], s.weights), 6)},
             {"raters", in.aggregates[i].raters}});
    }
    json excluded = json::array();
    for (const auto& [nr, reason] : in.excluded)
        excluded.push_back({{"nr", nr}, {"reason", reason}});

    auto names = [&](const decision::RankedSet& set) {
        json list = json::array();
        for (std::size_t m : set.members) list.push_back(in.nrs[m]);
        return list;
    };
    json sets = json::array();
    for (std::size_t i = 0; i < r.ranked.size(); ++i) {
        const decision::RankedSet& set = r.ranked[i];
        sets.push_back({{"applications", names(set)},
                        {"merit", rounded(set.merit, 6)},
                        {"coverage_share", rounded(set.measures.coverageShare, 6)},
                        {"covered_population", std::llround(r.coveredPopulation[i])},
                        {"min_distance_km", rounded(set.measures.minDistanceKm, 3)},
                        {"regions", set.measures.regions},
                        {"verteilung", rounded(set.verteilung, 6)},
                        {"total", rounded(set.total, 6)},
                        {"rank", set.rank},
                        {"acceptability", r.acceptabilityComputed
                                              ? json(rounded(set.acceptability, 6))
                                              : json(nullptr)},
                        {"pareto", set.pareto},
                        {"gap", set.gap ? json(rounded(*set.gap, 9)) : json(nullptr)}});
    }
    json stability = json::object();
    for (int c = 0; c < kCriteria && !r.ranked.empty(); ++c)
        stability[decision::criterionKey(static_cast<Criterion>(c))] = {
            {"current", rounded(r.stability[c].current, 6)},
            {"lower", rounded(r.stability[c].lower, 6)},
            {"upper", rounded(r.stability[c].upper, 6)}};

    return {
        {"schema", 1},
        {"project", o.project},
        {"places", in.places},
        {"radius_km", s.radiusKm},
        {"population", std::llround(r.population)},
        {"verteilung_basis",
         s.basis == decision::VerteilungBasis::Coverage ? "coverage" : "distance"},
        {"aggregation", s.aggregation.method == decision::Aggregation::Mean ? "mean" : "median"},
        {"z_normalise", s.aggregation.zNormalise},
        {"weights", weights},
        {"sensitivity", sensitivity},
        {"committee",
         {{"members", in.members},
          {"scores", in.scoreCount},
          {"kendall_w", in.kendallW ? json(rounded(*in.kendallW, 6)) : json(nullptr)}}},
        {"applications", applications},
        {"excluded", excluded},
        {"method", r.method == decision::RankingMethod::Solver ? "solver" : "enumeration"},
        {"solver", r.method == decision::RankingMethod::Solver
                       ? json{{"demand_units", r.solver.units},
                              {"optimal", r.solver.optimal},
                              {"samples_done", r.solver.samplesDone},
                              {"samples_wanted", r.solver.samplesWanted},
                              {"stability_complete", r.solver.stabilityComplete}}
                       : json(nullptr)},
        {"sets", sets},
        {"recommended", r.ranked.empty() ? json::array() : names(r.ranked[0])},
        {"stability", stability},
        {"chosen", state.committee.choice ? json(nrList(state, out.shown.applications))
                                          : json(nullptr)}};
}

}  // namespace

int rank(const RankOptions& options) {
    try {
        const project::Project project =
            project::Project::open(options.project, project::OpenOptions{true, ""});
        // The one pipeline (decision/pipeline.hpp), with this run's overrides.
        const decision::Outcome out = decision::decide(
            project.state(), decision::SettingsOverrides{options.radiusKm, options.samples, options.seed});
        if (out.problem) {
            std::cerr << "error: " << options.project << ": " << i18n::rankingProblemText(*out.problem) << '\n';
            for (const auto& [nr, reason] : out.input.excluded)
                std::cerr << "  " << i18n::fill(i18n::text::kRankLeftOut, {nr, reason}) << '\n';
            return 1;
        }
        if (options.format == "json")
            std::printf("%s\n", toJson(options, out, project.state()).dump(2).c_str());
        else if (options.format == "csv")
            printCsv(out.input, out.ranking);
        else
            printTable(options, out, project.committee(), project.state());
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli
