#pragma once
// The committee's part of a project: its members, their scores, conflicts of interest, the
// settings of the decision (weights, radius, aggregation, regions, rubric) and the recorded
// choice. Plain values; the project file stores them in the tables `mitglieder`,
// `bewertungen`, `befangenheit` and `entscheidung` (schema 2), and every change goes through
// Project::apply like any other edit.

#include <array>
#include <cstdint>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/decision/model.hpp"
#include "app/domain/application.hpp"

namespace domain {

struct DecisionSettings {
    decision::Weights weights{1, 1, 1, 1, 1, 1};  // equal by default (normalised where used)
    double radiusKm = 10;                         // coverage radius r
    decision::AggregationOptions aggregation;
    decision::VerteilungBasis basis = decision::VerteilungBasis::Coverage;
    // Blind mode: while on and not revealed, a member sees only their own scores.
    bool blind = true;
    bool revealed = false;
    // Region of each municipality (AGS -> index into regionNames); empty: thirds of the
    // municipalities by the north–south position of their centres.
    std::map<std::string, int> regions;
    std::vector<std::string> regionNames{"Nordkreis", "Mitte", "Südkreis"};
    // Rubric: per scored criterion (index decision::Criterion), a short text per level 0–5.
    std::array<std::array<std::string, 6>, decision::kCriteria> rubric = defaultRubric();
    // Sensitivity analysis.
    int samples = 10000;
    std::uint64_t seed = 1;
    decision::Sampling sampling = decision::Sampling::Uniform;
    double plusMinusPercent = 20;

    static std::array<std::array<std::string, 6>, decision::kCriteria> defaultRubric();
    friend bool operator==(const DecisionSettings&, const DecisionSettings&) = default;
};

// The set the committee chose, and why when it is not the recommended one.
struct Choice {
    std::vector<std::int64_t> applications;  // ids, ascending
    std::vector<std::int64_t> recommended;   // the program's recommendation at that moment
    std::string reason;                      // required when the two differ
    // The day it was recorded (nullopt in projects written before funding was kept): invoices
    // cannot be dated before it.
    std::optional<Date> decided;
    friend bool operator==(const Choice&, const Choice&) = default;
};

struct Committee {
    std::vector<decision::Member> members;    // by id
    std::vector<decision::Score> scores;      // sorted by member, application, criterion
    std::vector<decision::Recusal> recusals;  // sorted
    DecisionSettings settings;
    std::optional<Choice> choice;

    const decision::Member* member(std::int64_t id) const;
    // The score, or nullopt when the member has not scored it.
    std::optional<int> score(std::int64_t member, std::int64_t application,
                             decision::Criterion criterion) const;
    bool recused(std::int64_t member, std::int64_t application) const;
    // The scores `viewer` may see: all of them unless blind mode is on and they are not yet
    // revealed, then only the viewer's own (none without a viewer).
    std::vector<decision::Score> visibleScores(std::optional<std::int64_t> viewer) const;
    friend bool operator==(const Committee&, const Committee&) = default;
};

// The stable key of a criterion in the project file ("akteure", "lage", ...); nullopt for an
// unknown key.
const char* criterionStorageKey(decision::Criterion c);
std::optional<decision::Criterion> criterionFromStorageKey(const std::string& key);

nlohmann::json toJson(const DecisionSettings& s);
// Throws std::runtime_error naming the field when a value does not fit.
DecisionSettings decisionSettingsFromJson(const nlohmann::json& j);
nlohmann::json toJson(const Choice& c);
Choice choiceFromJson(const nlohmann::json& j);

// The parts of `after` that differ from `before`, as JSON for the audit log: changed,
// added and removed members, scores, recusals, settings and choice.
nlohmann::json committeeDiff(const Committee& before, const Committee& after);

}  // namespace domain
