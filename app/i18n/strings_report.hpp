#pragma once
// Part of the string catalogue (strings.hpp): The decision report PDF: metadata, bookmarks (issue 12).

#include "app/i18n/language.hpp"

namespace i18n::text {

// The PDF's document information (pdfinfo: Subject, Keywords; {1}: the call's title) and the
// bookmark of the map sheet page (the sections are bookmarked with their headings).
inline constexpr Str kRepPdfSubject {"Auswahl der geförderten Orte: Ausschreibung „{1}“", "Selection of the places funded: call for applications “{1}”"};
inline constexpr Str kRepPdfKeywords {"Entscheidungsbericht, Förderung, Ausschreibung, Bewerbungen, Bewertung, Auswahl, {1}", "decision report, funding, call for applications, applications, scores, selection, {1}"};
inline constexpr Str kRepMapBookmark {"Karte der Auswahl", "Map of the set"};

}  // namespace i18n::text
