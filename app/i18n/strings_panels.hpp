#pragma once
// Part of the string catalogue (strings.hpp): The decision panels: scoring, committee, selection, call settings (issue 11).

#include "app/i18n/language.hpp"

namespace i18n::text {

}  // namespace i18n::text
