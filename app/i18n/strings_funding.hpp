#pragma once
// Part of the string catalogue (strings.hpp): the funding after the decision (issue 15): budget
// lines, cost categories, offers, invoices and the rules they keep (domain/funding_rules.hpp).

#include "app/i18n/language.hpp"

namespace i18n::text {

inline constexpr Str kLineSachmittel {"Sachmittel", "Material costs"};
inline constexpr Str kLineBeratung {"Beratungsleistungen", "Consulting"};
inline constexpr Str kCatBeratung {"Beratung", "Advice"};
inline constexpr Str kCatBegleitung {"Begleitung beim Aufbau", "Support in setting up"};
inline constexpr Str kCatOrganisation {"Organisation", "Organising"};
inline constexpr Str kCatEinzelveranstaltung {"Einzelveranstaltung", "Single event"};
inline constexpr Str kCatOeffentlichkeitsarbeit {"Öffentlichkeitsarbeit", "Public relations"};
inline constexpr Str kCatSonstige {"sonstige Sachkosten", "other material costs"};
inline constexpr Str kCatBaumassnahme {"Baumaßnahmen", "Building work"};
inline constexpr Str kCatAusstattung {"Ausstattung", "Equipment"};
inline constexpr Str kCatEinrichtung {"Möbel und Einrichtung", "Furniture and furnishing"};

inline constexpr Str kFieldSupplier {"Anbieter", "Supplier"};
inline constexpr Str kFieldDate {"Datum", "Date"};
inline constexpr Str kFieldAmount {"Betrag", "Amount"};
inline constexpr Str kFieldInvoiceNumber {"Rechnungsnummer", "Invoice number"};
inline constexpr Str kFieldCategory {"Kategorie", "Category"};
inline constexpr Str kFieldBudgetLine {"Posten", "Budget line"};
inline constexpr Str kFieldOffer {"Angebot", "Offer"};
inline constexpr Str kFieldSettled {"Beglichen am", "Settled on"};
inline constexpr Str kFieldDocument {"Dokument", "Document"};
inline constexpr Str kFieldPlace {"Ort", "Place"};

inline constexpr Str kFundNoChoiceYet {"Erst eine Auswahl beschließen: Angebote, Rechnungen und Verträge gibt es nur für die geförderten Orte", "Record a choice first: offers, invoices and agreements exist only for the funded places"};
inline constexpr Str kFundNotAFundedPlace {"{1} ist kein geförderter Ort der beschlossenen Auswahl", "{1} is not a funded place of the recorded choice"};
inline constexpr Str kFundAmountNotPositive {"muss größer als 0 € sein", "must be more than € 0"};
inline constexpr Str kFundDateBeforeDecision {"{1} liegt vor der Entscheidung vom {2}", "{1} is before the decision of {2}"};
inline constexpr Str kFundCategoryNotFundable {"{1} sind nicht förderfähig. Förderbedingungen der Ausschreibung: „{2}“", "{1} cannot be funded. The call's funding terms: '{2}'"};
inline constexpr Str kFundInvoiceNumberTaken {"„{1}“ ist schon erfasst", "'{1}' is already recorded"};
inline constexpr Str kFundInvoiceOverrunsLine {"{3} überschreiten den Posten {1}: Budget {2}, bereits abgerechnet {4}, verbleibend {5}", "{3} overrun the line {1}: budget {2}, invoiced so far {4}, remaining {5}"};
inline constexpr Str kFundOfferNotFound {"das Angebot {1} gibt es nicht", "offer {1} does not exist"};
inline constexpr Str kFundOfferOfOtherPlace {"das Angebot gehört zum Ort {1}", "the offer belongs to place {1}"};
inline constexpr Str kFundInvoiceLineNotOffers {"das Angebot gehört zum Posten {1}", "the offer belongs to the line {1}"};
inline constexpr Str kFundOfferHasInvoices {"Das Angebot wird von den Rechnungen {1} beglichen und bleibt deshalb", "The offer is settled by the invoices {1} and therefore stays"};
inline constexpr Str kFundInvoiceNotFound {"Die Rechnung {1} gibt es nicht", "Invoice {1} does not exist"};
inline constexpr Str kFundNotAPdf {"{1} ist keine PDF-Datei", "{1} is not a PDF file"};
inline constexpr Str kFundSettledBeforeInvoice {"{1} liegt vor dem Rechnungsdatum {2}", "{1} is before the invoice date {2}"};

inline constexpr Str kNoteByCommittee {"Vermerk (vom Gremium formuliert):", "Decision note (worded by the committee):"};
inline constexpr Str kNoteDraftHeading {"Vermerk – Entwurf aus den Zahlen (mit note --text-file eigene Worte festhalten):", "Decision note – draft from the figures (note --text-file records the committee's own words):"};

}  // namespace i18n::text
