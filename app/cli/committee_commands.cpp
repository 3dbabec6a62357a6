// The committee's edits from the command line, for scripts and tests: `member add`, `score`,
// `reveal` and `choose`. Each goes through the same project::Action as the window, so the
// rules, the transaction and the audit entry are the engine's; `choose` records the engine's
// own recommendation beside the choice exactly as the window does.

#include <CLI/CLI.hpp>

#include <algorithm>
#include <functional>
#include <cstdio>
#include <iostream>

#include "app/cli/commands.hpp"
#include "app/cli/committee_detail.hpp"
#include "app/store/open_store.hpp"
#include "app/store/pg_db.hpp"
#include "app/store/pg_store.hpp"
#include "app/decision/decision_input.hpp"
#include "app/domain/committee.hpp"
#include "app/exchange/csv_reader.hpp"  // detail::trim (text_helpers.cpp)
#include "app/i18n/format.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/i18n/strings.hpp"
#include "app/project/project.hpp"

namespace cli {

namespace committee {

namespace t = i18n::text;

const decision::Member& memberNamed(const project::Project& p, const std::string& name) {
    for (const decision::Member& m : p.committee().members)
        if (m.name == name) return m;
    throw InputError(i18n::fill(t::kCmdUnknownMember, {name}));
}

const domain::Application& applicationNr(const project::Project& p, const std::string& nr) {
    if (const domain::Application* a = p.findByNr(nr)) return *a;
    throw InputError(i18n::fill(t::kCmdUnknownApplication, {nr}));
}

decision::Criterion criterionKey(const std::string& key) {
    std::optional<decision::Criterion> c = domain::criterionFromStorageKey(key);
    if (c && *c != decision::Criterion::Verteilung) return *c;
    std::string allowed;
    for (int i = 0; i < decision::kCriteria; ++i) {
        auto k = static_cast<decision::Criterion>(i);
        if (k == decision::Criterion::Verteilung) continue;
        allowed += (allowed.empty() ? "" : ", ") + std::string(domain::criterionStorageKey(k));
    }
    throw InputError(i18n::fill(t::kCmdUnknownCriterion, {key, allowed}));
}

int scoreValue(const std::string& text) {
    if (text.size() == 1 && text[0] >= '0' && text[0] <= '5') return text[0] - '0';
    throw InputError(i18n::fill(t::kCmdBadScore, {text}));
}

std::string nrsOf(const project::Project& p, const std::vector<std::int64_t>& ids) {
    std::string out;
    for (std::int64_t id : ids)
        if (const domain::Application* a = p.find(id)) out += (out.empty() ? "" : " + ") + a->nr;
    return out.empty() ? t::kCmdNoRecommendation.str() : out;
}

// Opens the project for an edit; a read-only one is an error naming why.
project::Project openForEdit(const std::string& path, const std::string& user) {
    project::Project p = project::Project::open(path, project::OpenOptions{false, user});
    if (p.readOnly())
        throw project::ReadOnlyError(i18n::fill(t::kReadOnlyRefused, {path, p.readOnlyReason()}));
    return p;
}

// Runs an edit command: every failure is one "error: ..." line and exit 1.
int run(const std::string& path, const std::function<int()>& body) {
    try {
        return body();
    } catch (const project::ValidationError& e) {
        std::cerr << "error: " << path << ": " << e.what() << '\n';
    } catch (const InputError& e) {
        std::cerr << "error: " << path << ": " << e.what() << '\n';
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
    }
    return 1;
}

}  // namespace committee

namespace {
using namespace committee;
constexpr int kExitUsage = 2;
}  // namespace

struct CommitteeCommands::Impl {
    CLI::App* member = nullptr;
    CLI::App* memberAdd = nullptr;
    CLI::App* memberGrant = nullptr;
    std::string dbRole;
    bool chair = false;
    CLI::App* score = nullptr;
    CLI::App* reveal = nullptr;
    CLI::App* choose = nullptr;
    std::string project, name, role, application, criterion, value, csv, set, reason;
};

CommitteeCommands::CommitteeCommands(CLI::App& app) : impl_(std::make_unique<Impl>()) {
    Impl& o = *impl_;
    o.member = app.add_subcommand("member", "The committee's members");
    o.member->require_subcommand(1);
    o.memberAdd = o.member->add_subcommand("add", "Add a member to the committee");
    o.memberAdd->fallthrough();  // --lang belongs to `member`
    o.memberAdd->add_option("project", o.project, "Project file (GeoPackage)")->required();
    o.memberAdd->add_option("--name", o.name, "The member's name")->required();
    o.memberAdd->add_option("--role", o.role, "The member's role (office, board)");

    o.memberGrant = o.member->add_subcommand(
        "grant", "On a project on PostgreSQL: let a member log in with a database role of their own "
                 "(the server then hides other members' scores until the reveal)");
    o.memberGrant->fallthrough();
    o.memberGrant->add_option("project", o.project, "postgresql://HOST/DB?schema=NAME")->required();
    o.memberGrant->add_option("--name", o.name, "The member's name")->required();
    o.memberGrant->add_option("--db-role", o.dbRole, "The member's database login role (must exist)")->required();
    o.memberGrant->add_flag("--chair", o.chair, "The chair: may reveal the scores and manage the members");

    o.score = app.add_subcommand("score", "Set a member's score of an application (or a CSV of many)");
    o.score->add_option("project", o.project, "Project file (GeoPackage)")->required();
    o.score->add_option("--member", o.name, "The member's name");
    o.score->add_option("--application", o.application, "The application's Nr (B-01)");
    o.score->add_option("--criterion", o.criterion, "akteure, zusammensetzung, zielgruppen, organisation or lage");
    o.score->add_option("--value", o.value, "0 to 5");
    o.score->add_option("--csv", o.csv, "CSV with the columns member;application;criterion;value");

    o.reveal = app.add_subcommand("reveal", "Reveal the scores of a blind scoring");
    o.reveal->add_option("project", o.project, "Project file (GeoPackage)")->required();

    o.choose = app.add_subcommand("choose", "Record the committee's choice, as the window does");
    o.choose->add_option("project", o.project, "Project file (GeoPackage)")->required();
    o.choose->add_option("--set", o.set, "The chosen applications' Nr, e.g. B-01,B-08")->required();
    o.choose->add_option("--reason", o.reason, "Why, when the choice is not the recommendation");
    o.choose->add_option("--member", o.name, "Who records it (a member's name; the audit log's user)");
}

CommitteeCommands::~CommitteeCommands() = default;

std::optional<int> CommitteeCommands::run() const {
    const Impl& o = *impl_;
    if (*o.memberAdd) {
        return cli::committee::run(o.project, [&] {
            project::Project p = openForEdit(o.project);
            project::ApplyResult r = p.apply(project::AddMember{{0, o.name, o.role}});
            std::printf("%s\n", i18n::fill(t::kCmdMemberAdded, {o.project, o.name, std::to_string(r.created.at(0))}).c_str());
            return 0;
        });
    }
    if (*o.memberGrant) {
        return cli::committee::run(o.project, [&] {
            if (!store::isServerLocation(o.project))
                throw InputError(i18n::fill(t::kPgGrantNeedsServer, {o.project}));
            store::grantMemberRole(o.project, o.name, o.dbRole, o.chair);
            std::printf("%s\n", i18n::fill(t::kPgGranted, {store::pg::parseAddress(o.project).shown, o.name, o.dbRole,
                                                           o.chair ? t::kPgGrantedChair.str() : std::string()})
                                    .c_str());
            return 0;
        });
    }
    if (*o.score) {
        bool single = !o.name.empty() || !o.application.empty() || !o.criterion.empty() || !o.value.empty();
        bool complete = !o.name.empty() && !o.application.empty() && !o.criterion.empty() && !o.value.empty();
        if (o.csv.empty() == !complete || (!o.csv.empty() && single)) {
            std::cerr << "error: " << t::kCmdScoreArgs.str() << '\n';
            return kExitUsage;
        }
        if (!o.csv.empty()) return cli::committee::run(o.project, [&] { return scoreCsv(o.project, o.csv); });
        return cli::committee::run(o.project, [&] {
            project::Project p = openForEdit(o.project);
            project::SetScore s{memberNamed(p, o.name).id, applicationNr(p, o.application).id,
                                criterionKey(o.criterion), scoreValue(o.value)};
            p.apply(s);
            std::printf("%s\n", i18n::fill(t::kCmdScoreSet, {o.project, p.undoDescription()}).c_str());
            return 0;
        });
    }
    if (*o.reveal) {
        return cli::committee::run(o.project, [&] {
            project::Project p = openForEdit(o.project);
            domain::DecisionSettings s = p.committee().settings;
            if (s.revealed) {
                std::printf("%s\n", i18n::fill(t::kCmdAlreadyRevealed, {o.project}).c_str());
                return 0;
            }
            s.revealed = true;
            p.apply(project::UpdateDecisionSettings{s});
            std::printf("%s\n", i18n::fill(t::kCmdRevealed, {o.project}).c_str());
            return 0;
        });
    }
    if (*o.choose) {
        return cli::committee::run(o.project, [&] {
            std::string user;
            if (!o.name.empty()) {
                memberNamed(project::Project::open(o.project, project::OpenOptions{true, ""}), o.name);
                user = o.name;
            }
            project::Project p = openForEdit(o.project, user);
            std::vector<std::int64_t> chosen;
            std::size_t start = 0;
            while (start <= o.set.size()) {
                std::size_t end = std::min(o.set.find(',', start), o.set.size());
                std::string nr = exchange::detail::trim(std::string_view(o.set).substr(start, end - start));
                if (!nr.empty()) chosen.push_back(applicationNr(p, nr).id);
                start = end + 1;
            }
            if (chosen.empty()) throw InputError(t::kCmdEmptySet.str());
            // As the window: every eligible application outside the set is rejected.
            std::vector<std::int64_t> rejected;
            for (const decision::Candidate& c : decision::decisionInput(p.state()).candidates)
                if (std::find(chosen.begin(), chosen.end(), c.id) == chosen.end()) rejected.push_back(c.id);
            p.apply(project::RecordChoice{chosen, o.reason, rejected});
            const domain::Choice& c = *p.committee().choice;
            std::printf("%s\n", i18n::fill(t::kCmdChosen, {o.project, nrsOf(p, c.applications),
                                                          nrsOf(p, c.recommended)}).c_str());
            return 0;
        });
    }
    return std::nullopt;
}

}  // namespace cli
