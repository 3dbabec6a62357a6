#pragma once
// Part of the string catalogue (strings.hpp): The command line: usage errors, progress and results of the commands, verify.

#include "app/i18n/language.hpp"

namespace i18n::text {

}  // namespace i18n::text
