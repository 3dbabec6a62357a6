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
//   "sets": [                             // every admissible set, best first
//     {"applications": ["B-01", "B-07"], "merit": 3.1, "coverage_share": 0.61,
//      "covered_population": 168000, "min_distance_km": 23.4, "regions": 2,
//      "verteilung": 3.05, "total": 3.09, "rank": 1, "acceptability": 0.72, "pareto": true}
//      // acceptability: null when not computed (--samples 0)
//   ],
//   "recommended": ["B-01", "B-07"],      // the first set
//   "stability": {"verteilung": {"current": 0.1667, "lower": 0, "upper": 0.38}, ...}
// }

#include <cerrno>
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
#include "app/decision/decision_input.hpp"
#include "app/decision/project_ranking.hpp"

namespace cli {

using decision::DecisionInput;

// The window ranks from the same input (store/decision_input.hpp).
using decision::DecisionInput;
using decision::decisionInput;
namespace {

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

// The ranking is computed by decision::rankProject, shared with the decision report.
using Result = decision::ProjectRanking;


std::string fixed(double x, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, x);
    return buffer;
}

std::string percent(double share, int decimals = 1) {
    return fixed(100 * share, decimals) + " %";
}

const char* samplingName(decision::Sampling s) {
    return s == decision::Sampling::Uniform ? "uniform" : "around_weights";
}

void printTable(const RankOptions& o, const DecisionInput& in, const Result& r) {
    const domain::DecisionSettings& s = in.settings;
    const decision::Weights w = decision::normalised(s.weights);
    std::printf("%s: %zu eligible applications in %zu municipalities, %d places, %zu sets\n",
                o.project.c_str(), in.candidates.size(), in.candidateMunicipalities(), in.places,
                r.ranked.size());
    std::string weights;
    for (int c = 0; c < kCriteria; ++c)
        weights += std::string(c ? ", " : "") +
                   decision::criterionShortName(static_cast<Criterion>(c)) + " " + percent(w[c]);
    std::printf("Weights: %s\n", weights.c_str());
    std::printf(
        "Verteilung: %s within %s km (population spread evenly over each municipality, "
        "GEOS buffers); aggregation: %s%s\n",
        s.basis == decision::VerteilungBasis::Coverage ? "population" : "distance, from",
        fixed(s.radiusKm, 1).c_str(),
        s.aggregation.method == decision::Aggregation::Mean ? "mean" : "median",
        s.aggregation.zNormalise ? ", z-normalised per member" : "");
    std::printf("Committee: %zu members, %zu scores%s\n", in.members, in.scoreCount,
                in.kendallW ? (", Kendall's W " + fixed(*in.kendallW, 2)).c_str() : "");
    if (in.scoreCount == 0)
        std::printf(
            "No scores yet: every application's merit is 0, the sets are ranked by "
            "Verteilung only.\n");

    std::printf("\nApplications\n");
    std::size_t nrWidth = 2, nameWidth = 7;
    for (std::size_t i = 0; i < in.candidates.size(); ++i) {
        nrWidth = std::max(nrWidth, displayWidth(in.nrs[i]));
        nameWidth = std::max(nameWidth, displayWidth(in.municipalityNames[i]));
    }
    std::string header = "  " + padded("Nr", nrWidth) + "  " + padded("Kommune", nameWidth) + "  " +
                         padded("Region", 10);
    for (int c = 1; c < kCriteria; ++c)
        header += "  " + std::string(decision::criterionShortName(static_cast<Criterion>(c)));
    header += "  Merit  Raters";
    std::printf("%s\n", header.c_str());
    for (std::size_t i = 0; i < in.candidates.size(); ++i) {
        std::string line = "  " + padded(in.nrs[i], nrWidth) + "  " +
                           padded(in.municipalityNames[i], nameWidth) + "  " +
                           padded(regionName(in, in.candidates[i].region), 10);
        for (int c = 1; c < kCriteria; ++c) {
            const auto& score = in.aggregates[i].score[c];
            line += "  " +
                    padded(score ? fixed(*score, 2) : "–",
                           displayWidth(decision::criterionShortName(static_cast<Criterion>(c))));
        }
        line += "  " + padded(fixed(decision::candidateMerit(in.candidates[i], s.weights), 2), 5) +
                "  " + std::to_string(in.aggregates[i].raters);
        std::printf("%s\n", line.c_str());
    }
    for (const auto& [nr, reason] : in.excluded)
        std::printf("  %s  left out: %s\n", padded(nr, nrWidth).c_str(), reason.c_str());

    if (r.acceptabilityComputed)
        std::printf("\nSets (acceptability: first in %d weightings drawn %s, seed %llu)\n",
                    s.samples,
                    s.sampling == decision::Sampling::Uniform
                        ? "uniformly"
                        : ("within ±" + fixed(s.plusMinusPercent, 0) + " %").c_str(),
                    static_cast<unsigned long long>(s.seed));
    else
        std::printf("\nSets (acceptability: not computed, --samples 0)\n");
    std::size_t setWidth = 12;
    for (const decision::RankedSet& set : r.ranked)
        setWidth = std::max(setWidth, displayWidth(setName(in, set, " + ")));
    std::printf(
        "  Rank  %s  Merit  Coverage  Min. dist.  Regions  Verteilung  Total  "
        "Acceptability  Pareto\n",
        padded("Applications", setWidth).c_str());
    for (const decision::RankedSet& set : r.ranked) {
        std::printf("  %-4d  %s  %5.2f  %8s  %7.1f km  %7d  %10.2f  %5.2f  %13s  %s\n", set.rank,
                    padded(setName(in, set, " + "), setWidth).c_str(), set.merit,
                    percent(set.measures.coverageShare).c_str(), set.measures.minDistanceKm,
                    set.measures.regions, set.verteilung, set.total,
                    r.acceptabilityComputed ? percent(set.acceptability).c_str() : "not computed",
                    set.pareto ? "yes" : "");
    }
    if (!r.ranked.empty()) {
        std::string ranges;
        for (int c = 0; c < kCriteria; ++c)
            ranges += std::string(c ? ", " : "") +
                      decision::criterionShortName(static_cast<Criterion>(c)) + " " +
                      fixed(100 * r.stability[c].lower, 1) + "–" +
                      fixed(100 * r.stability[c].upper, 1) + " %";
        std::printf(
            "\nRecommended: %s. It stays first while one weight moves, the others in "
            "proportion: %s\n",
            setName(in, r.ranked[0], " + ").c_str(), ranges.c_str());
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
        throw std::runtime_error(std::string("standard output: writing the CSV failed (") +
                                 std::strerror(errno) + ")");
}

nlohmann::ordered_json toJson(const RankOptions& o, const DecisionInput& in, const Result& r) {
    using json = nlohmann::ordered_json;
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
                        {"pareto", set.pareto}});
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
        {"sets", sets},
        {"recommended", r.ranked.empty() ? json::array() : names(r.ranked[0])},
        {"stability", stability}};
}

}  // namespace

int rank(const RankOptions& options) {
    try {
        const project::Project project =
            project::Project::open(options.project, project::OpenOptions{true, ""});
        DecisionInput in = decisionInput(project.state());
        if (options.radiusKm) in.settings.radiusKm = *options.radiusKm;
        if (options.samples) in.settings.samples = *options.samples;
        if (options.seed) in.settings.seed = *options.seed;

        if (const auto problem = decision::rankingProblem(in)) {
            std::cerr << "error: " << options.project << ": " << i18n::rankingProblemText(*problem) << '\n';
            for (const auto& [nr, reason] : in.excluded)
                std::cerr << "  " << nr << " left out: " << reason << '\n';
            return 1;
        }
        const Result r = decision::rankProject(in);

        if (options.format == "json")
            std::printf("%s\n", toJson(options, in, r).dump(2).c_str());
        else if (options.format == "csv")
            printCsv(in, r);
        else
            printTable(options, in, r);
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli
