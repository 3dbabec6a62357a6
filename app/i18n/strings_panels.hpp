#pragma once
// Part of the string catalogue (strings.hpp): The decision panels: scoring, committee, selection, call settings (issue 11).

#include "app/i18n/language.hpp"

namespace i18n::text {

// committee panel: the blind scoring once the scores are revealed
inline constexpr Str kBlindOver {"Verdeckte Bewertung beendet: alle Bewertungen sind aufgedeckt.", "Blind scoring is over: all scores are revealed."};

}  // namespace i18n::text
