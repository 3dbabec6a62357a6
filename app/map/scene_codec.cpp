#include "app/map/scene_codec.hpp"

#include <cstring>
#include <string>
#include <type_traits>

namespace map {
namespace {

constexpr std::uint32_t kMetaMagic = 0x314D4B42;   // "BKM1" in this machine's byte order
constexpr std::uint32_t kLevelMagic = 0x314C4B42;  // "BKL1"

class Writer {
  public:
    template <class T>
    void put(const T& v) {
        static_assert(std::is_trivially_copyable_v<T>);
        const auto* p = reinterpret_cast<const std::uint8_t*>(&v);
        out_.insert(out_.end(), p, p + sizeof v);
    }
    template <class T>
    void putVector(const std::vector<T>& v) {
        static_assert(std::is_trivially_copyable_v<T>);
        put(static_cast<std::uint64_t>(v.size()));
        const auto* p = reinterpret_cast<const std::uint8_t*>(v.data());
        out_.insert(out_.end(), p, p + v.size() * sizeof(T));
    }
    void putString(const std::string& s) {
        put(static_cast<std::uint64_t>(s.size()));
        out_.insert(out_.end(), s.begin(), s.end());
    }
    void putBox(const geo::Box& b) {
        put(b.minx);
        put(b.miny);
        put(b.maxx);
        put(b.maxy);
    }
    Bytes take() { return std::move(out_); }

  private:
    Bytes out_;
};

class Reader {
  public:
    explicit Reader(const Bytes& bytes) : bytes_(bytes) {}
    template <class T>
    T get() {
        T v;
        need(sizeof v);
        std::memcpy(&v, bytes_.data() + at_, sizeof v);
        at_ += sizeof v;
        return v;
    }
    template <class T>
    std::vector<T> getVector() {
        const auto n = get<std::uint64_t>();
        if (n > (bytes_.size() - at_) / sizeof(T)) fail();
        std::vector<T> v(static_cast<std::size_t>(n));
        std::memcpy(v.data(), bytes_.data() + at_, v.size() * sizeof(T));
        at_ += v.size() * sizeof(T);
        return v;
    }
    std::string getString() {
        const auto n = get<std::uint64_t>();
        need(static_cast<std::size_t>(n));
        std::string s(reinterpret_cast<const char*>(bytes_.data() + at_), static_cast<std::size_t>(n));
        at_ += static_cast<std::size_t>(n);
        return s;
    }
    geo::Box getBox() {
        geo::Box b;
        b.minx = get<double>();
        b.miny = get<double>();
        b.maxx = get<double>();
        b.maxy = get<double>();
        return b;
    }
    void expectEnd() const {
        if (at_ != bytes_.size()) fail();
    }
    [[noreturn]] static void fail() { throw SceneCodecError("the stored map is damaged"); }

  private:
    void need(std::size_t n) const {
        if (n > bytes_.size() - at_) fail();
    }
    const Bytes& bytes_;
    std::size_t at_ = 0;
};

void header(Reader& in, std::uint32_t magic) {
    if (in.get<std::uint32_t>() != magic) throw SceneCodecError("not a stored map of this machine");
    if (in.get<std::uint32_t>() != kSceneFormat)
        throw SceneCodecError("the stored map has another format");
}

}  // namespace

Bytes encodeSceneMeta(const MapScene& scene) {
    Writer w;
    w.put(kMetaMagic);
    w.put(kSceneFormat);
    w.put(scene.origin.x);
    w.put(scene.origin.y);
    w.putBox(scene.extent);
    w.putString(scene.attribution);
    w.put(static_cast<std::uint64_t>(scene.features.size()));
    for (const SceneFeature& f : scene.features) {
        w.put(static_cast<std::uint8_t>(f.kind));
        w.put(f.source);
        w.put(f.color);
        w.putBox(f.bounds);
        w.putVector(f.arcs);
    }
    w.put(static_cast<std::uint64_t>(scene.labels.size()));
    for (const SceneLabel& l : scene.labels) {
        w.putString(l.text);
        w.put(l.anchor.x);
        w.put(l.anchor.y);
        w.put(l.room);
        w.put(l.priority);
        w.put(static_cast<std::uint8_t>(l.context));
    }
    std::vector<double> tolerances;
    for (const SceneLevel& level : scene.levels) tolerances.push_back(level.tolerance);
    w.putVector(tolerances);
    return w.take();
}

MapScene decodeSceneMeta(const Bytes& bytes) {
    Reader in(bytes);
    header(in, kMetaMagic);
    MapScene scene;
    scene.origin.x = in.get<double>();
    scene.origin.y = in.get<double>();
    scene.extent = in.getBox();
    scene.attribution = in.getString();
    const auto features = in.get<std::uint64_t>();
    if (features > bytes.size()) Reader::fail();
    scene.features.resize(static_cast<std::size_t>(features));
    for (SceneFeature& f : scene.features) {
        const auto kind = in.get<std::uint8_t>();
        if (kind > static_cast<std::uint8_t>(LayerKind::Municipality)) Reader::fail();
        f.kind = static_cast<LayerKind>(kind);
        f.source = in.get<std::uint32_t>();
        f.color = in.get<Rgba>();
        f.bounds = in.getBox();
        f.arcs = in.getVector<std::uint32_t>();
    }
    const auto labels = in.get<std::uint64_t>();
    if (labels > bytes.size()) Reader::fail();
    scene.labels.resize(static_cast<std::size_t>(labels));
    for (SceneLabel& l : scene.labels) {
        l.text = in.getString();
        l.anchor.x = in.get<double>();
        l.anchor.y = in.get<double>();
        l.room = in.get<double>();
        l.priority = in.get<double>();
        l.context = in.get<std::uint8_t>() != 0;
    }
    for (double t : in.getVector<double>()) {
        SceneLevel level;
        level.tolerance = t;
        level.loaded = false;
        scene.levels.push_back(std::move(level));
    }
    in.expectEnd();
    return scene;
}

Bytes encodeSceneLevel(const SceneLevel& level) {
    Writer w;
    w.put(kLevelMagic);
    w.put(kSceneFormat);
    w.put(level.tolerance);
    w.putVector(level.fillVertices);
    w.putVector(level.fillIndices);
    w.putVector(level.lineVertices);
    w.putVector(level.lineIndices);
    w.putVector(level.chunks);
    w.putVector(level.arcLines);
    return w.take();
}

SceneLevel decodeSceneLevel(const Bytes& bytes) {
    Reader in(bytes);
    header(in, kLevelMagic);
    SceneLevel level;
    level.tolerance = in.get<double>();
    level.fillVertices = in.getVector<float>();
    level.fillIndices = in.getVector<std::uint32_t>();
    level.lineVertices = in.getVector<float>();
    level.lineIndices = in.getVector<std::uint32_t>();
    level.chunks = in.getVector<SceneChunk>();
    level.arcLines = in.getVector<IndexRange>();
    in.expectEnd();
    // Every index must address a vertex, every range its buffer: a damaged record never
    // reaches the GPU.
    const std::size_t fillCount = level.fillVertices.size() / kFillStride;
    const std::size_t lineCount = level.lineVertices.size() / kLineStride;
    if (level.fillVertices.size() % kFillStride || level.lineVertices.size() % kLineStride)
        Reader::fail();
    for (std::uint32_t i : level.fillIndices)
        if (i >= fillCount) Reader::fail();
    for (std::uint32_t i : level.lineIndices)
        if (i >= lineCount) Reader::fail();
    auto within = [](IndexRange r, std::size_t n) {
        return static_cast<std::size_t>(r.first) + r.count <= n;
    };
    for (const SceneChunk& c : level.chunks)
        if (!within(c.fill, level.fillIndices.size()) || !within(c.lines, level.lineIndices.size()))
            Reader::fail();
    for (IndexRange r : level.arcLines)
        if (!within(r, level.lineIndices.size())) Reader::fail();
    return level;
}

}  // namespace map
