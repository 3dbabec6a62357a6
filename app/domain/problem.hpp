#pragma once
// A problem the user caused, as a code with parameters: what is wrong, with which field, and
// the values a message needs. The domain, the edit engine and the importer report problems
// this way and never as text; the words come from the catalogue (app/i18n/problem_text.hpp,
// German and English), so a caller can test for a code instead of parsing a message.

#include <string>
#include <vector>

namespace domain {

enum class ProblemCode {
    // ---- rules of one application (validateApplication, the form and the import) ----------
    NrMissing,               // field "nr"
    NrTaken,                 // args: nr — another application of the project has it
    TitleMissing,            // field "titel"
    RequiredMissing,         // field: the required field that is empty
    MunicipalityUnknown,     // args: ags — no municipality of the district has this AGS
    NotANumber,              // field; args: the text (may be empty: NaN in a stored value)
    NegativeNumber,          // field; args: the value as typed/stored
    CountTooLarge,           // field; args: value, bound
    HoursTooLarge,           // field; args: value, bound
    AmountTooLarge,          // field; args: value, bound
    NotWholeNumber,          // field; args: text
    NotAnEmail,              // field "email"; args: text
    SiteOutOfRange,          // field "standort"; args: x, y — not a UTM 32N coordinate
    SiteOutsideDistrict,     // field "standort" — the site lies outside the district
    IneligibleNeedsReason,   // field "status_begruendung"

    // ---- cells of a spreadsheet row (exchange/application_import) -------------------------
    NotYesNo,                 // args: text
    NotADate,                 // args: text
    UnknownValue,             // args: text, allowed labels ("a, b, c")
    MunicipalityUnknownName,  // args: text, suggestion (may be empty)
    NrTwiceInFile,            // args: nr, first row
    NrInProject,              // args: nr
    SiteBothForms,            // the row has degrees and metres
    SiteHalf,                 // args: the column that is empty
    NotACoordinate,           // args: text
    DegreesNotConvertible,    // args: detail (from PROJ)

    // ---- a spreadsheet file as a whole ----------------------------------------------------
    FileUnreadable,          // args: detail
    FileNotXlsx,
    FileEmpty,               // the file holds no applications
    FileTooManyRows,         // args: rows, bound
    InvalidUtf8Byte,         // args: byte ("0xE4"), offset
    MoreInvalidUtf8,         // args: count
    QuoteNeverCloses,        // args: row, column (the cell where the quote opened)
    QuoteTooLong,            // args: row, column, characters, lines
    ColumnsSame,             // args: column, column
    RequiredColumnsMissing,  // args: the missing columns joined with ", "
    ColumnNeedsPartner,      // args: column, partner

    // ---- site input typed into the form (parseSiteInput) ----------------------------------
    SiteTwoNumbers,     // the text is not two numbers
    SiteNotANumber,     // args: text
    SiteInputOutOfRange,

    // ---- formal eligibility (assessEligibility) -------------------------------------------
    ReceiptMissing,              // args: channel ("email" or "post")
    ReceiptLate,                 // args: channel, received (ISO), deadline (ISO)
    FormIncomplete,              // args: missing items (may be empty)
    NoSite,                      //
    SiteNotInDistrict,           //
    MunicipalityNotCheckable,    //
    SiteInOtherMunicipality,     // args: municipality of the site, municipality named
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
