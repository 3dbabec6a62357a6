#pragma once
// Part of the string catalogue (strings.hpp): Files from the window: start view, project menu, file choosers, status messages (issue 11).

#include "app/i18n/language.hpp"

namespace i18n::text {

}  // namespace i18n::text
