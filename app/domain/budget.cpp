#include "app/domain/budget.hpp"

#include <algorithm>
#include <cmath>

namespace domain {

Cents lineBudget(const CallSettings& call, BudgetLine line) {
    const double eur = line == BudgetLine::Beratung ? call.consultingEurPerPlace : call.materialEurPerPlace;
    return std::llround(eur * 100);
}

std::vector<std::int64_t> fundedPlaces(const ProjectState& state) {
    if (!state.committee.choice) return {};
    std::vector<std::int64_t> ids = state.committee.choice->applications;
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool isFundedPlace(const ProjectState& state, std::int64_t application) {
    const std::vector<std::int64_t> ids = fundedPlaces(state);
    return std::binary_search(ids.begin(), ids.end(), application);
}

PlaceBudget placeBudget(const ProjectState& state, std::int64_t application) {
    PlaceBudget b;
    b.application = application;
    for (int i = 0; i < kBudgetLines; ++i) {
        b.lines[i].line = static_cast<BudgetLine>(i);
        b.lines[i].budget = lineBudget(state.call, b.lines[i].line);
    }
    for (const Offer& o : state.funding.offers)
        if (o.application == application) b.lines[static_cast<int>(o.line)].offered += o.amount;
    for (const Invoice& inv : state.funding.invoices) {
        if (inv.application != application) continue;
        LineFigures& l = b.lines[static_cast<int>(inv.line)];
        l.invoiced += inv.amount;
        if (inv.settled) l.settled += inv.amount;
    }
    return b;
}

InvoiceFlag invoiceFlag(const Funding& funding, const Invoice& invoice) {
    if (!invoice.offer) return InvoiceFlag::NoOffer;
    const Offer* offer = funding.offer(*invoice.offer);
    if (!offer) return InvoiceFlag::NoOffer;
    Cents linked = 0;
    for (const Invoice& other : funding.invoices)
        if (other.offer == invoice.offer) linked += other.amount;
    return linked > offer->amount ? InvoiceFlag::AboveOffer : InvoiceFlag::None;
}

}  // namespace domain
