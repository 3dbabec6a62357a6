#pragma once
// Part of the string catalogue (strings.hpp): Spreadsheets for the office: XLSX export and template (issue 12).

#include "app/i18n/language.hpp"

namespace i18n::text {

// The XLSX writer (exchange/xlsx_writer)
inline constexpr Str kXlsxZipFailed {"{1}: die Arbeitsmappe ließ sich nicht zusammenstellen ({2})", "{1}: the workbook could not be put together ({2})"};
inline constexpr Str kXlsxBadSheetName {"{1}: „{2}“ ist kein erlaubter Tabellenblattname (höchstens 31 Zeichen, keines von []:*?/\\)", "{1}: '{2}' is not an allowed sheet name (at most 31 characters, none of []:*?/\\)"};

// The export (.xlsx)
inline constexpr Str kXlsxApplicationsSheet {"Bewerbungen", "Applications"};
inline constexpr Str kXlsxExportName {"XLSX (Excel-Arbeitsmappe)", "XLSX (Excel workbook)"};
inline constexpr Str kXlsxExportUnknownFormat {"{1}: unbekanntes Exportformat „{2}“; möglich sind .gpkg, .geojson, .csv und .xlsx", "{1}: unknown export format '{2}'; use .gpkg, .geojson, .csv or .xlsx"};
inline constexpr Str kXlsxApplicationsTitle {"Bewerbungen – {1}", "Applications – {1}"};

// The import template (`template --out vorlage.xlsx`)
inline constexpr Str kXlsxTemplateTitle {"Vorlage für Bewerbungen – {1}", "Template for applications – {1}"};
inline constexpr Str kXlsxListErrorTitle {"Wert nicht in der Liste", "Value not in the list"};
inline constexpr Str kXlsxListError {"Bitte einen Wert aus der Liste wählen ({1}).", "Please choose a value from the list ({1})."};
inline constexpr Str kXlsxTemplateWrote {"{1} geschrieben: Vorlage mit Auswahllisten für {2}", "{1} written: template with drop-down lists for {2}"};
inline constexpr Str kXlsxTemplateNotXlsx {"{1}: die Vorlage wird als .xlsx geschrieben; bitte einen Namen auf .xlsx angeben", "{1}: the template is written as .xlsx; please give a name ending in .xlsx"};
inline constexpr Str kXlsxTemplateIsProject {"{1}: die Vorlage darf die Projektdatei nicht ersetzen", "{1}: the template must not replace the project file"};

// The scores workbook of the report (`report --scores-csv F.xlsx`)
inline constexpr Str kXlsxScoresTitle {"Bewertungen – {1}", "Scores – {1}"};
inline constexpr Str kXlsxSheetScores {"Bewertungen", "Scores"};
inline constexpr Str kXlsxSheetAggregates {"Zusammenfassung", "Aggregates"};
inline constexpr Str kXlsxSheetRanking {"Rangfolge", "Ranking"};
inline constexpr Str kXlsxSheetDecision {"Entscheidung", "Decision"};
inline constexpr Str kXlsxColNr {"Nr", "No."};
inline constexpr Str kXlsxColTitle {"Titel", "Title"};
inline constexpr Str kXlsxColCriterion {"Kriterium", "Criterion"};
inline constexpr Str kXlsxColMember {"Mitglied", "Member"};
inline constexpr Str kXlsxColScore {"Punkte", "Score"};
inline constexpr Str kXlsxColRecused {"befangen", "recused"};
inline constexpr Str kXlsxColAggregate {"Zusammenfassung", "Aggregate"};
inline constexpr Str kXlsxColSpread {"Spannweite", "Spread"};
inline constexpr Str kXlsxColRaters {"Bewertende", "Raters"};
inline constexpr Str kXlsxColRank {"Rang", "Rank"};
inline constexpr Str kXlsxColSet {"Auswahl", "Set"};
inline constexpr Str kXlsxColMerit {"Güte", "Merit"};
inline constexpr Str kXlsxColCoverage {"Abdeckung (Anteil)", "Coverage (share)"};
inline constexpr Str kXlsxColCovered {"Einwohner im Radius", "Population within radius"};
inline constexpr Str kXlsxColMinDistance {"kleinster Abstand km", "Shortest distance km"};
inline constexpr Str kXlsxColRegions {"Regionen", "Regions"};
inline constexpr Str kXlsxColVerteilung {"Verteilung", "Spread"};
inline constexpr Str kXlsxColTotal {"Gesamt", "Total"};
inline constexpr Str kXlsxColAcceptability {"Akzeptanz", "Acceptability"};
inline constexpr Str kXlsxColPareto {"Pareto", "Pareto"};
inline constexpr Str kXlsxColWhat {"Angabe", "Item"};
inline constexpr Str kXlsxColValue {"Wert", "Value"};
inline constexpr Str kXlsxDecisionRecommended {"Empfohlene Auswahl", "Recommended set"};
inline constexpr Str kXlsxDecisionChosen {"Gewählte Auswahl", "Chosen set"};
inline constexpr Str kXlsxDecisionReason {"Begründung", "Reason"};
inline constexpr Str kXlsxDecisionNone {"keine", "none"};
inline constexpr Str kXlsxDecisionProblem {"Keine Rangfolge", "No ranking"};
inline constexpr Str kXlsxColWeight {"Gewicht", "Weight"};
inline constexpr Str kXlsxRadiusKm {"Radius km", "Radius km"};
inline constexpr Str kXlsxYes {"ja", "yes"};
inline constexpr Str kXlsxNo {"nein", "no"};

}  // namespace i18n::text
