#include "app/project/project.hpp"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <nlohmann/json.hpp>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/project/history.hpp"
#include "app/project/plan.hpp"
#include "app/store/open_store.hpp"

namespace project {

namespace {

std::string systemUser() {
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_name) return pw->pw_name;
    if (const char* u = std::getenv("USER")) return u;
    return "unbekannt";
}

// One step of the undo or redo stack: what was written, and how to name it.
struct HistoryStep {
    store::Step step;
    long long count = 0;  // applications of an import
};

}  // namespace

struct Project::Impl {
    std::unique_ptr<store::ProjectStore> store;
    std::string user;
    domain::ProjectState state;
    std::uint64_t revision = 0;
    std::vector<HistoryStep> undo, redo;
    std::optional<std::int64_t> ownMember;  // asked once: a role's member does not change

    void requireWritable() const {
        if (store->readOnly())
            throw ReadOnlyError(i18n::fill(i18n::text::kReadOnlyRefused, {store->location(), reason()}));
    }
    std::string reason() const {
        namespace t = i18n::text;
        switch (store->readOnlyCause()) {
            case store::ReadOnlyCause::None: return {};
            case store::ReadOnlyCause::Requested: return t::kReadOnlyRequested.str();
            case store::ReadOnlyCause::NotWritable: return t::kReadOnlyNotWritable.str();
            case store::ReadOnlyCause::OpenElsewhere: return t::kReadOnlyOpenElsewhere.str();
            case store::ReadOnlyCause::Damaged:
                return i18n::fill(t::kReadOnlyDamaged, {store->readOnlyDetail()});
        }
        return {};
    }
    // Loads what the store holds now (others' steps), keeping the boundaries already loaded.
    void reload() {
        domain::ProjectState fresh = store->load();
        fresh.map = std::move(state.map);
        state = std::move(fresh);
        ++revision;
    }
    // Writes the step; only after the store has committed does memory follow it.
    void commit(const store::Step& step) {
        requireWritable();
        try {
            store->write(step, user);
        } catch (const store::ConflictError&) {
            // Another member changed the same thing: show what the store holds now.
            reload();
            throw;
        }
        for (const store::ApplicationChange& c : step.changes) {
            std::int64_t id = c.after ? c.after->id : c.before->id;
            auto it = std::find_if(state.applications.begin(), state.applications.end(),
                                   [&](const domain::Application& a) { return a.id == id; });
            if (!c.after) {
                if (it != state.applications.end()) state.applications.erase(it);
            } else if (it != state.applications.end()) {
                *it = *c.after;
            } else {
                state.applications.push_back(*c.after);
            }
        }
        std::sort(state.applications.begin(), state.applications.end(),
                  [](const domain::Application& a, const domain::Application& b) { return a.id < b.id; });
        if (step.call) state.call = step.call->second;
        if (step.committee) state.committee = step.committee->second;
        if (step.funding) state.funding = step.funding->second;
        ++revision;
        // On a shared store the step may have been merged with others' steps: load them too.
        if (store->othersChanged()) reload();
    }
};

Project Project::open(const std::string& path, const OpenOptions& options) {
    return open(store::openStore(path, store::StoreOptions{options.readOnly}), options);
}

Project Project::open(std::unique_ptr<store::ProjectStore> store, const OpenOptions& options) {
    auto impl = std::make_unique<Impl>();
    impl->user = options.user.empty() ? systemUser() : options.user;
    impl->state = store->load();
    impl->ownMember = store->ownMember();
    impl->store = std::move(store);
    return Project(std::move(impl));
}

Project::Project(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Project::~Project() = default;
Project::Project(Project&&) noexcept = default;
Project& Project::operator=(Project&&) noexcept = default;

const std::string& Project::path() const { return impl_->store->location(); }
bool Project::readOnly() const { return impl_->store->readOnly(); }
std::string Project::readOnlyReason() const { return impl_->reason(); }
const std::string& Project::recoveryNote() const { return impl_->store->recoveryNote(); }
const std::string& Project::user() const { return impl_->user; }
void Project::setUser(const std::string& user) { impl_->user = user; }
bool Project::isExample() const { return impl_->store->isExample(); }
const domain::MapData& Project::map() const { return impl_->state.map; }

map::MapScene Project::mapScene() const {
    if (std::optional<map::MapScene> stored = impl_->store->storedMap()) return std::move(*stored);
    map::MapScene scene = map::buildMapScene(impl_->state.map);
    try {
        impl_->store->storeMap(scene);
    } catch (const std::exception&) {
        // A cache: the map is shown all the same, and built again next time.
    }
    return scene;
}

std::optional<std::string> Project::viewSetting(const std::string& key) const {
    return impl_->store->viewSetting(key);
}
void Project::setViewSetting(const std::string& key, const std::string& value) {
    impl_->requireWritable();
    impl_->store->setViewSetting(key, value);
}

const domain::CallSettings& Project::call() const { return impl_->state.call; }
const domain::Committee& Project::committee() const { return impl_->state.committee; }
std::uint64_t Project::revision() const { return impl_->revision; }
const std::vector<domain::Application>& Project::applications() const { return impl_->state.applications; }
const domain::ProjectState& Project::state() const { return impl_->state; }
const domain::Application* Project::find(std::int64_t id) const { return impl_->state.find(id); }
const domain::Application* Project::findByNr(const std::string& nr) const { return impl_->state.findByNr(nr); }
std::optional<std::size_t> Project::municipalityAt(geo::Vec2 site) const {
    return impl_->state.municipalityAt(site);
}

ApplyResult Project::apply(const Action& action) {
    impl_->requireWritable();
    detail::Plan plan = detail::plan(action, impl_->state);
    impl_->commit(plan.step);
    impl_->undo.push_back({std::move(plan.step), plan.count});
    impl_->redo.clear();
    return ApplyResult{std::move(plan.created)};
}

bool Project::canUndo() const { return !impl_->undo.empty() && !readOnly(); }
bool Project::canRedo() const { return !impl_->redo.empty() && !readOnly(); }

std::string Project::undoDescription() const {
    if (impl_->undo.empty()) return {};
    const HistoryStep& h = impl_->undo.back();
    return history::describeEntry(h.step.action, h.step.object, h.count);
}
std::string Project::redoDescription() const {
    if (impl_->redo.empty()) return {};
    const HistoryStep& h = impl_->redo.back();
    return history::describeEntry(h.step.action, h.step.object, h.count);
}

void Project::undo() {
    if (impl_->undo.empty()) return;
    HistoryStep h = impl_->undo.back();
    impl_->commit(h.step.reversed(history::kUndoPrefix + h.step.action));
    impl_->undo.pop_back();
    impl_->redo.push_back(std::move(h));
}

void Project::redo() {
    if (impl_->redo.empty()) return;
    HistoryStep h = impl_->redo.back();
    store::Step again = h.step;
    again.action = history::kRedoPrefix + h.step.action;
    impl_->commit(again);
    impl_->redo.pop_back();
    impl_->undo.push_back(std::move(h));
}

std::optional<std::int64_t> Project::ownMember() const { return impl_->ownMember; }

bool Project::syncWithOthers() {
    if (!impl_->store->othersChanged()) return false;
    impl_->reload();
    return true;
}

std::optional<domain::Document> Project::document(const std::string& sha256) const {
    return impl_->store->document(sha256);
}

std::vector<AuditEntry> Project::auditLog() const {
    std::vector<AuditEntry> out;
    for (store::AuditEntry& e : impl_->store->auditLog()) {
        // An import's count is the number of applications it wrote (the `after` array).
        long long count = 0;
        if (e.action.ends_with(history::kApplicationsImport)) {
            nlohmann::json after = nlohmann::json::parse(e.after, nullptr, false);
            if (after.is_array()) count = static_cast<long long>(after.size());
        }
        AuditEntry entry{std::move(e), {}};
        entry.description = history::describeEntry(entry.action, entry.object, count);
        out.push_back(std::move(entry));
    }
    return out;
}

std::string describe(const Action& action) {
    struct Key {
        const char* operator()(const AddApplication&) const { return history::kApplicationAdd; }
        const char* operator()(const UpdateApplication&) const { return history::kApplicationUpdate; }
        const char* operator()(const DeleteApplication&) const { return history::kApplicationDelete; }
        const char* operator()(const MoveSite&) const { return history::kSiteMove; }
        const char* operator()(const ImportApplications&) const { return history::kApplicationsImport; }
        const char* operator()(const UpdateCall&) const { return history::kCallUpdate; }
        const char* operator()(const AddMember&) const { return history::kMemberAdd; }
        const char* operator()(const UpdateMember&) const { return history::kMemberUpdate; }
        const char* operator()(const RemoveMember&) const { return history::kMemberRemove; }
        const char* operator()(const SetScore& s) const { return s.value ? history::kScoreSet : history::kScoreClear; }
        const char* operator()(const SetRecusal& r) const {
            return r.recused ? history::kRecusalDeclare : history::kRecusalLift;
        }
        const char* operator()(const UpdateDecisionSettings&) const { return history::kSettingsUpdate; }
        const char* operator()(const RecordChoice&) const { return history::kChoiceRecord; }
        const char* operator()(const AddOffer&) const { return history::kOfferAdd; }
        const char* operator()(const UpdateOffer&) const { return history::kOfferUpdate; }
        const char* operator()(const DeleteOffer&) const { return history::kOfferDelete; }
        const char* operator()(const AddInvoice&) const { return history::kInvoiceAdd; }
        const char* operator()(const UpdateInvoice&) const { return history::kInvoiceUpdate; }
        const char* operator()(const DeleteInvoice&) const { return history::kInvoiceDelete; }
        const char* operator()(const SetAgreement&) const { return history::kAgreementSet; }
        const char* operator()(const SetDecisionNote&) const { return history::kNoteSet; }
        const char* operator()(const ApplyCopy&) const { return history::kCopyApply; }
    };
    long long count = 0;
    if (const auto* import = std::get_if<ImportApplications>(&action))
        count = static_cast<long long>(import->applications.size());
    return history::actionText(std::visit(Key{}, action), count);
}

}  // namespace project
