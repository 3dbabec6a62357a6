#pragma once
// The user-visible strings of the window, in German (the users are German officials). One
// place for them, so a later language switch replaces this catalogue only.

namespace ui::text {

inline constexpr const char* kAppName = "Begegnungskarte";
inline constexpr const char* kMunicipalities = "Gemeinden";
inline constexpr const char* kMunicipality = "Gemeinde";
inline constexpr const char* kAgs = "AGS";
inline constexpr const char* kPopulation = "Einwohner";
inline constexpr const char* kArea = "Fläche";
inline constexpr const char* kDensity = "Dichte";
inline constexpr const char* kDistrictTotal = "Kreis gesamt";
inline constexpr const char* kUnknown = "unbekannt";
inline constexpr const char* kFitDistrict = "Kreis einpassen (Pos1)";
inline constexpr const char* kExport = "Karte als PNG speichern … (Strg+E)";
inline constexpr const char* kExportShort = "PNG … (Strg+E)";
inline constexpr const char* kExportTitle = "Karte als PNG speichern";
inline constexpr const char* kExportFile = "Datei";
inline constexpr const char* kExportSize = "Größe";
inline constexpr const char* kExportWindowSize = "wie auf dem Bildschirm";
inline constexpr const char* kSave = "Speichern";
inline constexpr const char* kCancel = "Abbrechen";
inline constexpr const char* kSaved = "Gespeichert";
inline constexpr const char* kError = "Fehler";
inline constexpr const char* kHelp =
    "Ziehen: verschieben · Mausrad oder +/−: zoomen · Pos1: ganzer Kreis";
inline constexpr const char* kSources = "Quellen";
inline constexpr const char* kDisplay = "Darstellung";
inline constexpr const char* kLineWidth = "Linien Gemeinden (px)";
inline constexpr const char* kDistrictLineWidth = "Linie Kreisgrenze (px)";
inline constexpr const char* kLabelSize = "Schrift Gemeindenamen (px)";
inline constexpr const char* kShowLabels = "Gemeindenamen zeigen";
inline constexpr const char* kPopulationSource = "Bevölkerung: Zensus 2022 (15.05.2022)";

inline constexpr const char* kApplications = "Bewerbungen";
inline constexpr const char* kApplication = "Bewerbung";
inline constexpr const char* kAll = "alle";
inline constexpr const char* kStatus = "Status";
inline constexpr const char* kEligibility = "Förderfähigkeit";
inline constexpr const char* kEligibleOnly = "nur förderfähige";
inline constexpr const char* kNotEligibleOnly = "nur nicht förderfähige";
inline constexpr const char* kEligibleShort = "förderf.";
inline constexpr const char* kYes = "ja";
inline constexpr const char* kNo = "nein";
inline constexpr const char* kNr = "Nr";
inline constexpr const char* kNewApplication = "Neue Bewerbung";
inline constexpr const char* kNewTitle = "Neuer Ort der Begegnung";
inline constexpr const char* kImport = "Importieren …";
inline constexpr const char* kUndo = "Rückgängig";
inline constexpr const char* kRedo = "Wiederholen";
inline constexpr const char* kCall = "Ausschreibung";
inline constexpr const char* kReadOnly = "Nur lesen";
inline constexpr const char* kExampleData = "Beispieldaten (fiktiv)";
inline constexpr const char* kPlaceOnMap = "Auf der Karte setzen";
inline constexpr const char* kPlacingHint = "Klicken Sie in die Karte, um den Standort zu setzen (Esc bricht ab)";
inline constexpr const char* kCoordinates = "Koordinaten";
inline constexpr const char* kApply = "Übernehmen";
inline constexpr const char* kRemoveSite = "Standort entfernen";
inline constexpr const char* kDelete = "Bewerbung löschen";
inline constexpr const char* kReallyDelete = "Wirklich löschen";
inline constexpr const char* kThemeColours = "Gemeinden (Farben)";
inline constexpr const char* kThemeCount = "Bewerbungen je Kommune";
inline constexpr const char* kTabApplications = "Bewerbungen";
inline constexpr const char* kTabMunicipalities = "Gemeinden";
inline constexpr const char* kTabCall = "Ausschreibung";
inline constexpr const char* kTabMap = "Karte";
inline constexpr const char* kThemeTitle = "Flächenfarben";
inline constexpr const char* kLegendSites = "Standorte nach Status";
inline constexpr const char* kLegendIneligible = "roter Ring: formal nicht förderfähig";
inline constexpr const char* kImportTitle = "Bewerbungen importieren";
inline constexpr const char* kImportHint =
    "CSV (UTF-8 oder Windows-1252, Trennzeichen ; oder ,) oder XLSX nach der Vorlage "
    "data/bewerbungen-vorlage.csv";
inline constexpr const char* kImportCheck = "Prüfen";
inline constexpr const char* kImportFound =
    "Tabellen neben dem Projekt und im Arbeitsordner (Doppelklick prüft):";
inline constexpr const char* kImportDo = "Importieren";
inline constexpr const char* kImportNothing =
    "Nichts wird importiert, solange eine Zeile fehlerhaft ist.";
inline constexpr const char* kMoveSite = "Standort verschoben";
inline constexpr const char* kUndone = "Rückgängig gemacht";
inline constexpr const char* kRedone = "Wiederholt";
inline constexpr const char* kSiteHelp =
    "Standort: Bewerbung wählen, dann Symbol ziehen oder „Auf der Karte setzen“";

inline constexpr const char* kTabCommittee = "Gremium";
inline constexpr const char* kCommitteeHelp =
    "Wer bewertet gerade? Bewertungen werden für dieses Mitglied eingetragen und im "
    "Protokoll mit seinem Namen vermerkt.";
inline constexpr const char* kCurrentMember = "am Platz";
inline constexpr const char* kNobody = "(niemand gewählt)";
inline constexpr const char* kMemberName = "Name";
inline constexpr const char* kMemberRole = "Funktion";
inline constexpr const char* kScoresCount = "Bewertungen";
inline constexpr const char* kAddMember = "Mitglied hinzufügen";
inline constexpr const char* kRemoveMember = "Mitglied entfernen";
inline constexpr const char* kRemoveMemberNote =
    "Seine Bewertungen werden mit entfernt (rückgängig machbar).";
inline constexpr const char* kBlindMode = "Verdeckte Bewertung";
inline constexpr const char* kReveal = "Aufdecken";
inline constexpr const char* kRevealed = "aufgedeckt";
inline constexpr const char* kHideAgain = "wieder verdecken";
inline constexpr const char* kBlindHint =
    "Jedes Mitglied sieht nur die eigenen Bewertungen, bis „Aufdecken“ alle zugleich zeigt.";
inline constexpr const char* kScoring = "Bewertung";
inline constexpr const char* kChooseMember =
    "Zum Bewerten im Reiter „Gremium“ ein Mitglied am Platz wählen.";
inline constexpr const char* kRecused = "befangen (nicht in der Wertung)";
inline constexpr const char* kNotEligibleNoScore =
    "Formal nicht förderfähig: wird nicht bewertet.";
inline constexpr const char* kHidden = "verdeckt";
inline constexpr const char* kAggregate = "Wertung";
inline constexpr const char* kSpread = "Spanne";
inline constexpr const char* kClearScore = "Bewertung löschen";
inline constexpr const char* kTabSelection = "Auswahl";
inline constexpr const char* kWeights = "Gewichte und Einstellungen";
inline constexpr const char* kRadius = "Radius r";
inline constexpr const char* kBasis = "Verteilung aus";
inline constexpr const char* kAggregation = "Zusammenfassung";
inline constexpr const char* kZNormalise = "z-Normalisierung (strenge und milde Bewertende angleichen)";
inline constexpr const char* kCoverageNote =
    "Abdeckung: Einwohner im Umkreis r um mindestens einen Ort, geteilt durch die Einwohner "
    "des Kreises. Die Einwohner jeder Kommune gelten als gleichmäßig über ihre Fläche verteilt; "
    "die Flächen im Umkreis werden mit GEOS verschnitten.";
inline constexpr const char* kCandidates = "förderfähige Bewerbungen mit Standort";
inline constexpr const char* kMembersScoring = "Mitglieder";
inline constexpr const char* kRecommendation = "Empfehlung";
inline constexpr const char* kParetoMark = "◆ Pareto-optimal (keine andere Auswahl ist in Leistung und Verteilung besser)";
inline constexpr const char* kChartTitle = "Leistung gegen Verteilung";
inline constexpr const char* kChartX = "Verteilung 0–5 →   (↑ Leistung 0–5)";
inline constexpr const char* kChartLegend = "orange: Pareto-Front · blauer Ring: Empfehlung";
inline constexpr const char* kAcceptabilityTitle = "Wie sicher ist die Empfehlung?";
inline constexpr const char* kComputing = "wird berechnet …";
inline constexpr const char* kSamplingUniform =
    "Anteil zufälliger Gewichtungen (gleichverteilt über alle), bei denen die Auswahl vorn liegt:";
inline constexpr const char* kSamplingAround =
    "Anteil zufälliger Gewichtungen (um die gewählten Gewichte), bei denen die Auswahl vorn liegt:";
inline constexpr const char* kStabilityTitle =
    "Die Empfehlung bleibt vorn, solange das Gewicht (Anteil) in diesem Bereich liegt:";
inline constexpr const char* kDecisionTitle = "Beschluss";
inline constexpr const char* kChosen = "Beschlossen";
inline constexpr const char* kPickedSet = "Gewählt (abweichend von der Empfehlung)";
inline constexpr const char* kReason = "Begründung";
inline constexpr const char* kRecordRecommendation = "Empfehlung beschließen";
inline constexpr const char* kRecordOther = "Abweichende Auswahl beschließen";
inline constexpr const char* kReasonNeeded = "Eine abweichende Auswahl braucht eine schriftliche Begründung.";
inline constexpr const char* kReached = "erreicht";
inline constexpr const char* kRubricTitle = "Bewertungsraster (0–5)";
inline constexpr const char* kRegionsTitle = "Regionen für die Verteilung";
inline constexpr const char* kRegionsHelp =
    "Ohne eigene Zuordnung: Drittel der Kommunen von Nord nach Süd (nach ihrem Mittelpunkt).";
inline constexpr const char* kRegionsDefault = "Zuordnung zurücksetzen";
}  // namespace ui::text
