#pragma once
// Part of the string catalogue (strings.hpp): The map's look: legends, symbols, projector sizes (issue 11).

#include "app/i18n/language.hpp"

namespace i18n::text {

}  // namespace i18n::text
