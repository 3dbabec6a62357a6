#pragma once
// The catalogue of user-visible strings: German and English side by side (see language.hpp).
// The window, the map sheets and the decision report take their text from here only.

#include "app/i18n/language.hpp"

namespace i18n::text {

inline constexpr Str kAppName {"Begegnungskarte", "Begegnungskarte"};
inline constexpr Str kMunicipalities {"Gemeinden", "Municipalities"};
inline constexpr Str kMunicipality {"Gemeinde", "Municipality"};
inline constexpr Str kAgs {"AGS", "AGS"};
inline constexpr Str kPopulation {"Einwohner", "Population"};
inline constexpr Str kArea {"Fläche", "Area"};
inline constexpr Str kDensity {"Dichte", "Density"};
inline constexpr Str kDistrictTotal {"Kreis gesamt", "District total"};
inline constexpr Str kUnknown {"unbekannt", "unknown"};
inline constexpr Str kFitDistrict {"Kreis einpassen (Pos1)", "Fit district (Home)"};
inline constexpr Str kExport {"Karte als PNG speichern … (Strg+E)", "Save map as PNG … (Ctrl+E)"};
inline constexpr Str kExportShort {"PNG … (Strg+E)", "PNG … (Ctrl+E)"};
inline constexpr Str kExportTitle {"Karte als PNG speichern", "Save map as PNG"};
inline constexpr Str kExportFile {"Datei", "File"};
inline constexpr Str kExportSize {"Größe", "Size"};
inline constexpr Str kExportWindowSize {"wie auf dem Bildschirm", "as on screen"};
inline constexpr Str kSave {"Speichern", "Save"};
inline constexpr Str kCancel {"Abbrechen", "Cancel"};
inline constexpr Str kSaved {"Gespeichert", "Saved"};
inline constexpr Str kError {"Fehler", "Error"};
inline constexpr Str kHelp {"Ziehen: verschieben · Mausrad oder +/−: zoomen · Pos1: ganzer Kreis", "Drag: pan · mouse wheel or +/−: zoom · Home: whole district"};
inline constexpr Str kSources {"Quellen", "Sources"};
inline constexpr Str kDisplay {"Darstellung", "Display"};
inline constexpr Str kLineWidth {"Linien Gemeinden (px)", "Municipality lines (px)"};
inline constexpr Str kDistrictLineWidth {"Linie Kreisgrenze (px)", "District boundary line (px)"};
inline constexpr Str kLabelSize {"Schrift Gemeindenamen (px)", "Municipality name size (px)"};
inline constexpr Str kShowLabels {"Gemeindenamen zeigen", "Show municipality names"};
inline constexpr Str kPopulationSource {"Bevölkerung: Zensus 2022 (15.05.2022)", "Population: Census 2022 (2022-05-15)"};

inline constexpr Str kApplications {"Bewerbungen", "Applications"};
inline constexpr Str kApplication {"Bewerbung", "Application"};
inline constexpr Str kAll {"alle", "all"};
inline constexpr Str kStatus {"Status", "Status"};
inline constexpr Str kEligibility {"Förderfähigkeit", "Eligibility"};
inline constexpr Str kEligibleOnly {"nur förderfähige", "eligible only"};
inline constexpr Str kNotEligibleOnly {"nur nicht förderfähige", "ineligible only"};
inline constexpr Str kEligibleShort {"förderf.", "elig."};
inline constexpr Str kYes {"ja", "yes"};
inline constexpr Str kNo {"nein", "no"};
inline constexpr Str kNr {"Nr", "No."};
inline constexpr Str kNewApplication {"Neue Bewerbung", "New application"};
inline constexpr Str kNewTitle {"Neuer Ort der Begegnung", "New meeting place"};
inline constexpr Str kImport {"Importieren …", "Import …"};
inline constexpr Str kUndo {"Rückgängig", "Undo"};
inline constexpr Str kRedo {"Wiederholen", "Redo"};
inline constexpr Str kCall {"Ausschreibung", "Call for applications"};
inline constexpr Str kReadOnly {"Nur lesen", "Read only"};
inline constexpr Str kExampleData {"Beispieldaten (fiktiv)", "Example data (fictitious)"};
inline constexpr Str kPlaceOnMap {"Auf der Karte setzen", "Place on the map"};
inline constexpr Str kPlacingHint {"Klicken Sie in die Karte, um den Standort zu setzen (Esc bricht ab)", "Click in the map to set the site (Esc cancels)"};
inline constexpr Str kCoordinates {"Koordinaten", "Coordinates"};
inline constexpr Str kApply {"Übernehmen", "Apply"};
inline constexpr Str kRemoveSite {"Standort entfernen", "Remove site"};
inline constexpr Str kDelete {"Bewerbung löschen", "Delete application"};
inline constexpr Str kReallyDelete {"Wirklich löschen", "Really delete"};
inline constexpr Str kThemeColours {"Gemeinden (Farben)", "Municipalities (colours)"};
inline constexpr Str kThemeCount {"Bewerbungen je Kommune", "Applications per municipality"};
inline constexpr Str kTabApplications {"Bewerbungen", "Applications"};
inline constexpr Str kTabMunicipalities {"Gemeinden", "Municipalities"};
inline constexpr Str kTabCall {"Ausschreibung", "Call"};
inline constexpr Str kTabMap {"Karte", "Map"};
inline constexpr Str kThemeTitle {"Flächenfarben", "Area colours"};
inline constexpr Str kLegendSites {"Standorte nach Status", "Sites by status"};
inline constexpr Str kLegendIneligible {"roter Ring: formal nicht förderfähig", "red ring: formally ineligible"};
inline constexpr Str kImportTitle {"Bewerbungen importieren", "Import applications"};
inline constexpr Str kImportHint {"CSV (UTF-8 oder Windows-1252, Trennzeichen ; oder ,) oder XLSX nach der Vorlage "
    "data/bewerbungen-vorlage.csv",
    "CSV (UTF-8 or Windows-1252, separator ; or ,) or XLSX following the template "
    "data/bewerbungen-vorlage.csv"};
inline constexpr Str kImportCheck {"Prüfen", "Check"};
inline constexpr Str kImportFound {"Tabellen neben dem Projekt und im Arbeitsordner (Doppelklick prüft):", "Tables next to the project and in the working folder (double-click checks):"};
inline constexpr Str kImportDo {"Importieren", "Import"};
inline constexpr Str kImportNothing {"Nichts wird importiert, solange eine Zeile fehlerhaft ist.", "Nothing is imported while any row has an error."};
inline constexpr Str kMoveSite {"Standort verschoben", "Site moved"};
inline constexpr Str kUndone {"Rückgängig gemacht", "Undone"};
inline constexpr Str kRedone {"Wiederholt", "Redone"};
inline constexpr Str kSiteHelp {"Standort: Bewerbung wählen, dann Symbol ziehen oder „Auf der Karte setzen“", "Site: choose an application, then drag its symbol or use “Place on the map”"};

inline constexpr Str kTabCommittee {"Gremium", "Committee"};
inline constexpr Str kCommitteeHelp {"Wer bewertet gerade? Bewertungen werden für dieses Mitglied eingetragen und im "
    "Protokoll mit seinem Namen vermerkt.", "Who is scoring now? Scores are entered for this member and logged under their name."};
inline constexpr Str kCurrentMember {"am Platz", "at the desk"};
inline constexpr Str kNobody {"(niemand gewählt)", "(nobody chosen)"};
inline constexpr Str kMemberName {"Name", "Name"};
inline constexpr Str kMemberRole {"Funktion", "Role"};
inline constexpr Str kScoresCount {"Bewertungen", "Scores"};
inline constexpr Str kAddMember {"Mitglied hinzufügen", "Add member"};
inline constexpr Str kRemoveMember {"Mitglied entfernen", "Remove member"};
inline constexpr Str kRemoveMemberNote {"Seine Bewertungen werden mit entfernt (rückgängig machbar).", "Their scores are removed too (can be undone)."};
inline constexpr Str kBlindMode {"Verdeckte Bewertung", "Blind scoring"};
inline constexpr Str kReveal {"Aufdecken", "Reveal"};
inline constexpr Str kRevealed {"aufgedeckt", "revealed"};
inline constexpr Str kHideAgain {"wieder verdecken", "hide again"};
inline constexpr Str kBlindHint {"Jedes Mitglied sieht nur die eigenen Bewertungen, bis „Aufdecken“ alle zugleich zeigt.", "Each member sees only their own scores until “Reveal” shows all at once."};
inline constexpr Str kScoring {"Bewertung", "Scoring"};
inline constexpr Str kChooseMember {"Zum Bewerten im Reiter „Gremium“ ein Mitglied am Platz wählen.", "To score, choose a member at the desk in the “Committee” tab."};
inline constexpr Str kRecused {"befangen (nicht in der Wertung)", "recused (not counted)"};
inline constexpr Str kNotEligibleNoScore {"Formal nicht förderfähig: wird nicht bewertet.", "Formally ineligible: not scored."};
inline constexpr Str kHidden {"verdeckt", "hidden"};
inline constexpr Str kAggregate {"Wertung", "Score"};
inline constexpr Str kSpread {"Spanne", "Range"};
inline constexpr Str kClearScore {"Bewertung löschen", "Clear score"};
inline constexpr Str kTabSelection {"Auswahl", "Selection"};
inline constexpr Str kWeights {"Gewichte und Einstellungen", "Weights and settings"};
inline constexpr Str kRadius {"Radius r", "Radius r"};
inline constexpr Str kBasis {"Verteilung aus", "Spread from"};
inline constexpr Str kAggregation {"Zusammenfassung", "Aggregation"};
inline constexpr Str kZNormalise {"z-Normalisierung (strenge und milde Bewertende angleichen)", "z-normalisation (align strict and lenient scorers)"};
inline constexpr Str kCoverageNote {"Abdeckung: Einwohner im Umkreis r um mindestens einen Ort, geteilt durch die Einwohner "
    "des Kreises. Die Einwohner jeder Kommune gelten als gleichmäßig über ihre Fläche verteilt; "
    "die Flächen im Umkreis werden mit GEOS verschnitten.",
    "Coverage: residents within radius r of at least one place, divided by the district's "
    "residents. Each municipality's residents count as spread evenly over its area; the areas "
    "within the radius are intersected with GEOS."};
inline constexpr Str kCandidates {"förderfähige Bewerbungen mit Standort", "eligible applications with a site"};
inline constexpr Str kMembersScoring {"Mitglieder", "Members"};
inline constexpr Str kRecommendation {"Empfehlung", "Recommendation"};
inline constexpr Str kParetoMark {"◆ Pareto-optimal (keine andere Auswahl ist in Leistung und Verteilung besser)", "◆ Pareto-optimal (no other selection is better in both merit and spread)"};
inline constexpr Str kChartTitle {"Leistung gegen Verteilung", "Merit versus spread"};
inline constexpr Str kChartX {"Verteilung 0–5 →   (↑ Leistung 0–5)", "Spread 0–5 →   (↑ merit 0–5)"};
inline constexpr Str kChartLegend {"orange: Pareto-Front · blauer Ring: Empfehlung", "orange: Pareto front · blue ring: recommendation"};
inline constexpr Str kAcceptabilityTitle {"Wie sicher ist die Empfehlung?", "How certain is the recommendation?"};
inline constexpr Str kComputing {"wird berechnet …", "computing …"};
inline constexpr Str kSamplingUniform {"Anteil zufälliger Gewichtungen (gleichverteilt über alle), bei denen die Auswahl vorn liegt:", "Share of random weightings (uniform over all) for which the selection comes first:"};
inline constexpr Str kSamplingAround {"Anteil zufälliger Gewichtungen (um die gewählten Gewichte), bei denen die Auswahl vorn liegt:", "Share of random weightings (around the chosen weights) for which the selection comes first:"};
inline constexpr Str kStabilityTitle {"Die Empfehlung bleibt vorn, solange das Gewicht (Anteil) in diesem Bereich liegt:", "The recommendation stays first as long as the weight (share) lies in this range:"};
inline constexpr Str kDecisionTitle {"Beschluss", "Decision"};
inline constexpr Str kChosen {"Beschlossen", "Decided"};
inline constexpr Str kPickedSet {"Gewählt (abweichend von der Empfehlung)", "Chosen (differs from the recommendation)"};
inline constexpr Str kReason {"Begründung", "Reason"};
inline constexpr Str kRecordRecommendation {"Empfehlung beschließen", "Adopt the recommendation"};
inline constexpr Str kRecordOther {"Abweichende Auswahl beschließen", "Adopt a different selection"};
inline constexpr Str kReasonNeeded {"Eine abweichende Auswahl braucht eine schriftliche Begründung.", "A different selection needs a written reason."};
inline constexpr Str kReached {"erreicht", "reached"};
inline constexpr Str kRubricTitle {"Bewertungsraster (0–5)", "Scoring rubric (0–5)"};
inline constexpr Str kRegionsTitle {"Regionen für die Verteilung", "Regions for the spread"};
inline constexpr Str kRegionsHelp {"Ohne eigene Zuordnung: Drittel der Kommunen von Nord nach Süd (nach ihrem Mittelpunkt).", "Without an own assignment: thirds of the municipalities from north to south (by their centre)."};
inline constexpr Str kRegionsDefault {"Zuordnung zurücksetzen", "Reset assignment"};
}  // namespace i18n::text

namespace ui {
namespace text = ::i18n::text;
}  // namespace ui
