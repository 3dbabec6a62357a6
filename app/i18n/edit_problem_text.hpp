#pragma once
// The words for the problems of edits the engine refuses (domain::ProblemCode, block "edits of
// the project": an unknown member, a score out of range, a choice without a reason, ...).
// i18n::problemText calls this for those codes; the texts are in strings_history.hpp.

#include <string>

#include "app/domain/problem.hpp"
#include "app/i18n/language.hpp"

namespace i18n {

std::string editProblemText(const domain::Problem& p, Lang lang = language());

}  // namespace i18n
