#pragma once
// Part of the string catalogue (strings.hpp): Problems the user can cause, found by the rules of domain/ and by the importers: one entry per problem code (validation, import, eligibility).

#include "app/i18n/language.hpp"

namespace i18n::text {

inline constexpr Plural kProblemCount {{"{1} Problem", "{1} problem"}, {"{1} Probleme", "{1} problems"}};

}  // namespace i18n::text
