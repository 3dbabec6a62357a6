#include "app/exchange/application_export.hpp"

#include <cpl_string.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include "app/domain/eligibility.hpp"
#include "app/domain/limits.hpp"
#include "app/exchange/application_import.hpp"
#include "app/exchange/cell_values.hpp"
#include "app/exchange/csv_writer.hpp"
#include "app/exchange/demo.hpp"
#include "app/exchange/xlsx_writer.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/i18n/strings.hpp"
#include "app/io/output_file.hpp"
#include "app/project/project.hpp"
#include "geo/crs.hpp"
#include "geo/gdal_handles.hpp"
#include "geo/gdal_util.hpp"

namespace exchange {

namespace {

namespace fs = std::filesystem;
namespace text = i18n::text;
using i18n::fill;
using nlohmann::json;

// ---------------------------------------------------------------------------------------------
// What is exported

const std::set<std::string> kContactFields = {"ansprechperson", "email", "telefon"};
const std::set<std::string_view> kContactColumns = {"Ansprechperson", "E-Mail", "Telefon"};
const std::set<std::string> kDateFields = {"eingang_email", "eingang_post"};

// The attribute fields of the GIS exports in a reading order: the fields of
// toJson(domain::Application) under the names of the project's own table, with the municipality's
// name and the formal eligibility added. Fields of toJson missing here are appended, so none is
// ever dropped.
std::vector<std::string> fieldOrder(bool withContacts) {
    std::vector<std::string> order = {"nr",
                                      "kommune_ags",
                                      "kommune",
                                      "traeger",
                                      "traegerart",
                                      "titel",
                                      "strasse",
                                      "plz",
                                      "ort",
                                      "liegenschaft",
                                      "geteiltes_gebaeude",
                                      "digitalanteil",
                                      "digital_beschreibung",
                                      "phase",
                                      "akteure_aktuell",
                                      "akteure_ziel",
                                      "akteursarten",
                                      "zielgruppen",
                                      "hauptamt_std_woche",
                                      "feste_ansprechperson",
                                      "oeffnungszeiten",
                                      "oeffnungszeiten_std_woche",
                                      "ehrenamtliche",
                                      "eigenmittel_eur_jahr",
                                      "offen_fuer_gruppen",
                                      "ansprechperson",
                                      "email",
                                      "telefon",
                                      "eingang_email",
                                      "eingang_post",
                                      "formular_vollstaendig",
                                      "fehlende_angaben",
                                      "konzept",
                                      "status",
                                      "status_begruendung",
                                      "foerderfaehig",
                                      "pruefung"};
    json sample = toJson(domain::Application{});
    for (auto it = sample.begin(); it != sample.end(); ++it)
        if (it.key() != "id" && it.key() != "standort" &&
            std::find(order.begin(), order.end(), it.key()) == order.end())
            order.push_back(it.key());
    if (!withContacts)
        std::erase_if(order, [](const std::string& f) { return kContactFields.count(f) > 0; });
    return order;
}

// toJson(a) with the added fields; lists joined with " | " as in the project file.
json exportRecord(const project::Project& project, const domain::Application& a) {
    json j = toJson(a);
    for (auto& [key, value] : j.items()) {
        if (!value.is_array() || key == "standort") continue;
        std::string joined;
        for (const json& item : value)
            joined += (joined.empty() ? "" : " | ") + item.get<std::string>();
        value = joined;
    }
    j["kommune"] = project.map().municipalityName(a.municipalityAgs);
    domain::Eligibility e = assessEligibility(project.state(), a);
    j["foerderfaehig"] = e.eligible();
    j["pruefung"] =
        e.eligible() ? std::string("alle Prüfungen bestanden") : i18n::eligibilitySummary(e);
    return j;
}

std::string lowerExtension(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

// ---------------------------------------------------------------------------------------------
// GDAL

using geo::DatasetPtr;
using geo::FeaturePtr;
using geo::SrsPtr;

struct FieldSpec {
    std::string name;
    OGRFieldType type = OFTString;
    OGRFieldSubType subtype = OFSTNone;
};

std::vector<FieldSpec> fieldSpecs(const std::vector<std::string>& names) {
    json sample = toJson(domain::Application{});
    sample["foerderfaehig"] = false;
    std::vector<FieldSpec> out;
    for (const std::string& name : names) {
        FieldSpec f{name};
        const json* v = sample.contains(name) ? &sample[name] : nullptr;
        if (kDateFields.count(name)) {
            f.type = OFTDate;
        } else if (v && v->is_boolean()) {
            f.type = OFTInteger;
            f.subtype = OFSTBoolean;
        } else if (v && v->is_number_integer()) {
            f.type = OFTInteger;
        } else if (v && v->is_number_float()) {
            f.type = OFTReal;
        }
        out.push_back(f);
    }
    return out;
}

void setField(OGRFeatureH f, int i, const FieldSpec& spec, const json& v, const std::string& out) {
    if (v.is_null()) {
        OGR_F_SetFieldNull(f, i);
    } else if (spec.type == OFTDate) {
        std::optional<domain::Date> d = domain::parseDate(v.get<std::string>());
        if (!d) throw std::runtime_error(fill(text::kExportNoDate, {out, spec.name}));
        OGR_F_SetFieldDateTime(f, i, static_cast<int>(d->year()),
                               static_cast<int>(static_cast<unsigned>(d->month())),
                               static_cast<int>(static_cast<unsigned>(d->day())), 0, 0, 0, 0);
    } else if (v.is_boolean()) {
        OGR_F_SetFieldInteger(f, i, v.get<bool>() ? 1 : 0);
    } else if (v.is_number_integer()) {
        OGR_F_SetFieldInteger64(f, i, v.get<std::int64_t>());
    } else if (v.is_number()) {
        OGR_F_SetFieldDouble(f, i, v.get<double>());
    } else {
        OGR_F_SetFieldString(f, i, v.get<std::string>().c_str());
    }
}

void writeGis(const project::Project& project, ExportFormat format, const std::string& path,
              const std::string& out, bool withContacts, const std::string& attribution) {
    geo::initGdal();
    // The first failure GDAL reports is the cause (a full disk: "disk I/O error"); what
    // follows it is noise. Checked after every step so the message names the cause.
    geo::GdalFailureCollector failures;
    auto failed = [&](const std::string& step, const std::string& why) {
        return std::runtime_error(fill(text::kExportGdalFailed, {out, step, why}));
    };
    auto check = [&](const std::string& step) {
        if (!failures.failures().empty()) throw failed(step, failures.failures().front());
    };
    const bool gpkg = format == ExportFormat::GeoPackage;
    GDALDriverH driver = GDALGetDriverByName(gpkg ? "GPKG" : "GeoJSON");
    if (!driver) throw std::runtime_error(fill(text::kExportNoDriver, {out}));
    CPLErrorReset();
    DatasetPtr ds(GDALCreate(driver, path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    check(text::kExportStepFile.str());
    if (!ds) throw failed(text::kExportStepFile.str(), geo::lastGdalError());

    SrsPtr srs(OSRNewSpatialReference(nullptr));
    OSRImportFromEPSG(srs.get(), 25832);
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);

    const std::string title = project.call().title;
    const std::string description =
        "Bewerbungen und Standorte – " + title + (attribution.empty() ? "" : "; " + attribution);
    CPLStringList options;
    options.SetNameValue("DESCRIPTION", description.c_str());
    if (gpkg) {
        options.SetNameValue("FID", "fid");
        options.SetNameValue("GEOMETRY_NAME", "geom");
        options.SetNameValue("IDENTIFIER", ("Bewerbungen – " + title).c_str());
    } else {
        // RFC 7946: the driver reprojects to WGS 84 longitude/latitude itself. The members of
        // NATIVE_DATA go to the top level of the FeatureCollection.
        options.SetNameValue("RFC7946", "YES");
        options.SetNameValue("WRITE_NAME", "NO");
        options.SetNameValue("NATIVE_MEDIA_TYPE", "application/vnd.geo+json");
        json native = {{"attribution", attribution}, {"title", title}};
        options.SetNameValue("NATIVE_DATA", native.dump().c_str());
    }
    OGRLayerH layer =
        GDALDatasetCreateLayer(ds.get(), "bewerbungen", srs.get(), wkbPoint, options.List());
    check(text::kExportStepLayer.str());
    if (!layer) throw failed(text::kExportStepLayer.str(), geo::lastGdalError());
    if (gpkg && !attribution.empty())
        GDALSetMetadataItem(ds.get(), "ATTRIBUTION", attribution.c_str(), nullptr);
    check(text::kExportStepMetadata.str());

    const std::vector<FieldSpec> fields = fieldSpecs(fieldOrder(withContacts));
    for (const FieldSpec& spec : fields) {
        OGRFieldDefnH defn = OGR_Fld_Create(spec.name.c_str(), spec.type);
        OGR_Fld_SetSubType(defn, spec.subtype);
        OGRErr err = OGR_L_CreateField(layer, defn, TRUE);
        OGR_Fld_Destroy(defn);
        if (err != OGRERR_NONE)
            throw failed(fill(text::kExportStepField, {spec.name}), geo::lastGdalError());
    }
    const bool transaction = GDALDatasetStartTransaction(ds.get(), FALSE) == OGRERR_NONE;
    for (const domain::Application& a : project.applications()) {
        json record = exportRecord(project, a);
        FeaturePtr f(OGR_F_Create(OGR_L_GetLayerDefn(layer)));
        for (std::size_t i = 0; i < fields.size(); ++i)
            setField(f.get(), static_cast<int>(i), fields[i], record.at(fields[i].name), out);
        if (a.site) {
            OGRGeometryH point = OGR_G_CreateGeometry(wkbPoint);
            OGR_G_SetPoint_2D(point, 0, a.site->x, a.site->y);
            OGR_F_SetGeometryDirectly(f.get(), point);
        }
        const bool created = OGR_L_CreateFeature(layer, f.get()) == OGRERR_NONE;
        const std::string step = fill(text::kExportStepApplication, {a.nr});
        check(step);
        if (!created) throw failed(step, geo::lastGdalError());
    }
    const bool committed = !transaction || GDALDatasetCommitTransaction(ds.get()) == OGRERR_NONE;
    check(text::kExportStepWrite.str());
    if (!committed) throw failed(text::kExportStepWrite.str(), geo::lastGdalError());
    CPLErrorReset();
    ds.reset();
    check(text::kExportStepFinish.str());
    if (CPLGetLastErrorType() == CE_Failure)
        throw failed(text::kExportStepFinish.str(), geo::lastGdalError());
}

// The GeoPackage or GeoJSON file, written by GDAL into a /vsimem/ file and taken out as bytes.
std::string gisBytes(const project::Project& project, ExportFormat format, const std::string& out,
                     bool withContacts, const std::string& attribution) {
    static std::atomic<unsigned> counter{0};
    const std::string path = "/vsimem/bk-export-" + std::to_string(getpid()) + "-" +
                             std::to_string(counter++) +
                             (format == ExportFormat::GeoPackage ? ".gpkg" : ".geojson");
    struct MemFile {
        const std::string& path;
        ~MemFile() {
            VSIUnlink(path.c_str());
            for (const char* suffix : {"-journal", "-wal", "-shm"})
                VSIUnlink((path + suffix).c_str());
        }
    } memFile{path};
    writeGis(project, format, path, out, withContacts, attribution);
    vsi_l_offset size = 0;
    GByte* data = VSIGetMemFileBuffer(path.c_str(), &size, FALSE);
    if (!data)
        throw std::runtime_error(fill(text::kExportGdalFailed, {out, text::kExportStepWrite.str(),
                                                                text::kExportStepNothing.str()}));
    return std::string(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
}

// ---------------------------------------------------------------------------------------------
// CSV

// The decimal comma goes with the ';' separator (Excel in Germany reads both); trailing zeros
// are dropped.
std::string decimal(double v, int decimals) {
    std::string s = detail::formatNumber(v, decimals);
    if (s == "-0") s = "0";
    std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

std::string yesNo(bool v) {
    return v ? "ja" : "nein";
}

template <typename E>
std::string listCell(const std::vector<E>& values) {
    std::string out;
    for (E v : values) out += (out.empty() ? "" : "|") + std::string(label(v));
    return out;
}

// The value of a spreadsheet column, typed: the one source of the CSV and the XLSX export.
// Numbers carry the decimals they are shown with; empty: an empty cell.
using SheetValue = xlsx::Cell;

SheetValue numberCell(double v, int decimals) {
    return xlsx::number(v, decimals);
}

SheetValue sheetValue(std::string_view column, const project::Project& project,
                      const domain::Application& a, const std::optional<geo::Vec2>& lonLat) {
    using xlsx::text;
    // clang-format off
    if (column == "Nr") return text(a.nr);
    if (column == "Kommune") return text(project.map().municipalityName(a.municipalityAgs));
    if (column == "Träger") return text(a.applicant);
    if (column == "Trägerart") return text(std::string(label(a.applicantKind)));
    if (column == "Titel") return text(a.title);
    if (column == "Straße") return text(a.street);
    if (column == "PLZ") return text(a.postcode);
    if (column == "Ort") return text(a.town);
    if (column == "Breitengrad") return lonLat ? numberCell(lonLat->y, 7) : SheetValue{};
    if (column == "Längengrad") return lonLat ? numberCell(lonLat->x, 7) : SheetValue{};
    if (column == "Rechtswert") return a.site ? numberCell(a.site->x, 2) : SheetValue{};
    if (column == "Hochwert") return a.site ? numberCell(a.site->y, 2) : SheetValue{};
    if (column == "Liegenschaft") return text(std::string(label(a.property)));
    if (column == "Phase") return text(std::string(label(a.phase)));
    if (column == "Akteure aktuell") return numberCell(a.actorsNow, 0);
    if (column == "Akteure Ziel") return numberCell(a.actorsTarget, 0);
    if (column == "Akteursarten") return text(listCell(a.actorKinds));
    if (column == "Zielgruppen") return text(listCell(a.targetGroups));
    if (column == "Hauptamt Std/Woche") return numberCell(a.staffHoursPerWeek, 2);
    if (column == "Ehrenamtliche") return numberCell(a.volunteers, 0);
    if (column == "Eigenmittel EUR") return numberCell(a.ownFundsEurPerYear, 2);
    if (column == "Öffnungszeiten") return text(a.openingHours);
    if (column == "Feste Ansprechperson") return text(yesNo(a.fixedContact));
    if (column == "Ansprechperson") return text(a.contactName);
    if (column == "E-Mail") return text(a.contactEmail);
    if (column == "Telefon") return text(a.contactPhone);
    if (column == "Eingang E-Mail") return xlsx::date(a.receivedByEmail);
    if (column == "Eingang Post") return xlsx::date(a.receivedByPost);
    if (column == "Vollständig") return text(yesNo(a.formComplete));
    if (column == "Konzept") return text(a.conceptText);
    // clang-format on
    throw std::logic_error("export: no value for column " + std::string(column));
}

// The cell as the CSV writes it: decimal comma, dates dd.mm.yyyy.
std::string csvValue(const SheetValue& v) {
    if (const auto* t = std::get_if<std::string>(&v)) return *t;
    if (const auto* n = std::get_if<xlsx::Number>(&v)) return decimal(n->value, n->decimals);
    if (const auto* d = std::get_if<domain::Date>(&v)) return domain::formatDate(*d);
    return "";
}

std::vector<std::string_view> sheetColumns(bool withContacts) {
    std::vector<std::string_view> columns;
    for (std::string_view c : kSpreadsheetColumns)
        if (withContacts || kContactColumns.count(c) == 0) columns.push_back(c);
    return columns;
}

// Calls row(application, lonLat) for every application, with the site in WGS 84 degrees.
template <typename F>
void forEachRow(const project::Project& project, F row) {
    std::optional<geo::Transformer> toDegrees;
    for (const domain::Application& a : project.applications()) {
        std::optional<geo::Vec2> lonLat;
        if (a.site) {
            if (!toDegrees) toDegrees.emplace(geo::kProjectCrs, "EPSG:4326");
            lonLat = toDegrees->forward(*a.site);
        }
        row(a, lonLat);
    }
}

std::string csvText(const project::Project& project, bool withContacts) {
    const std::vector<std::string_view> columns = sheetColumns(withContacts);
    exchange::CsvWriter csv;  // ';', BOM (Excel takes the file for Windows-1252 without it), CRLF
    for (std::string_view c : columns) csv.cell(c);
    csv.endRow();
    forEachRow(project, [&](const domain::Application& a, const std::optional<geo::Vec2>& lonLat) {
        for (std::string_view c : columns) csv.cell(csvValue(sheetValue(c, project, a, lonLat)));
        csv.endRow();
    });
    return csv.text();
}

// Widths in characters for the columns of the XLSX export and the template.
double columnWidth(std::string_view column) {
    if (column == "Träger" || column == "Titel" || column == "Konzept") return 40;
    if (column == "Akteursarten" || column == "Zielgruppen" || column == "Öffnungszeiten") return 30;
    if (column == "Kommune" || column == "Trägerart" || column == "Liegenschaft" ||
        column == "Straße" || column == "Ansprechperson" || column == "E-Mail")
        return 24;
    return std::max(12.0, static_cast<double>(column.size()) + 2);
}

xlsx::ColumnKind columnKind(std::string_view column) {
    if (column == "PLZ" || column == "Telefon" || column == "Nr") return xlsx::ColumnKind::Text;
    if (column == "Eingang E-Mail" || column == "Eingang Post") return xlsx::ColumnKind::Date;
    return xlsx::ColumnKind::General;
}

std::vector<xlsx::Column> sheetHeader(const std::vector<std::string_view>& columns) {
    std::vector<xlsx::Column> out;
    for (std::string_view c : columns)
        out.push_back({std::string(c), columnWidth(c), columnKind(c)});
    return out;
}

xlsx::Workbook applicationsWorkbook(const project::Project& project, bool withContacts,
                                    const std::string& attribution) {
    const std::vector<std::string_view> columns = sheetColumns(withContacts);
    xlsx::Sheet sheet;
    // The sheet keeps the template's column names in every language, so it reads back in.
    sheet.name = text::kXlsxApplicationsSheet.in(i18n::Lang::De);
    sheet.columns = sheetHeader(columns);
    forEachRow(project, [&](const domain::Application& a, const std::optional<geo::Vec2>& lonLat) {
        std::vector<xlsx::Cell> row;
        for (std::string_view c : columns) row.push_back(sheetValue(c, project, a, lonLat));
        sheet.rows.push_back(std::move(row));
    });
    xlsx::Workbook book;
    book.sheets.push_back(std::move(sheet));
    book.title = fill(text::kXlsxApplicationsTitle, {project.call().title});
    book.creator = "Begegnungskarte";
    book.description = attribution;
    return book;
}

}  // namespace

std::optional<ExportFormat> exportFormatFor(const std::string& path) {
    std::string ext = lowerExtension(path);
    if (ext == ".gpkg") return ExportFormat::GeoPackage;
    if (ext == ".geojson") return ExportFormat::GeoJson;
    if (ext == ".csv") return ExportFormat::Csv;
    if (ext == ".xlsx") return ExportFormat::Xlsx;
    return std::nullopt;
}

std::string exportAttribution(const project::Project& project) {
    std::string out = project.map().attribution();
    if (project.isExample()) out += (out.empty() ? "" : " · ") + std::string(kExampleMark);
    return out;
}

xlsx::Workbook importTemplate(const std::vector<std::string>& municipalityNames,
                              const std::string& title) {
    const std::vector<std::string_view> columns = sheetColumns(true);
    xlsx::Sheet sheet;
    sheet.name = text::kXlsxApplicationsSheet.in(i18n::Lang::De);
    sheet.columns = sheetHeader(columns);
    auto labels = [](const auto& values) {
        std::vector<std::string> out;
        for (auto v : values) out.emplace_back(label(v));
        return out;
    };
    const std::vector<std::string> yesNoValues = {yesNo(true), yesNo(false)};
    auto list = [&](std::string_view column, std::string name, std::vector<std::string> values) {
        const auto at = std::find(columns.begin(), columns.end(), column);
        if (at == columns.end() || values.empty()) return;
        std::string shown;
        for (const std::string& v : values) {
            if (shown.size() > 160) {
                shown += ", …";
                break;
            }
            shown += (shown.empty() ? "" : ", ") + v;
        }
        xlsx::ListValidation v;
        v.column = static_cast<std::size_t>(at - columns.begin());
        v.firstRow = 2;
        v.lastRow = domain::limits::kMaxApplicationsPerFile + 1;
        v.name = std::move(name);
        v.values = std::move(values);
        v.errorTitle = text::kXlsxListErrorTitle.str();
        v.error = fill(text::kXlsxListError, {shown});
        sheet.lists.push_back(std::move(v));
    };
    std::vector<std::string> names = municipalityNames;
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    list("Kommune", "Kommunen", names);
    list("Trägerart", "Traegerarten", labels(domain::allValues<domain::ApplicantKind>()));
    list("Liegenschaft", "Liegenschaften", labels(domain::allValues<domain::PropertyKind>()));
    list("Phase", "Phasen", labels(domain::allValues<domain::Phase>()));
    list("Feste Ansprechperson", "FesteAnsprechperson_JaNein", yesNoValues);
    list("Vollständig", "Vollstaendig_JaNein", yesNoValues);
    std::sort(sheet.lists.begin(), sheet.lists.end(),
              [](const xlsx::ListValidation& a, const xlsx::ListValidation& b) {
                  return a.column < b.column;
              });
    xlsx::Workbook book;
    book.sheets.push_back(std::move(sheet));
    book.title = fill(text::kXlsxTemplateTitle, {title});
    book.creator = "Begegnungskarte";
    return book;
}

TemplateSummary writeImportTemplate(const project::Project* project, const std::string& out) {
    if (lowerExtension(out) != ".xlsx")
        throw std::runtime_error(fill(text::kXlsxTemplateNotXlsx, {out}));
    std::vector<std::string> names;
    std::string title;
    if (project) {
        std::error_code ec;
        if (fs::exists(out, ec) &&
            fs::equivalent(fileio::resolveOutputTarget(out), project->path(), ec))
            throw std::runtime_error(fill(text::kXlsxTemplateIsProject, {out}));
        for (const domain::Municipality& m : project->map().municipalities)
            names.push_back(m.name);
        title = project->call().title;
    }
    const xlsx::Workbook book = importTemplate(names, title);
    TemplateSummary summary;
    for (const xlsx::ListValidation& l : book.sheets.front().lists)
        summary.lists.push_back(book.sheets.front().columns.at(l.column).header);
    xlsx::writeWorkbook(book, out);
    return summary;
}

ExportSummary exportApplications(const project::Project& project, const ExportOptions& options) {
    const std::string& out = options.out;
    std::optional<ExportFormat> format = exportFormatFor(out);
    if (!format)
        throw std::runtime_error(fill(text::kXlsxExportUnknownFormat, {out, lowerExtension(out)}));
    std::error_code ec;
    if (fs::exists(out, ec) && fs::equivalent(out, project.path(), ec))
        throw std::runtime_error(fill(text::kExportIsProject, {out}));

    ExportSummary summary;
    summary.format = *format;
    summary.attribution = exportAttribution(project);
    summary.applications = project.applications().size();
    for (const domain::Application& a : project.applications()) summary.sites += a.site ? 1 : 0;

    // A temporary file beside the target, renamed over it when complete; refuses devices,
    // folders and FIFOs. Every byte goes through AtomicOutput::write, which reports a failed
    // write naming the file: GDAL's GeoJSON writer does not (under a full disk it ends with a
    // truncated file and no error), so GDAL writes into memory and the bytes are copied.
    fileio::AtomicOutput file(out, lowerExtension(out));
    if (*format == ExportFormat::Csv)
        file.write(csvText(project, options.withContacts));
    else if (*format == ExportFormat::Xlsx)
        file.write(xlsx::workbookBytes(
            applicationsWorkbook(project, options.withContacts, summary.attribution), out));
    else
        file.write(gisBytes(project, *format, out, options.withContacts, summary.attribution));
    file.commit();
    return summary;
}

}  // namespace exchange
