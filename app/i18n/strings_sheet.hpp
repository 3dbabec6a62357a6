#pragma once
// Part of the string catalogue (strings.hpp): Map sheets: paper presets, scale, reference system (issue 12).

#include "app/i18n/language.hpp"

namespace i18n::text {

}  // namespace i18n::text
