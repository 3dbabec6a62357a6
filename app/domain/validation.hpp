#pragma once
// The rules an application has to meet before it is stored, each written once (rules.hpp)
// and used by every path that stores one: the form and every edit (through project::Project),
// the spreadsheet import (exchange/application_import) and the command line.

#include <vector>

#include "app/domain/application.hpp"
#include "app/domain/problem.hpp"
#include "app/domain/project_state.hpp"

namespace domain {

// Every rule `a` breaks, in field order; empty when it may be stored. The rules:
//   Nr and Titel given, not blanks alone (NrMissing, TitleMissing); the Nr not taken by
//   another application of `state` (NrTaken; applications with a.id are `a` itself, so an
//   update keeps its Nr); the municipality's AGS, when given, one of the district (MunicipalityUnknown; an
//   empty AGS is "no Kommune chosen yet": stored, but formally ineligible, see eligibility.hpp);
//   counts, hours and the amount numbers within 0 .. domain::limits, counts whole
//   (NotANumber, NegativeNumber, NotWholeNumber, CountTooLarge, HoursTooLarge,
//   AmountTooLarge); the e-mail shaped like one when given (NotAnEmail); the site, when set,
//   in the accepted UTM 32N range (EastingOutOfRange, NorthingOutOfRange); "nicht
//   förderfähig" with a reason (IneligibleNeedsReason).
// A site outside the district may be stored (the map lets one drop it there): formal
// eligibility then fails ("im Kreisgebiet"). The spreadsheet import refuses such a row, since
// there a site outside is a typing error in a file that can be corrected and read again.
std::vector<Problem> validateApplication(const Application& a, const ProjectState& state);

}  // namespace domain
