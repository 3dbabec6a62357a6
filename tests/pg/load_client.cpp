// One committee member's client for the load and fault test (load_test.py): logs in to a
// project on the PostgreSQL test server with the member's own database role and makes edits
// START..EDITS-1 through the edit engine, as the window does: scores of every application,
// the title of its own application (a form field), and moves of its site, in turn. After each
// committed edit it prints "ACK k KIND MICROSECONDS" and flushes, so a SIGKILL loses no
// acknowledgement. A failed write (the server restarting, the connection lost mid-commit) is
// not acknowledged: the client takes in the project again and looks whether edit k is in it
// (then it was committed and is acknowledged without writing it twice), else writes it again.
//
//   pg_load_client ADDRESS USER CLIENT_INDEX EDITS START

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include "app/project/project.hpp"

namespace {

using Clock = std::chrono::steady_clock;

struct Edit {
    project::Action action;
    const char* kind;
};

struct Plan {
    std::int64_t member = 0;
    std::int64_t ownApplication = 0;
    geo::Vec2 site0{};
    std::vector<std::int64_t> applications;
    int index = 0;

    int scoreValue(int k) const {
        const int j = k / 3;
        const int keys = 5 * static_cast<int>(applications.size());
        return (j / keys + 1) % 6;  // the n-th edit of one key: 1, 2, 3, 4, 5, 0, 1, ... never twice in a row
    }
    std::int64_t scoreApplication(int k) const {
        const int j = k / 3;
        return applications[static_cast<std::size_t>((j / 5) % static_cast<int>(applications.size()))];
    }
    decision::Criterion scoreCriterion(int k) const { return static_cast<decision::Criterion>(1 + (k / 3) % 5); }
    std::string title(int k) const {
        return "Titel c" + std::to_string(index) + " e" + std::to_string(k);
    }
    geo::Vec2 site(int k) const { return {site0.x + (k + 1) * 0.25, site0.y}; }

    Edit edit(const project::Project& p, int k) const {
        switch (k % 3) {
            case 0: return {project::SetScore{member, scoreApplication(k), scoreCriterion(k), scoreValue(k)}, "score"};
            case 1: {
                domain::Application a = *p.find(ownApplication);
                a.title = title(k);
                return {project::UpdateApplication{a}, "field"};
            }
            default: return {project::MoveSite{ownApplication, site(k)}, "site"};
        }
    }
    // Whether edit k is in the project as `p` holds it (committed by a run that was killed or
    // lost its connection before it could acknowledge).
    bool applied(const project::Project& p, int k) const {
        switch (k % 3) {
            case 0: return p.committee().score(member, scoreApplication(k), scoreCriterion(k)) == scoreValue(k);
            case 1: return p.find(ownApplication)->title == title(k);
            default: return p.find(ownApplication)->site == std::optional<geo::Vec2>(site(k));
        }
    }
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 6) {
        std::fprintf(stderr, "usage: pg_load_client ADDRESS USER CLIENT_INDEX EDITS START\n");
        return 2;
    }
    const std::string address = argv[1], user = argv[2];
    Plan plan;
    plan.index = std::atoi(argv[3]);
    const int edits = std::atoi(argv[4]);
    const int start = std::atoi(argv[5]);
    std::optional<project::Project> p;
    const auto deadline = Clock::now() + std::chrono::minutes(5);
    // Opening waits for a server that is restarting.
    while (!p) {
        try {
            p.emplace(project::Project::open(address, project::OpenOptions{false, user}));
        } catch (const std::exception& e) {
            if (Clock::now() > deadline) {
                std::fprintf(stderr, "client %d: cannot open: %s\n", plan.index, e.what());
                return 1;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
        }
    }
    if (!p->ownMember()) {
        std::fprintf(stderr, "client %d: %s is no member's role\n", plan.index, user.c_str());
        return 1;
    }
    plan.member = *p->ownMember();
    for (const domain::Application& a : p->applications()) plan.applications.push_back(a.id);
    plan.ownApplication = plan.applications.at(static_cast<std::size_t>(plan.index) % plan.applications.size());
    plan.site0 = p->find(plan.ownApplication)->site.value_or(geo::Vec2{303500, 5601500});
    // Sites move from where the first run found them: the first run records it, later runs
    // of the same client (after a kill) take it from the environment the driver passes on.
    if (const char* x = std::getenv("BK_LOAD_SITE_X")) plan.site0.x = std::atof(x);
    if (const char* y = std::getenv("BK_LOAD_SITE_Y")) plan.site0.y = std::atof(y);
    std::printf("SITE %.17g %.17g\n", plan.site0.x, plan.site0.y);
    std::fflush(stdout);

    for (int k = start; k < edits; ++k) {
        for (int attempt = 0;; ++attempt) {
            try {
                if (attempt > 0 || k == start) {
                    p->syncWithOthers();
                    if (plan.applied(*p, k)) {
                        std::printf("ACK %d %s -1\n", k, "found");
                        std::fflush(stdout);
                        break;
                    }
                }
                const Edit e = plan.edit(*p, k);
                const auto t0 = Clock::now();
                p->apply(e.action);
                const auto us = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - t0).count();
                std::printf("ACK %d %s %lld\n", k, e.kind, static_cast<long long>(us));
                std::fflush(stdout);
                break;
            } catch (const store::ConflictError& e) {
                // Each client edits only its own application and scores: a conflict is a bug.
                std::fprintf(stderr, "client %d edit %d: conflict: %s\n", plan.index, k, e.what());
                return 3;
            } catch (const std::exception& e) {
                if (Clock::now() > deadline) {
                    std::fprintf(stderr, "client %d edit %d: gave up: %s\n", plan.index, k, e.what());
                    return 1;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        }
    }
    std::printf("DONE\n");
    std::fflush(stdout);
    return 0;
}
