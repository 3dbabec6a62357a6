#pragma once
// What the window, the map sheets and the report show for the values of the application's
// enumerations and for the criteria, in the current language (i18n::language()).
//
// domain::label(...) stays the German word written to the project file and the exports (the file
// format); these are display texts only. The criteria are mapped here rather than in
// app/decision so the decision model stays pure (no i18n dependency): decision::criterionName
// remains the German name that identifies a criterion in the command line and the rank table.

#include "app/decision/model.hpp"
#include "app/domain/application.hpp"
#include "app/domain/funding.hpp"

namespace i18n {

const char* displayLabel(domain::ApplicantKind v);
const char* displayLabel(domain::PropertyKind v);
const char* displayLabel(domain::DigitalShare v);
const char* displayLabel(domain::Phase v);
const char* displayLabel(domain::ActorKind v);
const char* displayLabel(domain::TargetGroup v);
const char* displayLabel(domain::Status v);

// "Sachmittel" / "Material costs"; "Öffentlichkeitsarbeit" / "Public relations".
const char* displayLabel(domain::BudgetLine v);
const char* displayLabel(domain::CostCategory v);

// "Verteilung der Kommunen im Kreisgebiet" / "Spread of the municipalities over the district".
const char* criterionLabel(decision::Criterion c);
// "Verteilung" / "Spread".
const char* criterionShortLabel(decision::Criterion c);

}  // namespace i18n
