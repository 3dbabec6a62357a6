#pragma once
// The bounds on what an application and an import may hold, in one place, each with its
// reason. A value past a bound is refused with a message that names it (the importer: file,
// row and column; the window and every edit: validationProblems in project.hpp), never
// stored and never silently cut.
//
// The call funds a handful of meeting places in one district (Kreis Düren: 15 municipalities,
// 275,392 inhabitants, 8 applications in the example). The bounds sit far above anything such
// a call can see, so they only catch typing errors (a few digits too many, a value pasted into
// the wrong column) and files that are not lists of applications at all.

#include <cstddef>
#include <cstdint>

#include "app/decision/model.hpp"

namespace domain::limits {

// ---- values of one application --------------------------------------------------------------

// Euro amounts (Eigenmittel EUR per year): at most 100 million €. The whole funding programme
// of a call is a small fraction of that; a larger number is digits typed twice or a sum in
// cents. The bound also keeps every amount exact to the cent in a double (1e10 cents < 2^53)
// and printable without an exponent ("99,999,999,999,999,999,999 €" was stored as 1e20).
inline constexpr double kMaxAmountEur = 100'000'000;

// Counts of people (Akteure aktuell, Akteure Ziel, Ehrenamtliche): at most 1,000,000. That is
// more than the population of any German district (Kreis Düren: 275,392), so a larger count
// cannot be people of one meeting place; the bound keeps sums over thousands of applications
// inside 64-bit and percentages meaningful.
inline constexpr int kMaxCount = 1'000'000;

// Hours per week (Hauptamt Std/Woche, Öffnungszeiten Std/Woche): at most 168 = 7 × 24, the
// hours a week has.
inline constexpr double kMaxHoursPerWeek = 168;

// Population of one municipality (population table): at most 100,000,000, more than
// Germany's (84 million); a larger number is no municipality's and would overflow the sums.
inline constexpr long long kMaxPopulation = 100'000'000;

// ---- one import -----------------------------------------------------------------------------

// Rows of applications in one file: at most 5,000. A call in one district receives tens of
// applications; 5,000 rows keep an import within seconds and the ranking within bounds (see
// kMaxRankedSets). The importer counts the rows before it parses any of them and refuses a
// longer file at once, so a 100,000-row sheet costs neither minutes nor gigabytes.
inline constexpr std::size_t kMaxApplicationsPerFile = 5'000;

// A quoted CSV cell may hold line breaks and separators; a quote that is never closed swallows
// every row after it. A quoted cell longer than 10,000 characters or spanning more than 50
// lines is therefore refused as an unclosed quote, naming the row and column where it opened.
// A concept text of four typed pages fits; Excel's own cell limit is 32,767 characters.
inline constexpr std::size_t kMaxQuotedCellChars = 10'000;
inline constexpr std::size_t kMaxQuotedCellLines = 50;

// ---- ranking ----------------------------------------------------------------------------------

// Sets of places the ranking enumerates (k applications from k different municipalities): at
// most 200,000. Every set's coverage is measured (GEOS, about 80 µs a set) and ranked: 60,000
// sets took 5 s on a busy two-core machine, so 200,000 sets take well under a minute. The
// example project (`demo`: 5 eligible applications, 2 places) has 10 sets; 4 applications in
// each of 15 municipalities for 3 places give 29,120. Past the bound the sets are not
// enumerated: the best sets are found by the covering solver (decision::CoveringSolver, COIN-OR
// CBC) when Verteilung is measured by coverage; by distance (not linear) they are refused at
// once with the numbers (the sets are counted, not enumerated).
inline constexpr std::uint64_t kMaxRankedSets = 200'000;
// The covering solver's call sizes: up to 20 places among up to 500 applications (issue 13).
inline constexpr int kMaxSolverPlaces = 20;
inline constexpr std::size_t kMaxSolverCandidates = 500;

}  // namespace domain::limits
