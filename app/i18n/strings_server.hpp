#pragma once
// Part of the string catalogue (strings.hpp): projects on a PostgreSQL/PostGIS server (issue 14).

#include "app/i18n/language.hpp"

namespace i18n::text {

inline constexpr Str kPgBadUri {"{1}: keine gültige PostgreSQL-Adresse ({2}); erwartet wird postgresql://RECHNER/DATENBANK?schema=NAME", "{1}: not a valid PostgreSQL address ({2}); expected postgresql://HOST/DATABASE?schema=NAME"};
inline constexpr Str kPgBadSchemaName {"„{1}“ ist kein möglicher Schemaname: erlaubt sind Kleinbuchstaben, Ziffern und _, am Anfang ein Buchstabe, höchstens 50 Zeichen", "'{1}' is not a possible schema name: lower-case letters, digits and _, starting with a letter, at most 50 characters"};
inline constexpr Str kPgConnectFailed {"{1}: keine Verbindung zur Datenbank ({2})", "{1}: cannot connect to the database ({2})"};
inline constexpr Str kPgFailed {"{1}: die Datenbank meldet einen Fehler ({2})", "{1}: the database reports an error ({2})"};
inline constexpr Str kPgNoProject {"{1}: im Schema „{2}“ liegt kein Begegnungskarte-Projekt", "{1}: schema '{2}' holds no Begegnungskarte project"};
inline constexpr Str kPgSchemaTaken {"{1}: das Schema „{2}“ gibt es schon; nichts geschrieben (--replace ersetzt ein dort veröffentlichtes Projekt)", "{1}: schema '{2}' already exists; nothing written (--replace replaces a project published there)"};
inline constexpr Str kPgSchemaNotProject {"{1}: das Schema „{2}“ enthält kein Begegnungskarte-Projekt und wird nicht ersetzt", "{1}: schema '{2}' holds no Begegnungskarte project and is not replaced"};
inline constexpr Str kPgNoPostgis {"{1}: PostGIS ist in der Datenbank nicht eingerichtet und kann mit dieser Rolle nicht eingerichtet werden ({2}); die Verwaltung richtet es mit CREATE EXTENSION postgis ein", "{1}: PostGIS is not set up in the database and this role cannot set it up ({2}); an administrator sets it up with CREATE EXTENSION postgis"};
inline constexpr Str kPgServerGone {"{1}: die Verbindung zur Datenbank ist abgebrochen ({2}); nichts geändert", "{1}: the connection to the database was lost ({2}); nothing changed"};
inline constexpr Str kPgDamaged {"{1}: gespeicherte Daten sind nicht lesbar ({2})", "{1}: stored data cannot be read ({2})"};
// A conflict: another member changed what this edit changes since this window last read it.
// {1} who, {2} when (local time), {3} what ("Bewerbung B-01, Feld „Titel“"), {4} what it says now.
inline constexpr Str kPgConflict {"{1} hat {3} um {2} geändert; dort steht jetzt: {4}. Ihre Änderung ist nicht gespeichert; die Ansicht zeigt den neuen Stand.", "{1} changed {3} at {2}; it now says: {4}. Your change was not saved; the view shows the current state."};
inline constexpr Str kPgConflictApplication {"Bewerbung {1}", "application {1}"};
inline constexpr Str kPgConflictField {"Bewerbung {1}, Feld „{2}“", "application {1}, field '{2}'"};
inline constexpr Str kPgConflictDeleted {"gelöscht", "deleted"};
inline constexpr Str kPgConflictCall {"die Ausschreibung", "the call"};
inline constexpr Str kPgConflictDecision {"die Entscheidung (Gewichte, Einstellungen, Auswahl)", "the decision (weights, settings, choice)"};
inline constexpr Str kPgConflictMember {"Mitglied {1}", "member {1}"};
inline constexpr Str kPgConflictScore {"die Bewertung von {1} für {2}, {3}", "{1}'s score for {2}, {3}"};
inline constexpr Str kPgConflictOffer {"das Angebot von {1}", "the offer from {1}"};
inline constexpr Str kPgConflictInvoice {"die Rechnung {1}", "invoice {1}"};
inline constexpr Str kPgConflictAgreement {"den Kooperationsvertrag", "the cooperation agreement"};
inline constexpr Str kPgConflictNote {"den Vermerk", "the decision note"};
inline constexpr Str kPgConflictRecusal {"die Befangenheit von {1} bei {2}", "{1}'s conflict of interest for {2}"};

inline constexpr Str kPgNoSuchRole {"{1}: die Datenbankrolle „{2}“ gibt es nicht; die Verwaltung legt sie an (CREATE ROLE … LOGIN)", "{1}: database role '{2}' does not exist; an administrator creates it (CREATE ROLE … LOGIN)"};
inline constexpr Str kPgNoSuchMember {"{1}: kein Mitglied heißt „{2}“", "{1}: no member is called '{2}'"};
inline constexpr Str kPgGranted {"{1}: {2} meldet sich als „{3}“ an{4}", "{1}: {2} logs in as '{3}'{4}"};
inline constexpr Str kPgGrantedChair {" (Vorsitz: darf aufdecken und Mitglieder verwalten)", " (chair: may reveal and manage members)"};
inline constexpr Str kPgOnlyChairReveals {"{1}: nur der Vorsitz deckt die Bewertungen auf; nichts geändert", "{1}: only the chair reveals the scores; nothing changed"};
inline constexpr Str kPgNotAllowed {"{1}: diese Änderung ist Ihrer Rolle nicht erlaubt ({2}); nichts geändert", "{1}: your role may not make this change ({2}); nothing changed"};
inline constexpr Str kVerifyHiddenEntries {"{1} Einträge sind für diese Rolle bis zum Aufdecken verborgen; die Kette prüft der Server", "{1} entries are hidden from this role until the reveal; the server checks the chain"};
inline constexpr Str kPgGrantNeedsServer {"{1}: Datenbankrollen gibt es nur für Projekte auf einem PostgreSQL-Server (erst publish)", "{1}: database roles exist only for projects on a PostgreSQL server (publish first)"};
inline constexpr Str kPublished {"{1} → {2}: {3}, {4}, {5}", "{1} → {2}: {3}, {4}, {5}"};
inline constexpr Str kPullOutExists {"{1}: die Datei gibt es schon; nichts geschrieben", "{1}: the file already exists; nothing written"};
// push: an offline copy's edits back to the shared project (project/push.hpp).
inline constexpr Str kPushNotACopy {"{1}: keine Kopie eines Projekts auf einem Server (pull legt eine an); nichts übertragen", "{1}: not a copy of a project on a server (pull makes one); nothing pushed"};
inline constexpr Str kPushRecordDamaged {"{1}: der Vermerk, von welchem Stand die Kopie gezogen wurde, ist nicht lesbar ({2}); nichts übertragen", "{1}: the record of the state the copy was pulled from cannot be read ({2}); nothing pushed"};
inline constexpr Str kPushOtherProject {"{1} ist keine Kopie des Projekts unter {2}: dessen Protokoll hat den Eintrag {3} der Kopie nicht; nichts übertragen", "{1} is not a copy of the project at {2}: its audit log lacks the copy's entry {3}; nothing pushed"};
inline constexpr Str kPushKeptChanging {"{1}: andere Mitglieder haben während der Übertragung dreimal dieselben Einträge geändert; nichts übertragen, bitte gleich noch einmal versuchen", "{1}: other members changed the same items three times during the push; nothing pushed, please try again in a moment"};
inline constexpr Str kPushUnknownKey {"„{1}“ benennt keinen Konflikt dieser Übertragung (die Schlüssel listet push --dry-run)", "'{1}' names no conflict of this push (push --dry-run lists the keys)"};
inline constexpr Str kPushSent {"Aus der Kopie übertragen ({1}):", "Sent from the copy ({1}):"};
inline constexpr Str kPushToSend {"Würde aus der Kopie übertragen ({1}):", "Would be sent from the copy ({1}):"};
inline constexpr Str kPushConflicts {"Konflikte: auf dem Server und in der Kopie verschieden geändert ({1}):", "Conflicts: changed differently on the server and in the copy ({1}):"};
inline constexpr Str kPushValues {"Kopie: {1} · Server: {2} · beim Ziehen: {3}", "copy: {1} · server: {2} · when pulled: {3}"};
inline constexpr Str kPushTookMine {"[gilt: Kopie]", "[taken: copy]"};
inline constexpr Str kPushTookTheirs {"[gilt: Server]", "[taken: server]"};
inline constexpr Str kPushOpen {"[offen]", "[open]"};
inline constexpr Plural kPushOpenConflicts {{"{1} Konflikt offen", "{1} conflict open"}, {"{1} Konflikte offen", "{1} conflicts open"}};
inline constexpr Str kPushOpenHint {"{1}; nichts übertragen. Für jeden festlegen, welcher Wert gilt: --mine SCHLÜSSEL oder --theirs SCHLÜSSEL (mehrfach möglich), oder für alle --take mine bzw. --take theirs", "{1}; nothing pushed. Decide for each which value holds: --mine KEY or --theirs KEY (repeatable), or for all --take mine or --take theirs"};
inline constexpr Str kPushNothing {"{1}: die Kopie enthält nichts, was {2} nicht schon hat; nichts übertragen", "{1}: the copy holds nothing {2} does not have already; nothing pushed"};
inline constexpr Str kPushDryRun {"Probelauf: nichts übertragen", "Dry run: nothing pushed"};
inline constexpr Str kPushDone {"{1} → {2}: übertragen (Protokolleintrag {3})", "{1} → {2}: pushed (audit entry {3})"};
inline constexpr Str kPushCopyUpdated {"{1} hat jetzt den übertragenen Stand und kann weiter offline bearbeitet und wieder übertragen werden", "{1} now holds the pushed state and can be worked on offline and pushed again"};
inline constexpr Str kPushCopyNotUpdated {"{1}: die Kopie wurde nicht auf den übertragenen Stand gebracht ({2}); für weitere Arbeit offline eine neue Kopie ziehen (pull)", "{1}: the copy was not brought to the pushed state ({2}); pull a new copy for further work offline"};
inline constexpr Str kPushAbsent {"—", "—"};
inline constexpr Str kPushPresent {"vorhanden", "present"};
inline constexpr Str kPushCallField {"die Ausschreibung, „{1}“", "the call, '{1}'"};
inline constexpr Str kPushSettingsField {"die Entscheidungseinstellungen, „{1}“", "the decision settings, '{1}'"};
inline constexpr Str kPushChoice {"die beschlossene Auswahl", "the recorded choice"};
inline constexpr Str kPublishSourceIsServer {"{1}: publish kopiert eine Projektdatei; für ein Projekt auf dem Server pull verwenden", "{1}: publish copies a project file; for a project on the server use pull"};

}  // namespace i18n::text
