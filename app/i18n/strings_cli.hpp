#pragma once
// Part of the string catalogue (strings.hpp): The command line: usage errors, progress and results of the commands, verify.

#include "app/i18n/language.hpp"

namespace i18n::text {

// ---- views: rank, snapshot, report, export, import, errors (the "views" engineer's block) ----
inline constexpr Str kCliOutOfMemory {"nicht genug Arbeitsspeicher für diese Aufgabe (die Eingabe ist für diesen Rechner zu groß; siehe die Grenzen im README)", "not enough memory for this task (the input is too large for this computer; see the limits in the README)"};
inline constexpr Str kCliNotANumber {"ein Wert ließ sich nicht als Zahl lesen ({1})", "a value could not be read as a number ({1})"};
inline constexpr Str kCliNoFullProgram {"{1} lässt sich nicht starten ({2}); begegnungskarte-cli übergibt ihm die Befehle, die andere Formate als die Projektdatei lesen oder schreiben. Bitte das Paket neu installieren oder den Befehl mit begegnungskarte aufrufen", "cannot start {1} ({2}); begegnungskarte-cli hands it the commands that read or write formats other than the project file. Please reinstall the package or run the command with begegnungskarte"};
inline constexpr Str kCliNoWindow {"Dieses Programm ist ohne Fenster gebaut (BK_WITH_WINDOW=OFF); die Befehle (snapshot, rank, report, …) gehen, das Kartenfenster nicht.", "This program is built without the window (BK_WITH_WINDOW=OFF); the commands (snapshot, rank, report, …) work, the map window does not."};

// rank
inline constexpr Plural kCliEligibleApplications {{"{1} förderfähige Bewerbung", "{1} eligible application"}, {"{1} förderfähige Bewerbungen", "{1} eligible applications"}};
inline constexpr Plural kCliPlaces {{"{1} Platz", "{1} place"}, {"{1} Plätze", "{1} places"}};
inline constexpr Plural kCliSets {{"{1} Auswahl", "{1} set"}, {"{1} Auswahlen", "{1} sets"}};
inline constexpr Plural kCliMembers {{"{1} Mitglied", "{1} member"}, {"{1} Mitglieder", "{1} members"}};
inline constexpr Plural kCliScores {{"{1} Bewertung", "{1} score"}, {"{1} Bewertungen", "{1} scores"}};
inline constexpr Plural kCliApplications {{"{1} Bewerbung", "{1} application"}, {"{1} Bewerbungen", "{1} applications"}};
inline constexpr Plural kCliProblems {{"{1} Problem", "{1} problem"}, {"{1} Probleme", "{1} problems"}};
inline constexpr Plural kCliPages {{"{1} Seite", "{1} page"}, {"{1} Seiten", "{1} pages"}};
inline constexpr Str kRankSummary {"{1}: {2} in {3}, {4}, {5}", "{1}: {2} in {3}, {4}, {5}"};
inline constexpr Str kRankWeights {"Gewichte: {1}", "Weights: {1}"};
inline constexpr Str kRankBasisCoverage {"Verteilung: Einwohner im Umkreis von {1} km (Einwohner gleichmäßig über jede Kommune verteilt, GEOS-Puffer); Zusammenfassung: {2}", "Verteilung: population within {1} km (population spread evenly over each municipality, GEOS buffers); aggregation: {2}"};
inline constexpr Str kRankBasisDistance {"Verteilung: Abstand der Orte, Umkreis {1} km; Zusammenfassung: {2}", "Verteilung: distance between the places, radius {1} km; aggregation: {2}"};
inline constexpr Str kRankMean {"Mittelwert", "mean"};
inline constexpr Str kRankMedian {"Median", "median"};
inline constexpr Str kRankZNormalised {", z-normalisiert je Mitglied", ", z-normalised per member"};
inline constexpr Str kRankCommittee {"Gremium: {1}, {2}", "Committee: {1}, {2}"};
inline constexpr Str kRankKendall {", Kendalls W {1}", ", Kendall's W {1}"};
inline constexpr Str kRankNoScores {"Noch keine Bewertungen: Die Leistung jeder Bewerbung ist 0, die Auswahlen werden nur nach der Verteilung gereiht.", "No scores yet: every application's merit is 0, the sets are ranked by Verteilung only."};
inline constexpr Str kRankApplications {"Bewerbungen", "Applications"};
inline constexpr Str kRankMunicipality {"Kommune", "Municipality"};
inline constexpr Str kRankRegion {"Region", "Region"};
inline constexpr Str kRankMerit {"Leistung", "Merit"};
inline constexpr Str kRankRaters {"Bewerter", "Raters"};
inline constexpr Str kRankLeftOut {"{1}  ausgelassen: {2}", "{1}  left out: {2}"};
inline constexpr Str kRankSetsSampled {"Auswahlen (Akzeptanz: Rang 1 in {1} gezogenen Gewichtungen {2}, Startwert {3})", "Sets (acceptability: first in {1} weightings drawn {2}, seed {3})"};
inline constexpr Str kRankUniformly {"gleichverteilt", "uniformly"};
inline constexpr Str kRankWithin {"innerhalb ±{1} %", "within ±{1} %"};
inline constexpr Str kRankSetsNotSampled {"Auswahlen (Akzeptanz: nicht berechnet, --samples 0)", "Sets (acceptability: not computed, --samples 0)"};
inline constexpr Str kRankColRank {"Rang", "Rank"};
inline constexpr Str kRankColCoverage {"Abdeckung", "Coverage"};
inline constexpr Str kRankColMinDistance {"Mind.-Abst.", "Min. dist."};
inline constexpr Str kRankColRegions {"Regionen", "Regions"};
inline constexpr Str kRankColTotal {"Gesamt", "Total"};
inline constexpr Str kRankColAcceptability {"Akzeptanz", "Acceptability"};
inline constexpr Str kRankNotComputed {"nicht berechnet", "not computed"};
inline constexpr Str kRankYes {"ja", "yes"};
inline constexpr Str kRankRecommended {"Empfohlene Auswahl: {1}. Sie bleibt vorn, solange sich ein Gewicht bewegt und die übrigen im Verhältnis folgen: {2}", "Recommended set: {1}. It stays first while one weight moves, the others in proportion: {2}"};
inline constexpr Str kRankChosen {"Beschlossene Auswahl: {1}", "Chosen set: {1}"};
inline constexpr Str kRankChosenDiffers {"Beschlossene Auswahl: {1} (weicht von der Empfehlung ab; Begründung: {2})", "Chosen set: {1} (differs from the recommendation; reason: {2})"};
inline constexpr Str kCliStdoutFailed {"Standardausgabe: Schreiben der CSV fehlgeschlagen ({1})", "standard output: writing the CSV failed ({1})"};

// snapshot
inline constexpr Str kSnapSizeRange {"Bildgröße {1}x{2}: erlaubt sind 1x1 bis 7680x4320", "image size {1}x{2}: allowed are 1x1 to 7680x4320"};
inline constexpr Str kSnapBadExtent {"--extent '{1}': erwartet minx,miny,maxx,maxy in Metern (EPSG:25832)", "--extent '{1}': expected minx,miny,maxx,maxy in EPSG:25832 metres"};
inline constexpr Str kSnapEmptyExtent {"--extent '{1}': max muss größer als min sein", "--extent '{1}': max must be greater than min"};
inline constexpr Str kSnapBadTheme {"--theme '{1}': erwartet gemeinden, bewerbungen oder erreicht", "--theme '{1}': expected gemeinden, bewerbungen or erreicht"};
inline constexpr Str kSnapWrote {"{1}: {2}x{3}", "{1}: {2}x{3}"};
inline constexpr Str kSnapWroteSheet {"{1}: {2}x{3}, Kartenblatt", "{1}: {2}x{3}, map sheet"};
inline constexpr Plural kSnapWroteLabels {{"{2}: {3}x{4}, {1} Beschriftung", "{2}: {3}x{4}, {1} label"}, {"{2}: {3}x{4}, {1} Beschriftungen", "{2}: {3}x{4}, {1} labels"}};

// report
inline constexpr Str kReportWrote {"{1} ({2}) und {3} geschrieben", "Wrote {1} ({2}) and {3}"};

// export
inline constexpr Str kExportWrote {"{1}: {2} ({3} mit Standort) als {4}; Kontaktdaten {5}", "{1}: {2} ({3} with a site) as {4}; contact data {5}"};
inline constexpr Str kExportGpkg {"GeoPackage, Layer 'bewerbungen', EPSG:25832", "GeoPackage, layer 'bewerbungen', EPSG:25832"};
inline constexpr Str kExportGeoJson {"GeoJSON (RFC 7946, WGS 84 Länge/Breite)", "GeoJSON (RFC 7946, WGS 84 longitude/latitude)"};
inline constexpr Str kExportCsv {"CSV (Spalten von data/bewerbungen-vorlage.csv)", "CSV (columns of data/bewerbungen-vorlage.csv)"};
inline constexpr Str kExportContactsIn {"enthalten", "included"};
inline constexpr Str kExportContactsOut {"weggelassen (--with-contacts nimmt sie auf)", "left out (--with-contacts adds it)"};
inline constexpr Str kExportAttributionCsv {"Quellenvermerk (nicht in der CSV; dort nennen, wo die Daten verwendet werden): {1}", "Attribution (not in the CSV; name it where the data is used): {1}"};
inline constexpr Str kExportAttributionFile {"Quellenvermerk (in der Datei): {1}", "Attribution (in the file): {1}"};

// import-applications
inline constexpr Str kImportReadOnlyFile {"{1}: Import nicht möglich, die Projektdatei ist schreibgeschützt", "{1}: cannot import, the project file is read-only"};
inline constexpr Str kImportReadOnlyOpen {"{1}: Import nicht möglich, das Projekt ist nur lesend geöffnet ({2})", "{1}: cannot import, the project is open read-only ({2})"};
inline constexpr Str kImportIgnoredColumns {"{1}: nicht verwendete Spalten: {2}", "{1}: ignored columns: {2}"};
inline constexpr Str kImportRefused {"{1}: {2}; nichts importiert, {3} ist unverändert", "{1}: {2}; nothing imported, {3} is unchanged"};
inline constexpr Str kImportSeparator {"Trennzeichen '{1}'", "separator '{1}'"};
inline constexpr Str kImportDryRun {"{1}: {2} zu importieren ({3}); Probelauf, {4} ist unverändert", "{1}: {2} to import ({3}); dry run, {4} is unchanged"};
inline constexpr Str kImportDone {"{1}: {2} aus {3} importiert (jetzt {4} im Projekt; Protokoll: \"{5}\")", "{1}: imported {2} from {3} (now {4} in the project; audit log: \"{5}\")"};
inline constexpr Str kImportEligibleCount {"{1} von {2} formal förderfähig", "{1} of {2} formally eligible"};
inline constexpr Str kImportEligible {"förderfähig (formal)", "eligible (formal)"};
inline constexpr Str kImportIneligible {"nicht förderfähig: {1}", "not eligible: {1}"};
inline constexpr Str kImportNothingImported {"{1}: {2}; nichts importiert", "{1}: {2}; nothing imported"};

// import-boundaries
inline constexpr Str kBoundariesSummary {"{1}: {2}, {3} km²", "{1}: {2}, {3} km²"};
inline constexpr Str kBoundariesPopulation {", Einwohner {1}", ", population {1}"};
inline constexpr Str kBoundariesDistrict {", Kreisgrenze und {1}", ", district outline and {1}"};
inline constexpr Plural kBoundariesNeighbours {{"{1} Nachbarkreis", "{1} neighbouring district"}, {"{1} Nachbarkreise", "{1} neighbouring districts"}};
inline constexpr Str kBoundariesSource {"Grenzen: VG250 Stand {1}, {2}, dl-de/by-2-0", "Boundaries: VG250 Stand {1}, {2}, dl-de/by-2-0"};
inline constexpr Str kBoundariesBackup {"Die ersetzte Datei ist als {1} aufbewahrt", "The file it replaced is kept as {1}"};
// ---- end of the views block ----

// ---- verify and committee commands (the "engine" engineer's block) ----
// verify
inline constexpr Str kVerifyOk {"{1}: OK (Schema {2}, {3}, {4}, Kette intakt)", "{1}: OK (schema {2}, {3}, {4}, chain intact)"};
inline constexpr Plural kVerifyAuditEntries {{"{1} Protokolleintrag", "{1} audit entry"}, {"{1} Protokolleinträge", "{1} audit entries"}};
inline constexpr Str kVerifyProblems {"{1}: {2}:", "{1}: {2}:"};
inline constexpr Str kVerifyNotFound {"{1}: Datei nicht gefunden", "{1}: file not found"};
inline constexpr Str kVerifyIntegrity {"SQLite-Integritätsprüfung fehlgeschlagen: {1}", "SQLite integrity check failed: {1}"};
inline constexpr Str kVerifyNewer {"{1}: von einer neueren Begegnungskarte geschrieben (Schema {2}, dieses Programm kennt bis {3}); bitte das Programm aktualisieren", "{1}: written by a newer Begegnungskarte (schema {2}, this program knows up to {3}); please update the program"};
inline constexpr Str kVerifyOlder {"Schema-Version {1}, erwartet {2} (die Datei einmal öffnen, um sie umzustellen)", "schema version {1}, expected {2} (open the file once to migrate it)"};
inline constexpr Str kVerifyTableMissing {"Tabelle „{1}“ fehlt", "table '{1}' is missing"};
inline constexpr Str kVerifyTriggerRemoved {"der Schutz des Protokolls „{1}“ wurde entfernt", "audit log protection '{1}' was removed"};
inline constexpr Plural kVerifyOrphanSites {{"{1} Standort gehört zu keiner Bewerbung", "{1} site belongs to no application"}, {"{1} Standorte gehören zu keiner Bewerbung", "{1} sites belong to no application"}};
inline constexpr Str kVerifyEntry {"Protokolleintrag {1} ({2}, {3})", "audit entry {1} ({2}, {3})"};
inline constexpr Str kVerifyEntriesMissing {"Protokolleinträge {1} bis {2} fehlen", "audit entries {1} to {2} are missing"};
inline constexpr Str kVerifyChainBroken {"{1}: folgt nicht auf den Eintrag davor (Kette unterbrochen)", "{1}: does not follow the entry before it (chain broken)"};
inline constexpr Str kVerifyEntryEdited {"{1}: der Inhalt passt nicht zu seinem Hash (nachträglich geändert)", "{1}: its content does not match its hash (edited afterwards)"};
// member add, score, reveal, choose
inline constexpr Str kCmdMemberAdded {"{1}: Mitglied „{2}“ hinzugefügt (Nr. {3})", "{1}: member '{2}' added (no. {3})"};
inline constexpr Str kCmdScoreSet {"{1}: {2}", "{1}: {2}"};
inline constexpr Plural kCmdScoresSet {{"{2}: {1} Bewertung aus {3} gesetzt", "{2}: {1} score set from {3}"}, {"{2}: {1} Bewertungen aus {3} gesetzt", "{2}: {1} scores set from {3}"}};
inline constexpr Str kCmdRevealed {"{1}: Bewertungen aufgedeckt", "{1}: scores revealed"};
inline constexpr Str kCmdAlreadyRevealed {"{1}: die Bewertungen sind schon aufgedeckt", "{1}: the scores are already revealed"};
inline constexpr Str kCmdChosen {"{1}: Auswahl {2} beschlossen (Empfehlung: {3})", "{1}: choice {2} recorded (recommendation: {3})"};
inline constexpr Str kCmdNoRecommendation {"keine", "none"};
inline constexpr Str kCmdUnknownMember {"kein Mitglied „{1}“ im Gremium", "no member '{1}' in the committee"};
inline constexpr Str kCmdUnknownApplication {"keine Bewerbung mit Nr „{1}“", "no application with Nr '{1}'"};
inline constexpr Str kCmdUnknownCriterion {"unbekanntes Kriterium „{1}“; erlaubt: {2}", "unknown criterion '{1}'; allowed: {2}"};
inline constexpr Str kCmdBadScore {"„{1}“ ist keine Bewertung von 0 bis 5", "'{1}' is not a score from 0 to 5"};
inline constexpr Str kCmdScoreArgs {"entweder --csv DATEI oder --member, --application, --criterion und --value", "either --csv FILE or --member, --application, --criterion and --value"};
inline constexpr Str kCmdCsvColumns {"{1}: die erste Zeile muss die Spalten member;application;criterion;value nennen", "{1}: the first line must name the columns member;application;criterion;value"};
inline constexpr Str kCmdCsvUnreadable {"{1}: die Datei lässt sich nicht lesen", "{1}: cannot read the file"};
inline constexpr Str kCmdCsvEmpty {"{1}: keine Bewertungen in der Datei", "{1}: no scores in the file"};
inline constexpr Str kCmdCsvCell {"{1}: Zeile {2}, Spalte {3}: {4}", "{1}: row {2}, column {3}: {4}"};
inline constexpr Str kCmdCsvRow {"{1}: Zeile {2}: {3}", "{1}: row {2}: {3}"};
inline constexpr Str kCmdNothingStored {"{1}: {2}; nichts gespeichert, {3} ist unverändert", "{1}: {2}; nothing stored, {3} is unchanged"};
inline constexpr Str kCmdEmptySet {"--set nennt keine Bewerbung", "--set names no application"};
// ---- end of the verify and committee block ----

// ---- import, export, boundaries, usage (the "cli-texts" engineer's block) ----
// import-applications
inline constexpr Str kImportXlsx {"XLSX-Arbeitsmappe", "XLSX workbook"};
// export
inline constexpr Str kExportUnknownFormat {"{1}: unbekanntes Exportformat „{2}“; möglich sind .gpkg, .geojson und .csv", "{1}: unknown export format '{2}'; use .gpkg, .geojson or .csv"};
inline constexpr Str kExportIsProject {"{1}: das ist die Projektdatei selbst; bitte einen anderen Namen wählen", "{1}: this is the project file itself; choose another name"};
inline constexpr Str kExportNoDate {"{1}: {2} ist kein Datum", "{1}: {2} is no date"};
inline constexpr Str kExportGdalFailed {"{1}: {2} ist fehlgeschlagen: {3}", "{1}: {2} failed: {3}"};
inline constexpr Str kExportNoDriver {"{1}: GDAL fehlt der Treiber für dieses Format", "{1}: GDAL lacks the driver for this format"};
inline constexpr Str kExportStepFile {"das Anlegen der Datei", "creating the file"};
inline constexpr Str kExportStepLayer {"das Anlegen der Ebene", "creating the layer"};
inline constexpr Str kExportStepMetadata {"das Schreiben der Metadaten", "writing the metadata"};
inline constexpr Str kExportStepField {"das Anlegen des Feldes {1}", "creating the field {1}"};
inline constexpr Str kExportStepApplication {"das Schreiben der Bewerbung {1}", "writing application {1}"};
inline constexpr Str kExportStepWrite {"das Schreiben", "writing"};
inline constexpr Str kExportStepFinish {"das Abschließen der Datei", "finishing the file"};
inline constexpr Str kExportStepNothing {"GDAL hat nichts geschrieben", "GDAL wrote nothing"};
// import-boundaries: stages (the window's start view), result, warnings, errors
inline constexpr Str kBoundariesStageMunicipalities {"Kommunen", "Municipalities"};
inline constexpr Str kBoundariesStageDistricts {"Kreise", "Districts"};
inline constexpr Plural kBoundariesMunicipalities {{"{1} Kommune", "{1} municipality"}, {"{1} Kommunen", "{1} municipalities"}};
inline constexpr Str kBoundariesNotFound {"{1}: Datei nicht gefunden", "{1}: file not found"};
inline constexpr Str kBoundariesUnreadable {"{1}: lässt sich nicht als Grenzdaten lesen: {2}", "{1}: cannot be read as boundaries: {2}"};
inline constexpr Str kBoundariesNotVg250 {"{1}: keine VG250-Ebene, es fehlen die Felder {2} (erwartet: AGS, GEN, BEZ, GF)", "{1}: not a VG250 layer, the field(s) {2} are missing (expected AGS, GEN, BEZ, GF)"};
inline constexpr Str kBoundariesBadCrs {"{1}: unbrauchbares Koordinatenreferenzsystem: {2}", "{1}: unusable coordinate reference system: {2}"};
inline constexpr Str kBoundariesReprojection {"{1}: Umprojektion fehlgeschlagen: {2}", "{1}: reprojection failed: {2}"};
inline constexpr Str kBoundariesInvalidGeometry {"{1}: ungültige Geometrie: {2}", "{1}: invalid geometry: {2}"};
inline constexpr Str kBoundariesOutsideGermany {"{1}: liegt nach der Umprojektion nach EPSG:25832 außerhalb Deutschlands; stimmt das Koordinatenreferenzsystem der Quelle?", "{1}: lies outside Germany after reprojection to EPSG:25832; is the source's coordinate reference system right?"};
inline constexpr Str kBoundariesBadKey {"Gebietsschlüssel „{1}“: erwartet werden 2 bis 8 Ziffern eines AGS (05 ein Land, 05358 ein Kreis, 05358004 eine Kommune) oder DE für ganz Deutschland", "area key '{1}': expected 2 to 8 digits of an AGS (05 a Land, 05358 a district, 05358004 a municipality) or DE for all of Germany"};
inline constexpr Str kBoundariesNoOut {"keine Ausgabedatei angegeben (--out)", "no output file given (--out)"};
inline constexpr Str kBoundariesNoFolder {"{1}: hier lässt sich nicht schreiben, den Ordner {2} gibt es nicht", "{1}: cannot write here, the folder {2} does not exist"};
inline constexpr Str kBoundariesExists {"{1}: gibt es schon; eine andere Datei wählen oder --overwrite angeben", "{1}: already exists; choose another file or pass --overwrite"};
inline constexpr Str kBoundariesOpenElsewhere {"{1}: ist in einem anderen Fenster oder Befehl der Begegnungskarte geöffnet; dort schließen und erneut versuchen", "{1}: is open in another Begegnungskarte window or command; close it there and try again"};
inline constexpr Str kBoundariesHolds {"{1} enthält {2}; --discard-applications ersetzt die Datei trotzdem (eine Sicherungskopie bleibt)", "{1} holds {2}; add --discard-applications to replace it anyway (a backup is kept)"};
inline constexpr Str kBoundariesHoldsChoice {"eine beschlossene Auswahl", "a recorded choice"};
inline constexpr Str kBoundariesAnd {" und ", " and "};
inline constexpr Str kBoundariesBackupUnreadable {"{1}: lässt sich für die Sicherungskopie nicht lesen", "{1}: cannot read it to keep a backup"};
inline constexpr Str kBoundariesBackupFailed {"{1}: Lesen für die Sicherungskopie fehlgeschlagen", "{1}: reading it for the backup failed"};
inline constexpr Str kBoundariesSelectsNothing {"{1}: der Gebietsschlüssel {2} wählt keine Kommune aus (AGS, die damit beginnt, und GF = 4)", "{1}: the area key {2} selects no municipality (AGS starting with it, GF = 4)"};
inline constexpr Str kBoundariesAgsTwice {"{1}: AGS {2} kommt mit GF = 4 zweimal vor", "{1}: AGS {2} appears twice with GF = 4"};
inline constexpr Str kBoundariesNoDistrict {"{1}: kein Kreis mit AGS {2} (GF = 4)", "{1}: no district with AGS {2} (GF = 4)"};
inline constexpr Str kBoundariesNoWsk {"{1}: kein Feld WSK, aus dem sich der Stand ablesen ließe; bitte --stand JJJJ-MM-TT angeben", "{1}: no WSK field to derive the edition date from; pass --stand YYYY-MM-DD"};
inline constexpr Str kBoundariesStandFromWsk {"kein --stand angegeben: als Stand gilt das jüngste WSK der ganzen Quelle ({1}); --stand gibt den wirklichen Stand an", "no --stand given: the edition date is the latest WSK of the whole source ({1}); pass --stand for the real edition"};
inline constexpr Str kBoundariesRepaired {"Geometrie von {1} (AGS {2}) repariert ({3}): Fläche um {4} m² ({5} %) geändert", "geometry of {1} (AGS {2}) repaired ({3}): area changed by {4} m² ({5} %)"};
inline constexpr Str kBoundariesRepairTooLarge {"{1}; die Reparatur würde die Fläche um {2} % ändern (höchstens 1 % ist zulässig)", "{1}; repairing it would change its area by {2} % (at most 1 % is allowed)"};
inline constexpr Str kBoundariesGermany {"Deutschland", "Germany"};
inline constexpr Str kBoundariesLand {"Land", "federal state"};
inline constexpr Str kBoundariesWithoutPopulation {"keine Einwohnerzahlen angegeben (--population): die Abdeckung der Bevölkerung lässt sich in diesem Projekt nicht messen; die Rangfolge sagt das, statt mit null Einwohnern zu rechnen", "no population given (--population): the population coverage cannot be measured in this project; the ranking says so instead of counting zero inhabitants"};
inline constexpr Str kBoundariesBadStand {"--stand „{1}“: erwartet wird ein Datum JJJJ-MM-TT", "--stand '{1}': expected a date YYYY-MM-DD"};
inline constexpr Str kBoundariesNoPopulation {"{1}: keine Einwohnerzahl für {2}", "{1}: no population for {2}"};
inline constexpr Str kBoundariesWriteFailed {"{1}: Schreiben der Projektdatei fehlgeschlagen: {2}", "{1}: writing the project file failed: {2}"};
// demo
inline constexpr Str kDemoWrote {"{1}: {2} mit {3}", "{1}: {2} with {3}"};
inline constexpr Str kDemoExists {"{1}: gibt es schon; bitte eine andere Datei wählen", "{1}: already exists; choose another file"};
inline constexpr Str kDemoFromMissing {"{1}: Datei nicht gefunden (sie entsteht mit import-boundaries)", "{1}: file not found (make it with import-boundaries)"};
inline constexpr Str kDemoUnreadable {"{1}: lässt sich nicht lesen", "{1}: cannot read it"};
inline constexpr Str kDemoReadFailed {"{1}: Lesen fehlgeschlagen", "{1}: reading it failed"};
inline constexpr Str kDemoHasApplications {"{1}: enthält schon Bewerbungen; bitte ein Projekt nur mit Grenzen angeben", "{1}: already holds applications; give a project with boundaries only"};
inline constexpr Str kDemoNoMunicipality {"{1}: keine Kommune {2}; das Beispiel braucht den Kreis Düren (05358)", "{1}: no municipality {2}; the example needs the Kreis Düren (05358)"};
// usage errors of the command line (CLI11's own messages are English; these replace them)
inline constexpr Str kUsageRequired {"{1} fehlt (Pflichtangabe)", "{1} is required"};
inline constexpr Plural kUsageUnexpected {{"unerwartete Angabe: {2}", "argument not expected: {2}"}, {"unerwartete Angaben: {2}", "arguments not expected: {2}"}};
inline constexpr Str kUsageMissingValue {"{1}: der Wert fehlt (erwartet: {2})", "{1}: the value is missing (expected: {2})"};
inline constexpr Str kUsageBadValue {"{1}: ungültiger Wert „{2}“ (erwartet: {3})", "{1}: invalid value '{2}' (expected: {3})"};
inline constexpr Str kUsageRequires {"{1} geht nur zusammen mit {2}", "{1} requires {2}"};
inline constexpr Str kUsageExcludes {"{1} und {2} schließen sich aus", "{1} excludes {2}"};
inline constexpr Str kUsageUnknownCommand {"unbekannter Befehl und keine Datei: „{1}“; Befehle: {2}", "unknown command and no file: '{1}'; commands: {2}"};
inline constexpr Str kUsageNoProject {"keine Projektdatei angegeben", "no project file given"};
inline constexpr Str kUsageHelp {"Hilfe: {1} --help", "help: {1} --help"};
// ---- end of the import, export, boundaries, usage block ----

// ---- store and files (the "store-texts" engineer's block) ----
// safe outputs (fileio::OutputError, worded by i18n::outputErrorText)
inline constexpr Str kOutNoTarget {"keine Ausgabedatei angegeben", "no output file given"};
inline constexpr Str kOutCannotWrite {"{1}: hier lässt sich nicht schreiben ({2})", "{1}: cannot write here ({2})"};
inline constexpr Str kOutMissingFolder {"{1}: hier lässt sich nicht schreiben, den Ordner {2} gibt es nicht", "{1}: cannot write here, the folder {2} does not exist"};
inline constexpr Str kOutTooManyLinks {"{1}: zu viele symbolische Verknüpfungen", "{1}: too many symbolic links"};
inline constexpr Str kOutCannotReadLink {"{1}: die Verknüpfung lässt sich nicht lesen ({2})", "{1}: cannot read the link ({2})"};
inline constexpr Str kOutFolder {"{1}: ist ein Ordner, keine gewöhnliche Datei; wird nicht ersetzt", "{1}: is a folder, not a regular file; refusing to replace it"};
inline constexpr Str kOutDevice {"{1}: ist ein Gerät, keine gewöhnliche Datei; wird nicht ersetzt", "{1}: is a device, not a regular file; refusing to replace it"};
inline constexpr Str kOutFifo {"{1}: ist eine Pipe (FIFO), keine gewöhnliche Datei; wird nicht ersetzt", "{1}: is a pipe (FIFO), not a regular file; refusing to replace it"};
inline constexpr Str kOutSocket {"{1}: ist ein Socket, keine gewöhnliche Datei; wird nicht ersetzt", "{1}: is a socket, not a regular file; refusing to replace it"};
inline constexpr Str kOutNotRegular {"{1}: ist keine gewöhnliche Datei; wird nicht ersetzt", "{1}: is not a regular file; refusing to replace it"};
inline constexpr Str kOutNoTempName {"{1}: kein freier Name für eine Zwischendatei", "{1}: no free temporary file name"};
inline constexpr Str kOutClosed {"{1}: die Ausgabe ist schon geschlossen", "{1}: the output is already closed"};
inline constexpr Str kOutWriteFailed {"{1}: Schreiben fehlgeschlagen ({2})", "{1}: writing failed ({2})"};
inline constexpr Str kOutGone {"{1}: die geschriebene Datei ist verschwunden ({2})", "{1}: the written file is gone ({2})"};
inline constexpr Str kOutCannotReplace {"{1}: die Datei lässt sich nicht ersetzen ({2})", "{1}: cannot replace the file ({2})"};
// the project file (store)
inline constexpr Str kStoreNotFound {"{1}: Datei nicht gefunden", "{1}: file not found"};
inline constexpr Str kStoreNotGpkg {"{1}: keine Projektdatei (kein GeoPackage: {2})", "{1}: not a project file (not a GeoPackage: {2})"};
inline constexpr Str kStoreOtherFormat {"{1}: keine Projektdatei (erwartet wird ein GeoPackage, dies ist {2})", "{1}: not a project file (a GeoPackage is expected, this is {2})"};
inline constexpr Str kStoreNoMunicipalityLayer {"{1}: keine Projektdatei (die Ebene „gemeinden“ fehlt)", "{1}: not a project file (the layer 'gemeinden' is missing)"};
inline constexpr Str kStoreNoMunicipalities {"{1}: die Ebene „gemeinden“ enthält keine Kommunen", "{1}: the layer 'gemeinden' has no municipalities"};
inline constexpr Str kStoreNotGpkgProject {"{1}: keine Projektdatei (kein GeoPackage-Projekt)", "{1}: not a GeoPackage project file"};
inline constexpr Str kStoreLocked {"{1}: das Projekt ist von einem anderen Programm gesperrt (database is locked); bitte dort schließen und erneut versuchen", "{1}: the project is locked by another program (database is locked); close it there and try again"};
inline constexpr Str kStoreNote {"Hinweis: {1}", "note: {1}"};
inline constexpr Str kStoreRollbackFailed {"{1}: ein unterbrochener Schreibvorgang ließ sich nicht zurücknehmen ({2})", "{1}: an interrupted write could not be rolled back ({2})"};
inline constexpr Str kStoreDamagedVersion {"{1}: beschädigte Projektdatei: schema_version ist „{2}“, keine Zahl", "{1}: damaged project file: schema_version is '{2}', not a number"};
inline constexpr Str kStoreDamaged {"{1}: beschädigte Projektdatei ({2})", "{1}: damaged project file ({2})"};
inline constexpr Str kStoreNewer {"{1}: von einer neueren Begegnungskarte geschrieben (Schema {2}, dieses Programm kennt bis {3}); bitte das Programm aktualisieren", "{1}: written by a newer Begegnungskarte (schema {2}, this program knows up to {3}); please update the program"};
inline constexpr Str kStoreReadOnlyNothingWritten {"{1}: nur lesbar, nichts geschrieben", "{1}: read-only, nothing written"};
inline constexpr Str kStoreReadOnlyViewNotSaved {"{1}: nur lesbar, die Ansicht ist nicht gespeichert", "{1}: read-only, view not saved"};
inline constexpr Str kStoreEmptyFile {"die Datei ist leer", "the file is empty"};
inline constexpr Str kStoreBadShape {"{1}: beschädigte Projektdatei (Ebene „{2}“, Objekt {3}: {4})", "{1}: damaged project file (layer '{2}', feature {3}: {4})"};
inline constexpr Str kStoreNoShape {"keine Geometrie", "no geometry"};
inline constexpr Str kStoreShapeDamaged {"Geometrie unlesbar: {1}", "unreadable geometry: {1}"};
inline constexpr Str kStoreShapeNotArea {"ein {1} statt einer Fläche", "a {1}, not an area"};
inline constexpr Str kStoreCannotOpen {"{1}: lässt sich nicht öffnen ({2})", "{1}: cannot open ({2})"};
// the population table (exchange/population_table)
inline constexpr Str kPopCannotOpen {"{1}: die Bevölkerungstabelle lässt sich nicht öffnen", "{1}: cannot open the population table"};
inline constexpr Str kPopTooLarge {"{1}: größer als 16 MB; keine Bevölkerungstabelle", "{1}: larger than 16 MB; not a population table"};
inline constexpr Str kPopCannotRead {"{1}: die Bevölkerungstabelle lässt sich nicht lesen", "{1}: cannot read the population table"};
inline constexpr Str kPopCommentColumn {" (ein Kommentar)", " (a comment)"};
inline constexpr Str kPopColumn {", Spalte {1}", ", column {1}"};
inline constexpr Str kPopInvalidUtf8 {"{1}, Zeile {2}{3}: ungültiges UTF-8-Byte {4} an Byte-Position {5}{6}; bitte die Tabelle als UTF-8 speichern", "{1}, row {2}{3}: invalid UTF-8 byte {4} at byte offset {5}{6}; save the table as UTF-8"};
inline constexpr Str kPopMoreInvalid {" (und {1} weitere)", " (and {1} more)"};
inline constexpr Str kPopWhere {"{1}, Zeile {2}: ", "{1}, row {2}: "};
inline constexpr Str kPopHeader {"die Kopfzeile braucht die Spalten „ags“ und „population“", "the header needs the columns 'ags' and 'population'"};
inline constexpr Str kPopTooFewColumns {"zu wenige Spalten", "too few columns"};
inline constexpr Str kPopNotAKey {"Spalte „ags“: „{1}“ ist kein Schlüssel", "column 'ags': '{1}' is not a key"};
inline constexpr Str kPopNotACount {"Spalte „population“: „{1}“ ist keine nicht-negative ganze Zahl", "column 'population': '{1}' is not a non-negative whole number"};
inline constexpr Str kPopTooMany {"Spalte „population“: „{1}“ ist mehr als 100.000.000, die Obergrenze für eine Kommune", "column 'population': '{1}' is more than 100,000,000, the upper bound for a municipality"};
inline constexpr Str kPopTwice {"AGS {1} kommt zweimal vor", "AGS {1} appears twice"};
inline constexpr Str kPopEmpty {"{1}: die Bevölkerungstabelle ist leer", "{1}: the population table is empty"};
// ---- end of the store and files block ----

}  // namespace i18n::text
