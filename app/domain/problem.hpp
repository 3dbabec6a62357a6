#pragma once
// A problem the user caused, as a code with parameters: what is wrong, with which field, and
// the values a message needs. The domain, the edit engine and the importer report problems
// this way and never as text; the words come from the catalogue (app/i18n/problem_text.hpp,
// German and English), so a caller can test for a code instead of parsing a message.

#include <string>
#include <vector>

namespace domain {

enum class ProblemCode {
    // ---- rules of one application (validateApplication: the form, every edit, the import) --
    NrMissing,              // field "nr"
    NrTaken,                // args: nr — another application of the project has it
    TitleMissing,           // field "titel"
    RequiredMissing,        // field; args: the field's name as the file or form shows it
    MunicipalityUnknown,    // args: ags — no municipality of the district has this AGS
    NotANumber,             // field; args: the text (may be empty: NaN in a stored value)
    NegativeNumber,         // field; args: the value as typed or stored
    NotWholeNumber,         // field; args: value
    CountTooLarge,          // field; args: value (the bound is limits::kMaxCount)
    HoursTooLarge,          // field; args: value (limits::kMaxHoursPerWeek)
    AmountTooLarge,         // field; args: value (limits::kMaxAmountEur)
    NotAnEmail,             // field "email"; args: text
    EastingOutOfRange,      // args: value — not a UTM 32N easting (rules.hpp)
    NorthingOutOfRange,     // args: value
    IneligibleNeedsReason,  // field "status_begruendung"

    // ---- cells of a spreadsheet row (exchange/application_import) -------------------------
    NotYesNo,                 // args: text
    NotADate,                 // args: text
    UnknownValue,             // args: text, allowed labels ("a, b, c")
    MunicipalityUnknownName,  // args: text, suggestion (may be empty)
    NrTwiceInFile,            // args: nr, first row
    SitesDisagree,            // args: metres apart (degrees and metres give two sites)
    SiteHalf,                 // args: the column that is given
    NotACoordinate,           // args: text
    LatitudeOutOfRange,       // args: text
    LongitudeOutOfRange,      // args: text
    SiteOutsideDistrict,      // args: the site as shown ("50.8043, 6.482")
    DegreesNotConvertible,    // args: detail (from PROJ)

    // ---- a spreadsheet file as a whole ----------------------------------------------------
    FileNotFound,
    FileIsFolder,
    FileTooLarge,            // args: megabytes
    FileUnreadable,          // args: detail (from the library)
    FileNotXlsx,             // named .xlsx but no ZIP archive
    FileOldExcel,            // .xls
    FileUtf16,
    FileNotATable,           // args: detail (may be empty)
    FileEmpty,               // the file holds no applications
    FileTooManyRows,         // (the bound is limits::kMaxApplicationsPerFile)
    InvalidUtf8Byte,         // args: byte ("0xE4"), offset
    MoreInvalidUtf8,         // args: count
    QuoteNeverCloses,        // at the cell where the quote opened
    QuoteTooLong,            // (limits::kMaxQuotedCellChars, kMaxQuotedCellLines)
    ColumnsSame,             // args: header, header, column
    RequiredColumnsMissing,  // args: the missing columns joined with ", "
    ColumnNeedsPartner,      // args: column, partner

    // ---- site input typed into the form (parseSiteInput) ----------------------------------
    SiteTwoNumbers,  // the text is not two numbers
    SiteNotANumber,  // args: text
    SiteInputOutOfRange,

    // ---- formal eligibility (assessEligibility) -------------------------------------------
    ReceiptMissing,            // args: channel ("email" or "post")
    ReceiptLate,               // args: channel, received (ISO), deadline (ISO)
    FormIncomplete,            // args: missing items (may be empty)
    NoSite,                    //
    SiteNotInDistrict,         //
    MunicipalityMissing,       // field "kommune_ags": no Kommune chosen yet (a new application)
    MunicipalityNotCheckable,  //
    SiteInOtherMunicipality,   // args: municipality of the site, municipality named

    // ---- edits of the project the edit engine refuses (project::Project::apply; texts in
    // ---- i18n/edit_problem_text.cpp, owned by the edit engine) ----------------------------
    ApplicationNotFound,       // args: id
    MemberNotFound,            // args: id or name
    MemberNameMissing,         // field "name"
    MemberNameTaken,           // args: name
    ScoreComputed,             // the criterion Verteilung is computed, not scored
    ScoreOutOfRange,           // args: value
    ScoreWhileRecused,         // args: member, nr
    ImportNrTwice,             // args: nr
    ImportEmpty,               //
    CallNoPlaces,              //
    CallNegativeAmount,        //
    WeightNegative,            //
    WeightsAllZero,            //
    RadiusOutOfRange,          //
    SamplesOutOfRange,         //
    PlusMinusOutOfRange,       //
    ChoiceWrongSize,           // args: places funded
    ChoiceSameMunicipality,    // args: municipality (AGS)
    ChoiceNeedsReason,         // args: the recommendation ("B-01 + B-02")

    // The funding after the decision (funding_rules.hpp). Amounts in args are whole cents.
    NoChoiceYet,               // offers, invoices and agreements need a recorded choice
    NotAFundedPlace,           // args: nr — not a place of the recorded choice
    AmountNotPositive,         // field "betrag"; args: amount
    DateBeforeDecision,        // field; args: date (ISO), the decision's date (ISO)
    CategoryNotFundable,       // field "kategorie"; args: category key, the call's funding terms
    InvoiceNumberTaken,        // field "nummer"; args: number
    InvoiceOverrunsLine,       // field "betrag"; args: line key, budget, invoiced before, amount
    OfferNotFound,             // field "angebot"; args: id
    OfferOfOtherPlace,         // field "angebot"; args: the offer's place (nr)
    InvoiceLineNotOffers,      // field "posten"; args: the offer's line key
    OfferHasInvoices,          // args: invoice numbers ("R-1, R-2") — an offer they settle is not deleted
    InvoiceNotFound,           // args: id
    NotAPdf,                   // field "dokument"; args: file name
    SettledBeforeInvoice,      // field "beglichen"; args: settled (ISO), invoice date (ISO)
};

struct Problem {
    ProblemCode code{};
    // A stable key of the field concerned, the application's JSON key ("nr", "kommune_ags",
    // "email", "akteure_aktuell", "standort", ...); empty for the whole application or file.
    std::string field;
    std::vector<std::string> args;  // the values the message needs, see the code

    friend bool operator==(const Problem&, const Problem&) = default;
};

}  // namespace domain
