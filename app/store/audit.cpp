#include "app/store/audit.hpp"

#include <chrono>
#include <ctime>
#include <nlohmann/json.hpp>

#include "app/store/sha256.hpp"

namespace store {

std::string utcNow() {
    std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string auditEntryHash(const AuditEntry& e) {
    return sha256Hex(e.previousHash + '\n' + e.timeUtc + '\n' + e.user + '\n' + e.action + '\n' +
                     e.object + '\n' + e.before + '\n' + e.after);
}

Step Step::reversed(std::string reversedAction) const {
    Step r{std::move(reversedAction), object, {}, std::nullopt, std::nullopt, std::nullopt, {}};
    for (auto it = changes.rbegin(); it != changes.rend(); ++it)
        r.changes.push_back({it->after, it->before});
    if (call) r.call = std::make_pair(call->second, call->first);
    if (committee) r.committee = std::make_pair(committee->second, committee->first);
    if (funding) r.funding = std::make_pair(funding->second, funding->first);
    return r;
}

AuditEntry auditEntryFor(const Step& step, const std::string& user, const std::string& previousHash,
                         const std::string& timeUtc) {
    using nlohmann::json;
    json before = json::array(), after = json::array();
    for (const ApplicationChange& c : step.changes) {
        before.push_back(c.before ? domain::toJson(*c.before) : json());
        after.push_back(c.after ? domain::toJson(*c.after) : json());
    }
    if (step.call) {
        before.push_back(domain::toJson(step.call->first));
        after.push_back(domain::toJson(step.call->second));
    }
    if (step.committee) {
        // Only what changed, both ways: the log stays readable and small per score.
        before.push_back(domain::committeeDiff(step.committee->second, step.committee->first));
        after.push_back(domain::committeeDiff(step.committee->first, step.committee->second));
    }
    if (step.funding) {
        before.push_back(domain::fundingDiff(step.funding->second, step.funding->first));
        after.push_back(domain::fundingDiff(step.funding->first, step.funding->second));
    }
    AuditEntry e;
    e.previousHash = previousHash;
    e.timeUtc = timeUtc;
    e.user = user;
    e.action = step.action;
    e.object = step.object;
    e.before = before.dump();
    e.after = after.dump();
    e.hash = auditEntryHash(e);
    return e;
}

}  // namespace store
