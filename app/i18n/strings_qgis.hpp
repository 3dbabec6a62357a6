#pragma once
// Part of the string catalogue (strings.hpp): QGIS styles stored in the project file (issue 12).

#include "app/i18n/language.hpp"

namespace i18n::text {

// The description of the program's rows in the project file's layer_styles table (QGIS shows it
// in its style manager). Written in German into every file, like the file's other descriptions.
inline constexpr Str kQgisStyleDescription {"Darstellung wie in der Begegnungskarte; beim Öffnen des Projekts im Programm erneuert. Eigene Stile unter einem anderen Namen speichern.", "Drawn as in Begegnungskarte; renewed when the program opens the project. Save your own styles under another name."};

}  // namespace i18n::text
