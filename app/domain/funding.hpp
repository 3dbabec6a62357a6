#pragma once
// After the decision: what the Kreis funds for each place of the recorded choice. Per funded
// place the call gives two budget lines (Sachmittel, Beratungsleistungen; amounts in the call
// settings). No money goes to the municipality: the offers obtained beforehand and the invoices
// are handed in to the Kreis and settled there. A cooperation agreement per place names who
// does what; the decision note (Vermerk) gives the committee's reasoning for the file.
//
// Plain values, in whole cents; the project stores them in the tables `angebote`, `rechnungen`,
// `dokumente` (the offers' PDFs by SHA-256), `vertraege` and `vermerk` (schema 3), and every
// change goes through Project::apply like any other edit. The rules live in
// domain/funding_rules.hpp, the figures per line in domain/budget.hpp.

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/domain/application.hpp"

namespace domain {

using Cents = std::int64_t;

// The two budget lines of a funded place.
enum class BudgetLine { Sachmittel, Beratung };
inline constexpr int kBudgetLines = 2;

// What an offer or invoice is for, in the call's terms. The first six are fundable; building
// work, equipment and furnishing are not (the call: "nicht förderfähig: Baumaßnahmen, Möbel,
// Ausstattung") and are refused.
enum class CostCategory {
    Beratung,
    Begleitung,  // Begleitung beim Aufbau
    Organisation,
    Einzelveranstaltung,
    Oeffentlichkeitsarbeit,
    SonstigeSachkosten,
    Baumassnahme,
    Ausstattung,
    Einrichtung,  // Möbel, Einrichtung
};
bool fundable(CostCategory c);
// The line a category belongs to by default (Beratung, Begleitung, Organisation: Beratung;
// the rest: Sachmittel).
BudgetLine defaultLine(CostCategory c);

// Stable keys in the project file ("sachmittel", "oeffentlichkeitsarbeit").
std::string_view storageKey(BudgetLine l);
std::string_view storageKey(CostCategory c);
std::optional<BudgetLine> budgetLineFromKey(std::string_view key);
std::optional<CostCategory> costCategoryFromKey(std::string_view key);
const std::vector<CostCategory>& allCostCategories();

// An offer obtained for a funded place, handed in to the Kreis before the order.
struct Offer {
    std::int64_t id = 0;           // 0 for an offer not stored yet
    std::int64_t application = 0;  // the funded place
    std::string supplier;
    std::optional<Date> date;
    Cents amount = 0;
    BudgetLine line = BudgetLine::Sachmittel;
    CostCategory category = CostCategory::SonstigeSachkosten;
    std::string description;
    std::string documentName;    // the PDF's file name as handed in; empty: none
    std::string documentSha256;  // its SHA-256 (hex); the bytes are in `dokumente`
    friend bool operator==(const Offer&, const Offer&) = default;
};

// An invoice to the Kreis for a funded place.
struct Invoice {
    std::int64_t id = 0;
    std::int64_t application = 0;
    std::string number;  // the supplier's invoice number, unique within the project
    std::optional<Date> date;
    Cents amount = 0;
    BudgetLine line = BudgetLine::Sachmittel;
    std::optional<std::int64_t> offer;  // the offer it settles; nullopt: none (flagged)
    std::optional<Date> settled;        // when the Kreis paid it
    std::string description;
    friend bool operator==(const Invoice&, const Invoice&) = default;
};

// The cooperation agreement (Kooperationsvertrag) of a funded place: who does what.
struct Agreement {
    std::int64_t application = 0;
    std::vector<std::string> parties;  // "Kreis Düren, Fachbereich Demografie", the Träger, ...
    std::string contactPerson;         // the place's fixed contact person
    std::string adviser;               // the third party giving the advice
    std::vector<std::string> responsibilities;  // Zuständigkeiten
    std::vector<std::string> tasks;             // Aufgaben
    std::vector<std::string> duties;            // Pflichten
    friend bool operator==(const Agreement&, const Agreement&) = default;
};

// A PDF handed in with an offer, kept in the project file.
struct Document {
    std::string sha256;  // hex, of `bytes`
    std::string name;
    std::vector<unsigned char> bytes;
};

struct Funding {
    std::vector<Offer> offers;          // by id
    std::vector<Invoice> invoices;      // by id
    std::vector<Agreement> agreements;  // by application
    // The decision note as the committee worded it; empty: not written yet (the report then
    // shows the generated draft).
    std::string note;

    const Offer* offer(std::int64_t id) const;
    const Invoice* invoice(std::int64_t id) const;
    const Agreement* agreement(std::int64_t application) const;
    friend bool operator==(const Funding&, const Funding&) = default;
};

nlohmann::json toJson(const Offer& o);
nlohmann::json toJson(const Invoice& i);
nlohmann::json toJson(const Agreement& a);
// Each throws std::runtime_error naming the field when a value does not fit.
Offer offerFromJson(const nlohmann::json& j);
Invoice invoiceFromJson(const nlohmann::json& j);
Agreement agreementFromJson(const nlohmann::json& j);

// The parts of `after` that differ from `before`, as JSON for the audit log (changed, added and
// removed offers, invoices and agreements, the note).
nlohmann::json fundingDiff(const Funding& before, const Funding& after);

}  // namespace domain
