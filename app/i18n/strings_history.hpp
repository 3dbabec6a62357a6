#pragma once
// Part of the string catalogue (strings.hpp): What an edit did, for the undo/redo menu and the audit log's readable column.

#include "app/i18n/language.hpp"

namespace i18n::text {

}  // namespace i18n::text
