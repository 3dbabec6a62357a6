#pragma once
// Part of the string catalogue (strings.hpp): the cooperation agreement, print/agreement.hpp.

#include "app/i18n/language.hpp"

namespace i18n::text {

}  // namespace i18n::text
