#pragma once
// What the decision needs from a project, as plain values for bk_decision and geo: the eligible
// applications as candidates with their aggregated scores, their sites, the municipalities with
// their populations and regions, and the committee's settings. Built by one function, so the
// `rank` command and the window rank from the same input.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/decision/model.hpp"
#include "app/domain/committee.hpp"
#include "app/decision/evidence.hpp"
#include "app/domain/project_state.hpp"
#include "geo/coverage.hpp"

namespace decision {

struct DecisionInput {
    int places = 2;                    // k: places funded (the call's settings)
    domain::DecisionSettings settings;  // weights, radius, aggregation, basis, sampling, ...

    // The eligible applications that have a site, in id order; the vectors below run parallel.
    std::vector<decision::Candidate> candidates;  // scores: the aggregates, 0 where not scored
    std::vector<decision::ApplicationAggregate> aggregates;
    std::vector<geo::Vec2> sites;  // EPSG:25832
    std::vector<std::string> nrs;  // == candidates[i].nr
    std::vector<std::string> municipalityNames;

    // The applications left out, with the reason ("nicht förderfähig: ...", "kein Standort").
    std::vector<std::pair<std::string, std::string>> excluded;  // Nr, reason

    // Per municipality of project.map: its polygon and population (0 when unknown) for the
    // coverage model, and its region (index into settings.regionNames; all 0 while no
    // application has a site).
    std::vector<geo::PopulatedArea> areas;
    std::vector<int> municipalityRegion;

    // The committee: members, how many scores count, and their agreement (Kendall's W over
    // the candidates; empty when it cannot be computed).
    std::size_t members = 0;
    std::size_t scoreCount = 0;
    std::optional<double> kendallW;

    // How many different municipalities the candidates are in.
    std::size_t candidateMunicipalities() const;
};

// Reads everything from the project (opened by the caller, read-only is enough). Eligibility
// is domain::assessEligibility; scores and conflicts of interest come from the committee
// (loadScores), aggregated with the settings' method and weights. Regions: the settings'
// grouping where it names a municipality, else thirds of the municipalities by the north–south
// position of their label point (north first) — the rule of decision::regionsOf.
// `geometry`: the district's label points when the caller has them (they cost GEOS time).
DecisionInput decisionInput(const domain::ProjectState& project,
                            const DistrictGeometry* geometry = nullptr);

// The committee's scores of the project (all members, all applications). Before schema 2 the
// project file had no scores; such files are migrated on open, so this is empty for them.
std::vector<decision::Score> loadScores(const domain::ProjectState& project);

// Per set (indices into input.candidates): coverage share of the district's population within
// the model's radius, the shortest distance between two of its sites (0 for a set of one), the
// number of regions it touches.
std::vector<decision::SetMeasures> measureSets(const DecisionInput& input,
                                               const geo::CoverageModel& coverage,
                                               const std::vector<std::vector<std::size_t>>& sets);

}  // namespace decision
