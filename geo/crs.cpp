#include "geo/crs.hpp"

#include <proj.h>

#include <cmath>

#include "geo/error.hpp"

namespace geo {
namespace {

struct ContextDeleter {
    void operator()(PJ_CONTEXT* ctx) const { proj_context_destroy(ctx); }
};
struct PjDeleter {
    void operator()(PJ* pj) const { proj_destroy(pj); }
};
using ContextPtr = std::unique_ptr<PJ_CONTEXT, ContextDeleter>;
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

std::string lastError(PJ_CONTEXT* ctx) {
    const char* msg = proj_context_errno_string(ctx, proj_context_errno(ctx));
    return msg ? msg : "unknown PROJ error";
}

PjPtr createCrs(PJ_CONTEXT* ctx, const std::string& definition) {
    PjPtr crs(proj_create(ctx, definition.c_str()));
    if (!crs) {
        std::string shown = definition.size() > 80 ? definition.substr(0, 77) + "..." : definition;
        throw GeoError("Unknown coordinate reference system '" + shown + "': " + lastError(ctx));
    }
    return crs;
}

}  // namespace

struct Transformer::Impl {
    ContextPtr ctx{proj_context_create()};
    PjPtr pj;
};

Transformer::Transformer(const std::string& source, const std::string& target)
    : impl_(std::make_unique<Impl>()) {
    PJ_CONTEXT* ctx = impl_->ctx.get();
    PjPtr src = createCrs(ctx, source);
    PjPtr dst = createCrs(ctx, target);
    identity_ = proj_is_equivalent_to(src.get(), dst.get(), PJ_COMP_EQUIVALENT) != 0;
    PjPtr raw(proj_create_crs_to_crs_from_pj(ctx, src.get(), dst.get(), nullptr, nullptr));
    if (!raw)
        throw GeoError("No transformation from '" + source + "' to '" + target +
                       "': " + lastError(ctx));
    impl_->pj.reset(proj_normalize_for_visualization(ctx, raw.get()));
    if (!impl_->pj) throw GeoError("Cannot normalise the axis order: " + lastError(ctx));
}

Transformer::~Transformer() = default;
Transformer::Transformer(Transformer&&) noexcept = default;
Transformer& Transformer::operator=(Transformer&&) noexcept = default;

namespace {
Vec2 apply(PJ* pj, PJ_CONTEXT* ctx, PJ_DIRECTION dir, Vec2 p) {
    PJ_COORD c = proj_coord(p.x, p.y, 0, 0);
    PJ_COORD r = proj_trans(pj, dir, c);
    if (!std::isfinite(r.xy.x) || !std::isfinite(r.xy.y) || r.xy.x == HUGE_VAL)
        throw GeoError("Cannot transform the point (" + std::to_string(p.x) + ", " +
                       std::to_string(p.y) + "): " + lastError(ctx));
    return {r.xy.x, r.xy.y};
}
}  // namespace

Vec2 Transformer::forward(Vec2 p) const {
    if (identity_) return p;
    return apply(impl_->pj.get(), impl_->ctx.get(), PJ_FWD, p);
}

Vec2 Transformer::inverse(Vec2 p) const {
    if (identity_) return p;
    return apply(impl_->pj.get(), impl_->ctx.get(), PJ_INV, p);
}

void Transformer::forward(Ring& ring) const {
    if (identity_ || ring.empty()) return;
    // One batched call instead of one per vertex: proj_trans_generic walks strided arrays.
    std::size_t n = ring.size();
    std::size_t ok = proj_trans_generic(impl_->pj.get(), PJ_FWD, &ring[0].x, sizeof(Vec2), n,
                                        &ring[0].y, sizeof(Vec2), n, nullptr, 0, 0, nullptr, 0, 0);
    bool finite = ok == n;
    for (std::size_t i = 0; finite && i < n; ++i)
        finite = std::isfinite(ring[i].x) && std::isfinite(ring[i].y) && ring[i].x != HUGE_VAL;
    if (!finite) throw GeoError("Cannot transform a ring: " + lastError(impl_->ctx.get()));
}

void Transformer::forward(MultiPolygon& polygon) const {
    for (Polygon& part : polygon) {
        forward(part.outer);
        for (Ring& hole : part.holes) forward(hole);
    }
}

std::string crsName(const std::string& definition) {
    ContextPtr ctx(proj_context_create());
    PjPtr crs = createCrs(ctx.get(), definition);
    const char* name = proj_get_name(crs.get());
    return name ? name : definition;
}

}  // namespace geo
