#pragma once
// One test table for the rules an application meets (issue 10: "one rule per fact, with one
// test table used for the form and for the import"). Each case is one value typed into one
// field: into the form (which holds it in a domain::Application and asks
// domain::validateApplication, as every edit through project::Project::apply does) and into a
// cell of the template's column in a spreadsheet (exchange::readApplicationFile). Both paths
// must give the same problem code; where they legitimately differ the case says so, and why.
//
// Used by tests/domain/rules_test.cpp (validateApplication), tests/project/rule_cases_test.cpp
// (Project::apply: add, update, import) and tests/exchange/application_import_rule_cases_test.cpp
// (a CSV row per case).

#include <charconv>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "app/domain/application.hpp"
#include "app/domain/problem.hpp"
#include "app/domain/project_state.hpp"

// gtest prints a problem as its code's number, field and args.
namespace domain {
inline void PrintTo(const Problem& p, std::ostream* out) {
    *out << "{code " << static_cast<int>(p.code) << ", field '" << p.field << "', args {";
    for (std::size_t i = 0; i < p.args.size(); ++i) *out << (i ? ", '" : "'") << p.args[i] << "'";
    *out << "}}";
}
}  // namespace domain

namespace rulecases {

using domain::Problem;
using domain::ProblemCode;

// What one path makes of a case.
struct Outcome {
    enum class Kind {
        Accepted,        // stored as typed
        Refused,         // exactly `problem`
        NotExpressible,  // this path cannot hold the value (the form's whole-number field
                         // cannot take "2,5"; the spreadsheet has no column for the field)
    };
    Kind kind = Kind::Accepted;
    Problem problem;

    friend bool operator==(const Outcome&, const Outcome&) = default;
};

inline void PrintTo(Outcome::Kind kind, std::ostream* out) {
    *out << (kind == Outcome::Kind::Accepted  ? "Accepted"
             : kind == Outcome::Kind::Refused ? "Refused"
                                              : "NotExpressible");
}

inline Outcome accepted() {
    return {};
}
inline Outcome refused(ProblemCode code, std::string field, std::vector<std::string> args = {}) {
    return {Outcome::Kind::Refused, {code, std::move(field), std::move(args)}};
}
inline Outcome notExpressible() {
    return {Outcome::Kind::NotExpressible, {}};
}

struct RuleCase {
    std::string column;  // the template's column (exchange::kSpreadsheetColumns); empty: none
    std::string field;   // the application's field key (domain::Problem::field)
    std::string value;   // as the user types it
    Outcome form;        // validateApplication, and so the form and every edit
    Outcome import;      // the spreadsheet import
    // Required exactly when form and import differ: why they legitimately do.
    std::string whyTheyDiffer = {};
};

inline std::ostream& operator<<(std::ostream& out, const RuleCase& c) {
    return out << (c.column.empty() ? c.field : c.column) << " = '" << c.value << "'";
}

// Reasons shared by several cases.
inline constexpr const char* kRequiredCell =
    "the import checks every required column of the template the same way (Nr, Kommune, "
    "Träger, Titel: RequiredMissing, naming the column as the file spells it)";
inline constexpr const char* kMunicipalityByName =
    "the form picks the municipality from a list of the district's AGS; a spreadsheet cell "
    "holds a name or an AGS, so the import names the cell's text and suggests the closest name";
inline constexpr const char* kWholeNumbersOnly =
    "the form's count field takes whole numbers only (domain::Application holds an int)";
inline constexpr const char* kNoNumber = "the form's number field takes numbers only";
inline constexpr const char* kNoColumn = "the template has no column for this field";
inline constexpr const char* kNoStatusColumn =
    "the template has no status column: every imported application is 'eingegangen'";

// The district of the table: the fixtures' squares (tests/support/import_fixtures.hpp).
inline constexpr const char* kAgsAldenhoven = "05358004";
inline constexpr const char* kAgsDueren = "05358008";
// The Nr the project already holds (application id 1).
inline constexpr const char* kTakenNr = "B-99";

// A case both paths treat alike, and one where they differ for the reason given.
inline RuleCase same(std::string column, std::string field, std::string value, Outcome both) {
    return {std::move(column), std::move(field), std::move(value), both, both};
}
inline RuleCase differ(std::string column, std::string field, std::string value, Outcome form,
                       Outcome import, std::string why) {
    return {std::move(column), std::move(field),  std::move(value),
            std::move(form),   std::move(import), std::move(why)};
}

// clang-format off
inline const std::vector<RuleCase>& ruleCases() {
    using C = ProblemCode;
    static const std::vector<RuleCase> cases = {
        // Nr: given, not taken
        same("Nr", "nr", "B-02", accepted()),
        differ("Nr", "nr", "", refused(C::NrMissing, "nr"),
               refused(C::RequiredMissing, "nr", {"Nr"}), kRequiredCell),
        differ("Nr", "nr", "  ", refused(C::NrMissing, "nr"),
               refused(C::RequiredMissing, "nr", {"Nr"}), kRequiredCell),
        same("Nr", "nr", kTakenNr, refused(C::NrTaken, "nr", {kTakenNr})),
        // Titel: given
        same("Titel", "titel", "Jugendtreff", accepted()),
        differ("Titel", "titel", "", refused(C::TitleMissing, "titel"),
               refused(C::RequiredMissing, "titel", {"Titel"}), kRequiredCell),
        differ("Titel", "titel", " ", refused(C::TitleMissing, "titel"),
               refused(C::RequiredMissing, "titel", {"Titel"}), kRequiredCell),
        // Träger: a required column of the template, not a rule of the application
        differ("Träger", "traeger", "", accepted(),
               refused(C::RequiredMissing, "traeger", {"Träger"}),
               "the form stores an application while it is still being filled in; Träger is "
               "not one of validateApplication's rules, only a required column of the template"),
        // Kommune: one of the district
        same("Kommune", "kommune_ags", kAgsAldenhoven, accepted()),
        differ("Kommune", "kommune_ags", "05358999",
               refused(C::MunicipalityUnknown, "kommune_ags", {"05358999"}),
               refused(C::MunicipalityUnknownName, "kommune_ags", {"05358999", "Düren"}),
               kMunicipalityByName),
        differ("Kommune", "kommune_ags", "Juelch",
               refused(C::MunicipalityUnknown, "kommune_ags", {"Juelch"}),
               refused(C::MunicipalityUnknownName, "kommune_ags", {"Juelch", "Düren"}),
               kMunicipalityByName),
        differ("Kommune", "kommune_ags", "", accepted(),
               refused(C::RequiredMissing, "kommune_ags", {"Kommune"}),
               "a new application in the form has no Kommune until one is chosen (it fails the "
               "eligibility check instead); the template's Kommune column is required"),
        // E-mail shape (domain::looksLikeEmail); an empty address is allowed
        same("E-Mail", "email", "erika@example.org", accepted()),
        same("E-Mail", "email", "", accepted()),
        same("E-Mail", "email", "erika(at)example.org",
             refused(C::NotAnEmail, "email", {"erika(at)example.org"})),
        same("E-Mail", "email", "erika@example", refused(C::NotAnEmail, "email", {"erika@example"})),
        same("E-Mail", "email", "erika@example.org.",
             refused(C::NotAnEmail, "email", {"erika@example.org."})),
        same("E-Mail", "email", "erika@@example.org",
             refused(C::NotAnEmail, "email", {"erika@@example.org"})),
        same("E-Mail", "email", "@example.org", refused(C::NotAnEmail, "email", {"@example.org"})),
        // Counts: whole, 0 .. limits::kMaxCount
        same("Akteure aktuell", "akteure_aktuell", "0", accepted()),
        same("Akteure aktuell", "akteure_aktuell", "-3",
             refused(C::NegativeNumber, "akteure_aktuell", {"-3"})),
        same("Akteure Ziel", "akteure_ziel", "1000000", accepted()),
        same("Akteure Ziel", "akteure_ziel", "1000001",
             refused(C::CountTooLarge, "akteure_ziel", {"1000001"})),
        differ("Ehrenamtliche", "ehrenamtliche", "2,5", notExpressible(),
               refused(C::NotWholeNumber, "ehrenamtliche", {"2,5"}), kWholeNumbersOnly),
        same("Ehrenamtliche", "ehrenamtliche", "-1",
             refused(C::NegativeNumber, "ehrenamtliche", {"-1"})),
        // Hours a week: 0 .. limits::kMaxHoursPerWeek
        same("Hauptamt Std/Woche", "hauptamt_std_woche", "168", accepted()),
        same("Hauptamt Std/Woche", "hauptamt_std_woche", "0.5", accepted()),
        same("Hauptamt Std/Woche", "hauptamt_std_woche", "169",
             refused(C::HoursTooLarge, "hauptamt_std_woche", {"169"})),
        same("Hauptamt Std/Woche", "hauptamt_std_woche", "168.5",
             refused(C::HoursTooLarge, "hauptamt_std_woche", {"168.5"})),
        same("Hauptamt Std/Woche", "hauptamt_std_woche", "-1",
             refused(C::NegativeNumber, "hauptamt_std_woche", {"-1"})),
        differ("Hauptamt Std/Woche", "hauptamt_std_woche", "viel", notExpressible(),
               refused(C::NotANumber, "hauptamt_std_woche", {"viel"}), kNoNumber),
        differ("", "oeffnungszeiten_std_woche", "169",
               refused(C::HoursTooLarge, "oeffnungszeiten_std_woche", {"169"}), notExpressible(),
               kNoColumn),
        // Amounts: 0 .. limits::kMaxAmountEur
        same("Eigenmittel EUR", "eigenmittel_eur_jahr", "100000000", accepted()),
        same("Eigenmittel EUR", "eigenmittel_eur_jahr", "100000001",
             refused(C::AmountTooLarge, "eigenmittel_eur_jahr", {"100000001"})),
        same("Eigenmittel EUR", "eigenmittel_eur_jahr", "-100",
             refused(C::NegativeNumber, "eigenmittel_eur_jahr", {"-100"})),
        // The site in UTM 32N (domain::eastingInRange, northingInRange)
        same("Rechtswert", "standort", "32322582",
             refused(C::EastingOutOfRange, "standort", {"32322582"})),
        same("Rechtswert", "standort", "99999", refused(C::EastingOutOfRange, "standort", {"99999"})),
        same("Rechtswert", "standort", "900001",
             refused(C::EastingOutOfRange, "standort", {"900001"})),
        same("Hochwert", "standort", "-1", refused(C::NorthingOutOfRange, "standort", {"-1"})),
        same("Hochwert", "standort", "10000001",
             refused(C::NorthingOutOfRange, "standort", {"10000001"})),
        same("Rechtswert", "standort", "301000", accepted()),  // in Aldenhoven's square
        differ("Rechtswert", "standort", "306000", accepted(),
               refused(C::SiteOutsideDistrict, "standort", {"306000, 5601500"}),
               "a site outside the district may be stored (the map lets one drop it there; "
               "formal eligibility then fails); in a file it is a typing error that can be "
               "corrected (domain/validation.hpp)"),
        // "nicht förderfähig" needs a reason
        differ("", "status", "nicht förderfähig",
               refused(C::IneligibleNeedsReason, "status_begruendung"), notExpressible(),
               kNoStatusColumn),
        differ("", "status", "förderfähig", accepted(), notExpressible(), kNoStatusColumn),
    };
    return cases;
}
// clang-format on

// The district and the project of the table as plain values: Aldenhoven and Düren, and one
// application holding kTakenNr (id 1). The shapes are left out: validateApplication asks for
// the AGS only.
inline domain::ProjectState ruleState() {
    domain::ProjectState state;
    state.map.municipalities = {{kAgsAldenhoven, "Aldenhoven", "Gemeinde", {}, 4, {}},
                                {kAgsDueren, "Düren", "Stadt", {}, 9, {}}};
    domain::Application taken;
    taken.id = 1;
    taken.nr = kTakenNr;
    taken.municipalityAgs = kAgsAldenhoven;
    taken.title = "Treff";
    state.applications = {taken};
    return state;
}

// A valid application every case changes one field of; baseRow() is the same application as a
// spreadsheet row, so an accepted case imports to the application the form holds.
inline domain::Application baseApplication() {
    domain::Application a;
    a.nr = "B-01";
    a.municipalityAgs = kAgsDueren;
    a.applicant = "Verein Begegnung e.V.";
    a.title = "Treff am Markt";
    a.site = geo::Vec2{303500, 5601500};  // in Düren's square
    a.actorsNow = 4;
    a.actorsTarget = 9;
    a.staffHoursPerWeek = 12.5;
    a.volunteers = 7;
    a.ownFundsEurPerYear = 1200;
    a.contactEmail = "erika@example.org";
    return a;
}

inline std::map<std::string, std::string> baseRow() {
    return {{"Nr", "B-01"},
            {"Kommune", kAgsDueren},
            {"Träger", "Verein Begegnung e.V."},
            {"Titel", "Treff am Markt"},
            {"Rechtswert", "303500"},
            {"Hochwert", "5601500"},
            {"Akteure aktuell", "4"},
            {"Akteure Ziel", "9"},
            {"Hauptamt Std/Woche", "12.5"},
            {"Ehrenamtliche", "7"},
            {"Eigenmittel EUR", "1200"},
            {"E-Mail", "erika@example.org"}};
}

// The number as the form's number field holds it (C locale, '.' as the decimal mark).
template <typename T>
std::optional<T> formNumber(const std::string& text) {
    T value{};
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

// The base application with the case's value in its field, as the form holds it; nullopt
// where the form cannot hold the value (the case's form outcome is then NotExpressible).
inline std::optional<domain::Application> formApplication(const RuleCase& c) {
    domain::Application a = baseApplication();
    auto count = [&](int& field) {
        auto v = formNumber<int>(c.value);
        if (v) field = *v;
        return v.has_value();
    };
    auto number = [&](double& field) {
        auto v = formNumber<double>(c.value);
        if (v) field = *v;
        return v.has_value();
    };
    const std::string& f = c.field;
    bool held = true;  // the form can hold the value
    if (f == "nr") {
        a.nr = c.value;
    } else if (f == "titel") {
        a.title = c.value;
    } else if (f == "traeger") {
        a.applicant = c.value;
    } else if (f == "kommune_ags") {
        a.municipalityAgs = c.value;
    } else if (f == "email") {
        a.contactEmail = c.value;
    } else if (f == "akteure_aktuell") {
        held = count(a.actorsNow);
    } else if (f == "akteure_ziel") {
        held = count(a.actorsTarget);
    } else if (f == "ehrenamtliche") {
        held = count(a.volunteers);
    } else if (f == "hauptamt_std_woche") {
        held = number(a.staffHoursPerWeek);
    } else if (f == "oeffnungszeiten_std_woche") {
        held = number(a.openingHoursPerWeek);
    } else if (f == "eigenmittel_eur_jahr") {
        held = number(a.ownFundsEurPerYear);
    } else if (f == "standort") {
        held = number(c.column == "Rechtswert" ? a.site->x : a.site->y);
    } else if (f == "status") {
        auto status = domain::parseLabel<domain::Status>(c.value);
        held = status.has_value();
        if (held) a.status = *status;
    } else {
        held = false;
    }
    if (!held) return std::nullopt;
    return a;
}

// The base row with the case's value in its column (the template's header).
inline std::map<std::string, std::string> importRow(const RuleCase& c) {
    std::map<std::string, std::string> row = baseRow();
    row[c.column] = c.value;
    return row;
}

}  // namespace rulecases
