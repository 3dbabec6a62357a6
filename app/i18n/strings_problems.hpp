#pragma once
// Part of the string catalogue (strings.hpp): Problems the user can cause, found by the rules of domain/ and by the importers: one entry per problem code (validation, import, eligibility).
// app/i18n/problem_text.cpp picks the entry for a domain::ProblemCode and fills its blanks.
// German quotes „…“, English '…'. Bounds ({2}) are formatted in the language.

#include "app/i18n/language.hpp"

namespace i18n::text {

inline constexpr Plural kProblemCount {{"{1} Problem", "{1} problem"}, {"{1} Probleme", "{1} problems"}};

// ---- where a problem is: the import's row and column, a field of the form
inline constexpr Str kProbRow {"Zeile {1}", "row {1}"};
inline constexpr Str kProbRowColumn {"Zeile {1}, Spalte {2}", "row {1}, column {2}"};
inline constexpr Str kProbFieldNr {"Nr", "No."};
inline constexpr Str kProbFieldSite {"Standort", "Site"};
inline constexpr Str kProbFieldStatusReason {"Begründung des Status", "Reason for the status"};

// ---- rules of one application
inline constexpr Str kProbNrMissing {"Nr fehlt", "No. missing"};
inline constexpr Str kProbNrTaken {"Nr „{1}“ ist im Projekt schon vergeben", "Nr '{1}' is already in the project"};
inline constexpr Str kProbTitleMissing {"Titel fehlt", "title missing"};
inline constexpr Str kProbRequiredMissing {"ist leer; jede Bewerbung braucht {1}", "is empty; every application needs {1}"};
inline constexpr Str kProbMunicipalityUnknown {"Kommune „{1}“ gehört nicht zum Kreis", "municipality '{1}' is not in the district"};
inline constexpr Str kProbNotANumber {"„{1}“ ist keine Zahl", "'{1}' is not a number"};
inline constexpr Str kProbNegative {"„{1}“ ist negativ", "'{1}' is negative"};
inline constexpr Str kProbNotWhole {"„{1}“ ist keine ganze Zahl", "'{1}' is not a whole number"};
inline constexpr Str kProbCountTooLarge {"„{1}“ ist mehr als {2}, die Obergrenze für Anzahlen", "'{1}' is more than {2}, the upper bound for counts"};
inline constexpr Str kProbHoursTooLarge {"„{1}“ ist mehr als {2}, so viele Stunden hat eine Woche", "'{1}' is more than {2}, the hours a week has"};
inline constexpr Str kProbAmountTooLarge {"„{1}“ ist mehr als {2}, die Obergrenze für Beträge", "'{1}' is more than {2}, the upper bound for amounts"};
inline constexpr Str kProbNotAnEmail {"„{1}“ ist keine E-Mail-Adresse", "'{1}' is not an e-mail address"};
inline constexpr Str kProbEastingOutOfRange {"„{1}“ ist kein Rechtswert in Metern (EPSG:25832, 100.000 bis 900.000)", "'{1}' is not a Rechtswert in metres (EPSG:25832, 100,000 to 900,000)"};
inline constexpr Str kProbNorthingOutOfRange {"„{1}“ ist kein Hochwert in Metern (EPSG:25832, 0 bis 10.000.000)", "'{1}' is not a Hochwert in metres (EPSG:25832, 0 to 10,000,000)"};
inline constexpr Str kProbIneligibleNeedsReason {"Status „nicht förderfähig“ braucht eine Begründung", "status “ineligible” needs a reason"};

// ---- cells of a spreadsheet row
inline constexpr Str kProbNotYesNo {"„{1}“ ist weder ja noch nein", "'{1}' is neither ja nor nein"};
inline constexpr Str kProbNotADate {"„{1}“ ist kein Datum (TT.MM.JJJJ)", "'{1}' is not a date (dd.mm.yyyy)"};
inline constexpr Str kProbUnknownValue {"unbekannter Wert „{1}“; erlaubt: {2}", "unknown value '{1}'; allowed: {2}"};
inline constexpr Str kProbUnknownMunicipality {"unbekannte Kommune „{1}“", "unknown municipality '{1}'"};
inline constexpr Str kProbUnknownMunicipalitySuggest {"unbekannte Kommune „{1}“; meinten Sie „{2}“?", "unknown municipality '{1}'; did you mean '{2}'?"};
inline constexpr Str kProbNrTwiceInFile {"Nr „{1}“ steht schon in Zeile {2}", "Nr '{1}' already in row {2}"};
inline constexpr Str kProbSitesDisagree {"Breitengrad/Längengrad und Rechtswert/Hochwert liegen {1} m auseinander; sie müssen denselben Standort angeben", "Breitengrad/Längengrad and Rechtswert/Hochwert are {1} m apart; they must give the same site"};
inline constexpr Str kProbSiteHalf {"ist leer, obwohl {1} angegeben ist", "is empty while {1} is given"};
inline constexpr Str kProbNotACoordinate {"„{1}“ ist keine Koordinate", "'{1}' is not a coordinate"};
inline constexpr Str kProbLatitudeOutOfRange {"„{1}“ ist kein Breitengrad (-90 bis 90)", "'{1}' is not a latitude (-90 to 90)"};
inline constexpr Str kProbLongitudeOutOfRange {"„{1}“ ist kein Längengrad (-180 bis 180)", "'{1}' is not a longitude (-180 to 180)"};
inline constexpr Str kProbSiteOutsideDistrict {"Standort ({1}) liegt außerhalb des Kreises", "site ({1}) lies outside the district"};
inline constexpr Str kProbDegreesNotConvertible {"Grad lassen sich nicht umrechnen: {1}", "cannot convert degrees: {1}"};

// ---- a spreadsheet file as a whole
inline constexpr Str kProbFileNotFound {"Datei nicht gefunden", "file not found"};
inline constexpr Str kProbFileIsFolder {"ist ein Ordner, keine Datei", "is a folder, not a file"};
inline constexpr Str kProbFileTooLarge {"die Datei ist größer als {1} MB; sie ist keine Liste von Bewerbungen", "the file is larger than {1} MB; it is not a list of applications"};
inline constexpr Str kProbFileUnreadable {"die Datei lässt sich nicht lesen: {1}", "cannot read the file: {1}"};
inline constexpr Str kProbFileNotXlsx {"keine XLSX-Arbeitsmappe (eine .xlsx-Datei ist ein ZIP-Archiv, diese nicht); als .xlsx neu speichern oder, wenn es eine CSV-Datei ist, .csv nennen", "not an XLSX workbook (an .xlsx file is a ZIP archive, this one is not); save it again as .xlsx, or name it .csv if it is a CSV file"};
inline constexpr Str kProbFileOldExcel {"eine alte Excel-Arbeitsmappe (.xls); als .xlsx oder CSV speichern", "an old Excel workbook (.xls); save it as .xlsx or CSV"};
inline constexpr Str kProbFileUtf16 {"UTF-16-Text; als CSV (UTF-8) oder .xlsx speichern", "UTF-16 text; save it as CSV (UTF-8) or .xlsx"};
inline constexpr Str kProbFileNotATable {"keine CSV- oder XLSX-Datei, die GDAL lesen kann{1}", "not a CSV or XLSX file GDAL can read{1}"};
inline constexpr Str kProbFileEmpty {"die Datei enthält keine Bewerbungen", "the file holds no applications"};
inline constexpr Str kProbFileTooManyRows {"mehr als {1} Zeilen mit Bewerbungen; aus einer Datei werden höchstens {1} eingelesen (eine Ausschreibung erhält einige Dutzend), daher wird nichts eingelesen: die Datei aufteilen", "more than {1} rows of applications; at most {1} are imported from one file (a call receives tens), so nothing is imported: split the file"};
inline constexpr Str kProbInvalidUtf8Byte {"ungültiges UTF-8-Byte {1} an Byte-Position {2}", "invalid UTF-8 byte {1} at byte offset {2}"};
inline constexpr Plural kProbMoreInvalidUtf8 {{"{1} weiteres ungültiges UTF-8-Byte; die Datei als CSV UTF-8 speichern", "{1} more invalid UTF-8 byte; save the file as CSV UTF-8"}, {"{1} weitere ungültige UTF-8-Bytes; die Datei als CSV UTF-8 speichern", "{1} more invalid UTF-8 bytes; save the file as CSV UTF-8"}};
inline constexpr Str kProbQuoteNeverCloses {"ein hier geöffnetes Anführungszeichen wird nie geschlossen (es reicht bis zum Ende der Datei)", "a quote opened here is never closed (it runs to the end of the file)"};
inline constexpr Str kProbQuoteTooLong {"ein hier geöffnetes Anführungszeichen wird nicht innerhalb von {1} Zeichen oder {2} Zeilen geschlossen, dem Höchsten, was eine Zelle fassen darf; fehlt das schließende Anführungszeichen?", "a quote opened here is not closed within {1} characters or {2} lines, the most a cell may hold; is its closing quote missing?"};
inline constexpr Str kProbColumnsSame {"die Spalten „{1}“ und „{2}“ bedeuten beide {3}", "the columns '{1}' and '{2}' both mean {3}"};
inline constexpr Str kProbRequiredColumnMissing {"Pflichtspalte fehlt: {1}", "required column missing: {1}"};
inline constexpr Str kProbRequiredColumnsMissing {"Pflichtspalten fehlen: {1}", "required columns missing: {1}"};
inline constexpr Str kProbColumnNeedsPartner {"die Spalte {1} braucht auch {2}", "the column {1} needs {2} as well"};

// ---- site input typed into the form
inline constexpr Str kProbSiteTwoNumbers {"Zwei Zahlen erwartet: Breite und Länge (z. B. 50,8043 6,4820) oder "
    "Rechtswert und Hochwert (z. B. 322582 5631085)",
    "Two numbers expected: latitude and longitude (e.g. 50.8043 6.4820) or easting and "
    "northing (e.g. 322582 5631085)"};
inline constexpr Str kProbSiteNotANumber {"„{1}“ ist keine Zahl", "'{1}' is not a number"};
inline constexpr Str kProbSiteInputOutOfRange {"Weder Grad (Breite ±90, Länge ±180) noch UTM-32-Meter (Rechtswert 100.000 bis "
    "900.000, Hochwert 0 bis 10.000.000)",
    "Neither degrees (latitude ±90, longitude ±180) nor UTM 32 metres (easting 100,000 to "
    "900,000, northing 0 to 10,000,000)"};

// ---- formal eligibility: the checks and why they failed
inline constexpr Str kProbCheckInTime {"fristgerecht", "on time"};
inline constexpr Str kProbCheckComplete {"vollständig", "complete"};
inline constexpr Str kProbCheckInDistrict {"im Kreisgebiet", "in the district"};
inline constexpr Str kProbCheckMunicipalityMatches {"Kommune stimmt mit Standort überein", "municipality matches the site"};
inline constexpr Str kProbChannelEmail {"E-Mail", "e-mail"};
inline constexpr Str kProbChannelPost {"Post", "post"};
inline constexpr Str kProbReceiptMissing {"Eingang per {1} fehlt", "receipt by {1} missing"};
inline constexpr Str kProbReceiptLate {"Eingang per {1} am {2} nach der Frist {3}", "received by {1} on {2}, after the deadline {3}"};
inline constexpr Str kProbFormIncomplete {"Formular unvollständig", "form incomplete"};
inline constexpr Str kProbNoSite {"kein Standort gesetzt", "no site set"};
inline constexpr Str kProbSiteNotInDistrict {"Standort liegt außerhalb des Kreises", "site lies outside the district"};
inline constexpr Str kProbMunicipalityNotCheckable {"Kommune nicht prüfbar ohne Standort im Kreis", "municipality cannot be checked without a site in the district"};
inline constexpr Str kProbSiteInOtherMunicipality {"Standort liegt in {1}, genannt ist {2}", "site lies in {1}, the application names {2}"};

}  // namespace i18n::text
