#pragma once
// The words for a domain::Problem, in German or English: the one place where a problem code
// becomes text. The domain, the edit engine and the importer report codes with parameters;
// the form, the import dialog, the CLI and the report call these functions.

#include <string>
#include <string_view>

#include "app/domain/eligibility.hpp"
#include "app/domain/problem.hpp"
#include "app/i18n/language.hpp"

namespace i18n {

// The problem's message, without the field it concerns: "„-3“ ist negativ",
// "unbekannte Kommune „Juelch“; meinten Sie „Jülich“?". The importer puts the row and column
// in front (importProblemPlace), so the field is named once.
std::string problemText(const domain::Problem& p, Lang lang = language());

// The message naming its field where the message alone would not say which one:
// "Akteur*innen aktuell: „-3“ ist negativ" (the form and every edit).
std::string problemWithField(const domain::Problem& p, Lang lang = language());

// The field's label for a field key of domain::Problem ("akteure_aktuell" -> "Akteur*innen
// aktuell"); the key itself for a key without a label.
std::string fieldLabel(std::string_view field, Lang lang = language());

// Several problems joined with "; ", each with its field (problemWithField).
std::string problemsText(const std::vector<domain::Problem>& problems, Lang lang = language());

// Formal eligibility: the check's name ("fristgerecht"), why it failed (its reasons joined
// with "; "; empty when passed), and the reasons of every failed check joined with "; ".
std::string eligibilityCheckName(domain::EligibilityCheckKind kind, Lang lang = language());
std::string eligibilityReason(const domain::EligibilityCheck& check, Lang lang = language());
std::string eligibilitySummary(const domain::Eligibility& e, Lang lang = language());

}  // namespace i18n
