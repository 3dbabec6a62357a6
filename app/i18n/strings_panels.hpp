#pragma once
// Part of the string catalogue (strings.hpp): The decision panels: scoring, committee, selection, call settings (issue 11).

#include "app/i18n/language.hpp"

namespace i18n::text {

// committee panel: the blind scoring once the scores are revealed
inline constexpr Str kBlindOver {"Verdeckte Bewertung beendet: alle Bewertungen sind aufgedeckt.", "Blind scoring is over: all scores are revealed."};

// call settings: an amount that is no number in the language's format
inline constexpr Str kAmountNotANumber {"{1}: „{2}“ ist kein Betrag (z. B. 1.500 oder 1.500,50)", "{1}: “{2}” is not an amount (e.g. 1,500 or 1,500.50)"};

}  // namespace i18n::text
