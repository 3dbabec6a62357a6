#pragma once
// Reading applications from a spreadsheet: CSV (UTF-8 with or without BOM, or Windows-1252 as
// Excel writes it; ';' or ',' detected) or XLSX, both through GDAL. One row per application,
// columns matched by header (case-insensitive, any order, umlauts may be spelled out):
//   Nr, Kommune, Träger, Trägerart, Titel, Straße, PLZ, Ort, Breitengrad, Längengrad,
//   Rechtswert, Hochwert, Liegenschaft, Phase, Akteure aktuell, Akteure Ziel, Akteursarten,
//   Zielgruppen, Hauptamt Std/Woche, Ehrenamtliche, Eigenmittel EUR, Öffnungszeiten,
//   Feste Ansprechperson, Ansprechperson, E-Mail, Telefon, Eingang E-Mail, Eingang Post,
//   Vollständig, Konzept
// Lists inside a cell are separated by '|'; dates dd.mm.yyyy or yyyy-mm-dd; the site either as
// Breitengrad/Längengrad (WGS 84) or Rechtswert/Hochwert (EPSG:25832); yes/no as ja/nein.
// Reading never changes a project: the caller applies the result all or nothing.

#include <array>
#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "app/domain/application.hpp"
#include "app/domain/problem.hpp"
#include "app/i18n/language.hpp"

namespace project {
class Project;
}  // namespace project

namespace exchange {

// The columns of the template data/bewerbungen-vorlage.csv, in its order; the CSV export
// writes them too, so an exported file reads back in.
// clang-format off
inline constexpr std::array<std::string_view, 30> kSpreadsheetColumns = {
    "Nr", "Kommune", "Träger", "Trägerart", "Titel",
    "Straße", "PLZ", "Ort", "Breitengrad", "Längengrad", "Rechtswert", "Hochwert",
    "Liegenschaft", "Phase", "Akteure aktuell", "Akteure Ziel", "Akteursarten", "Zielgruppen",
    "Hauptamt Std/Woche", "Ehrenamtliche", "Eigenmittel EUR", "Öffnungszeiten",
    "Feste Ansprechperson", "Ansprechperson", "E-Mail", "Telefon",
    "Eingang E-Mail", "Eingang Post", "Vollständig", "Konzept"};
// clang-format on

struct MunicipalityRef {
    std::string ags;
    std::string name;  // "Düren"
};

// A problem as a code with parameters (domain/problem.hpp) and where it is. The words come
// from the catalogue through formatProblem, in the user's language.
struct ImportProblem {
    int row = 0;             // spreadsheet row as the user sees it: the header is row 1; 0 = file
    std::string column;      // header of the column as the file spells it; empty: the whole row
    domain::Problem problem;  // what is wrong (problem.field: the application's field)
    std::string file;        // the file, for a problem with the file as a whole (row 0)
};

// "Zeile 7, Spalte Eingang Post: „31.02.2024“ ist kein Datum (TT.MM.JJJJ)" /
// "row 7, column Eingang Post: '31.02.2024' is not a date (dd.mm.yyyy)"; row 0: "FILE: message".
std::string formatProblem(const ImportProblem& p, i18n::Lang lang = i18n::language());

struct ImportContext {
    std::vector<MunicipalityRef> municipalities;  // the names a "Kommune" cell may take
    std::set<std::string> existingNrs;            // Nr already in the project
    // True when a site (EPSG:25832) lies in the district; empty: not checked.
    std::function<bool(const geo::Vec2&)> insideDistrict;
};

// The context for importing into `project`: its municipalities, the Nr it already holds, and
// the district test through Project::municipalityAt. The returned insideDistrict refers to
// `project`, so the context must not outlive it.
ImportContext importContextFor(const project::Project& project);

struct ApplicationFile {
    std::vector<domain::Application> applications;    // in file order, id 0, status "eingegangen"
    std::vector<ImportProblem> problems;      // empty when every row is valid
    std::string encoding;                     // "UTF-8" or "Windows-1252"
    std::string separator;                    // ";" or "," (empty for XLSX)
    std::vector<std::string> ignoredColumns;  // headers that match no known column
};

// Reads and validates every row. Problems with the file as a whole (missing, unreadable, empty,
// required columns missing) and with rows (unknown municipality with the closest valid name
// as suggestion, duplicate Nr in the file or the project, unparseable dates or coordinates,
// negative counts, sites outside the district, unknown list values) are all collected, never
// thrown; `applications` is then not to be imported.
ApplicationFile readApplicationFile(const std::string& path, const ImportContext& context);

}  // namespace exchange
