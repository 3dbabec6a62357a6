#pragma once
// Part of the string catalogue (strings.hpp): Where things go on the map: legend, banners, overlays (issue 11).

#include "app/i18n/language.hpp"

namespace i18n::text {

}  // namespace i18n::text
