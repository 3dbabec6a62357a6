#include "app/ui/selection_model.hpp"

#include <algorithm>
#include <mutex>
#include <thread>
#include <utility>

#include "app/i18n/format.hpp"
#include "app/i18n/ranking_text.hpp"
#include "app/i18n/strings.hpp"

namespace ui {

// One solve of the worker: the steps' results as they arrive, read under the mutex.
struct SelectionModel::Job {
    decision::Weights weights{};
    decision::SolverControl control;
    std::atomic<int> stage{0}, done{0}, total{0};
    std::atomic<bool> finished{false};
    std::mutex mutex;
    std::optional<std::vector<decision::SolvedSet>> sets;
    std::optional<decision::CoveringSolver::Acceptability> acceptability;
    std::optional<decision::CoveringSolver::Stability> stability;
    bool setsAdopted = false, acceptabilityAdopted = false;
};

SelectionModel::~SelectionModel() {
    cancelJob();
}

void SelectionModel::cancelJob() {
    if (!job_) return;
    job_->control.cancel = true;
    job_.reset();  // the worker holds its own reference and ends after its current solve
}

void SelectionModel::startJob(const decision::Weights& weights) {
    cancelJob();
    auto job = std::make_shared<Job>();
    job->weights = weights;
    std::weak_ptr<Job> weak = job;
    job->control.progress = [weak](int done, int total) {
        if (const std::shared_ptr<Job> j = weak.lock()) {
            j->done = done;
            j->total = total;
        }
    };
    job_ = job;
    std::thread([job, ranker = ranker_, wake = wake_] {
        auto notify = [&] {
            if (!job->control.cancel && wake) wake();
        };
        job->total = ranker->limitsSets();
        std::vector<decision::SolvedSet> sets = ranker->solveSets(job->weights, &job->control);
        std::vector<std::vector<std::size_t>> members;
        for (const decision::SolvedSet& s : sets) members.push_back(s.members);
        {
            const std::lock_guard<std::mutex> lock(job->mutex);
            job->sets = std::move(sets);
        }
        notify();
        if (!job->control.cancel && !members.empty()) {
            job->stage = 1;
            job->done = 0;
            job->total = ranker->input().settings.samples;
            auto acceptability = ranker->solverAcceptability(members, job->weights, &job->control);
            {
                const std::lock_guard<std::mutex> lock(job->mutex);
                job->acceptability = std::move(acceptability);
            }
            notify();
        }
        if (!job->control.cancel && !members.empty()) {
            job->stage = 2;
            job->done = 0;
            job->total = decision::kCriteria;
            auto stability = ranker->solverStability(members.front(), job->weights, &job->control);
            {
                const std::lock_guard<std::mutex> lock(job->mutex);
                job->stability = std::move(stability);
            }
        }
        job->finished = true;
        notify();
    }).detach();
}

bool SelectionModel::busy() const {
    return job_ && !job_->finished;
}

SelectionModel::Progress SelectionModel::progress() const {
    if (!job_) return {};
    return {job_->stage.load(), job_->done.load(), job_->total.load()};
}

bool SelectionModel::poll() {
    if (!job_) return false;
    // `finished` is set after the last result is stored: read it first, then take them all.
    const bool finished = job_->finished.load();
    std::optional<std::vector<decision::SolvedSet>> sets;
    std::optional<decision::CoveringSolver::Acceptability> acceptability;
    std::optional<decision::CoveringSolver::Stability> stability;
    {
        const std::lock_guard<std::mutex> lock(job_->mutex);
        sets = std::exchange(job_->sets, std::nullopt);
        acceptability = std::exchange(job_->acceptability, std::nullopt);
        stability = std::exchange(job_->stability, std::nullopt);
    }
    bool changed = false;
    if (sets) {
        // The measures with the coverage model (GEOS) here, on the window's thread.
        ranked_ = ranker_->rankSolved(*sets, job_->weights, &solverReport_.optimal);
        solverReport_.units = ranker_->solverUnits();
        changed = true;
    }
    if (acceptability) {
        for (std::size_t i = 0; i < ranked_.size() && i < acceptability->shares.size(); ++i)
            ranked_[i].acceptability = acceptability->shares[i];
        solverReport_.samplesDone = acceptability->samplesDone;
        solverReport_.samplesWanted = acceptability->samplesWanted;
        changed = true;
    }
    if (stability) {
        ranges_ = stability->ranges;
        solverReport_.stabilityComplete = stability->complete;
        changed = true;
    }
    if (finished) {
        acceptabilityFresh_ = true;
        job_.reset();
        changed = true;
    }
    return changed;
}

void SelectionModel::update(const project::Project& project,
                            const decision::DistrictGeometry& district,
                            const decision::Weights& weights, bool settled) {
    const bool inputChanged =
        !revision_ || *revision_ != project.revision() || rankedRadius_ != liveRadius_;
    if (inputChanged) {
        revision_ = project.revision();
        rankedRadius_ = liveRadius_;
        decision::DecisionInput input = decision::decisionInput(project.state(), &district);
        if (liveRadius_) input.settings.radiusKm = *liveRadius_;
        // The one ranking pipeline (decision::Ranker), as rank and the report use it; the sets
        // and their measures are made once per project state, the GEOS coverage kept while the
        // sites stay where they are.
        cancelJob();
        auto next = std::make_shared<const decision::Ranker>(std::move(input), ranker_.get());
        ranker_ = std::move(next);
        problem_ = ranker_->problem() ? i18n::rankingProblemText(*ranker_->problem()) : "";
        if (ranker_->method() == decision::RankingMethod::Solver) {
            ranked_.clear();
            ranges_ = {};
            acceptabilityFresh_ = false;
            solverReport_ = {};
            rankedFor_.reset();
        }
    }
    if (!problem_.empty()) {
        ranked_.clear();
        return;
    }
    if (ranker_->method() == decision::RankingMethod::Solver) {
        // Solved on the worker once the weights have settled (a solve per slider step would
        // only be cancelled again); the sets shown stay until the new ones arrive.
        if (settled && !liveRadius_ && (!rankedFor_ || *rankedFor_ != weights)) {
            rankedFor_ = weights;
            acceptabilityFresh_ = false;
            startJob(weights);
        }
        poll();
        return;
    }
    const bool weightsChanged = !rankedFor_ || *rankedFor_ != weights;
    if (inputChanged || weightsChanged) {
        std::vector<decision::RankedSet> previous = std::move(ranked_);
        ranked_ = ranker_->rank(weights);
        rankedFor_ = weights;
        acceptabilityFresh_ = false;
        // Keep the last acceptability while a slider moves: it follows on release.
        for (decision::RankedSet& r : ranked_)
            for (const decision::RankedSet& p : previous)
                if (p.members == r.members) r.acceptability = p.acceptability;
    }
    if (settled && !liveRadius_ && !acceptabilityFresh_ && !ranked_.empty()) {
        ranker_->addAcceptability(ranked_, weights);
        ranges_ = ranker_->stability(ranked_, weights);
        acceptabilityFresh_ = true;
    }
}

std::vector<std::int64_t> SelectionModel::ids(const decision::RankedSet& set) const {
    std::vector<std::int64_t> out;
    for (std::size_t m : set.members) out.push_back(input().candidates[m].id);
    std::sort(out.begin(), out.end());
    return out;
}

const decision::RankedSet* SelectionModel::find(const std::vector<std::int64_t>& wanted) const {
    std::vector<std::int64_t> sorted = wanted;
    std::sort(sorted.begin(), sorted.end());
    for (const decision::RankedSet& r : ranked_)
        if (ids(r) == sorted) return &r;
    return nullptr;
}

std::optional<decision::RankedSet> SelectionModel::setOf(const std::vector<std::int64_t>& ids) const {
    if (const decision::RankedSet* ranked = find(ids)) return *ranked;
    decision::RankedSet set;
    for (std::size_t i = 0; i < input().candidates.size(); ++i)
        if (std::find(ids.begin(), ids.end(), input().candidates[i].id) != ids.end())
            set.members.push_back(i);
    if (set.members.empty()) return std::nullopt;
    return set;
}

double SelectionModel::coveredPopulation(const decision::RankedSet& set) const {
    return ranker_ ? ranker_->coverage().coveredPopulation(set.members) : 0;
}

std::vector<double> SelectionModel::coveredShares(const decision::RankedSet& set) const {
    return ranker_ ? ranker_->coverage().coveredShares(set.members) : std::vector<double>{};
}

}  // namespace ui
