#pragma once
// Part of the string catalogue (strings.hpp): the decision note (Vermerk), print/decision_note.hpp.

#include "app/i18n/language.hpp"

namespace i18n::text {

}  // namespace i18n::text
