#include "app/decision/covering_solver.hpp"

#include <Cbc_C_Interface.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>

namespace decision {

namespace {

using Clock = std::chrono::steady_clock;

// CBC's tolerances are absolute; totals are 0–5, so the objective is scaled up for the solver.
constexpr double kObjectiveScale = 1000;
// Totals closer than this count as equal (a tie between two sets' lines).
constexpr double kTie = 1e-9;

struct ModelDeleter {
    void operator()(Cbc_Model* model) const { Cbc_deleteModel(model); }
};

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

bool cancelled(const SolverControl* control) {
    return control && control->cancel.load();
}

}  // namespace

CoveringSolver::CoveringSolver(std::vector<Candidate> candidates, int places,
                               std::vector<geo::DemandUnit> units, double totalPopulation)
    : candidates_(std::move(candidates)),
      places_(places),
      units_(std::move(units)),
      totalPopulation_(totalPopulation),
      unitsOf_(candidates_.size()) {
    for (std::size_t u = 0; u < units_.size(); ++u)
        for (std::uint32_t site : units_[u].sites) {
            if (site >= candidates_.size())
                throw std::out_of_range("CoveringSolver: a demand unit names site " +
                                        std::to_string(site) + " of " +
                                        std::to_string(candidates_.size()));
            unitsOf_[site].push_back(u);
        }
}

std::array<double, kCriteria> CoveringSolver::features(const std::vector<std::size_t>& set) const {
    std::array<double, kCriteria> f{};
    if (set.empty()) return f;
    for (std::size_t m : set)
        for (int c = 1; c < kCriteria; ++c) f[c] += candidates_[m].scores[c];
    for (int c = 1; c < kCriteria; ++c) f[c] /= static_cast<double>(set.size());
    if (totalPopulation_ > 0) {
        std::vector<char> reached(units_.size(), 0);
        double covered = 0;
        for (std::size_t m : set)
            for (std::size_t u : unitsOf_[m])
                if (!reached[u]) {
                    reached[u] = 1;
                    covered += units_[u].population;
                }
        f[0] = 5 * std::clamp(covered / totalPopulation_, 0.0, 1.0);
    }
    return f;
}

double CoveringSolver::total(const std::vector<std::size_t>& set, const Weights& weights) const {
    // As rankSets: scored weight × mean merit + w_Verteilung × Verteilung, where the mean merit
    // (candidateMerit with the weights renormalised over the scored criteria) is the same as
    // Σ_c w_c × mean score_c.
    const Weights w = normalised(weights);
    const std::array<double, kCriteria> f = features(set);
    double scored = 0;
    for (int c = 1; c < kCriteria; ++c) scored += w[c];
    double merit = 0;
    for (std::size_t m : set) merit += candidateMerit(candidates_[m], w);
    merit = set.empty() ? 0 : merit / static_cast<double>(set.size());
    return scored * merit + w[0] * f[0];
}

std::optional<SolvedSet> CoveringSolver::best(const Weights& weights, double seconds) const {
    return solve(weights, {}, seconds);
}

std::optional<SolvedSet> CoveringSolver::solve(const Weights& weights, const Restriction& restriction,
                                               double seconds) const {
    const std::size_t n = candidates_.size();
    const auto k = static_cast<std::size_t>(std::max(places_, 0));
    if (k == 0 || n < k) return std::nullopt;
    const Weights w = normalised(weights);
    double scored = 0;
    for (int c = 1; c < kCriteria; ++c) scored += w[c];
    const double perPerson = totalPopulation_ > 0 ? w[0] * 5 / totalPopulation_ : 0.0;

    // Columns: x_0 … x_{n−1}, then one y per unit reached by two or more sites.
    std::vector<double> objective(n);
    for (std::size_t i = 0; i < n; ++i)
        objective[i] = scored * candidateMerit(candidates_[i], w) / static_cast<double>(k);
    std::vector<std::size_t> shared;  // units with a y column
    for (std::size_t u = 0; u < units_.size(); ++u) {
        const double value = perPerson * units_[u].population;
        if (!(value > 0)) continue;
        if (units_[u].sites.size() == 1)
            objective[units_[u].sites[0]] += value;
        else
            shared.push_back(u);
    }

    // Rows: cardinality, one per municipality with two or more candidates, one per shared
    // unit.
    std::vector<std::vector<std::pair<int, double>>> column(n + shared.size());
    std::vector<double> rowLower, rowUpper;
    constexpr double kInf = std::numeric_limits<double>::max();
    auto addRow = [&](double lower, double upper) {
        rowLower.push_back(lower);
        rowUpper.push_back(upper);
        return static_cast<int>(rowLower.size() - 1);
    };
    const int cardinality = addRow(static_cast<double>(k), static_cast<double>(k));
    for (std::size_t i = 0; i < n; ++i) column[i].push_back({cardinality, 1.0});
    std::map<std::string, std::vector<std::size_t>> byMunicipality;
    for (std::size_t i = 0; i < n; ++i) byMunicipality[candidates_[i].municipality].push_back(i);
    for (const auto& [municipality, members] : byMunicipality) {
        if (members.size() < 2) continue;
        const int row = addRow(-kInf, 1.0);
        for (std::size_t i : members) column[i].push_back({row, 1.0});
    }
    for (std::size_t s = 0; s < shared.size(); ++s) {
        const int row = addRow(-kInf, 0.0);
        column[n + s].push_back({row, 1.0});
        for (std::uint32_t site : units_[shared[s]].sites) column[site].push_back({row, -1.0});
    }

    std::vector<CoinBigIndex> start{0};
    std::vector<int> index;
    std::vector<double> value, colLower, colUpper, obj;
    for (std::size_t j = 0; j < column.size(); ++j) {
        for (const auto& [row, coefficient] : column[j]) {
            index.push_back(row);
            value.push_back(coefficient);
        }
        start.push_back(static_cast<CoinBigIndex>(index.size()));
        const bool in = j < n && std::find(restriction.in.begin(), restriction.in.end(), j) !=
                                     restriction.in.end();
        const bool out = j < n && std::find(restriction.out.begin(), restriction.out.end(), j) !=
                                      restriction.out.end();
        colLower.push_back(in ? 1 : 0);
        colUpper.push_back(out ? 0 : 1);
        obj.push_back(kObjectiveScale *
                      (j < n ? objective[j] : perPerson * units_[shared[j - n]].population));
    }

    const std::unique_ptr<Cbc_Model, ModelDeleter> model(Cbc_newModel());
    Cbc_loadProblem(model.get(), static_cast<int>(column.size()), static_cast<int>(rowLower.size()),
                    start.data(), index.data(), value.data(), colLower.data(), colUpper.data(),
                    obj.data(), rowLower.data(), rowUpper.data());
    for (std::size_t i = 0; i < n; ++i) Cbc_setInteger(model.get(), static_cast<int>(i));
    Cbc_setObjSense(model.get(), -1);  // maximise
    Cbc_setLogLevel(model.get(), 0);
    Cbc_setMaximumSeconds(model.get(), std::max(seconds, 0.01));
    // Optimal means optimal: no relative gap allowed beyond rounding.
    Cbc_setAllowableFractionGap(model.get(), 1e-12);
    Cbc_setAllowableGap(model.get(), 1e-9);

    // A start lets CBC prune from the beginning: the greedy set (largest gain first, one per
    // municipality), and for the next best sets the best single swap of a set found before —
    // the best set not found yet is often one swap away. The best admissible one is given.
    {
        auto admissibleStart = [&](const std::vector<std::size_t>& set) {
            if (set.size() != k) return false;
            for (std::size_t i : restriction.in)
                if (std::find(set.begin(), set.end(), i) == set.end()) return false;
            for (std::size_t i : restriction.out)
                if (std::find(set.begin(), set.end(), i) != set.end()) return false;
            std::map<std::string, int> per;
            for (std::size_t i : set)
                if (++per[candidates_[i].municipality] > 1) return false;
            return true;
        };
        std::vector<std::size_t> initial;
        double startTotal = -kInf;
        auto consider = [&](std::vector<std::size_t> set) {
            std::sort(set.begin(), set.end());
            if (!admissibleStart(set)) return;
            const double t = total(set, weights);
            if (t > startTotal) {
                startTotal = t;
                initial = std::move(set);
            }
        };
        std::vector<char> taken(n, 0), reached(units_.size(), 0);
        std::map<std::string, bool> usedMunicipality;
        std::vector<std::size_t> greedy;
        for (std::size_t i : restriction.in) {
            taken[i] = 1;
            usedMunicipality[candidates_[i].municipality] = true;
            for (std::size_t u : unitsOf_[i]) reached[u] = 1;
            greedy.push_back(i);
        }
        for (std::size_t i : restriction.out) taken[i] = 1;
        for (std::size_t step = greedy.size(); step < k; ++step) {
            double bestGain = -kInf;
            std::size_t bestSite = n;
            for (std::size_t i = 0; i < n; ++i) {
                if (taken[i] || usedMunicipality[candidates_[i].municipality]) continue;
                double gain = objective[i];
                for (std::size_t u : unitsOf_[i])
                    if (!reached[u] && units_[u].sites.size() > 1)
                        gain += perPerson * units_[u].population;
                if (gain > bestGain) {
                    bestGain = gain;
                    bestSite = i;
                }
            }
            if (bestSite == n) break;
            taken[bestSite] = 1;
            usedMunicipality[candidates_[bestSite].municipality] = true;
            for (std::size_t u : unitsOf_[bestSite]) reached[u] = 1;
            greedy.push_back(bestSite);
        }
        consider(greedy);
        if (!restriction.hint.empty()) {
            const std::vector<std::size_t>& last = restriction.hint;
            for (std::size_t out = 0; out < last.size(); ++out)
                for (std::size_t in = 0; in < n; ++in) {
                    if (std::find(last.begin(), last.end(), in) != last.end()) continue;
                    std::vector<std::size_t> swapped = last;
                    swapped[out] = in;
                    consider(std::move(swapped));
                }
        }
        if (!initial.empty()) {
            // The whole solution (x and y) as CBC's first incumbent. (CBC 2.10's MIP start by
            // index looks columns up by name and fails on unnamed ones; naming columns but not
            // rows crashes Clp's presolve, coin-or/Cbc#515.)
            std::vector<double> solution(column.size(), 0.0);
            std::vector<char> covered(units_.size(), 0);
            for (std::size_t i : initial) {
                solution[i] = 1;
                for (std::size_t u : unitsOf_[i]) covered[u] = 1;
            }
            for (std::size_t s = 0; s < shared.size(); ++s)
                solution[n + s] = covered[shared[s]] ? 1.0 : 0.0;
            Cbc_setInitialSolution(model.get(), solution.data());
        }
    }

    Cbc_solve(model.get());
    if (Cbc_isProvenInfeasible(model.get())) return std::nullopt;
    const double* x = Cbc_getColSolution(model.get());
    if (!x) return std::nullopt;
    SolvedSet result;
    for (std::size_t i = 0; i < n; ++i)
        if (x[i] > 0.5) result.members.push_back(i);
    // Only an admissible set counts (a time bound may leave no integer solution).
    std::map<std::string, int> perMunicipality;
    for (std::size_t i : result.members) ++perMunicipality[candidates_[i].municipality];
    bool fixingsHold = true;
    for (std::size_t i : restriction.in)
        fixingsHold = fixingsHold && std::binary_search(result.members.begin(), result.members.end(), i);
    for (std::size_t i : restriction.out)
        fixingsHold = fixingsHold && !std::binary_search(result.members.begin(), result.members.end(), i);
    const bool admissible =
        fixingsHold && result.members.size() == k &&
        std::all_of(perMunicipality.begin(), perMunicipality.end(),
                    [](const auto& entry) { return entry.second == 1; });
    if (!admissible) return std::nullopt;
    result.objective = total(result.members, weights);
    // When the relaxation's optimum is integral already, CBC stops before branch and bound
    // (status −1) without calling it proven optimal: it is, as the relaxation bounds every
    // solution.
    bool integral = true;
    for (std::size_t i = 0; i < n && integral; ++i)
        integral = std::abs(x[i] - std::round(x[i])) <= 1e-6;
    const bool solvedByRelaxation = Cbc_status(model.get()) == -1 &&
                                    Cbc_isInitialSolveProvenOptimal(model.get()) && integral;
    if (Cbc_isProvenOptimal(model.get()) || solvedByRelaxation) {
        result.status = SolveStatus::Optimal;
        result.bound = result.objective;
    } else {
        result.status = SolveStatus::TimeLimit;
        result.bound = std::max(result.objective,
                                std::abs(Cbc_getBestPossibleObjValue(model.get())) / kObjectiveScale);
    }
    return result;
}

std::vector<SolvedSet> CoveringSolver::bestSets(const Weights& weights, int count, double seconds,
                                                const SolverControl* control) const {
    // Lawler's partition: each set found was the best of a subproblem (some places fixed in,
    // some fixed out); the sets of that subproblem other than it split into disjoint
    // subproblems — with its free places a_1 … a_m: a_1 … a_{j−1} in and a_j out — whose best
    // sets are candidates for the next. The next best set overall is the best candidate. Only
    // variables are fixed, so every subproblem keeps the covering model's tight relaxation (a
    // cut excluding the sets found would weaken it: ten sets took 50 s instead of a few).
    struct Pending {
        SolvedSet set;
        Restriction restriction;
    };
    std::vector<Pending> pending;
    std::vector<SolvedSet> found;
    const Clock::time_point start = Clock::now();
    auto timeLeft = [&] { return seconds - secondsSince(start); };
    if (count <= 0 || cancelled(control)) return found;
    if (std::optional<SolvedSet> first = solve(weights, {}, timeLeft()))
        pending.push_back({std::move(*first), {}});
    while (static_cast<int>(found.size()) < count && !pending.empty()) {
        const auto top = std::max_element(
            pending.begin(), pending.end(), [](const Pending& a, const Pending& b) {
                return a.set.objective != b.set.objective ? a.set.objective < b.set.objective
                                                          : a.set.members > b.set.members;
            });
        Pending next = std::move(*top);
        pending.erase(top);
        found.push_back(next.set);
        if (control && control->progress)
            control->progress(static_cast<int>(found.size()), count);
        if (static_cast<int>(found.size()) == count) break;
        Restriction branch = next.restriction;
        for (std::size_t place : next.set.members) {
            if (std::find(branch.in.begin(), branch.in.end(), place) != branch.in.end()) continue;
            if (timeLeft() <= 0 || cancelled(control)) return found;
            Restriction sub = branch;
            sub.out.push_back(place);
            sub.hint = next.set.members;
            if (std::optional<SolvedSet> best = solve(weights, sub, timeLeft())) {
                sub.hint.clear();
                pending.push_back({std::move(*best), std::move(sub)});
            }
            branch.in.push_back(place);
        }
    }
    return found;
}

CoveringSolver::Acceptability CoveringSolver::acceptability(
    const std::vector<std::vector<std::size_t>>& sets, const Weights& weights,
    const SensitivityOptions& options, double seconds, const SolverControl* control) const {
    Acceptability result;
    result.shares.assign(sets.size(), 0.0);
    result.samplesWanted = std::max(options.samples, 0);
    if (result.samplesWanted == 0) return result;
    const Weights centre = normalised(weights);
    std::mt19937_64 rng(options.seed);
    const Clock::time_point start = Clock::now();
    std::vector<double> wins(sets.size(), 0.0);
    for (int draw = 0; draw < result.samplesWanted; ++draw) {
        const double left = seconds - secondsSince(start);
        if (left <= 0 || cancelled(control)) break;
        const Weights w = drawWeights(rng, options, centre);
        const std::optional<SolvedSet> first = best(w, left);
        if (!first || first->status != SolveStatus::Optimal) break;  // out of time mid-solve
        const auto it = std::find(sets.begin(), sets.end(), first->members);
        if (it != sets.end()) wins[static_cast<std::size_t>(it - sets.begin())] += 1;
        ++result.samplesDone;
        if (control && control->progress) control->progress(result.samplesDone, result.samplesWanted);
    }
    if (result.samplesDone > 0)
        for (std::size_t i = 0; i < sets.size(); ++i) result.shares[i] = wins[i] / result.samplesDone;
    return result;
}

CoveringSolver::Stability CoveringSolver::stability(const std::vector<std::size_t>& first,
                                                    const Weights& weights, double seconds,
                                                    const SolverControl* control) const {
    Stability result;
    const Weights w = normalised(weights);
    for (int c = 0; c < kCriteria; ++c) result.ranges[c] = {w[c], 0.0, 1.0};
    const Clock::time_point start = Clock::now();
    const std::array<double, kCriteria> fFirst = features(first);
    for (int c = 0; c < kCriteria; ++c) {
        Weights others{};
        const double rest = 1 - w[c];
        for (int o = 0; o < kCriteria; ++o)
            if (o != c) others[o] = rest > 1e-12 ? w[o] / rest : 1.0 / (kCriteria - 1);
        auto g = [&](const std::array<double, kCriteria>& f) {
            double sum = 0;
            for (int o = 0; o < kCriteria; ++o)
                if (o != c) sum += others[o] * f[o];
            return sum;
        };
        auto line = [&](const std::array<double, kCriteria>& f, double t) {
            return t * f[c] + (1 - t) * g(f);
        };
        auto at = [&](double t) {
            Weights x{};
            for (int o = 0; o < kCriteria; ++o) x[o] = o == c ? t : (1 - t) * others[o];
            return x;
        };
        // Moves the end `t` toward the current weight until `first` is best there.
        auto search = [&](double t) -> std::optional<double> {
            for (int iteration = 0; iteration < 64; ++iteration) {
                if (std::abs(t - w[c]) < 1e-12) return w[c];
                const double left = seconds - secondsSince(start);
                if (left <= 0 || cancelled(control)) return std::nullopt;
                const std::optional<SolvedSet> b = best(at(t), left);
                ++result.solves;
                if (!b || b->status != SolveStatus::Optimal) return std::nullopt;
                const std::array<double, kCriteria> fb = features(b->members);
                const double lead = line(fFirst, t) - line(fb, t);
                if (b->members == first || lead >= -kTie) return t;
                // first − b = a + slope·t: >= 0 at w[c], < 0 at t; they cross in between.
                const double a = g(fFirst) - g(fb);
                const double slope = (fFirst[c] - g(fFirst)) - (fb[c] - g(fb));
                if (slope == 0) return w[c];
                const double crossing = -a / slope;
                t = t > w[c] ? std::clamp(crossing, w[c], t) : std::clamp(crossing, t, w[c]);
            }
            return std::nullopt;
        };
        const std::optional<double> upper = search(1.0);
        const std::optional<double> lower = search(0.0);
        if (!upper || !lower) result.complete = false;
        result.ranges[c].upper = std::clamp(upper.value_or(1.0), w[c], 1.0);
        result.ranges[c].lower = std::clamp(lower.value_or(0.0), 0.0, w[c]);
        if (control && control->progress) control->progress(c + 1, kCriteria);
    }
    return result;
}

}  // namespace decision
