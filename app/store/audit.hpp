#pragma once
// The audit entry of a step, written the same way by every store (GeoPackage and PostgreSQL):
// what the step changed before and after as JSON, hash-chained to the entry before it.

#include <string>

#include "app/store/project_store.hpp"

namespace store {

// "2026-11-25T07:50:12Z": now, in UTC.
std::string utcNow();

// The entry for `step` by `user` following the entry whose hash is `previousHash` (64 zeros
// for the first), at `timeUtc`; id stays 0 (the store numbers it).
AuditEntry auditEntryFor(const Step& step, const std::string& user, const std::string& previousHash,
                         const std::string& timeUtc);

// The previous hash of the first entry.
inline const std::string kFirstPreviousHash(64, '0');

}  // namespace store
