#include "app/i18n/edit_problem_text.hpp"

#include <cstdlib>

#include "app/i18n/display_labels.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"

namespace i18n {

std::string editProblemText(const domain::Problem& p, Lang lang) {
    namespace t = text;
    using domain::ProblemCode;
    auto arg = [&](std::size_t i) { return i < p.args.size() ? p.args[i] : std::string(); };
    auto with = [&](const Str& s) { return fill(s.in(lang), {arg(0), arg(1)}); };
    switch (p.code) {
        case ProblemCode::ApplicationNotFound: return with(t::kEditApplicationUnknown);
        case ProblemCode::MemberNotFound: return with(t::kEditMemberUnknown);
        case ProblemCode::MemberNameMissing: return t::kEditMemberNameMissing.in(lang);
        case ProblemCode::MemberNameTaken: return with(t::kEditMemberNameTaken);
        case ProblemCode::ScoreComputed: return t::kEditScoreComputed.in(lang);
        case ProblemCode::ScoreOutOfRange: return with(t::kEditScoreOutOfRange);
        case ProblemCode::ScoreWhileRecused: return with(t::kEditScoreWhileRecused);
        case ProblemCode::ImportNrTwice: return with(t::kEditImportNrTwice);
        case ProblemCode::ImportEmpty: return t::kEditImportEmpty.in(lang);
        case ProblemCode::CallNoPlaces: return t::kEditCallNoPlaces.in(lang);
        case ProblemCode::CallNegativeAmount: return t::kEditCallNegativeAmount.in(lang);
        case ProblemCode::WeightNegative: return t::kEditWeightNegative.in(lang);
        case ProblemCode::WeightsAllZero: return t::kEditWeightsAllZero.in(lang);
        case ProblemCode::RadiusOutOfRange: return t::kEditRadiusOutOfRange.in(lang);
        case ProblemCode::SamplesOutOfRange: return t::kEditSamplesOutOfRange.in(lang);
        case ProblemCode::PlusMinusOutOfRange: return t::kEditPlusMinusOutOfRange.in(lang);
        case ProblemCode::ChoiceWrongSize:
            return count(t::kEditChoiceWrongSize, std::atoll(arg(0).c_str()), {}, lang);
        case ProblemCode::ChoiceSameMunicipality: return with(t::kEditChoiceSameMunicipality);
        case ProblemCode::ChoiceNeedsReason: return with(t::kEditChoiceNeedsReason);
        // The funding (domain/funding_rules.hpp): amounts in cents, dates ISO, keys of lines
        // and categories in the arguments.
        case ProblemCode::NoChoiceYet: return t::kFundNoChoiceYet.in(lang);
        case ProblemCode::NotAFundedPlace: return with(t::kFundNotAFundedPlace);
        case ProblemCode::AmountNotPositive: return t::kFundAmountNotPositive.in(lang);
        case ProblemCode::DateBeforeDecision:
            return fill(t::kFundDateBeforeDecision.in(lang), {formatIsoDate(arg(0), lang), formatIsoDate(arg(1), lang)});
        case ProblemCode::CategoryNotFundable: {
            std::optional<domain::CostCategory> c = domain::costCategoryFromKey(arg(0));
            return fill(t::kFundCategoryNotFundable.in(lang), {c ? displayLabel(*c) : arg(0), arg(1)});
        }
        case ProblemCode::InvoiceNumberTaken: return with(t::kFundInvoiceNumberTaken);
        case ProblemCode::InvoiceOverrunsLine: {
            std::optional<domain::BudgetLine> l = domain::budgetLineFromKey(arg(0));
            auto cents = [&](std::size_t i) { return static_cast<double>(std::atoll(arg(i).c_str())) / 100; };
            auto euro = [&](std::size_t i) { return formatEuro(cents(i), lang); };
            const double remaining = cents(1) - cents(2);
            return fill(t::kFundInvoiceOverrunsLine.in(lang),
                        {l ? displayLabel(*l) : arg(0), euro(1), euro(3), euro(2), formatEuro(remaining, lang)});
        }
        case ProblemCode::OfferNotFound: return with(t::kFundOfferNotFound);
        case ProblemCode::OfferOfOtherPlace: return with(t::kFundOfferOfOtherPlace);
        case ProblemCode::InvoiceLineNotOffers: {
            std::optional<domain::BudgetLine> l = domain::budgetLineFromKey(arg(0));
            return fill(t::kFundInvoiceLineNotOffers.in(lang), {l ? displayLabel(*l) : arg(0)});
        }
        case ProblemCode::OfferHasInvoices: return with(t::kFundOfferHasInvoices);
        case ProblemCode::InvoiceNotFound: return with(t::kFundInvoiceNotFound);
        case ProblemCode::NotAPdf: return with(t::kFundNotAPdf);
        case ProblemCode::SettledBeforeInvoice:
            return fill(t::kFundSettledBeforeInvoice.in(lang), {formatIsoDate(arg(0), lang), formatIsoDate(arg(1), lang)});
        default: return {};
    }
}

}  // namespace i18n
