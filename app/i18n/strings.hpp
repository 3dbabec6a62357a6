#pragma once
// The catalogue of user-visible strings: German and English side by side (see language.hpp),
// with counted texts as `Plural` (i18n::count).
// The window, the map sheets and the decision report take their text from here only.

#include "app/i18n/language.hpp"
// The catalogue's parts by area; the catalogue test reads them all.
#include "app/i18n/strings_agreement.hpp"
#include "app/i18n/strings_cli.hpp"
#include "app/i18n/strings_files.hpp"
#include "app/i18n/strings_funding.hpp"
#include "app/i18n/strings_history.hpp"
#include "app/i18n/strings_layout.hpp"
#include "app/i18n/strings_map.hpp"
#include "app/i18n/strings_note.hpp"
#include "app/i18n/strings_package.hpp"
#include "app/i18n/strings_panels.hpp"
#include "app/i18n/strings_problems.hpp"
#include "app/i18n/strings_qgis.hpp"
#include "app/i18n/strings_server.hpp"
#include "app/i18n/strings_report.hpp"
#include "app/i18n/strings_sheet.hpp"
#include "app/i18n/strings_sheets_xlsx.hpp"
#include "app/i18n/strings_window.hpp"

namespace i18n::text {

inline constexpr Str kAppName {"Begegnungskarte", "Begegnungskarte"};
inline constexpr Str kMunicipalities {"Kommunen", "Municipalities"};
inline constexpr Str kMunicipality {"Kommune", "Municipality"};
inline constexpr Str kAgs {"AGS", "AGS"};
inline constexpr Str kPopulation {"Einwohner", "Population"};
inline constexpr Str kArea {"Fläche", "Area"};
inline constexpr Str kDensity {"Dichte", "Density"};
inline constexpr Str kDistrictTotal {"Kreis gesamt", "District total"};
inline constexpr Str kUnknown {"unbekannt", "unknown"};
inline constexpr Str kFitDistrict {"Kreis einpassen (Pos1)", "Fit district (Home)"};
inline constexpr Str kExport {"Karte exportieren (PNG, PDF, SVG) … (Strg+E)", "Export map (PNG, PDF, SVG) … (Ctrl+E)"};
inline constexpr Str kExportShort {"Export … (Strg+E)", "Export … (Ctrl+E)"};
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
inline constexpr Str kLineWidth {"Linien Kommunengrenzen (px)", "Municipality lines (px)"};
inline constexpr Str kDistrictLineWidth {"Linie Kreisgrenze (px)", "District boundary line (px)"};
inline constexpr Str kLabelSize {"Schrift Namen der Kommunen (px)", "Municipality name size (px)"};
inline constexpr Str kShowLabels {"Namen der Kommunen zeigen", "Show municipality names"};
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
inline constexpr Str kThemeColours {"Kommunen (Farben)", "Municipalities (colours)"};
inline constexpr Str kThemeCount {"Bewerbungen je Kommune", "Applications per municipality"};
inline constexpr Str kTabApplications {"Bewerbungen", "Applications"};
inline constexpr Str kTabMunicipalities {"Kommunen", "Municipalities"};
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
inline constexpr Str kMembersScoring {"Mitglieder", "members"};
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
// ---- Language work (issue 5 §4): labels the window shows from the form, panels and other
// modules. Texts with {1}, {2}, … are patterns for i18n::fill (word order differs by language).
// Enumeration values (display only; the project file keeps domain::label's German words).
inline constexpr Str kApplicantKommune {"Kommune", "Municipality"};
inline constexpr Str kApplicantWohlfahrt {"Wohlfahrtsverband", "Welfare association"};
inline constexpr Str kApplicantVerein {"Verein", "Association"};
inline constexpr Str kApplicantKirche {"Kirche / Religionsgemeinschaft", "Church / religious community"};
inline constexpr Str kApplicantInitiative {"freie Gruppe / Initiative", "Free group / initiative"};
inline constexpr Str kApplicantSonstige {"Sonstige", "Other"};
inline constexpr Str kPropertyKita {"Kita", "Day-care centre"};
inline constexpr Str kPropertyRefugee {"Flüchtlingsunterkunft", "Refugee accommodation"};
inline constexpr Str kPropertySchool {"Schule", "School"};
inline constexpr Str kPropertyCommunityHall {"Bürger- / Gemeindehaus", "Community hall"};
inline constexpr Str kPropertyYouthCentre {"Jugendzentrum", "Youth centre"};
inline constexpr Str kPropertySenior {"Senioreneinrichtung", "Senior citizens' facility"};
inline constexpr Str kPropertyStandalone {"eigenständige Immobilie", "stand-alone building"};
inline constexpr Str kPropertyOther {"sonstige", "other"};
inline constexpr Str kDigitalNone {"keiner", "none"};
inline constexpr Str kDigitalPartly {"teilweise", "partly"};
inline constexpr Str kDigitalFully {"vollständig", "fully"};
inline constexpr Str kPhaseConcept {"Konzeptionierung", "Concept"};
inline constexpr Str kPhaseSetup {"Einrichtung", "Setting up"};
inline constexpr Str kPhaseDevelopment {"Weiterentwicklung", "Further development"};
inline constexpr Str kActorKommune {"Kommune", "Municipality"};
inline constexpr Str kActorWohlfahrt {"Wohlfahrtsverband", "Welfare association"};
inline constexpr Str kActorVerein {"Verein", "Association"};
inline constexpr Str kActorKirche {"Kirche / Religionsgemeinschaft", "Church / religious community"};
inline constexpr Str kActorSchoolKita {"Schule / Kita", "School / day-care centre"};
inline constexpr Str kActorMigrantOrg {"Migrantenselbstorganisation", "Migrant self-organisation"};
inline constexpr Str kActorSeniorYouth {"Senioren- / Jugendvertretung", "Senior / youth council"};
inline constexpr Str kActorSelfHelp {"Selbsthilfe / Behindertenorganisation", "Self-help / disability organisation"};
inline constexpr Str kActorBusiness {"Unternehmen", "Businesses"};
inline constexpr Str kActorIndividuals {"Einzelpersonen", "Individuals"};
inline constexpr Str kActorOther {"Sonstige", "Other"};
inline constexpr Str kGroupChildren {"Kinder", "Children"};
inline constexpr Str kGroupYouth {"Jugendliche", "Young people"};
inline constexpr Str kGroupFamilies {"Familien", "Families"};
inline constexpr Str kGroupAdults {"Erwachsene", "Adults"};
inline constexpr Str kGroupSeniors {"Senior*innen", "Senior citizens"};
inline constexpr Str kGroupDisabled {"Menschen mit Behinderungen", "People with disabilities"};
inline constexpr Str kGroupNewcomers {"Neuzugewanderte / Geflüchtete", "Newcomers / refugees"};
inline constexpr Str kGroupMigration {"Menschen mit Migrationsgeschichte", "People with a migration background"};
inline constexpr Str kGroupOther {"Sonstige", "Other"};
inline constexpr Str kStatusReceived {"eingegangen", "received"};
inline constexpr Str kStatusInReview {"in Prüfung", "under review"};
inline constexpr Str kStatusEligible {"förderfähig", "eligible"};
inline constexpr Str kStatusIneligible {"nicht förderfähig", "ineligible"};
inline constexpr Str kStatusSelected {"ausgewählt", "selected"};
inline constexpr Str kStatusRejected {"abgelehnt", "rejected"};
// Criteria (decision::Criterion), long and short.
inline constexpr Str kCritSpread {"Verteilung der Kommunen im Kreisgebiet", "Spread of the municipalities over the district"};
inline constexpr Str kCritActors {"Zahl der beteiligten Akteur*innen (aktuell und Ziel)", "Number of actors involved (now and target)"};
inline constexpr Str kCritComposition {"Zusammensetzung der beteiligten Akteur*innen", "Composition of the actors involved"};
inline constexpr Str kCritTargetGroups {"Angesprochene Zielgruppen", "Target groups addressed"};
inline constexpr Str kCritOrganisation {"Organisation (Personal, Finanzmittel, Ehrenamt)", "Organisation (staff, funds, volunteers)"};
inline constexpr Str kCritLocation {"Lage im Kreisgebiet", "Location in the district"};
inline constexpr Str kCritSpreadShort {"Verteilung", "Spread"};
inline constexpr Str kCritActorsShort {"Akteure", "Actors"};
inline constexpr Str kCritCompositionShort {"Zusammensetzung", "Composition"};
inline constexpr Str kCritTargetGroupsShort {"Zielgruppen", "Target groups"};
inline constexpr Str kCritOrganisationShort {"Organisation", "Organisation"};
inline constexpr Str kCritLocationShort {"Lage", "Location"};
// Eligibility checks and their reasons.
inline constexpr Str kNoSiteSet {"kein Standort gesetzt", "no site set"};
// Application form.
inline constexpr Str kDateHint {"TT.MM.JJJJ", "YYYY-MM-DD"};
inline constexpr Str kNotADate {"{1}: '{2}' ist kein Datum (TT.MM.JJJJ)", "{1}: '{2}' is not a date (YYYY-MM-DD)"};
inline constexpr Str kFixFirst {"Bitte zuerst die Angaben in {1} korrigieren: {2}", "Please correct the entries in {1} first: {2}"};
inline constexpr Str kEligibleByRules {"Förderfähig nach den formalen Kriterien", "Eligible by the formal criteria"};
inline constexpr Str kFormallyIneligible {"Formal nicht förderfähig", "Formally ineligible"};
inline constexpr Str kFieldMunicipality {"Kommune", "Municipality"};
// A new application has no Kommune until one is chosen: the form's choice shows this, and
// the check "Kommune stimmt mit Standort überein" says why it fails.
inline constexpr Str kChooseMunicipality {"– bitte wählen –", "– please choose –"};
inline constexpr Str kMunicipalityNotChosen {"keine Kommune gewählt", "no municipality chosen"};
inline constexpr Str kFieldTitle {"Titel", "Title"};
inline constexpr Str kFieldApplicant {"Träger", "Applicant"};
inline constexpr Str kFieldApplicantKind {"Trägerart", "Kind of applicant"};
inline constexpr Str kSectionPlace {"Ort", "Place"};
inline constexpr Str kFieldStreet {"Straße", "Street"};
inline constexpr Str kFieldPostcode {"PLZ", "Postcode"};
inline constexpr Str kFieldTown {"Ort", "Town"};
inline constexpr Str kSiteAt {"Standort: {1} / {2} (UTM 32N)", "Site: {1} / {2} (UTM 32N)"};
inline constexpr Str kSiteNotSet {"Standort: noch nicht gesetzt", "Site: not set yet"};
inline constexpr Str kFieldProperty {"Liegenschaft", "Premises"};
inline constexpr Str kFieldSharedBuilding {"weitere Nutzungen im Gebäude", "other uses in the building"};
inline constexpr Str kFieldDigital {"digitaler Anteil", "digital share"};
inline constexpr Str kFieldDigitalHow {"digital: wie", "digital: how"};
inline constexpr Str kFieldPhase {"Phase", "Stage"};
inline constexpr Str kSectionActors {"Akteur*innen und Zielgruppen", "Actors and target groups"};
inline constexpr Str kFieldActorsNow {"Akteur*innen aktuell", "Actors now"};
inline constexpr Str kFieldActorsTarget {"Akteur*innen Ziel", "Actors target"};
inline constexpr Str kFieldActorKinds {"Arten der Akteur*innen", "Kinds of actors"};
inline constexpr Str kFieldTargetGroups {"Zielgruppen", "Target groups"};
inline constexpr Str kSectionOrganisation {"Organisation", "Organisation"};
inline constexpr Str kFieldStaffHours {"Hauptamt (Std./Woche)", "Paid staff (h/week)"};
inline constexpr Str kFieldFixedContact {"feste Ansprechperson", "permanent contact person"};
inline constexpr Str kFieldOpeningHours {"Öffnungszeiten", "Opening hours"};
inline constexpr Str kFieldOpeningHoursPerWeek {"Öffnungszeiten (Std./Woche)", "Opening hours (h/week)"};
inline constexpr Str kFieldVolunteers {"Ehrenamtliche", "Volunteers"};
inline constexpr Str kFieldOwnFunds {"Eigenmittel (€/Jahr)", "Own funds (€/year)"};
inline constexpr Str kFieldOpenToGroups {"offen für freie Gruppen", "open to free groups"};
inline constexpr Str kSectionContact {"Kontakt und Eingang", "Contact and receipt"};
inline constexpr Str kFieldContactName {"Ansprechperson", "Contact person"};
inline constexpr Str kFieldEmail {"E-Mail", "E-mail"};
inline constexpr Str kFieldPhone {"Telefon", "Phone"};
inline constexpr Str kFieldReceivedEmail {"Eingang per E-Mail", "Received by e-mail"};
inline constexpr Str kFieldReceivedPost {"Eingang per Post", "Received by post"};
inline constexpr Str kFieldFormComplete {"Formular vollständig", "Form complete"};
inline constexpr Str kFieldMissingItems {"fehlende Angaben", "missing items"};
inline constexpr Str kFieldConcept {"Konzept", "Concept"};
inline constexpr Str kCoordinatesHint {"50,8043 6,4820 oder 322582 5631085", "50.8043 6.4820 or 322582 5631085"};
// Call settings.
inline constexpr Str kDeadline {"Bewerbungsfrist", "Deadline"};
inline constexpr Str kPlacesFunded {"geförderte Orte", "places funded"};
inline constexpr Str kMaterialPerPlace {"Sachmittel je Ort (€)", "Material costs per place (€)"};
inline constexpr Str kConsultingPerPlace {"Beratung je Ort (€)", "Consulting per place (€)"};
inline constexpr Str kFundingTerms {"Förderbedingungen", "Funding terms"};
inline constexpr Str kEligibleApplicants {"Antragsberechtigt", "Who may apply"};
inline constexpr Str kContact {"Kontakt", "Contact"};
inline constexpr Str kCriteria {"Kriterien", "Criteria"};
inline constexpr Str kPlacesAtLeastOne {"geförderte Orte: mindestens 1", "places funded: at least 1"};
inline constexpr Str kAmountsNegative {"Beträge dürfen nicht negativ sein", "Amounts must not be negative"};
inline constexpr Str kTitleMissing {"Titel fehlt", "Title missing"};
// Import dialog.
inline constexpr Str kSeparatorIs {", Trennzeichen ", ", separator "};
inline constexpr Str kIgnoredColumns {"Nicht zugeordnete Spalten (ignoriert): {1}", "Unassigned columns (ignored): {1}"};
inline constexpr Plural kApplicationsInFile {{"{1} Bewerbung in der Datei", "{1} application in the file"}, {"{1} Bewerbungen in der Datei", "{1} applications in the file"}};
inline constexpr Str kSite {"Standort", "Site"};
// Map legend, map and status line.
inline constexpr Str kOneMunicipality {"Kommune", "municipality"};
inline constexpr Str kManyMunicipalities {"Kommunen", "municipalities"};
inline constexpr Str kAreaWithinKm {"Fläche im Umkreis von {1} km", "Area within {1} km"};
inline constexpr Str kCoverageReached {"erreicht (mind. 95 %)", "reached (at least 95%)"};
inline constexpr Str kCoveragePartly {"teilweise", "partly"};
inline constexpr Str kCoverageNotReached {"nicht erreicht (unter 5 %)", "not reached (under 5%)"};
inline constexpr Str kCountNone {"keine", "none"};
inline constexpr Str kCountThreeOrMore {"3 und mehr", "3 or more"};
inline constexpr Str kSiteOutside {"{1}: Standort außerhalb des Kreisgebiets", "{1}: site outside the district"};
inline constexpr Str kSiteInWrongMunicipality {"{1}: Standort liegt in {2}, nicht in der genannten Kommune", "{1}: site lies in {2}, not in the municipality named"};
inline constexpr Str kSiteIn {"{1}: Standort in {2}", "{1}: site in {2}"};
inline constexpr Str kAsOf {"Stand", "as of"};
// Scoring panel (evidence beside each criterion).
inline constexpr Str kEvidenceActors {"aktuell {1}, Ziel {2}", "now {1}, target {2}"};
inline constexpr Plural kEvidenceComposition {{"{1} Art von Akteur*innen, Shannon-Index {2}", "{1} kind of actors, Shannon index {2}"}, {"{1} Arten von Akteur*innen, Shannon-Index {2}", "{1} kinds of actors, Shannon index {2}"}};
inline constexpr Plural kEvidenceGroups {{"{1} Zielgruppe; generationenübergreifend: {2}, interkulturell: {3}", "{1} target group; intergenerational: {2}, intercultural: {3}"}, {"{1} Zielgruppen; generationenübergreifend: {2}, interkulturell: {3}", "{1} target groups; intergenerational: {2}, intercultural: {3}"}};
inline constexpr Str kEvidenceStaff {"Hauptamt {1} Std./Woche, {2} Ehrenamtliche, Eigenmittel {3}/Jahr", "Paid staff {1} h/week, {2} volunteers, own funds {3}/year"};
inline constexpr Str kEvidenceContact {"feste Ansprechperson: {1}; Öffnungszeiten: {2} ({3} Std./Woche)", "permanent contact person: {1}; opening hours: {2} ({3} h/week)"};
inline constexpr Str kInhabitantsShort {"Einw.", "inh."};
inline constexpr Str kInhabitantsPerKm2 {"Einw./km²", "inh./km²"};
inline constexpr Str kEvidenceDistances {"Entfernung zu {1} (Mitte): {2}, zum Kreismittelpunkt: {3}", "Distance to {1} (centre): {2}, to the district centre: {3}"};
inline constexpr Str kEvidenceNearest {"nächste andere Bewerbung: {1}", "nearest other application: {1}"};
inline constexpr Str kNrInKm {"{1} in {2}", "{1} at {2}"};
inline constexpr Str kRecusedShort {" (befangen)", " (recused)"};
inline constexpr Plural kMoreScoresHidden {{"{1} weitere Bewertung {2}", "{1} more score {2}"}, {"{1} weitere Bewertungen {2}", "{1} more scores {2}"}};
// Selection panel and the set overlay on the map.
inline constexpr Str kNoFeasibleSet {"Keine zulässige Auswahl: {1} förderfähige Bewerbungen mit Standort aus {1} verschiedenen Kommunen nötig, es gibt {2} in {3}.", "No feasible selection: {1} eligible applications with a site in {1} different municipalities are needed; there are {2} in {3}."};
inline constexpr Plural kMunicipalitiesCount {{"{1} Kommune", "{1} municipality"}, {"{1} Kommunen", "{1} municipalities"}};
inline constexpr Str kMoreThan {"mehr als {1}", "more than {1}"};
inline constexpr Str kMerit {"Leistung", "Merit"};
inline constexpr Str kTotal {"Gesamt", "Total"};
inline constexpr Str kParetoOptimal {"Pareto-optimal", "Pareto-optimal"};
inline constexpr Str kKendallW {"Kendalls W", "Kendall's W"};
inline constexpr Str kSetSummary {"Gesamt {1} · Leistung {2} · erreicht {3} der Einwohner · Abstand {4} km", "Total {1} · merit {2} · reaches {3} of the residents · distance {4} km"};
inline constexpr Str kColRank {"Rang", "Rank"};
inline constexpr Str kColPlaces {"Orte", "Places"};
inline constexpr Str kColMerit {"Leist.", "Merit"};
inline constexpr Str kColCoverage {"Abdeck.", "Cover."};
inline constexpr Str kColTotal {"Gesamt", "Total"};
inline constexpr Str kColAcceptability {"Akz.", "Acc."};
inline constexpr Str kRangeNow {"{1}: {2} bis {3} (jetzt {4})", "{1}: {2} to {3} (now {4})"};
inline constexpr Str kAcceptability {"Akzeptanz", "Acceptability"};
inline constexpr Str kResidentsWithin {"{1} Einwohner ({2}) im Umkreis von {3} km", "{1} residents ({2}) within {3} km"};
inline constexpr Str kBasisCoverage {"Abdeckung (Einwohner im Radius)", "Coverage (residents within the radius)"};
inline constexpr Str kBasisDistance {"Abstand der Orte", "Distance between the places"};
inline constexpr Str kMean {"Mittelwert", "Mean"};
inline constexpr Str kMedian {"Median", "Median"};
inline constexpr Str kSetTooltip {"{1}\nLeistung {2} · Verteilung {3} · Gesamt {4}", "{1}\nmerit {2} · spread {3} · total {4}"};
inline constexpr Str kTooManySets {"{1} mögliche Auswahlen zu {2} Orten: zu viele zum Vergleichen nach dem Abstand der Orte (höchstens {3}); die Verteilung nach der Abdeckung bewerten (dann sucht der Optimierer die besten Auswahlen), weniger förderfähige Bewerbungen oder weniger Orte", "{1} possible selections of {2} places: too many to rank by the distance between the places (at most {3}); judge Verteilung by coverage (the optimiser then finds the best selections), fewer eligible applications or fewer places"};
inline constexpr Str kTooManyCandidatesForSolver {"{1} förderfähige Bewerbungen mit Standort: der Optimierer wählt unter höchstens {2}", "{1} eligible applications with a site: the optimiser chooses among at most {2}"};
inline constexpr Str kTooManyPlacesForSolver {"{1} Orte: der Optimierer wählt höchstens {2} Orte", "{1} places: the optimiser chooses at most {2} places"};
// rank and the window, calls with too many sets to enumerate (the covering solver).
inline constexpr Str kMethodEnumeration {"Verfahren: alle {1} möglichen Auswahlen verglichen", "Method: all {1} possible selections compared"};
inline constexpr Str kMethodSolver {"Verfahren: Optimierer (COIN-OR CBC, Abdeckungsmodell mit {1} Bevölkerungsteilen); die {2} besten von {3} möglichen Auswahlen", "Method: optimiser (COIN-OR CBC, covering model with {1} population parts); the {2} best of {3} possible selections"};
inline constexpr Str kSolverOptimal {"jede Auswahl als optimal bewiesen", "each selection proven optimal"};
inline constexpr Str kSolverNotOptimal {"Zeitgrenze erreicht: nicht jede Auswahl als optimal bewiesen", "time bound reached: not every selection proven optimal"};
inline constexpr Str kSolverSamples {"Akzeptanz aus {1} von {2} Gewichtungen neu gelöst (Zeitgrenze)", "Acceptability from {1} of {2} weightings solved again (time bound)"};
inline constexpr Str kSolverStabilityIncomplete {"Stabilitätsbereiche unvollständig (Zeitgrenze): sie sind höchstens so weit wie angegeben", "Stability ranges incomplete (time bound): they are at most as wide as shown"};
inline constexpr Str kColGap {"Abst.", "Gap"};
inline constexpr Str kSolverProgress {"{1} von {2}", "{1} of {2}"};
inline constexpr Str kSolverStageSets {"Der Optimierer sucht die besten Auswahlen …", "The optimiser looks for the best selections …"};
inline constexpr Str kSolverStageAcceptability {"Der Optimierer löst für gezogene Gewichtungen neu (Akzeptanz) …", "The optimiser solves again for drawn weightings (acceptability) …"};
inline constexpr Str kSolverStageStability {"Der Optimierer sucht die Stabilitätsbereiche …", "The optimiser looks for the stability ranges …"};
inline constexpr Str kGapTooltip {"{1} unter dem Optimum", "{1} below the optimum"};
inline constexpr Str kGapLine {"Abstand zum Optimum: {1}", "Gap to the optimum: {1}"};
inline constexpr Str kNoPopulationForCoverage {"Die Abdeckung der Bevölkerung lässt sich nicht messen: das Projekt hat für keine Kommune eine Einwohnerzahl. Die Grenzen mit Einwohnerzahlen neu einlesen (import-boundaries --population) oder die Verteilung nach dem Abstand der Orte bewerten.", "The population coverage cannot be measured: the project has no population for any municipality. Import the boundaries again with population figures (import-boundaries --population) or judge Verteilung by the distance between the places."};
// ---- end of the language work's block

// ---- Map sheets and snapshots (app/print/map_sheet.cpp, snapshot, export dialog) ----
inline constexpr Str kSheetTitle {"Orte der Begegnung", "Meeting places"};
inline constexpr Str kSheetLegend {"Legende", "Legend"};
inline constexpr Str kSheetApplicationsPerMunicipality {"Bewerbungen je Kommune", "Applications per municipality"};
inline constexpr Str kSheetClassNone {"keine", "none"};
inline constexpr Str kSheetClassMany {"3 und mehr", "3 or more"};
inline constexpr Str kSheetMunicipalityOne {"Kommune", "municipality"};
inline constexpr Str kSheetMunicipalityMany {"Kommunen", "municipalities"};
inline constexpr Str kSheetReachedTitle {"Fläche im Umkreis von", "Area within"};
inline constexpr Str kSheetReachedFull {"erreicht (mind. 95 %)", "reached (at least 95 %)"};
inline constexpr Str kSheetReachedPart {"teilweise", "partly"};
inline constexpr Str kSheetReachedNone {"nicht erreicht (unter 5 %)", "not reached (below 5 %)"};
inline constexpr Str kSheetChosenSet {"Beschlossene Auswahl", "Chosen set"};
inline constexpr Str kSheetRecommendedSet {"Empfohlene Auswahl", "Recommended set"};
inline constexpr Str kSheetSet {"Auswahl", "Set"};
inline constexpr Str kSheetRing {"Umkreis", "Radius"};
inline constexpr Str kSheetDistance {"Abstand der Orte", "Distance between the sites"};
inline constexpr Str kSheetResidents {"Einwohner", "residents"};
inline constexpr Str kSheetWithin {"im Umkreis von", "within"};
inline constexpr Str kSheetWeights {"Gewichte und Radius", "Weights and radius"};
inline constexpr Str kSheetRadius {"Radius", "Radius"};
inline constexpr Str kSheetProject {"Projekt", "Project"};
inline constexpr Str kSheetDate {"Stand", "As of"};
inline constexpr Str kSheetNorth {"N", "N"};
inline constexpr Str kExportFormat {"Format", "Format"};
inline constexpr Str kExportSheet {"Kartenblatt (Titel, Legende, Maßstab, Nordpfeil)", "Map sheet (title, legend, scale, north arrow)"};
inline constexpr Str kExportMapTitle {"Karte exportieren", "Export map"};
// --- Presentation: map-only view, fullscreen, themes, UI scale, stepping (window) ---
inline constexpr Str kMapOnly {"Nur Karte (F5)", "Map only (F5)"};
inline constexpr Str kBackToPanels {"← Bedienfeld (Esc)", "← Panels (Esc)"};
inline constexpr Str kFullscreen {"Vollbild (F11)", "Full screen (F11)"};
inline constexpr Str kAppearance {"Darstellung", "Appearance"};
inline constexpr Str kColourScheme {"Farbschema", "Colour scheme"};
inline constexpr Str kThemeLight {"Hell (Beamer, hoher Kontrast)", "Light (projector, high contrast)"};
inline constexpr Str kThemeDark {"Dunkel", "Dark"};
inline constexpr Str kUiScale {"Schriftgröße (Strg + / Strg − / Strg 0)", "Text size (Ctrl + / Ctrl − / Ctrl 0)"};
inline constexpr Str kLanguage {"Sprache", "Language"};
inline constexpr Str kKeysHelp {"← / → Bewerbungen durchgehen · 1–9 Auswahl nach Rang · F5 nur Karte · F11 Vollbild · Esc zurück",
    "← / → step through the applications · 1–9 sets by rank · F5 map only · F11 full screen · Esc back"};
inline constexpr Str kRankedSet {"Auswahl auf Rang", "Set ranked"};
inline constexpr Str kNoRankedSet {"Keine Auswahl auf diesem Rang", "No set at this rank"};
inline constexpr Str kSettingsUnreadable {"Einstellungen nicht lesbar, Standardwerte gelten", "Settings unreadable, using the defaults"};
// Shown once when opening rolled back a write that a crash interrupted ({1}: the file).
inline constexpr Str kRecoveredInterruptedWrite {"{1}: Eine unterbrochene Änderung wurde zurückgenommen; das Projekt ist wie vor dieser Änderung", "{1}: an interrupted write was rolled back; the project is as it was before it"};
inline constexpr Str kSettingsNotSaved {"Einstellungen nicht gespeichert", "Settings not saved"};
inline constexpr Str kNoSite {"ohne Standort", "no site"};
inline constexpr Str kNotScoredYet {"noch nicht vollständig bewertet", "not fully scored yet"};
// ---- decision report (app/print/report.cpp) and its button in the Auswahl tab
inline constexpr Str kRepTitle {"Entscheidungsbericht", "Decision report"};
inline constexpr Str kRepPageOf {"Seite {1} von {2}", "Page {1} of {2}"};
inline constexpr Str kRepProjectFile {"Projektdatei", "Project file"};
inline constexpr Str kRepDate {"Erstellt am", "Created on"};
inline constexpr Str kRepVersion {"Programm", "Program"};
inline constexpr Str kRepMembersLabel {"Gremium", "Committee"};
inline constexpr Plural kRepMembersCount {{"{1} Mitglied, namentlich genannt", "{1} member, named"}, {"{1} Mitglieder, namentlich genannt", "{1} members, named"}};
inline constexpr Str kRepAnonymousNote {"Die Namen der Mitglieder sind durch Nummern ersetzt (Mitglied 1, 2, …).", "The members' names are replaced by numbers (Member 1, 2, …)."};
inline constexpr Str kRepMemberN {"Mitglied {1}", "Member {1}"};
inline constexpr Str kRepSha {"SHA-256 der Projektdatei", "SHA-256 of the project file"};
inline constexpr Str kRepChainHead {"SHA-256 des letzten Protokolleintrags", "SHA-256 of the latest audit entry"};
inline constexpr Str kRepChainHeadHint {"Das Projekt liegt auf einem Datenbankserver; dieser Wert deckt das ganze Protokoll bis zu diesem Bericht ab (mit begegnungskarte verify nachprüfbar).", "The project is on a database server; this value covers the whole audit log up to this report (can be checked with begegnungskarte verify)."};
inline constexpr Str kRepShaHint {"Prüfsumme der Datei, aus der dieser Bericht erstellt wurde (z. B. mit sha256sum nachprüfbar).", "Checksum of the file this report was made from (can be checked with sha256sum, for example)."};
inline constexpr Str kRepRecommended {"Empfehlung", "Recommendation"};
inline constexpr Str kRepChosen {"Beschluss", "Decision"};
inline constexpr Str kRepNoChoice {"noch kein Beschluss erfasst", "no decision recorded yet"};
inline constexpr Str kRepApplicationLine {"{1} „{2}“ ({3})", "{1} “{2}” ({3})"};
inline constexpr Str kRepSectionCall {"Ausschreibung", "Call for applications"};
inline constexpr Str kRepCallTitle {"Titel", "Title"};
inline constexpr Str kRepPlaces {"Geförderte Orte", "Places funded"};
inline constexpr Str kRepMaterial {"Sachmittel je Ort", "Material costs per place"};
inline constexpr Str kRepConsulting {"Beratungsleistungen je Ort", "Consulting per place"};
inline constexpr Str kRepFundingPerPlace {"Förderung je Ort insgesamt", "Funding per place in total"};
inline constexpr Str kRepSectionApplications {"Bewerbungen und Förderfähigkeit", "Applications and eligibility"};
inline constexpr Str kRepEligibleCol {"förderfähig", "eligible"};
inline constexpr Str kRepReasons {"Gründe", "Reasons"};
inline constexpr Plural kRepApplicationsSummary {{"{1} Bewerbung, davon {2} formal förderfähig; {3}", "{1} application, {2} of them formally eligible; {3}"}, {"{1} Bewerbungen, davon {2} formal förderfähig; {3}", "{1} applications, {2} of them formally eligible; {3}"}};
inline constexpr Plural kRepTakingPart {{"{1} förderfähige mit Standort geht in die Auswahl ein.", "{1} eligible one with a site takes part in the selection."}, {"{1} förderfähige mit Standort gehen in die Auswahl ein.", "{1} eligible ones with a site take part in the selection."}};
inline constexpr Str kRepNoContacts {"Persönliche Kontaktdaten (Ansprechperson, E-Mail, Telefon, Anschrift) stehen nicht in diesem Bericht.", "Personal contact data (contact person, e-mail, phone, address) is not part of this report."};
inline constexpr Str kRepSectionCommittee {"Gremium und Bewertungen", "Committee and scores"};
inline constexpr Str kRepNoMembers {"Das Gremium hat keine Mitglieder.", "The committee has no members."};
inline constexpr Str kRepMember {"Mitglied", "Member"};
inline constexpr Str kRepRole {"Funktion", "Role"};
inline constexpr Str kRepScoresGiven {"Bewertungen", "Scores"};
inline constexpr Str kRepScoresSummary {"{1}, {2}.", "{1}, {2}."};
inline constexpr Plural kRepMembersN {{"{1} Mitglied", "{1} member"}, {"{1} Mitglieder", "{1} members"}};
inline constexpr Plural kRepCountingScores {{"{1} zählende Bewertung", "{1} score that counts"}, {"{1} zählende Bewertungen", "{1} scores that count"}};
inline constexpr Str kRepKendall {"Übereinstimmung der Mitglieder (Kendalls W): {1}.", "Agreement of the members (Kendall's W): {1}."};
inline constexpr Str kRepNoScores {"Noch keine Bewertungen: Die Leistung aller Bewerbungen ist 0, die Auswahlen werden nur nach der Verteilung gereiht.", "No scores yet: every application's merit is 0, the sets are ranked by their spread only."};
inline constexpr Str kRepRecusals {"Befangenheit", "Conflicts of interest"};
inline constexpr Str kRepNoRecusals {"Keine Befangenheit erklärt.", "No conflict of interest declared."};
inline constexpr Str kRepRecusalLine {"{1} ist befangen bei {2} und bewertet sie nicht.", "{1} has a conflict of interest for {2} and does not score it."};
inline constexpr Str kRepScoresTitle {"Bewertungen je Bewerbung (0–5)", "Scores per application (0–5)"};
inline constexpr Str kRepScoresIntro {"Je förderfähiger Bewerbung mit Standort: die Bewertung jedes Mitglieds je Kriterium, zusammengefasst als {1}, und die Spanne (höchste minus niedrigste). Die Leistung ist das gewichtete Mittel der fünf Kriterien.", "Per eligible application with a site: each member's score per criterion, aggregated as the {1}, and the spread (highest minus lowest). The merit is the weighted mean of the five criteria."};
inline constexpr Str kRepMean {"Mittelwert", "mean"};
inline constexpr Str kRepMedian {"Median", "median"};
inline constexpr Str kRepCriterion {"Kriterium", "Criterion"};
inline constexpr Str kRepAggregate {"zusammen", "Aggregate"};
inline constexpr Str kRepSpread {"Spanne", "Range"};
inline constexpr Str kRepRecusedCell {"befangen", "recused"};
inline constexpr Str kRepAggregatesTitle {"Zusammengefasste Bewertungen", "Aggregated scores"};
inline constexpr Str kRepRegion {"Region", "Region"};
inline constexpr Str kRepRaters {"Bewertende", "Raters"};
inline constexpr Str kRepLeftOut {"{1} nicht in der Auswahl: {2}", "{1} not in the selection: {2}"};
inline constexpr Str kRepSectionSettings {"Gewichte und Einstellungen", "Weights and settings"};
inline constexpr Str kRepWeight {"Gewicht", "Weight"};
inline constexpr Str kRepZNormalised {"z-normalisiert je Mitglied", "z-normalised per member"};
inline constexpr Str kRepBasis {"Verteilung aus", "Spread from"};
inline constexpr Str kRepBasisCoverage {"Anteil der Bevölkerung im Umkreis von {1} km der Standorte (Bevölkerung gleichmäßig über jede Kommune verteilt)", "share of the population within {1} km of the sites (population spread evenly over each municipality)"};
inline constexpr Str kRepBasisDistance {"kürzester Abstand der Standorte, bezogen auf den größten möglichen", "shortest distance between the sites, relative to the largest possible"};
inline constexpr Str kRepRadius {"Radius", "Radius"};
inline constexpr Str kRepAggregation {"Zusammenfassung", "Aggregation"};
inline constexpr Str kRepSampling {"Sensitivität", "Sensitivity"};
inline constexpr Str kRepSamplingUniform {"{1} zufällige Gewichtungen, gleichverteilt über alle möglichen; Startwert {2}", "{1} random weightings, uniform over all possible ones; seed {2}"};
inline constexpr Str kRepSamplingAround {"{1} zufällige Gewichtungen, jedes Gewicht um ±{3} % verändert; Startwert {2}", "{1} random weightings, each weight varied by ±{3}%; seed {2}"};
inline constexpr Str kRepRegionsLabel {"Regionen", "Regions"};
inline constexpr Str kRepRegionsThirds {"Drittel der Kommunen von Nord nach Süd", "thirds of the municipalities from north to south"};
inline constexpr Str kRepRegionsOwn {"eigene Zuordnung (Reiter Ausschreibung)", "own grouping (Call tab)"};
inline constexpr Str kRepSectionRanking {"Rangfolge der Auswahlen", "Ranking of the sets"};
inline constexpr Str kRepNoRanking {"Keine Rangfolge: {1} förderfähige Bewerbungen mit Standort in {2} Kommunen; eine Auswahl braucht {3} Orte in verschiedenen Kommunen.", "No ranking: {1} eligible applications with a site in {2} municipalities; a set needs {3} places in different municipalities."};
inline constexpr Str kRepRankingIntro {"{1} zulässige Auswahlen (je Kommune höchstens ein Ort), nach Gesamtwert geordnet. Abdeckung: Anteil der {2} Einwohner des Kreises im Umkreis; Verteilung 0–5; Akzeptanz: Anteil der zufälligen Gewichtungen, bei denen die Auswahl vorn liegt.", "{1} admissible sets (at most one place per municipality), ordered by total. Coverage: share of the district's {2} residents within the radius; spread 0–5; acceptability: share of the random weightings under which the set comes first."};
inline constexpr Str kRepRank {"Rang", "Rank"};
inline constexpr Str kRepSet {"Auswahl", "Set"};
inline constexpr Str kRepCoverage {"Abdeckung", "Coverage"};
inline constexpr Str kRepReached {"Einw. erreicht", "Residents reached"};
inline constexpr Str kRepMinDistance {"Abstand", "Distance"};
inline constexpr Str kRepRegions {"Regionen", "Regions"};
inline constexpr Str kRepPareto {"Pareto", "Pareto"};
inline constexpr Plural kRepMoreSets {{"… und {1} weitere Auswahl (alle mit „begegnungskarte rank“).", "… and {1} more set (all of them with “begegnungskarte rank”)."}, {"… und {1} weitere Auswahlen (alle mit „begegnungskarte rank“).", "… and {1} more sets (all of them with “begegnungskarte rank”)."}};
inline constexpr Str kRepSectionSensitivity {"Wie sicher ist die Empfehlung?", "How certain is the recommendation?"};
inline constexpr Str kRepNoSensitivity {"Ohne Rangfolge keine Sensitivitätsanalyse.", "No sensitivity analysis without a ranking."};
inline constexpr Str kRepAcceptabilityUniform {"Anteil von {1} zufälligen Gewichtungen (gleichverteilt über alle, Startwert {2}), bei denen eine Auswahl vorn liegt:", "Share of {1} random weightings (uniform over all, seed {2}) under which a set comes first:"};
inline constexpr Str kRepAcceptabilityAround {"Anteil von {1} zufälligen Gewichtungen (jedes Gewicht ±{3} %, Startwert {2}), bei denen eine Auswahl vorn liegt:", "Share of {1} random weightings (each weight ±{3}%, seed {2}) under which a set comes first:"};
inline constexpr Str kRepStabilityIntro {"Die Empfehlung {1} bleibt vorn, solange das Gewicht eines Kriteriums in diesem Bereich liegt (die anderen Gewichte im gleichen Verhältnis):", "The recommendation {1} stays first while the weight of one criterion lies in this range (the other weights in the same proportions):"};
inline constexpr Str kRepWeightNow {"Gewicht", "Weight"};
inline constexpr Str kRepFrom {"von", "from"};
inline constexpr Str kRepTo {"bis", "to"};
inline constexpr Str kRepSectionDecision {"Empfehlung und Beschluss", "Recommendation and decision"};
inline constexpr Str kRepRecommendedFacts {"Gesamt {1} · Leistung {2} · Abdeckung {3} · Akzeptanz {4}", "Total {1} · merit {2} · coverage {3} · acceptability {4}"};
inline constexpr Str kRepNoRecommendation {"keine (keine zulässige Auswahl)", "none (no admissible set)"};
inline constexpr Str kRepFollowed {"Das Gremium ist der Empfehlung gefolgt.", "The committee followed the recommendation."};
inline constexpr Str kRepRecommendedThen {"Empfehlung beim Beschluss", "Recommendation at the decision"};
inline constexpr Str kRepRecommendationChanged {"Die Empfehlung hat sich seit dem Beschluss geändert (Bewertungen oder Einstellungen wurden danach bearbeitet).", "The recommendation has changed since the decision (scores or settings were edited afterwards)."};
inline constexpr Str kRepButton {"Bericht erstellen …", "Create report …"};
inline constexpr Str kRepAnonymousOption {"Namen der Mitglieder durch Nummern ersetzen", "Replace the members' names by numbers"};
inline constexpr Str kRepWritten {"Bericht ({1} Seiten): {2}\nBewertungen: {3}", "Report ({1} pages): {2}\nScores: {3}"};
inline constexpr Str kRepFailed {"Bericht nicht erstellt: {1}", "Report not written: {1}"};
// ---- end of the decision report's block
// Starting the window.
inline constexpr Str kWinNoDisplay {"Das Fenstersystem lässt sich nicht starten (gibt es eine Anzeige? Ohne Anzeige: „begegnungskarte snapshot“)", "cannot start the window system (is a display available? Without one, use `begegnungskarte snapshot`)"};
inline constexpr Str kWinNoOpenGl {"Kein OpenGL-3.3-Fenster möglich", "cannot open an OpenGL 3.3 window"};
inline constexpr Str kSettingsFileUnreadable {"{1}: nicht lesbar; es gelten die Standardeinstellungen", "{1}: cannot be read; using the default settings"};
inline constexpr Str kSettingsBroken {"{1}: Einstellungen nicht lesbar ({2}); es gelten die Standardeinstellungen", "{1}: unreadable settings ({2}); using the default settings"};

}  // namespace i18n::text

namespace ui {
namespace text = ::i18n::text;
}  // namespace ui
