#pragma once
// Part of the string catalogue (strings.hpp): Spreadsheets for the office: XLSX export and template (issue 12).

#include "app/i18n/language.hpp"

namespace i18n::text {

}  // namespace i18n::text
