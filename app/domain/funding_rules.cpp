#include "app/domain/funding_rules.hpp"

#include <string_view>

#include "app/domain/budget.hpp"
#include "app/domain/limits.hpp"

namespace domain {

namespace {

// The rules both offers and invoices share: a funded place, an amount, a date.
void placeAndAmount(std::int64_t application, Cents amount, const ProjectState& state, std::vector<Problem>& out) {
    if (!state.committee.choice) {
        out.push_back({ProblemCode::NoChoiceYet, "", {}});
        return;
    }
    if (!isFundedPlace(state, application)) {
        const Application* a = state.find(application);
        out.push_back({ProblemCode::NotAFundedPlace, "bewerbung", {a ? a->nr : std::to_string(application)}});
    }
    if (amount <= 0) out.push_back({ProblemCode::AmountNotPositive, "betrag", {std::to_string(amount)}});
    if (amount > static_cast<Cents>(limits::kMaxAmountEur) * 100)
        out.push_back({ProblemCode::AmountTooLarge, "betrag", {std::to_string(amount / 100)}});
}

std::string dateOrEmpty(const std::optional<Date>& d) { return d ? isoDate(*d) : std::string(); }

}  // namespace

std::vector<Problem> validateOffer(const Offer& o, const ProjectState& state) {
    std::vector<Problem> out;
    placeAndAmount(o.application, o.amount, state, out);
    if (o.supplier.find_first_not_of(" \t") == std::string::npos)
        out.push_back({ProblemCode::RequiredMissing, "anbieter", {}});
    if (!o.date) out.push_back({ProblemCode::RequiredMissing, "datum", {}});
    if (!fundable(o.category))
        out.push_back({ProblemCode::CategoryNotFundable, "kategorie", {std::string(storageKey(o.category)), state.call.fundingTerms}});
    return out;
}

std::vector<Problem> validateInvoice(const Invoice& inv, const ProjectState& state) {
    std::vector<Problem> out;
    placeAndAmount(inv.application, inv.amount, state, out);
    if (inv.number.find_first_not_of(" \t") == std::string::npos)
        out.push_back({ProblemCode::RequiredMissing, "nummer", {}});
    for (const Invoice& other : state.funding.invoices)
        if (other.id != inv.id && other.number == inv.number && !inv.number.empty())
            out.push_back({ProblemCode::InvoiceNumberTaken, "nummer", {inv.number}});
    if (!inv.date) out.push_back({ProblemCode::RequiredMissing, "datum", {}});
    const std::optional<Date> decided = state.committee.choice ? state.committee.choice->decided : std::nullopt;
    if (inv.date && decided && *inv.date < *decided)
        out.push_back({ProblemCode::DateBeforeDecision, "datum", {isoDate(*inv.date), isoDate(*decided)}});
    if (inv.settled && inv.date && *inv.settled < *inv.date)
        out.push_back({ProblemCode::SettledBeforeInvoice, "beglichen", {isoDate(*inv.settled), dateOrEmpty(inv.date)}});
    if (inv.offer) {
        const Offer* o = state.funding.offer(*inv.offer);
        if (!o) {
            out.push_back({ProblemCode::OfferNotFound, "angebot", {std::to_string(*inv.offer)}});
        } else if (o->application != inv.application) {
            const Application* a = state.find(o->application);
            out.push_back({ProblemCode::OfferOfOtherPlace, "angebot", {a ? a->nr : std::to_string(o->application)}});
        } else if (o->line != inv.line) {
            out.push_back({ProblemCode::InvoiceLineNotOffers, "posten", {std::string(storageKey(o->line))}});
        }
    }
    // The line's invoices, this one in place of its stored version, within the line's budget.
    if (inv.amount > 0 && isFundedPlace(state, inv.application)) {
        Cents before = 0;
        for (const Invoice& other : state.funding.invoices)
            if (other.id != inv.id && other.application == inv.application && other.line == inv.line)
                before += other.amount;
        const Cents budget = lineBudget(state.call, inv.line);
        if (before + inv.amount > budget)
            out.push_back({ProblemCode::InvoiceOverrunsLine, "betrag",
                           {std::string(storageKey(inv.line)), std::to_string(budget), std::to_string(before),
                            std::to_string(inv.amount)}});
    }
    return out;
}

std::vector<Problem> validateAgreement(const Agreement& a, const ProjectState& state) {
    std::vector<Problem> out;
    if (!state.committee.choice) {
        out.push_back({ProblemCode::NoChoiceYet, "", {}});
    } else if (!isFundedPlace(state, a.application)) {
        const Application* app = state.find(a.application);
        out.push_back({ProblemCode::NotAFundedPlace, "bewerbung", {app ? app->nr : std::to_string(a.application)}});
    }
    return out;
}

bool looksLikePdf(std::span<const unsigned char> bytes) {
    static constexpr std::string_view kMagic = "%PDF-";
    if (bytes.size() < kMagic.size()) return false;
    for (std::size_t i = 0; i < kMagic.size(); ++i)
        if (bytes[i] != static_cast<unsigned char>(kMagic[i])) return false;
    return true;
}

}  // namespace domain
