#pragma once
// `verify`: what is wrong with a project file, without changing it.

#include <cstdint>
#include <string>
#include <vector>

namespace store {

// The problems `verify` finds, in the UI language: the file is no valid GeoPackage, tables are
// missing, the audit chain is broken (an entry edited, removed or inserted), sites point at
// missing applications, the stored data cannot be read. Empty when everything holds. Never
// changes the file, except that a write a crash interrupted is rolled back first, as every
// open does (recoveryNote says so).
struct VerifyReport {
    std::vector<std::string> problems;
    std::string recoveryNote;  // empty when nothing was recovered
    // What verify could not read itself (a member's role before the reveal); empty otherwise.
    std::string note;
    std::int64_t auditEntries = 0;
    std::int64_t applications = 0;
    int schemaVersion = 0;
};
VerifyReport verifyProject(const std::string& path);

}  // namespace store
