#pragma once
// Part of the string catalogue (strings.hpp): What an edit did, for the undo/redo menu and the audit log's readable column.
// The audit log stores a stable key per edit (project/history.hpp); these are its words.
// Also: why a project is read-only, and the edits the engine refuses (project::ValidationError).

#include "app/i18n/language.hpp"

namespace i18n::text {

// ---- what an edit did (project::historyText)
inline constexpr Str kHistApplicationAdded {"Bewerbung angelegt", "Application added"};
inline constexpr Str kHistApplicationChanged {"Bewerbung geändert", "Application changed"};
inline constexpr Str kHistApplicationDeleted {"Bewerbung gelöscht", "Application deleted"};
inline constexpr Str kHistSiteSet {"Standort gesetzt", "Site set"};
inline constexpr Plural kHistImported {{"{1} Bewerbung importiert", "{1} application imported"}, {"{1} Bewerbungen importiert", "{1} applications imported"}};
inline constexpr Str kHistCallChanged {"Ausschreibung geändert", "Call changed"};
inline constexpr Str kHistMemberAdded {"Mitglied hinzugefügt", "Member added"};
inline constexpr Str kHistMemberChanged {"Mitglied geändert", "Member changed"};
inline constexpr Str kHistMemberRemoved {"Mitglied entfernt", "Member removed"};
inline constexpr Str kHistScoreSet {"Bewertung gesetzt", "Score set"};
inline constexpr Str kHistScoreCleared {"Bewertung gelöscht", "Score cleared"};
inline constexpr Str kHistRecusalDeclared {"Befangenheit erklärt", "Conflict of interest declared"};
inline constexpr Str kHistRecusalLifted {"Befangenheit aufgehoben", "Conflict of interest lifted"};
inline constexpr Str kHistSettingsChanged {"Entscheidungseinstellungen geändert", "Decision settings changed"};
inline constexpr Str kHistChoiceRecorded {"Auswahl beschlossen", "Choice recorded"};
inline constexpr Str kHistOfferAdded {"Angebot erfasst", "Offer recorded"};
inline constexpr Str kHistOfferChanged {"Angebot geändert", "Offer changed"};
inline constexpr Str kHistOfferDeleted {"Angebot gelöscht", "Offer deleted"};
inline constexpr Str kHistInvoiceAdded {"Rechnung erfasst", "Invoice recorded"};
inline constexpr Str kHistInvoiceChanged {"Rechnung geändert", "Invoice changed"};
inline constexpr Str kHistInvoiceDeleted {"Rechnung gelöscht", "Invoice deleted"};
inline constexpr Str kHistAgreementSet {"Kooperationsvertrag geändert", "Cooperation agreement changed"};
inline constexpr Str kHistNoteSet {"Vermerk geändert", "Decision note changed"};
inline constexpr Str kHistCopyApplied {"Offline-Kopie übertragen", "Offline copy pushed"};
inline constexpr Str kHistUndone {"Rückgängig: {1}", "Undone: {1}"};
inline constexpr Str kHistRedone {"Wiederholt: {1}", "Redone: {1}"};

// ---- why a project is read-only (project::Project::readOnlyReason)
inline constexpr Str kReadOnlyRequested {"schreibgeschützt geöffnet (auf Wunsch)", "opened read-only (as asked)"};
inline constexpr Str kReadOnlyNotWritable {"die Datei ist schreibgeschützt", "the file is read-only"};
inline constexpr Str kReadOnlyDamaged {"die Datei ist beschädigt ({1}); sie wird nur gelesen, damit ein Schreiben den Schaden nicht ausweitet. Bitte die letzte Sicherung verwenden oder die IT fragen", "the file is damaged ({1}); it is only read, so that writing does not spread the damage. Please use the last backup or ask IT"};
inline constexpr Str kReadOnlyOpenElsewhere {"die Datei ist bereits in einem anderen Fenster geöffnet", "the file is already open in another window"};
inline constexpr Str kReadOnlyRefused {"{1}: nur lesend geöffnet ({2}); nichts geändert", "{1}: open read-only ({2}); nothing changed"};

// ---- edits the engine refuses (domain::ProblemCode, block "edits of the project")
inline constexpr Str kEditApplicationUnknown {"Bewerbung {1} gibt es nicht", "there is no application {1}"};
inline constexpr Str kEditMemberUnknown {"Mitglied {1} gibt es nicht", "there is no member {1}"};
inline constexpr Str kEditMemberNameMissing {"Mitglied: Name fehlt", "member: name missing"};
inline constexpr Str kEditMemberNameTaken {"Mitglied „{1}“ gibt es schon", "member '{1}' already exists"};
inline constexpr Str kEditScoreComputed {"Die Verteilung wird berechnet, nicht bewertet", "Verteilung is computed, not scored"};
inline constexpr Str kEditScoreOutOfRange {"Bewertung {1}: erlaubt sind 0 bis 5", "score {1}: allowed are 0 to 5"};
inline constexpr Str kEditScoreWhileRecused {"{1} ist für {2} befangen", "{1} has a conflict of interest for {2}"};
inline constexpr Str kEditImportNrTwice {"Nr „{1}“ kommt im Import doppelt vor", "Nr '{1}' occurs twice in the import"};
inline constexpr Str kEditImportEmpty {"Der Import enthält keine Bewerbungen", "the import holds no applications"};
inline constexpr Str kEditCallNoPlaces {"Ausschreibung: mindestens ein geförderter Ort", "call: at least one funded place"};
inline constexpr Str kEditCallNegativeAmount {"Ausschreibung: negative Beträge", "call: negative amounts"};
inline constexpr Str kEditWeightNegative {"Gewichte dürfen nicht negativ sein", "weights must not be negative"};
inline constexpr Str kEditWeightsAllZero {"Mindestens ein Gewicht muss größer als 0 sein", "at least one weight must be greater than 0"};
inline constexpr Str kEditRadiusOutOfRange {"Radius: erlaubt sind mehr als 0 bis 100 km", "radius: allowed are more than 0 up to 100 km"};
inline constexpr Str kEditSamplesOutOfRange {"Stichproben: erlaubt sind 1 bis 1.000.000", "samples: allowed are 1 to 1,000,000"};
inline constexpr Str kEditPlusMinusOutOfRange {"Spielraum der Gewichte: erlaubt sind 0 bis 100 %", "range of the weights: allowed are 0 to 100 %"};
inline constexpr Plural kEditChoiceWrongSize {{"Die Auswahl muss {1} Ort umfassen", "the choice must hold {1} place"}, {"Die Auswahl muss {1} Orte umfassen", "the choice must hold {1} places"}};
inline constexpr Str kEditChoiceSameMunicipality {"Die Auswahl nimmt zwei Orte aus derselben Kommune ({1})", "the choice takes two places from the same municipality ({1})"};
inline constexpr Str kEditChoiceNeedsReason {"Eine andere Auswahl als die Empfehlung ({1}) braucht eine schriftliche Begründung", "a choice other than the recommendation ({1}) needs a written reason"};
inline constexpr Str kEditRefused {"Bewerbung {1}: {2}", "application {1}: {2}"};
inline constexpr Str kEditNoNr {"(ohne Nr)", "(no Nr)"};
inline constexpr Str kEditNoRecommendation {"keine", "none"};

}  // namespace i18n::text
