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

}  // namespace ui::text
