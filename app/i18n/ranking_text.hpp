#pragma once
// Why a project cannot be ranked, in the user's language: the window, `rank` and the report
// say it with the same words.

#include <string>

#include "app/decision/project_ranking.hpp"
#include "app/i18n/language.hpp"

namespace i18n {

// "Keine zulässige Auswahl: 2 förderfähige Bewerbungen mit Standort aus 2 verschiedenen
// Kommunen nötig, es gibt 1 in 1 Kommune." / "218.400.000 mögliche Auswahlen zu 4 Orten: zu
// viele zum Vergleichen (höchstens 500.000); ..."
std::string rankingProblemText(const decision::RankingProblem& problem, Lang lang = language());

}  // namespace i18n
