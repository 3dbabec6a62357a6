#include "app/project/push.hpp"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <utility>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/project/history.hpp"
#include "app/project/project.hpp"
#include "app/store/audit.hpp"
#include "app/store/copy_origin.hpp"

namespace project {

namespace {

namespace text = i18n::text;

// The call, applications and committee of `s` without its map (what ApplyCopy carries).
domain::ProjectState contentOf(const domain::ProjectState& s) {
    domain::ProjectState c;
    c.call = s.call;
    c.applications = s.applications;
    c.committee = s.committee;
    return c;
}

bool sameContent(const domain::ProjectState& a, const domain::ProjectState& b) {
    return a.call == b.call && a.applications == b.applications && a.committee == b.committee;
}

// The audit entry this push wrote: the newest entry of this kind by this user.
const AuditEntry* pushEntry(const std::vector<AuditEntry>& log, const std::string& user, const std::string& source) {
    for (auto it = log.rbegin(); it != log.rend(); ++it)
        if (it->action == history::kCopyApply && it->user == user && it->object == source) return &*it;
    return nullptr;
}

}  // namespace

PushReport push(const PushOptions& o) {
    std::optional<store::CopyOrigin> origin = store::readCopyOrigin(o.copy);
    if (!origin) throw std::runtime_error(i18n::fill(text::kPushNotACopy, {o.copy}));
    domain::ProjectState base;
    try {
        domain::contentFromJson(nlohmann::json::parse(origin->base), base);
    } catch (const std::exception& e) {
        throw std::runtime_error(i18n::fill(text::kPushRecordDamaged, {o.copy, e.what()}));
    }
    domain::ProjectState mine;
    {
        Project copy = Project::open(o.copy, OpenOptions{true, {}});
        mine = contentOf(copy.state());
    }

    PushReport r;
    r.copy = o.copy;
    Project server = Project::open(o.address.empty() ? origin->address : o.address, OpenOptions{o.dryRun, o.user});
    r.to = server.path();
    if (o.user.empty())
        if (std::optional<std::int64_t> id = server.ownMember())
            if (const decision::Member* m = server.committee().member(*id)) server.setUser(m->name);
    if (!o.dryRun && server.readOnly()) throw ReadOnlyError(server.readOnlyReason());
    // The copy's record names the newest audit entry its role could read at the pull: the
    // project on the server must hold that entry (readable to the same role ever after).
    if (origin->headId > 0) {
        const std::vector<AuditEntry> log = server.auditLog();
        auto same = std::find_if(log.begin(), log.end(), [&](const AuditEntry& e) { return e.id == origin->headId; });
        if (same == log.end() || same->hash != origin->headHash)
            throw std::runtime_error(i18n::fill(text::kPushOtherProject, {o.copy, r.to, std::to_string(origin->headId)}));
    }

    const std::string source = std::filesystem::path(o.copy).filename().string();
    constexpr int kAttempts = 3;
    for (int attempt = 1;; ++attempt) {
        r.merge = domain::mergeCopy(base, mine, server.state(), o.resolution);
        // A resolution naming no conflict is a typing error: nothing is written on a guess.
        if (r.merge.open() || o.dryRun || !r.merge.unknownKeys(o.resolution).empty() ||
            sameContent(r.merge.merged, server.state()))
            return r;
        try {
            server.apply(ApplyCopy{contentOf(r.merge.merged), source});
            break;
        } catch (const store::ConflictError&) {
            // Another member wrote what the push changes in the moment between: merge again
            // with what the server holds now (apply has loaded it).
            if (attempt == kAttempts) throw std::runtime_error(i18n::fill(text::kPushKeptChanging, {r.to}));
        }
    }
    r.written = true;
    const std::vector<AuditEntry> log = server.auditLog();
    const AuditEntry* entry = pushEntry(log, server.user(), source);
    if (entry) r.auditEntry = entry->id;

    // The copy now holds what was pushed, and its record the new base: it can be pushed again.
    try {
        {
            Project copy = Project::open(o.copy, OpenOptions{false, server.user()});
            if (copy.readOnly()) {
                r.copyNote = copy.readOnlyReason();
                return r;
            }
            if (!sameContent(copy.state(), r.merge.merged)) copy.apply(ApplyCopy{contentOf(r.merge.merged), r.to});
        }
        store::CopyOrigin renewed = *origin;
        renewed.address = r.to;
        if (entry) renewed.headId = entry->id, renewed.headHash = entry->hash;
        renewed.base = domain::contentToJson(r.merge.merged).dump();
        renewed.pushedUtc = store::utcNow();
        store::renewCopyOrigin(o.copy, renewed);
        r.copyUpdated = true;
    } catch (const std::exception& e) {
        r.copyNote = e.what();
    }
    return r;
}

}  // namespace project
