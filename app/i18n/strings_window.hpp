#pragma once
// Part of the string catalogue (strings.hpp): The window itself: keyboard, window size, idle (issue 11).

#include "app/i18n/language.hpp"

namespace i18n::text {

}  // namespace i18n::text
