#pragma once
// The rules an offer, an invoice or an agreement must keep before it is stored (the edit engine
// refuses it otherwise, nothing stored), each problem naming its field:
//   - only for a place of the recorded choice;
//   - an amount above zero (and not absurd: limits::kMaxAmountEur);
//   - offers: a supplier and a date; a fundable category (building work, equipment and
//     furnishing are refused with the call's own words);
//   - invoices: a number unique in the project, a date not before the decision, settled not
//     before it was issued; a linked offer must exist, be for the same place and line; and the
//     line's invoices may not add up to more than the line's budget (refused with the figures).
// An invoice without an offer or above its offer is no error: budget.hpp flags it.

#include <span>
#include <vector>

#include "app/domain/problem.hpp"
#include "app/domain/project_state.hpp"

namespace domain {

// `offer` as it would be stored in `state` (replacing the offer with its id, if any).
std::vector<Problem> validateOffer(const Offer& offer, const ProjectState& state);
std::vector<Problem> validateInvoice(const Invoice& invoice, const ProjectState& state);
std::vector<Problem> validateAgreement(const Agreement& agreement, const ProjectState& state);

// Whether the bytes are a PDF ("%PDF-" at the start).
bool looksLikePdf(std::span<const unsigned char> bytes);

}  // namespace domain
