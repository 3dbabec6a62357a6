#include "app/i18n/problem_text.hpp"

#include <charconv>

#include <initializer_list>
#include <utility>

#include "app/domain/limits.hpp"
#include "app/i18n/edit_problem_text.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"

namespace i18n {
namespace {

using domain::ProblemCode;
namespace t = text;

// "{1}", "{2}", ... of `pattern` in `lang`, filled with the problem's arguments; missing
// arguments are empty.
std::string filled(const Str& pattern, const domain::Problem& p, Lang lang,
                   std::initializer_list<std::string> extra = {}) {
    auto arg = [&](std::size_t i) { return i < p.args.size() ? p.args[i] : std::string(); };
    std::string out = pattern.in(lang);
    std::vector<std::string> values{arg(0), arg(1), arg(2), arg(3)};
    std::size_t i = 0;
    for (const std::string& e : extra) {
        if (i < values.size() && values[i].empty()) values[i] = e;
        ++i;
    }
    for (std::size_t k = 0; k < values.size(); ++k) {
        const std::string blank = "{" + std::to_string(k + 1) + "}";
        for (std::size_t at = out.find(blank); at != std::string::npos;
             at = out.find(blank, at + values[k].size()))
            out.replace(at, blank.size(), values[k]);
    }
    return out;
}

// A pattern whose {2} is a bound, formatted in the language.
std::string withBound(const Str& pattern, const domain::Problem& p, Lang lang,
                      const std::string& bound) {
    domain::Problem q = p;
    q.args.resize(1);
    q.args.push_back(bound);
    return filled(pattern, q, lang);
}

std::string channel(const std::string& key, Lang lang) {
    return key == "post" ? t::kProbChannelPost.in(lang) : t::kProbChannelEmail.in(lang);
}

}  // namespace

std::string problemText(const domain::Problem& p, Lang lang) {
    switch (p.code) {
        case ProblemCode::NrMissing: return t::kProbNrMissing.in(lang);
        case ProblemCode::NrTaken: return filled(t::kProbNrTaken, p, lang);
        case ProblemCode::TitleMissing: return t::kProbTitleMissing.in(lang);
        case ProblemCode::RequiredMissing:
            return filled(t::kProbRequiredMissing, p, lang, {fieldLabel(p.field, lang)});
        case ProblemCode::MunicipalityUnknown: return filled(t::kProbMunicipalityUnknown, p, lang);
        case ProblemCode::NotANumber: return filled(t::kProbNotANumber, p, lang);
        case ProblemCode::NegativeNumber: return filled(t::kProbNegative, p, lang);
        case ProblemCode::NotWholeNumber: return filled(t::kProbNotWhole, p, lang);
        case ProblemCode::CountTooLarge:
            return withBound(t::kProbCountTooLarge, p, lang,
                             formatInteger(domain::limits::kMaxCount, lang));
        case ProblemCode::HoursTooLarge:
            return withBound(
                t::kProbHoursTooLarge, p, lang,
                formatInteger(static_cast<long long>(domain::limits::kMaxHoursPerWeek), lang));
        case ProblemCode::AmountTooLarge:
            return withBound(t::kProbAmountTooLarge, p, lang,
                             formatEuro(domain::limits::kMaxAmountEur, lang));
        case ProblemCode::NotAnEmail: return filled(t::kProbNotAnEmail, p, lang);
        case ProblemCode::EastingOutOfRange: return filled(t::kProbEastingOutOfRange, p, lang);
        case ProblemCode::NorthingOutOfRange: return filled(t::kProbNorthingOutOfRange, p, lang);
        case ProblemCode::IneligibleNeedsReason: return t::kProbIneligibleNeedsReason.in(lang);
        case ProblemCode::NotYesNo: return filled(t::kProbNotYesNo, p, lang);
        case ProblemCode::NotADate: return filled(t::kProbNotADate, p, lang);
        case ProblemCode::UnknownValue: return filled(t::kProbUnknownValue, p, lang);
        case ProblemCode::MunicipalityUnknownName:
            return p.args.size() > 1 && !p.args[1].empty()
                       ? filled(t::kProbUnknownMunicipalitySuggest, p, lang)
                       : filled(t::kProbUnknownMunicipality, p, lang);
        case ProblemCode::NrTwiceInFile: return filled(t::kProbNrTwiceInFile, p, lang);
        case ProblemCode::SitesDisagree: return filled(t::kProbSitesDisagree, p, lang);
        case ProblemCode::SiteHalf: return filled(t::kProbSiteHalf, p, lang);
        case ProblemCode::NotACoordinate: return filled(t::kProbNotACoordinate, p, lang);
        case ProblemCode::LatitudeOutOfRange: return filled(t::kProbLatitudeOutOfRange, p, lang);
        case ProblemCode::LongitudeOutOfRange: return filled(t::kProbLongitudeOutOfRange, p, lang);
        case ProblemCode::SiteOutsideDistrict: return filled(t::kProbSiteOutsideDistrict, p, lang);
        case ProblemCode::DegreesNotConvertible:
            return filled(t::kProbDegreesNotConvertible, p, lang);
        case ProblemCode::FileNotFound: return t::kProbFileNotFound.in(lang);
        case ProblemCode::FileIsFolder: return t::kProbFileIsFolder.in(lang);
        case ProblemCode::FileTooLarge: return filled(t::kProbFileTooLarge, p, lang);
        case ProblemCode::FileUnreadable: return filled(t::kProbFileUnreadable, p, lang);
        case ProblemCode::FileNotXlsx: return t::kProbFileNotXlsx.in(lang);
        case ProblemCode::FileOldExcel: return t::kProbFileOldExcel.in(lang);
        case ProblemCode::FileUtf16: return t::kProbFileUtf16.in(lang);
        case ProblemCode::FileNotATable: {
            domain::Problem q = p;
            if (!q.args.empty() && !q.args[0].empty()) q.args[0] = " (" + q.args[0] + ")";
            return filled(t::kProbFileNotATable, q, lang);
        }
        case ProblemCode::FileEmpty: return t::kProbFileEmpty.in(lang);
        case ProblemCode::FileTooManyRows:
            return fill(t::kProbFileTooManyRows.in(lang),
                        {formatInteger(static_cast<long long>(
                                           domain::limits::kMaxApplicationsPerFile),
                                       lang)});
        case ProblemCode::InvalidUtf8Byte: return filled(t::kProbInvalidUtf8Byte, p, lang);
        case ProblemCode::MoreInvalidUtf8: {
            long long n = 0;
            if (!p.args.empty()) std::from_chars(p.args[0].data(), p.args[0].data() + p.args[0].size(), n);
            return count(t::kProbMoreInvalidUtf8, n, {}, lang);
        }
        case ProblemCode::QuoteNeverCloses: return t::kProbQuoteNeverCloses.in(lang);
        case ProblemCode::QuoteTooLong:
            return fill(t::kProbQuoteTooLong.in(lang),
                        {formatInteger(static_cast<long long>(domain::limits::kMaxQuotedCellChars),
                                       lang),
                         std::to_string(domain::limits::kMaxQuotedCellLines)});
        case ProblemCode::ColumnsSame: return filled(t::kProbColumnsSame, p, lang);
        case ProblemCode::RequiredColumnsMissing:
            return filled(p.args.size() > 0 && p.args[0].find(", ") != std::string::npos
                              ? t::kProbRequiredColumnsMissing
                              : t::kProbRequiredColumnMissing,
                          p, lang);
        case ProblemCode::ColumnNeedsPartner: return filled(t::kProbColumnNeedsPartner, p, lang);
        case ProblemCode::SiteTwoNumbers: return t::kProbSiteTwoNumbers.in(lang);
        case ProblemCode::SiteNotANumber: return filled(t::kProbSiteNotANumber, p, lang);
        case ProblemCode::SiteInputOutOfRange: return t::kProbSiteInputOutOfRange.in(lang);
        case ProblemCode::ReceiptMissing:
            return fill(t::kProbReceiptMissing.in(lang),
                        {channel(p.args.empty() ? "" : p.args[0], lang)});
        case ProblemCode::ReceiptLate:
            return fill(t::kProbReceiptLate.in(lang),
                        {channel(p.args.size() > 0 ? p.args[0] : "", lang),
                         formatIsoDate(p.args.size() > 1 ? p.args[1] : "", lang),
                         formatIsoDate(p.args.size() > 2 ? p.args[2] : "", lang)});
        case ProblemCode::FormIncomplete:
            return t::kProbFormIncomplete.in(lang) +
                   (p.args.empty() || p.args[0].empty() ? std::string() : ": " + p.args[0]);
        case ProblemCode::NoSite: return t::kProbNoSite.in(lang);
        case ProblemCode::SiteNotInDistrict: return t::kProbSiteNotInDistrict.in(lang);
        case ProblemCode::MunicipalityMissing: return t::kMunicipalityNotChosen.in(lang);
        case ProblemCode::MunicipalityNotCheckable:
            return t::kProbMunicipalityNotCheckable.in(lang);
        case ProblemCode::SiteInOtherMunicipality:
            return filled(t::kProbSiteInOtherMunicipality, p, lang);
        // Edits the engine refuses: their words live with the engine's catalogue part.
        case ProblemCode::ApplicationNotFound: case ProblemCode::MemberNotFound:
        case ProblemCode::MemberNameMissing: case ProblemCode::MemberNameTaken:
        case ProblemCode::ScoreComputed: case ProblemCode::ScoreOutOfRange:
        case ProblemCode::ScoreWhileRecused: case ProblemCode::ImportNrTwice:
        case ProblemCode::ImportEmpty: case ProblemCode::CallNoPlaces:
        case ProblemCode::CallNegativeAmount: case ProblemCode::WeightNegative:
        case ProblemCode::WeightsAllZero: case ProblemCode::RadiusOutOfRange:
        case ProblemCode::SamplesOutOfRange: case ProblemCode::PlusMinusOutOfRange:
        case ProblemCode::ChoiceWrongSize: case ProblemCode::ChoiceSameMunicipality:
        case ProblemCode::ChoiceNeedsReason: case ProblemCode::NoChoiceYet:
        case ProblemCode::NotAFundedPlace: case ProblemCode::AmountNotPositive:
        case ProblemCode::DateBeforeDecision: case ProblemCode::CategoryNotFundable:
        case ProblemCode::InvoiceNumberTaken: case ProblemCode::InvoiceOverrunsLine:
        case ProblemCode::OfferNotFound: case ProblemCode::OfferOfOtherPlace:
        case ProblemCode::InvoiceLineNotOffers: case ProblemCode::OfferHasInvoices:
        case ProblemCode::InvoiceNotFound: case ProblemCode::NotAPdf:
        case ProblemCode::SettledBeforeInvoice:
            return editProblemText(p, lang);
    }
    return {};
}

std::string fieldLabel(std::string_view field, Lang lang) {
    static const std::pair<std::string_view, const Str*> kLabels[] = {
        {"nr", &t::kProbFieldNr},
        {"kommune_ags", &t::kFieldMunicipality},
        {"traeger", &t::kFieldApplicant},
        {"titel", &t::kFieldTitle},
        {"standort", &t::kProbFieldSite},
        {"akteure_aktuell", &t::kFieldActorsNow},
        {"akteure_ziel", &t::kFieldActorsTarget},
        {"hauptamt_std_woche", &t::kFieldStaffHours},
        {"oeffnungszeiten_std_woche", &t::kFieldOpeningHoursPerWeek},
        {"ehrenamtliche", &t::kFieldVolunteers},
        {"eigenmittel_eur_jahr", &t::kFieldOwnFunds},
        {"email", &t::kFieldEmail},
        {"eingang_email", &t::kFieldReceivedEmail},
        {"eingang_post", &t::kFieldReceivedPost},
        {"formular_vollstaendig", &t::kFieldFormComplete},
        {"status_begruendung", &t::kProbFieldStatusReason},
        // Offers and invoices (domain/funding_rules.hpp).
        {"anbieter", &t::kFieldSupplier},
        {"datum", &t::kFieldDate},
        {"betrag", &t::kFieldAmount},
        {"nummer", &t::kFieldInvoiceNumber},
        {"kategorie", &t::kFieldCategory},
        {"posten", &t::kFieldBudgetLine},
        {"angebot", &t::kFieldOffer},
        {"beglichen", &t::kFieldSettled},
        {"dokument", &t::kFieldDocument},
        {"bewerbung", &t::kFieldPlace},
    };
    for (const auto& [key, label] : kLabels)
        if (key == field) return label->in(lang);
    return std::string(field);
}

std::string problemWithField(const domain::Problem& p, Lang lang) {
    switch (p.code) {
        // These name their field or need none.
        case ProblemCode::NrMissing:
        case ProblemCode::NrTaken:
        case ProblemCode::TitleMissing:
        case ProblemCode::MunicipalityUnknown:
        case ProblemCode::IneligibleNeedsReason:
        case ProblemCode::CategoryNotFundable:
        case ProblemCode::NotAFundedPlace:
            return problemText(p, lang);
        default:
            break;
    }
    if (p.field.empty()) return problemText(p, lang);
    return fieldLabel(p.field, lang) + ": " + problemText(p, lang);
}

std::string problemsText(const std::vector<domain::Problem>& problems, Lang lang) {
    std::string out;
    for (const domain::Problem& p : problems)
        out += (out.empty() ? "" : "; ") + problemWithField(p, lang);
    return out;
}

std::string eligibilityCheckName(domain::EligibilityCheckKind kind, Lang lang) {
    switch (kind) {
        case domain::EligibilityCheckKind::InTime: return t::kProbCheckInTime.in(lang);
        case domain::EligibilityCheckKind::Complete: return t::kProbCheckComplete.in(lang);
        case domain::EligibilityCheckKind::InDistrict: return t::kProbCheckInDistrict.in(lang);
        case domain::EligibilityCheckKind::MunicipalityMatches:
            return t::kProbCheckMunicipalityMatches.in(lang);
    }
    return {};
}

std::string eligibilityReason(const domain::EligibilityCheck& check, Lang lang) {
    std::string out;
    for (const domain::Problem& p : check.reasons)
        out += (out.empty() ? "" : "; ") + problemText(p, lang);
    return out;
}

std::string eligibilitySummary(const domain::Eligibility& e, Lang lang) {
    std::string out;
    for (const domain::EligibilityCheck& c : e.checks)
        if (!c.passed) out += (out.empty() ? "" : "; ") + eligibilityReason(c, lang);
    return out;
}

}  // namespace i18n
