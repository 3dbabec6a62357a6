#pragma once
// How many people live within r of a set of sites. Each area's population is spread evenly
// over its polygon (the municipal population over the municipality), so the population of
// the part of an area within r of a site is population × (area of the part / area). The parts
// are GEOS intersections of the areas with the sites' buffers.
//
// Precision: a buffer is the GEOS buffer polygon of the site with
// kCoverageSegmentsPerQuadrant = 64 segments per quarter circle, a regular 256-gon inscribed in
// the circle, whose area is 0.010 % below πr² (1 − sin(2π/256)·256/(2π) = 1.0e-4).
// How the numbers are made:
// - one site: Σ_j density_j × |area_j ∩ buffer_i| (GEOS, computed once per site and area);
// - two sites i < k: per area |C_ij| + |C_kj| − |C_ij ∩ disk_k| with C_ij = area_j ∩ buffer_i;
//   the last term is computed analytically against the true circle of site k (per edge of
//   C_ij: triangle ∩ disk, exact), and only where |s_i − s_k| < 2r. Using the circle instead
//   of buffer_k subtracts at most the slivers between buffer_k and its circle inside C_ij,
//   less than the whole gap between the 256-gon and the circle (1.0e-4 × πr², 0.03 km² at
//   r = 10 km), so the covered area of a pair is within 1e-4 × πr² of the GEOS union of the
//   two buffers; the result is clamped to [max(|C_ij|, |C_kj|), |area_j|]. This is what makes
//   all 19,900 pairs of 200 sites fast;
// - three or more sites: per area the GEOS union of the parts.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "geo/types.hpp"

namespace geo {

// Segments per quarter circle of the coverage buffers (see above).
inline constexpr int kCoverageSegmentsPerQuadrant = 64;

struct PopulatedArea {
    MultiPolygon shape;  // EPSG:25832 (metres)
    double population = 0;
};

// A piece of the population that the same sites reach: the population of every face of the
// arrangement of the buffers (within the areas) that lies inside exactly these sites' buffers,
// summed over the areas. coveredPopulation(S) = Σ population of the units whose `sites` meet S,
// which makes the coverage of any set a linear function of "is a site chosen" (the
// maximal-covering model of decision::CoveringSolver).
struct DemandUnit {
    std::vector<std::uint32_t> sites;  // ascending, at least one
    double population = 0;
};

class CoverageModel {
  public:
    // Precomputes, for every site, its buffer of `radiusMetres` clipped to every area it meets
    // (bounding boxes and prepared geometries skip the areas it cannot meet; a buffer inside an
    // area is taken whole). The district population is the sum of the areas' populations.
    // Throws GeoError with GEOS's message when GEOS fails (e.g. an invalid polygon).
    CoverageModel(std::vector<PopulatedArea> areas, std::vector<Vec2> sites, double radiusMetres);
    ~CoverageModel();
    CoverageModel(CoverageModel&&) noexcept;
    CoverageModel& operator=(CoverageModel&&) noexcept;

    double radiusMetres() const;
    double totalPopulation() const;
    // Population within r of at least one of the sites (indices into the constructor's
    // sites); each person is counted once where buffers overlap. Repeated indices count once;
    // an index out of range throws std::out_of_range. Not thread-safe (one GEOS context).
    double coveredPopulation(const std::vector<std::size_t>& sites) const;
    // Per area: the share of its surface (0–1) within r of at least one of the sites.
    std::vector<double> coveredShares(const std::vector<std::size_t>& sites) const;
    // The demand units of all sites (see DemandUnit), in the order of their site lists. Per
    // area the clipped buffers' boundaries are noded (GEOSNode) and polygonized; each face's
    // interior point tells which buffers hold it. The units' population sums to the population
    // within r of all sites; units of no population are left out.
    std::vector<DemandUnit> demandUnits() const;

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The buffer polygon of a point (GEOS buffer, `segmentsPerQuadrant` segments a quarter
// circle), for drawing the r-km ring the coverage uses.
Ring circleRing(Vec2 centre, double radius, int segmentsPerQuadrant = 16);

}  // namespace geo
