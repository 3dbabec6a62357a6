#pragma once
// Part of the string catalogue (strings.hpp): The decision report PDF: metadata, bookmarks (issue 12).

#include "app/i18n/language.hpp"

namespace i18n::text {

}  // namespace i18n::text
