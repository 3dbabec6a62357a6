#include "app/exchange/boundary_import.hpp"
#include "app/store/map_cache.hpp"
#include "app/store/map_data_reader.hpp"
#include "app/store/sqlite_db.hpp"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <stdexcept>

#include "app/exchange/population_table.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/io/output_file.hpp"
#include "app/store/gpkg_writer.hpp"
#include "app/store/project_schema.hpp"
#include "app/store/recovery.hpp"
#include "app/store/sqlite_db.hpp"
#include "geo/crs.hpp"
#include "geo/error.hpp"
#include "geo/measure.hpp"
#include "geo/vector_source.hpp"

namespace exchange {
namespace {

namespace text = i18n::text;
using i18n::fill;

namespace fs = std::filesystem;

struct Area {
    std::string ags, name, bez, wsk;
    geo::MultiPolygon shape;  // EPSG:25832
    double areaKm2 = 0;
};

// The source, the user's mistakes (no such file, nothing GDAL reads, no CRS) said in the
// current language; GDAL's own words follow.
geo::VectorSource openSource(const std::string& path) {
    try {
        return geo::VectorSource(path);
    } catch (const geo::GeoError& e) {
        std::error_code ec;
        if (path.rfind("/vsi", 0) != 0 && !fs::exists(path, ec))
            throw std::runtime_error(fill(text::kBoundariesNotFound, {path}));
        std::string detail = e.what();
        if (detail.rfind(path + ": ", 0) == 0) detail.erase(0, path.size() + 2);
        throw std::runtime_error(fill(text::kBoundariesUnreadable, {path, detail}));
    }
}

const std::vector<std::string> kVg250Fields = {"AGS", "GEN", "BEZ", "GF"};

void requireVg250Fields(const geo::VectorSource& src) {
    std::vector<std::string> missing;
    if (src.hasFields(kVg250Fields, &missing)) return;
    std::string list;
    for (const std::string& m : missing) list += (list.empty() ? "" : ", ") + m;
    throw std::runtime_error(fill(text::kBoundariesNotVg250, {src.path(), list}));
}

geo::Transformer toProjectCrs(const geo::VectorSource& src) {
    try {
        return geo::Transformer(src.crsWkt(), geo::kProjectCrs);
    } catch (const geo::GeoError& e) {
        throw std::runtime_error(fill(text::kBoundariesBadCrs, {src.path(), e.what()}));
    }
}

// What reading one VG250 layer found besides the selected areas.
struct ReadResult {
    std::vector<Area> areas;
    std::string latestWsk;  // the latest WSK of every feature of the source, ISO date
    std::vector<std::string> repairs;  // one warning per repaired geometry
};

// "2009/01/01" or "2009-01-01" -> "2009-01-01".
std::string isoDate(std::string d) {
    std::replace(d.begin(), d.end(), '/', '-');
    return d.substr(0, 10);
}

// Official VG250 data holds a few self-intersecting rings (e.g. Haunstetter Forst, AGS
// 09176451): they are repaired with GEOS MakeValid and named in a warning. Only a geometry
// that cannot be repaired, or whose area the repair changes by more than this share, stops
// the import.
constexpr double kMaxRepairAreaChange = 0.01;

// Repairs `a.shape` in place when GEOS finds it invalid; returns the warning, or throws with
// the message of an invalid geometry.
std::optional<std::string> repairIfInvalid(Area& a, const std::string& where) {
    const std::string why = geo::invalidReason(a.shape);
    if (why.empty()) return std::nullopt;
    geo::RepairedPolygon repaired;
    try {
        repaired = geo::makeValid(a.shape);
    } catch (const geo::GeoError& e) {
        throw std::runtime_error(
            fill(text::kBoundariesInvalidGeometry, {where, why + " (" + e.what() + ")"}));
    }
    const double change = repaired.relativeChange();
    if (change > kMaxRepairAreaChange)
        throw std::runtime_error(fill(
            text::kBoundariesInvalidGeometry,
            {where, fill(text::kBoundariesRepairTooLarge, {why, i18n::formatDecimal(100 * change, 2)})}));
    a.shape = std::move(repaired.shape);
    // Repairs of official data change a few square metres: said in m², the share with enough
    // digits to be more than zero.
    const double changeM2 = repaired.areaAfter - repaired.areaBefore;
    const double percent = 100 * change;
    const std::string share = percent == 0 ? "0"
                              : percent < 1e-4 ? "< " + i18n::formatDecimal(1e-4, 4)
                                               : i18n::formatDecimal(percent, 4);
    return fill(text::kBoundariesRepaired,
                {a.name, a.ags, why,
                 (changeM2 >= 0.005 ? "+" : "") + i18n::formatDecimal(changeM2, 2), share});
}

// Reads the polygons whose AGS passes `select` (and GF = 4, land areas), reprojected,
// validated and, where invalid, repaired. Progress is reported per feature scanned.
ReadResult readAreas(const geo::VectorSource& src,
                     const std::function<bool(const std::string& ags)>& select,
                     const std::string& stage,
                     const std::function<void(const ImportProgress&)>& progress) {
    requireVg250Fields(src);
    geo::Transformer transform = toProjectCrs(src);
    std::vector<std::string> fields = kVg250Fields;
    bool hasWsk = src.hasFields({"WSK"}, nullptr);
    if (hasWsk) fields.push_back("WSK");
    ImportProgress p{stage, 0, src.featureCount()};
    ReadResult out;
    src.forEach(fields, [&](const geo::FeatureView& f) {
        if (progress && ++p.done % 256 == 0) progress(p);
        std::string ags = f.field(0).value_or("");
        const std::string wsk = hasWsk ? isoDate(f.field(4).value_or("")) : "";
        out.latestWsk = std::max(out.latestWsk, wsk);
        if (f.field(3).value_or("") != "4" || !select(ags)) return true;
        Area a{ags, f.field(1).value_or(""), f.field(2).value_or(""), wsk, f.polygons(), 0};
        std::string where = src.path() + ": " + a.name + " (AGS " + ags + ")";
        try {
            transform.forward(a.shape);
        } catch (const geo::GeoError& e) {
            throw std::runtime_error(fill(text::kBoundariesReprojection, {where, e.what()}));
        }
        if (std::optional<std::string> repaired = repairIfInvalid(a, where))
            out.repairs.push_back(std::move(*repaired));
        // Germany spans about x 280-920 km, y 5,230-6,110 km in EPSG:25832. Anything far
        // outside means the source's CRS is not what its metadata says.
        const geo::Box plausible{0, 5000000, 1300000, 6300000};
        geo::Box b = geo::bounds(a.shape);
        if (!plausible.contains({b.minx, b.miny}) || !plausible.contains({b.maxx, b.maxy}))
            throw std::runtime_error(fill(text::kBoundariesOutsideGermany, {where}));
        a.areaKm2 = geo::area(a.shape) / 1e6;
        out.areas.push_back(std::move(a));
        return true;
    });
    if (progress) {
        p.total = p.done;
        p.finished = true;
        progress(p);
    }
    return out;
}

// The names of the Länder by their two-digit key (the first two digits of every AGS), for the
// outline of a Land put together from its districts.
const std::map<std::string, std::string>& landNames() {
    static const std::map<std::string, std::string> names = {
        {"01", "Schleswig-Holstein"}, {"02", "Hamburg"},
        {"03", "Niedersachsen"},      {"04", "Bremen"},
        {"05", "Nordrhein-Westfalen"}, {"06", "Hessen"},
        {"07", "Rheinland-Pfalz"},    {"08", "Baden-Württemberg"},
        {"09", "Bayern"},             {"10", "Saarland"},
        {"11", "Berlin"},             {"12", "Brandenburg"},
        {"13", "Mecklenburg-Vorpommern"}, {"14", "Sachsen"},
        {"15", "Sachsen-Anhalt"},     {"16", "Thüringen"}};
    return names;
}

// What an existing project holds that a new boundary file would lose.
struct Holdings {
    std::int64_t applications = 0, members = 0, scores = 0, auditEntries = 0;
    bool choice = false;
    // A GeoPackage with the boundary layer and nothing of the user's: it is rebuilt from its
    // source by this very command, so replacing it keeps no backup.
    bool boundaryOnlyProject = false;
    bool any() const { return applications || members || scores || auditEntries || choice; }
};

// Reads the counts from `path`; a file that is no project (or no SQLite at all) holds nothing
// of the user's. A file another program holds locked is refused (its message).
Holdings holdingsOf(const std::string& path) {
    Holdings h;
    try {
        store::Database db(path, true);
        auto count = [&](const char* table, const char* where = "") -> std::int64_t {
            if (!db.hasTable(table)) return 0;
            auto v = db.scalar(std::string("SELECT count(*) FROM ") + table + where);
            return v ? std::get<std::int64_t>(*v) : 0;
        };
        h.applications = count("bewerbungen");
        h.members = count("mitglieder");
        h.scores = count("bewertungen");
        h.auditEntries = count("audit_log");
        h.choice = count("entscheidung", " WHERE auswahl IS NOT NULL") > 0;
        h.boundaryOnlyProject =
            db.hasTable("gemeinden") && db.hasTable("gpkg_contents") && !h.any();
    } catch (const std::exception& e) {
        if (store::isLockedMessage(e.what()))
            throw std::runtime_error(store::lockedByAnotherProgram(path));
    }
    return h;
}

std::string describe(const Holdings& h) {
    std::vector<std::string> parts;
    if (h.applications) parts.push_back(i18n::count(text::kCliApplications, h.applications));
    if (h.members) parts.push_back(i18n::count(text::kCliMembers, h.members));
    if (h.scores) parts.push_back(i18n::count(text::kCliScores, h.scores));
    if (h.choice) parts.push_back(text::kBoundariesHoldsChoice.str());
    if (h.auditEntries) parts.push_back(i18n::count(text::kVerifyAuditEntries, h.auditEntries));
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i == 0 ? "" : i + 1 == parts.size() ? text::kBoundariesAnd.str() : ", ") + parts[i];
    return out;
}

// "PATH.bak-20240301-142501", with "-2", "-3", ... when that exists already.
fs::path backupName(const fs::path& file) {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    fs::path base = file.string() + ".bak-" + stamp;
    fs::path name = base;
    std::error_code ec;
    for (int n = 2; fs::exists(fs::symlink_status(name, ec)); ++n)
        name = base.string() + "-" + std::to_string(n);
    return name;
}

// Copies `file` to a new backup beside it, through a temporary file, so a crash never leaves a
// half backup under a backup's name. Returns its path.
fs::path keepBackup(const fs::path& file) {
    fs::path name = backupName(file);
    fileio::AtomicOutput backup(name);
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(fill(text::kBoundariesBackupUnreadable, {file.string()}));
    std::vector<char> buffer(1 << 20);
    while (in) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        backup.write(std::string_view(buffer.data(), static_cast<std::size_t>(in.gcount())));
    }
    if (in.bad()) throw std::runtime_error(fill(text::kBoundariesBackupFailed, {file.string()}));
    backup.commit();
    return name;
}

std::vector<store::FieldValue> areaValues(const Area& a) {
    return {a.ags, a.name, a.bez, a.areaKm2};
}

}  // namespace

std::optional<std::string> areaKeyPrefix(const std::string& key) {
    if (key.empty() || key == "DE" || key == "de") return std::string();
    if (key.size() >= 2 && key.size() <= 8 &&
        std::all_of(key.begin(), key.end(), [](unsigned char c) { return std::isdigit(c); }))
        return key;
    return std::nullopt;
}

BoundaryImportReport importBoundaries(const BoundaryImportOptions& opt,
                                      const std::function<void(const ImportProgress&)>& progress) {
    const std::optional<std::string> prefix = areaKeyPrefix(opt.districtKey);
    if (!prefix) throw std::runtime_error(fill(text::kBoundariesBadKey, {opt.districtKey}));
    const std::string& key = *prefix;
    fs::path out(opt.out);
    if (out.empty()) throw std::runtime_error(text::kBoundariesNoOut.str());
    fs::path folder = out.has_parent_path() ? out.parent_path() : fs::path(".");
    if (!fs::is_directory(folder))
        throw std::runtime_error(fill(text::kBoundariesNoFolder, {opt.out, folder.string()}));
    // The regular file that will be replaced (a symbolic link is followed; a device, folder or
    // FIFO refused).
    const fs::path target = fileio::resolveOutputTarget(out);
    std::error_code ec;
    const bool replacing = fs::exists(target, ec);
    if (replacing && !opt.overwrite)
        throw std::runtime_error(fill(text::kBoundariesExists, {opt.out}));
    // Held until the new file is in place: no instance can open the old one for writing meanwhile.
    std::optional<store::ProjectLock> lock;
    bool keepBackupCopy = false;
    if (replacing) {
        store::recoverInterruptedWrite(target.string());
        lock.emplace(target.string());
        if (!lock->held())
            throw std::runtime_error(fill(text::kBoundariesOpenElsewhere, {opt.out}));
        Holdings held = holdingsOf(target.string());
        if (held.any() && !opt.discardApplications)
            throw std::runtime_error(fill(text::kBoundariesHolds, {opt.out, describe(held)}));
        // Anything but a boundary-only project (user work, or a file of unknown content) is
        // kept beside the new one.
        keepBackupCopy = !held.boundaryOnlyProject;
    }
    // Read everything before touching the output, so bad input leaves no file behind.
    std::optional<PopulationTable> population;
    if (opt.population) population = readPopulationTable(*opt.population);

    BoundaryImportReport report;
    std::vector<Area> municipalities;
    std::string latestWsk;
    {
        geo::VectorSource src = openSource(opt.municipalities);
        ReadResult read = readAreas(
            src, [&](const std::string& ags) { return ags.rfind(key, 0) == 0; }, "Gemeinden",
            progress);
        municipalities = std::move(read.areas);
        latestWsk = read.latestWsk;
        report.warnings.insert(report.warnings.end(), read.repairs.begin(), read.repairs.end());
        report.repaired = static_cast<int>(read.repairs.size());
    }
    if (municipalities.empty())
        throw std::runtime_error(fill(text::kBoundariesSelectsNothing,
                                      {opt.municipalities, key.empty() ? "DE" : key}));
    std::sort(municipalities.begin(), municipalities.end(),
              [](const Area& a, const Area& b) { return a.ags < b.ags; });
    for (size_t i = 1; i < municipalities.size(); ++i)
        if (municipalities[i].ags == municipalities[i - 1].ags)
            throw std::runtime_error(
                fill(text::kBoundariesAgsTwice, {opt.municipalities, municipalities[i].ags}));

    // The outline: the district itself (five digits), the district of a municipality (eight),
    // or the union of the districts of a Land (two) or of Germany (none), named after it.
    std::optional<Area> district;
    std::vector<Area> neighbours;
    if (opt.districts) {
        geo::VectorSource src = openSource(*opt.districts);
        ReadResult read = readAreas(
            src, [](const std::string&) { return true; }, "Kreise", progress);
        report.warnings.insert(report.warnings.end(), read.repairs.begin(), read.repairs.end());
        report.repaired += static_cast<int>(read.repairs.size());
        std::vector<Area>& all = read.areas;
        const std::string districtKey = key.size() > 5 ? key.substr(0, 5) : key;
        auto inside = [&](const Area& a) { return a.ags.rfind(districtKey, 0) == 0; };
        std::vector<const Area*> selected;
        for (const Area& a : all)
            if (inside(a)) selected.push_back(&a);
        if (selected.empty())
            throw std::runtime_error(fill(text::kBoundariesNoDistrict,
                                          {*opt.districts, districtKey.empty() ? "DE" : districtKey}));
        if (selected.size() == 1 && selected.front()->ags == districtKey) {
            district = *selected.front();
        } else {
            Area whole;
            whole.ags = districtKey;
            auto land = landNames().find(districtKey);
            whole.name = districtKey.empty() ? text::kBoundariesGermany.str()
                         : land != landNames().end() ? land->second
                                                     : text::kBoundariesLand.str() + " " + districtKey;
            whole.bez = districtKey.empty() ? text::kBoundariesGermany.str() : text::kBoundariesLand.str();
            std::vector<geo::MultiPolygon> parts;
            for (const Area* a : selected) parts.push_back(a->shape);
            whole.shape = geo::unite(parts);
            whole.areaKm2 = geo::area(whole.shape) / 1e6;
            district = std::move(whole);
        }
        // Neighbours: districts whose outline comes within 1 m of the selected area. The
        // bounding-box test keeps GEOS away from the far ones.
        geo::Box near = geo::bounds(district->shape).expanded(1000);
        std::vector<geo::MultiPolygon> shapes{district->shape};
        std::vector<const Area*> candidates;
        for (const Area& a : all)
            if (!inside(a) && near.intersects(geo::bounds(a.shape))) {
                shapes.push_back(a.shape);
                candidates.push_back(&a);
            }
        for (auto [i, j] : geo::adjacentPairs(shapes, 1.0))
            if (i == 0) neighbours.push_back(*candidates[j - 1]);
        std::sort(neighbours.begin(), neighbours.end(),
                  [](const Area& a, const Area& b) { return a.ags < b.ags; });
    }

    // The edition: the latest date of legal effect (WSK) in the whole source, not only in the
    // selection (a Land whose municipalities did not change since 2012 is still in the 2016
    // edition), unless --stand names it.
    std::string stand = opt.stand;
    if (stand.empty()) {
        stand = latestWsk;
        if (stand.empty())
            throw std::runtime_error(fill(text::kBoundariesNoWsk, {opt.municipalities}));
        report.warnings.push_back(fill(text::kBoundariesStandFromWsk, {stand}));
    }
    if (stand.size() < 4 || !std::isdigit(static_cast<unsigned char>(stand[0])))
        throw std::runtime_error(fill(text::kBoundariesBadStand, {stand}));
    report.stand = stand;
    report.attribution = store::vg250Attribution(stand.substr(0, 4));
    if (!opt.population) report.warnings.push_back(text::kBoundariesWithoutPopulation.str());

    // Write to a hidden sibling and rename: a crash or error never leaves a partial project.
    // Temporaries of crashed runs are removed first (today's by fileio, older versions' here).
    store::removeLegacyTemporaries(target.string());
    try {
        fileio::AtomicOutput tmp(out, ".gpkg");
        // GDAL creates the GeoPackage itself and refuses an existing file: the name stays
        // reserved by the process id in it, the empty file goes.
        fs::remove(tmp.tempPath());
        store::GpkgWriter w(tmp.tempPath().string());
        std::string vg250 = "VG250 (BKG), Stand " + stand + ", " + report.attribution + ", " +
                            std::string(store::kVg250Licence);
        w.createLayer(store::kMunicipalityLayer, store::municipalityFields(), 25832, "Gemeinden, " + vg250);
        for (const Area& m : municipalities) {
            store::FieldValue pop;
            if (population) {
                auto it = population->byAgs.find(m.ags);
                if (it != population->byAgs.end()) {
                    pop = it->second;
                    report.population += it->second;
                } else {
                    ++report.withoutPopulation;
                }
            }
            w.addFeature({m.ags, m.name, m.bez, pop, m.areaKm2}, &m.shape);
            report.areaKm2 += m.areaKm2;
        }
        if (population && report.withoutPopulation > 0)
            report.warnings.push_back(
                fill(text::kBoundariesNoPopulation,
                     {*opt.population,
                      i18n::count(text::kBoundariesMunicipalities, report.withoutPopulation)}));
        const std::vector<store::FieldDef> areaFields = store::adminAreaFields();
        if (district) {
            w.createLayer(store::kDistrictLayer, areaFields, 25832, "Kreis, " + vg250);
            w.addFeature(areaValues(*district), &district->shape);
            w.createLayer(store::kNeighbourLayer, areaFields, 25832, "Nachbarkreise, " + vg250);
            for (const Area& n : neighbours) w.addFeature(areaValues(n), &n.shape);
        }
        w.createLayer(store::kSourceTable, store::sourceFields(), 0, "Quellen der Daten in diesem Projekt");
        auto fileName = [](const std::string& p) { return fs::path(p).filename().string(); };
        std::string vg250Source = "BKG VG250: " + fileName(opt.municipalities);
        w.addFeature({std::string(store::kMunicipalityLayer), vg250Source, stand,
                      std::string(store::kVg250Licence), report.attribution},
                     nullptr);
        if (district) {
            std::string src = "BKG VG250: " + fileName(*opt.districts);
            for (const char* layer : {store::kDistrictLayer, store::kNeighbourLayer})
                w.addFeature({std::string(layer), src, stand, std::string(store::kVg250Licence),
                              report.attribution},
                             nullptr);
        }
        if (population)
            w.addFeature(
                {std::string(store::kMunicipalityLayer) + ".population", fileName(*opt.population),
                 std::string(store::kCensusStand), std::string(store::kCensusLicence),
                 std::string(store::kCensusAttribution)},
                nullptr);
        w.close();
        {
            // The prepared map goes into the file too: every later open only reads it.
            store::Database db(tmp.tempPath().string(), false);
            store::writeStoredScene(db, map::buildMapScene(store::loadMapData(tmp.tempPath().string())),
                                    store::boundaryFingerprint(db));
        }
        if (keepBackupCopy) report.backup = keepBackup(target).string();
        tmp.commit();
    } catch (const std::exception& e) {
        throw std::runtime_error(fill(text::kBoundariesWriteFailed, {opt.out, e.what()}));
    }
    report.municipalities = static_cast<int>(municipalities.size());
    report.neighbours = static_cast<int>(neighbours.size());
    report.district = district.has_value();
    return report;
}

}  // namespace exchange
