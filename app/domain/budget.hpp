#pragma once
// The figures of each funded place's two budget lines: what the call grants, what the offers
// amount to, what was invoiced and settled, what remains. The rules that refuse an entry are in
// funding_rules.hpp; these figures are what every view shows beside them.

#include <array>
#include <cstdint>
#include <vector>

#include "app/domain/project_state.hpp"

namespace domain {

struct LineFigures {
    BudgetLine line = BudgetLine::Sachmittel;
    Cents budget = 0;    // from the call, per place
    Cents offered = 0;   // the offers' total
    Cents invoiced = 0;  // the invoices' total
    Cents settled = 0;   // of those, paid by the Kreis
    Cents remaining() const { return budget - invoiced; }
    // At least 90 % of the line invoiced: the views warn.
    bool nearlySpent() const { return budget > 0 && invoiced * 10 >= budget * 9; }
};

struct PlaceBudget {
    std::int64_t application = 0;
    std::array<LineFigures, kBudgetLines> lines{};  // index: BudgetLine
    const LineFigures& of(BudgetLine l) const { return lines[static_cast<int>(l)]; }
};

// A line's amount per place from the call (its euros in whole cents).
Cents lineBudget(const CallSettings& call, BudgetLine line);
// The places of the recorded choice (application ids, ascending); empty before a choice.
std::vector<std::int64_t> fundedPlaces(const ProjectState& state);
bool isFundedPlace(const ProjectState& state, std::int64_t application);
PlaceBudget placeBudget(const ProjectState& state, std::int64_t application);

// What the views point out about an invoice (not refused: the Kreis may pay it all the same).
enum class InvoiceFlag {
    None,
    NoOffer,     // no offer linked
    AboveOffer,  // the invoices linked to its offer add up to more than the offer
};
InvoiceFlag invoiceFlag(const Funding& funding, const Invoice& invoice);

}  // namespace domain
