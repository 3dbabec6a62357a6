#pragma once
// Part of the string catalogue (strings.hpp): the cooperation agreement, print/agreement.hpp.
// Only what the user reads around the document (commands, window, errors): the agreement itself
// is a German legal document, its texts are German literals in domain/agreement_defaults.cpp
// and print/agreement.cpp whatever the UI language.

#include "app/i18n/language.hpp"

namespace i18n::text {

inline constexpr Str kAgrTitle{"Kooperationsvertrag", "Cooperation agreement"};
// {1}: the application ("#12" or its Nr).
inline constexpr Str kAgrNoApplication{"Bewerbung {1}: nicht im Projekt",
                                       "Application {1}: not in the project"};
// {1}: the PDF written.
inline constexpr Str kAgrWrote{"Entwurf des Kooperationsvertrags geschrieben: {1}",
                               "Draft cooperation agreement written: {1}"};

}  // namespace i18n::text
