#include "app/i18n/edit_problem_text.hpp"

#include <cstdlib>

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
        default: return {};
    }
}

}  // namespace i18n
