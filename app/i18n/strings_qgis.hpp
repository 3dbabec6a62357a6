#pragma once
// Part of the string catalogue (strings.hpp): QGIS styles stored in the project file (issue 12).

#include "app/i18n/language.hpp"

namespace i18n::text {

}  // namespace i18n::text
