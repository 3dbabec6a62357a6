#pragma once
// One rule per fact, each written once. validateApplication (the form and every edit), the
// spreadsheet import and the site input all ask these functions, so the form and the import
// cannot disagree about what an e-mail address, a count or a site in UTM 32N is.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/domain/application.hpp"
#include "app/domain/problem.hpp"
#include "geo/types.hpp"

namespace domain {

// An e-mail address as a committee can use it: one '@' with something before it, a '.' in the
// domain part, not ending in '.', no blanks. Empty is not an address (an empty field is
// allowed by the callers, not by this test).
bool looksLikeEmail(std::string_view text);

// The coordinates the project accepts as EPSG:25832 (UTM 32N, metres): easting 100 km to
// 900 km (a UTM zone's eastings stay within these; "32322582" with the zone put in front, a
// Gauss-Krüger habit, is refused), northing 0 to 10,000 km (the northern hemisphere).
inline constexpr double kMinEasting = 100'000, kMaxEasting = 900'000;
inline constexpr double kMinNorthing = 0, kMaxNorthing = 10'000'000;
bool eastingInRange(double east);
bool northingInRange(double north);
bool siteInRange(geo::Vec2 site);

// What kind of number a field holds, with its bound from limits.hpp.
enum class NumberKind {
    Count,  // whole people: 0 .. limits::kMaxCount
    Hours,  // hours per week: 0 .. limits::kMaxHoursPerWeek
    Amount  // euros: 0 .. limits::kMaxAmountEur
};
// The problem with `value` for a field of `kind`, or nullopt when it fits. `field` is the
// field's key, `shown` the value as the user wrote it (for the message).
std::optional<Problem> numberProblem(double value, NumberKind kind, const std::string& field,
                                     const std::string& shown);
// A number as a message shows it when there is no typed text: "12", "2.5", "1e+20".
std::string shownNumber(double value);

// True when an application other than `id` already has `nr`.
bool nrTaken(const std::vector<Application>& applications, const std::string& nr,
             std::int64_t id);

}  // namespace domain
