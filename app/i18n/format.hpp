#pragma once
// Numbers, money and dates in the current language's format:
//   German  94.149 · 84,8 · 1.500 € · 01.03.2024
//   English 94,149 · 84.8 · €1,500  · 2024-03-01 (ISO 8601: unambiguous for an international reader)

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "app/i18n/language.hpp"

namespace i18n {

std::string formatInteger(long long value, Lang lang = language());
// Rounds half away from zero to `decimals` places (0..9).
std::string formatDecimal(double value, int decimals, Lang lang = language());
// Whole euros when the amount has no cents, else two decimals.
std::string formatEuro(double amount, Lang lang = language());
// A calendar date; throws std::invalid_argument for an impossible date.
std::string formatDate(int year, int month, int day, Lang lang = language());
// An ISO date "YYYY-MM-DD" (or an ISO timestamp, whose date part is used) in the language's
// format; text that is no ISO date is returned unchanged.
std::string formatIsoDate(const std::string& iso, Lang lang = language());
// A number typed in the language's format: German "1.500", "1500", "1.500,50", "-2,5"; English
// "1,500", "1500", "1,500.50". Thousands separators only between groups of three digits;
// surrounding spaces and a euro sign are allowed. nullopt for anything else ("1,5.0", "abc",
// German "1.5" which is neither 1,5 nor 1.500).
std::optional<double> parseDecimal(std::string_view text, Lang lang = language());

// A percentage with `decimals` places: "39,6 %" / "39.6%".
std::string formatPercent(double percent, int decimals, Lang lang = language());

// A catalogue pattern with its blanks filled: "{1}" is replaced by the first argument, "{2}" by
// the second, … (a blank may occur more than once; word order differs between the languages).
// A blank without an argument stays as it is.
std::string fill(const char* pattern, std::initializer_list<std::string> args);

// A count with its noun in the language's form: count(kProblems, 2) -> "2 Probleme" /
// "2 problems". The pattern's "{1}" takes the formatted number; further blanks take `args`.
std::string count(const Plural& text, long long n, std::initializer_list<std::string> args = {},
                  Lang lang = language());

}  // namespace i18n
