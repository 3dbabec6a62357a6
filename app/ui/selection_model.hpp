#pragma once
// What the "Auswahl" tab and the map show of the decision, derived from the project and kept
// between frames: the decision input, the coverage model (rebuilt only when the sites or the
// radius change), the sets with their measures, and the ranking for the weights on the sliders
// (re-ranked at once while a slider moves; acceptability and stability follow on release).
//
// A call past the enumeration bound is ranked by the covering solver on a worker thread: the
// window stays responsive, shows the solver's progress (busy(), progress()) and adopts the
// sets, then their acceptability and stability, as they arrive (poll()). New weights or a new
// project state cancel the job that runs; GEOS (the coverage model) is used only on the
// window's thread.

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/project/project.hpp"
#include "app/decision/model.hpp"
#include "app/decision/decision_input.hpp"
#include "app/decision/ranker.hpp"
#include "geo/coverage.hpp"

namespace ui {

class SelectionModel {
  public:
    SelectionModel() = default;
    SelectionModel(const SelectionModel&) = delete;
    SelectionModel& operator=(const SelectionModel&) = delete;
    // Cancels a running solve; the worker finishes its current CBC call on its own.
    ~SelectionModel();

    // Called from the worker after each solve and when it is done (the window's wake-up).
    void setWake(std::function<void()> wake) { wake_ = std::move(wake); }
    // Adopts what the worker has finished; true when something changed (a frame is due).
    bool poll();
    // Whether the solver is working, and how far: (stage, done, total); stage 0 the best
    // sets, 1 the acceptability draws, 2 the stability ranges.
    bool busy() const;
    struct Progress {
        int stage = 0, done = 0, total = 0;
    };
    Progress progress() const;
    // Solver only: the method and what the solver reported for the sets shown.
    decision::RankingMethod method() const {
        return ranker_ ? ranker_->method() : decision::RankingMethod::Enumeration;
    }
    const decision::SolverReport& solverReport() const { return solverReport_; }

    // Brings everything up to date for the project's revision and the given weights;
    // `settled`: the weights are not being dragged, so acceptability and ranges are computed.
    void update(const project::Project& project, const decision::DistrictGeometry& district,
                const decision::Weights& weights, bool settled);

    // The radius while its slider is held (ui/live_slider.hpp), else nullopt: the next update
    // ranks with it instead of the stored one, so the sets, the rings and the map follow the
    // drag; acceptability waits for the release like it does for the weights.
    void setLiveRadius(std::optional<double> radiusKm) { liveRadius_ = radiusKm; }

    const decision::DecisionInput& input() const { return ranker_ ? ranker_->input() : empty_; }
    const std::vector<decision::RankedSet>& ranked() const { return ranked_; }
    const std::array<decision::WeightRange, decision::kCriteria>& ranges() const {
        return ranges_;
    }
    // Empty, or why there is no ranking ("weniger als 2 Kommunen mit förderfähigen ...").
    const std::string& problem() const { return problem_; }
    const geo::CoverageModel* coverage() const { return ranker_ ? &ranker_->coverage() : nullptr; }
    // The ids of a ranked set's applications.
    std::vector<std::int64_t> ids(const decision::RankedSet& set) const;
    // The ranked set with exactly these application ids, or nullptr.
    const decision::RankedSet* find(const std::vector<std::int64_t>& ids) const;
    // The set of these application ids: the ranked one when it is ranked, else (a recorded
    // choice that is no admissible set any more) its members among the candidates, with no
    // measures; nullopt when none of them is a candidate.
    std::optional<decision::RankedSet> setOf(const std::vector<std::int64_t>& ids) const;
    // Population within r of the set's sites, and each municipality's covered share.
    double coveredPopulation(const decision::RankedSet& set) const;
    std::vector<double> coveredShares(const decision::RankedSet& set) const;
    bool acceptabilityFresh() const { return acceptabilityFresh_; }

  private:
    std::optional<std::uint64_t> revision_;
    std::optional<double> liveRadius_, rankedRadius_;
    struct Job;
    void startJob(const decision::Weights& weights);
    void cancelJob();

    std::shared_ptr<const decision::Ranker> ranker_;
    std::shared_ptr<Job> job_;
    std::function<void()> wake_;
    decision::SolverReport solverReport_;
    decision::DecisionInput empty_;  // input() before the first update
    std::vector<decision::RankedSet> ranked_;
    std::array<decision::WeightRange, decision::kCriteria> ranges_{};
    std::optional<decision::Weights> rankedFor_;
    bool acceptabilityFresh_ = false;
    std::string problem_;
};

}  // namespace ui
