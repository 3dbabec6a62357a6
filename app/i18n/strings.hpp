#pragma once
// The catalogue of user-visible strings: German and English side by side (see language.hpp).
// The window, the map sheets and the decision report take their text from here only.

#include "app/i18n/language.hpp"

namespace i18n::text {

inline constexpr Str kAppName {"Begegnungskarte", "@EN@"};
inline constexpr Str kMunicipalities {"Gemeinden", "@EN@"};
inline constexpr Str kMunicipality {"Gemeinde", "@EN@"};
inline constexpr Str kAgs {"AGS", "@EN@"};
inline constexpr Str kPopulation {"Einwohner", "@EN@"};
inline constexpr Str kArea {"Fläche", "@EN@"};
inline constexpr Str kDensity {"Dichte", "@EN@"};
inline constexpr Str kDistrictTotal {"Kreis gesamt", "@EN@"};
inline constexpr Str kUnknown {"unbekannt", "@EN@"};
inline constexpr Str kFitDistrict {"Kreis einpassen (Pos1)", "@EN@"};
inline constexpr Str kExport {"Karte als PNG speichern … (Strg+E)", "@EN@"};
inline constexpr Str kExportShort {"PNG … (Strg+E)", "@EN@"};
inline constexpr Str kExportTitle {"Karte als PNG speichern", "@EN@"};
inline constexpr Str kExportFile {"Datei", "@EN@"};
inline constexpr Str kExportSize {"Größe", "@EN@"};
inline constexpr Str kExportWindowSize {"wie auf dem Bildschirm", "@EN@"};
inline constexpr Str kSave {"Speichern", "@EN@"};
inline constexpr Str kCancel {"Abbrechen", "@EN@"};
inline constexpr Str kSaved {"Gespeichert", "@EN@"};
inline constexpr Str kError {"Fehler", "@EN@"};
inline constexpr Str kHelp {"Ziehen: verschieben · Mausrad oder +/−: zoomen · Pos1: ganzer Kreis", "@EN@"};
inline constexpr Str kSources {"Quellen", "@EN@"};
inline constexpr Str kDisplay {"Darstellung", "@EN@"};
inline constexpr Str kLineWidth {"Linien Gemeinden (px)", "@EN@"};
inline constexpr Str kDistrictLineWidth {"Linie Kreisgrenze (px)", "@EN@"};
inline constexpr Str kLabelSize {"Schrift Gemeindenamen (px)", "@EN@"};
inline constexpr Str kShowLabels {"Gemeindenamen zeigen", "@EN@"};
inline constexpr Str kPopulationSource {"Bevölkerung: Zensus 2022 (15.05.2022)", "@EN@"};

inline constexpr Str kApplications {"Bewerbungen", "@EN@"};
inline constexpr Str kApplication {"Bewerbung", "@EN@"};
inline constexpr Str kAll {"alle", "@EN@"};
inline constexpr Str kStatus {"Status", "@EN@"};
inline constexpr Str kEligibility {"Förderfähigkeit", "@EN@"};
inline constexpr Str kEligibleOnly {"nur förderfähige", "@EN@"};
inline constexpr Str kNotEligibleOnly {"nur nicht förderfähige", "@EN@"};
inline constexpr Str kEligibleShort {"förderf.", "@EN@"};
inline constexpr Str kYes {"ja", "@EN@"};
inline constexpr Str kNo {"nein", "@EN@"};
inline constexpr Str kNr {"Nr", "@EN@"};
inline constexpr Str kNewApplication {"Neue Bewerbung", "@EN@"};
inline constexpr Str kNewTitle {"Neuer Ort der Begegnung", "@EN@"};
inline constexpr Str kImport {"Importieren …", "@EN@"};
inline constexpr Str kUndo {"Rückgängig", "@EN@"};
inline constexpr Str kRedo {"Wiederholen", "@EN@"};
inline constexpr Str kCall {"Ausschreibung", "@EN@"};
inline constexpr Str kReadOnly {"Nur lesen", "@EN@"};
inline constexpr Str kExampleData {"Beispieldaten (fiktiv)", "@EN@"};
inline constexpr Str kPlaceOnMap {"Auf der Karte setzen", "@EN@"};
inline constexpr Str kPlacingHint {"Klicken Sie in die Karte, um den Standort zu setzen (Esc bricht ab)", "@EN@"};
inline constexpr Str kCoordinates {"Koordinaten", "@EN@"};
inline constexpr Str kApply {"Übernehmen", "@EN@"};
inline constexpr Str kRemoveSite {"Standort entfernen", "@EN@"};
inline constexpr Str kDelete {"Bewerbung löschen", "@EN@"};
inline constexpr Str kReallyDelete {"Wirklich löschen", "@EN@"};
inline constexpr Str kThemeColours {"Gemeinden (Farben)", "@EN@"};
inline constexpr Str kThemeCount {"Bewerbungen je Kommune", "@EN@"};
inline constexpr Str kTabApplications {"Bewerbungen", "@EN@"};
inline constexpr Str kTabMunicipalities {"Gemeinden", "@EN@"};
inline constexpr Str kTabCall {"Ausschreibung", "@EN@"};
inline constexpr Str kTabMap {"Karte", "@EN@"};
inline constexpr Str kThemeTitle {"Flächenfarben", "@EN@"};
inline constexpr Str kLegendSites {"Standorte nach Status", "@EN@"};
inline constexpr Str kLegendIneligible {"roter Ring: formal nicht förderfähig", "@EN@"};
inline constexpr Str kImportTitle {"Bewerbungen importieren", "@EN@"};
inline constexpr Str kImportHint {"CSV (UTF-8 oder Windows-1252, Trennzeichen ; oder ,) oder XLSX nach der Vorlage "
    "data/bewerbungen-vorlage.csv", "@EN@"};
inline constexpr Str kImportCheck {"Prüfen", "@EN@"};
inline constexpr Str kImportFound {"Tabellen neben dem Projekt und im Arbeitsordner (Doppelklick prüft):", "@EN@"};
inline constexpr Str kImportDo {"Importieren", "@EN@"};
inline constexpr Str kImportNothing {"Nichts wird importiert, solange eine Zeile fehlerhaft ist.", "@EN@"};
inline constexpr Str kMoveSite {"Standort verschoben", "@EN@"};
inline constexpr Str kUndone {"Rückgängig gemacht", "@EN@"};
inline constexpr Str kRedone {"Wiederholt", "@EN@"};
inline constexpr Str kSiteHelp {"Standort: Bewerbung wählen, dann Symbol ziehen oder „Auf der Karte setzen“", "@EN@"};

inline constexpr Str kTabCommittee {"Gremium", "@EN@"};
inline constexpr Str kCommitteeHelp {"Wer bewertet gerade? Bewertungen werden für dieses Mitglied eingetragen und im "
    "Protokoll mit seinem Namen vermerkt.", "@EN@"};
inline constexpr Str kCurrentMember {"am Platz", "@EN@"};
inline constexpr Str kNobody {"(niemand gewählt)", "@EN@"};
inline constexpr Str kMemberName {"Name", "@EN@"};
inline constexpr Str kMemberRole {"Funktion", "@EN@"};
inline constexpr Str kScoresCount {"Bewertungen", "@EN@"};
inline constexpr Str kAddMember {"Mitglied hinzufügen", "@EN@"};
inline constexpr Str kRemoveMember {"Mitglied entfernen", "@EN@"};
inline constexpr Str kRemoveMemberNote {"Seine Bewertungen werden mit entfernt (rückgängig machbar).", "@EN@"};
inline constexpr Str kBlindMode {"Verdeckte Bewertung", "@EN@"};
inline constexpr Str kReveal {"Aufdecken", "@EN@"};
inline constexpr Str kRevealed {"aufgedeckt", "@EN@"};
inline constexpr Str kHideAgain {"wieder verdecken", "@EN@"};
inline constexpr Str kBlindHint {"Jedes Mitglied sieht nur die eigenen Bewertungen, bis „Aufdecken“ alle zugleich zeigt.", "@EN@"};
inline constexpr Str kScoring {"Bewertung", "@EN@"};
inline constexpr Str kChooseMember {"Zum Bewerten im Reiter „Gremium“ ein Mitglied am Platz wählen.", "@EN@"};
inline constexpr Str kRecused {"befangen (nicht in der Wertung)", "@EN@"};
inline constexpr Str kNotEligibleNoScore {"Formal nicht förderfähig: wird nicht bewertet.", "@EN@"};
inline constexpr Str kHidden {"verdeckt", "@EN@"};
inline constexpr Str kAggregate {"Wertung", "@EN@"};
inline constexpr Str kSpread {"Spanne", "@EN@"};
inline constexpr Str kClearScore {"Bewertung löschen", "@EN@"};
inline constexpr Str kTabSelection {"Auswahl", "@EN@"};
inline constexpr Str kWeights {"Gewichte und Einstellungen", "@EN@"};
inline constexpr Str kRadius {"Radius r", "@EN@"};
inline constexpr Str kBasis {"Verteilung aus", "@EN@"};
inline constexpr Str kAggregation {"Zusammenfassung", "@EN@"};
inline constexpr Str kZNormalise {"z-Normalisierung (strenge und milde Bewertende angleichen)", "@EN@"};
inline constexpr Str kCoverageNote {"Abdeckung: Einwohner im Umkreis r um mindestens einen Ort, geteilt durch die Einwohner "
    "des Kreises. Die Einwohner jeder Kommune gelten als gleichmäßig über ihre Fläche verteilt; "
    "die Flächen im Umkreis werden mit GEOS verschnitten.", "@EN@"};
inline constexpr Str kCandidates {"förderfähige Bewerbungen mit Standort", "@EN@"};
inline constexpr Str kMembersScoring {"Mitglieder", "@EN@"};
inline constexpr Str kRecommendation {"Empfehlung", "@EN@"};
inline constexpr Str kParetoMark {"◆ Pareto-optimal (keine andere Auswahl ist in Leistung und Verteilung besser)", "@EN@"};
inline constexpr Str kChartTitle {"Leistung gegen Verteilung", "@EN@"};
inline constexpr Str kChartX {"Verteilung 0–5 →   (↑ Leistung 0–5)", "@EN@"};
inline constexpr Str kChartLegend {"orange: Pareto-Front · blauer Ring: Empfehlung", "@EN@"};
inline constexpr Str kAcceptabilityTitle {"Wie sicher ist die Empfehlung?", "@EN@"};
inline constexpr Str kComputing {"wird berechnet …", "@EN@"};
inline constexpr Str kSamplingUniform {"Anteil zufälliger Gewichtungen (gleichverteilt über alle), bei denen die Auswahl vorn liegt:", "@EN@"};
inline constexpr Str kSamplingAround {"Anteil zufälliger Gewichtungen (um die gewählten Gewichte), bei denen die Auswahl vorn liegt:", "@EN@"};
inline constexpr Str kStabilityTitle {"Die Empfehlung bleibt vorn, solange das Gewicht (Anteil) in diesem Bereich liegt:", "@EN@"};
inline constexpr Str kDecisionTitle {"Beschluss", "@EN@"};
inline constexpr Str kChosen {"Beschlossen", "@EN@"};
inline constexpr Str kPickedSet {"Gewählt (abweichend von der Empfehlung)", "@EN@"};
inline constexpr Str kReason {"Begründung", "@EN@"};
inline constexpr Str kRecordRecommendation {"Empfehlung beschließen", "@EN@"};
inline constexpr Str kRecordOther {"Abweichende Auswahl beschließen", "@EN@"};
inline constexpr Str kReasonNeeded {"Eine abweichende Auswahl braucht eine schriftliche Begründung.", "@EN@"};
inline constexpr Str kReached {"erreicht", "@EN@"};
inline constexpr Str kRubricTitle {"Bewertungsraster (0–5)", "@EN@"};
inline constexpr Str kRegionsTitle {"Regionen für die Verteilung", "@EN@"};
inline constexpr Str kRegionsHelp {"Ohne eigene Zuordnung: Drittel der Kommunen von Nord nach Süd (nach ihrem Mittelpunkt).", "@EN@"};
inline constexpr Str kRegionsDefault {"Zuordnung zurücksetzen", "@EN@"};
}  // namespace i18n::text

namespace ui {
namespace text = ::i18n::text;
}  // namespace ui
