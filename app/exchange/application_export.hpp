#pragma once
// Exporting a project's applications with their sites for GIS and spreadsheets:
//  - GeoPackage (.gpkg): the point layer `bewerbungen` in EPSG:25832, every field of the
//    application (the names of the project's own table) plus the municipality's name and the
//    formal eligibility; the attribution in the layer description and the dataset metadata.
//  - GeoJSON (.geojson): the same attributes, RFC 7946 (WGS 84 longitude/latitude), the
//    attribution as the top-level member "attribution".
//  - CSV (.csv): the columns of the import template (kSpreadsheetColumns) as Excel in Germany
//    reads them (UTF-8 with BOM, ';', decimal comma, dd.mm.yyyy), so the file can be imported
//    again; CSV has no place for the attribution (the README says so).
//  - XLSX (.xlsx): the same columns from the same values (exchange/xlsx_writer), numbers as
//    numbers, dates as dates (TT.MM.JJJJ), PLZ and Telefon as text; the attribution as the
//    workbook's author (docProps/core.xml), its title "Bewerbungen – <call>". Reads back in.
// Applications without a site are exported too, with an empty geometry. Personal contact data
// (Ansprechperson, E-Mail, Telefon) is left out unless asked for.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "app/exchange/xlsx_writer.hpp"

namespace project {
class Project;
}  // namespace project

namespace exchange {

enum class ExportFormat { GeoPackage, GeoJson, Csv, Xlsx };

// The format for a file name by its extension (.gpkg, .geojson, .csv, .xlsx; any case); nullopt for
// any other.
std::optional<ExportFormat> exportFormatFor(const std::string& path);

struct ExportOptions {
    std::string out;            // the file to write; replaced if it exists (never the project)
    bool withContacts = false;  // include Ansprechperson, E-Mail, Telefon
};

struct ExportSummary {
    ExportFormat format = ExportFormat::GeoPackage;
    std::size_t applications = 0;
    std::size_t sites = 0;    // applications with a site
    std::string attribution;  // what the file carries (see exportAttribution)
};

// The line every export carries: the attributions of the project's data sources
// ("© GeoBasis-DE / BKG (2016) · ..."), and "Beispieldaten (fiktiv)" for the example project.
std::string exportAttribution(const project::Project& project);

// Writes all applications of `project` to options.out, through a hidden temporary file in the
// same folder that is renamed at the end (fileio::AtomicOutput): on any failure nothing is left
// behind and an existing file is unchanged; a device, folder or FIFO is refused, a symbolic
// link's file replaced. The CSV is written by exchange::CsvWriter (formulas guarded). Throws
// std::runtime_error naming the file (unknown extension, the project file itself, folder
// missing or not writable, a write error such as a full disk, GDAL failures).
ExportSummary exportApplications(const project::Project& project, const ExportOptions& options);

// The import template as an XLSX workbook: the sheet "Bewerbungen" with the columns of
// kSpreadsheetColumns (bold, frozen header; PLZ, Telefon and Nr as text, the Eingang columns
// as dates) and drop-down lists (data validation of type "list" on rows 2 to
// kMaxApplicationsPerFile + 1) for the fixed vocabularies: Kommune (the names given, when any),
// Trägerart, Liegenschaft, Phase, Feste Ansprechperson and Vollständig (ja/nein). The lists'
// values stand on the hidden sheet "Listen" under defined names. Lists inside a cell
// (Akteursarten, Zielgruppen) cannot be drop-downs and stay free text. The import reads the
// filled template (its first sheet) like any XLSX.
xlsx::Workbook importTemplate(const std::vector<std::string>& municipalityNames,
                              const std::string& title);

struct TemplateSummary {
    std::vector<std::string> lists;  // the columns with a drop-down list, in sheet order
};

// Writes importTemplate for `project` (its municipalities and call; nullptr: no Kommune list)
// to `out` through fileio::AtomicOutput. Throws std::runtime_error naming the file when it
// does not end in .xlsx, would replace the project file, or cannot be written.
TemplateSummary writeImportTemplate(const project::Project* project, const std::string& out);

}  // namespace exchange
