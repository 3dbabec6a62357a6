#pragma once
// Part of the string catalogue (strings.hpp): Files from the window: start view, project menu, file choosers, status messages (issue 11).

#include "app/i18n/language.hpp"

namespace i18n::text {

// ---- the status area: what happened, in words ----
inline constexpr Str kFilesStatusMapSaved {"Karte gespeichert: {1} ({2})", "Map saved: {1} ({2})"};
inline constexpr Str kFilesStatusReportSaved {"Bericht ({1}) gespeichert: {2}\nBewertungen: {3}", "Report ({1}) saved: {2}\nScores: {3}"};
inline constexpr Str kFilesStatusReportFailed {"Bericht nicht gespeichert: {1}", "Report not saved: {1}"};
inline constexpr Plural kFilesStatusImported {{"{1} Bewerbung importiert", "{1} application imported"}, {"{1} Bewerbungen importiert", "{1} applications imported"}};
inline constexpr Str kFilesStatusRevealed {"Bewertungen aufgedeckt", "Scores revealed"};
inline constexpr Str kFilesStatusHiddenAgain {"Bewertungen wieder verdeckt", "Scores hidden again"};
inline constexpr Str kFilesStatusProjectOpened {"Projekt geöffnet: {1}", "Project opened: {1}"};
inline constexpr Str kFilesOpenFolder {"Ordner öffnen", "Open folder"};
inline constexpr Str kFilesOpenFolderFailed {"Der Ordner ließ sich nicht öffnen (xdg-open fehlt): {1}", "The folder could not be opened (xdg-open is missing): {1}"};

// ---- file choosers ----
inline constexpr Str kFilesBrowse {"Durchsuchen …", "Browse …"};
inline constexpr Str kFilesChooserTitleOpen {"Projekt öffnen", "Open project"};
inline constexpr Str kFilesChooserTitleImport {"Bewerbungen importieren", "Import applications"};
inline constexpr Str kFilesChooserTitleExport {"Karte speichern unter", "Save map as"};
inline constexpr Str kFilesChooserFolder {"Ordner", "Folder"};
inline constexpr Str kFilesChooserUp {"Übergeordneter Ordner", "Parent folder"};
inline constexpr Str kFilesChooserName {"Dateiname", "File name"};
inline constexpr Str kFilesChooserChoose {"Auswählen", "Choose"};
inline constexpr Str kFilesChooserEmpty {"Keine passenden Dateien in diesem Ordner.", "No matching files in this folder."};
inline constexpr Str kFilesChooserUnreadable {"Ordner lässt sich nicht lesen: {1}", "Folder cannot be read: {1}"};
inline constexpr Str kFilesChooserWaiting {"Dateiauswahl des Desktops ist offen …", "The desktop's file chooser is open …"};
inline constexpr Str kFilesChooserFilterProject {"Projektdateien (*.gpkg)", "Project files (*.gpkg)"};
inline constexpr Str kFilesChooserFilterTables {"Tabellen (*.csv, *.xlsx)", "Spreadsheets (*.csv, *.xlsx)"};
inline constexpr Str kFilesChooserFilterMaps {"Karten (*.png, *.pdf, *.svg)", "Maps (*.png, *.pdf, *.svg)"};
inline constexpr Str kFilesImportPathEmpty {"Bitte eine Datei wählen (Durchsuchen …) oder ihren Pfad eingeben.", "Please choose a file (Browse …) or type its path."};

// ---- start view and the Projekt menu ----
inline constexpr Str kFilesMenuProject {"Projekt", "Project"};
inline constexpr Str kFilesMenuNew {"Neues Projekt …", "New project …"};
inline constexpr Str kFilesMenuOpen {"Öffnen …", "Open …"};
inline constexpr Str kFilesMenuRecent {"Zuletzt geöffnet", "Recently opened"};
inline constexpr Str kFilesStartTitle {"Begegnungskarte – Projekt wählen", "Begegnungskarte – choose a project"};
inline constexpr Str kFilesStartHint {"Öffnen Sie ein Projekt (.gpkg), wählen Sie ein zuletzt geöffnetes, legen Sie ein neues an oder ziehen Sie eine Datei in das Fenster.", "Open a project (.gpkg), pick a recently opened one, create a new one or drop a file onto the window."};
inline constexpr Str kFilesStartNoRecent {"Noch keine zuletzt geöffneten Projekte.", "No recently opened projects yet."};
inline constexpr Str kFilesStartCannotOpen {"Das Projekt {1} lässt sich nicht öffnen: {2}", "The project {1} cannot be opened: {2}"};
inline constexpr Str kFilesStartDropNeedsProject {"{1}: Bewerbungen lassen sich erst importieren, wenn ein Projekt offen ist.", "{1}: applications can be imported only once a project is open."};
inline constexpr Str kFilesStartDropUnknown {"{1}: nur .gpkg (Projekt), .csv oder .xlsx (Bewerbungen) lassen sich hier ablegen.", "{1}: only .gpkg (project), .csv or .xlsx (applications) can be dropped here."};
inline constexpr Str kFilesNewTitle {"Neues Projekt", "New project"};
inline constexpr Str kFilesNewDistrict {"Gebietsschlüssel (05358 Kreis, 05 Land, DE)", "Area key (05358 district, 05 Land, DE)"};
inline constexpr Str kFilesNewSource {"Grenzdaten (VG250-Ordner oder Datei)", "Boundary data (VG250 folder or file)"};
inline constexpr Str kFilesNewFile {"Projektdatei", "Project file"};
inline constexpr Str kFilesNewCreate {"Anlegen", "Create"};
inline constexpr Str kFilesNewRunning {"Grenzen werden eingelesen: {1}", "Reading the boundaries: {1}"};
inline constexpr Str kFilesNewFailed {"Projekt nicht angelegt: {1}", "Project not created: {1}"};
inline constexpr Str kFilesNewSourceMissing {"{1}: keine Grenzdaten gefunden (erwartet wird ein Ordner mit gemeinden.geo.json oder VG250_GEM.shp, oder eine solche Datei)", "{1}: no boundary data found (expected a folder holding gemeinden.geo.json or VG250_GEM.shp, or such a file)"};
inline constexpr Str kFilesRecentUnreadable {"Liste der zuletzt geöffneten Projekte unlesbar, neu begonnen: {1}", "List of recently opened projects unreadable, started afresh: {1}"};

}  // namespace i18n::text
