#pragma once
// The draft of a cooperation agreement (Kooperationsvertrag) for a funded place, filled in from
// the project before anyone has edited it: the window offers these entries to edit, and the PDF
// (print/agreement.hpp) uses them when the project holds no agreement for the place yet.
//
// The agreement is a German legal document, so its texts are German whatever the UI language
// (like the call's defaults in call_settings.hpp); the domain knows no catalogue.

#include <cstdint>
#include <string>

#include "app/domain/funding.hpp"
#include "app/domain/project_state.hpp"

namespace domain {

// The agreement for application `application` (its id) as the call suggests it:
//  - parties: the Kreis ("Kreis Düren" from state.map.district, else "Kreis Düren") with its
//    Fachbereich Demografie; the Träger (the applicant); the municipality by name ("Stadt
//    Düren"), unless the applicant is the municipality itself;
//  - contact person: the application's contact (name, e-mail, phone as far as given);
//  - adviser: empty (named once the Kreis has chosen the advice);
//  - responsibilities, tasks, duties: short sentences from the call's terms (state.call:
//    amounts per place, fundingTerms quoted, contact) and the application (opening hours).
// Throws std::invalid_argument when the project has no application with this id.
Agreement defaultAgreement(const ProjectState& state, std::int64_t application);

// The names the agreement gives: the district ("Kreis Düren" from state.map.district, else
// "Kreis Düren") and a municipality by AGS ("Stadt Düren"; "Kommune <AGS>" when unknown).
std::string agreementDistrictName(const ProjectState& state);
std::string agreementMunicipalityName(const ProjectState& state, const std::string& ags);

// An amount in euros as a German document writes it, the same as the report
// (i18n::formatEuro in German): "1.500 €", "1.234,50 €", a no-break space before the sign.
std::string formatEuroGerman(double euros);

}  // namespace domain
