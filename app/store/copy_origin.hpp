#pragma once
// Where an offline copy came from: `pull` records in the copy (bk_meta, keys "kopie.*") the
// server address, the chain head of the shared project's audit log at that moment and the
// project's content as pulled (domain::contentToJson), so that `push` can later tell what the
// copy changed since (project/push.hpp) and that the copy belongs to that project. Once pushed,
// its record is renewed to what was pushed (renewCopyOrigin), so that the copy can be worked on
// and pushed again.

#include <cstdint>
#include <optional>
#include <string>

namespace store {

class Database;

struct CopyOrigin {
    std::string address;      // the shared project, as shown (without a password)
    // Its newest audit entry the pulling role could read when the copy was pulled (0: none); after
    // a push, the push's entry.
    std::int64_t headId = 0;
    std::string headHash;     // that entry's hash
    std::string pulledUtc;
    std::string base;                      // the content as pulled, JSON
    std::optional<std::string> pushedUtc;  // when the copy was pushed
};

// Into a copy being written (pull), inside its own write.
void writeCopyOrigin(Database& db, const CopyOrigin& origin);
// Renews the record of the project file at `path` after a push, in one transaction.
void renewCopyOrigin(const std::string& path, const CopyOrigin& origin);
// The record of the project file at `path`; nullopt when it is no pulled copy. Throws naming
// the file when it cannot be read.
std::optional<CopyOrigin> readCopyOrigin(const std::string& path);

}  // namespace store
