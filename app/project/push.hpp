#pragma once
// `push`: the edits made in an offline copy (pulled from a shared project on a server with
// `pull`) brought back to the shared project. A member pulls a copy, scores on a train, and
// pushes later; meanwhile others went on editing the shared project.
//
// What the copy changed since it was pulled is merged item by item with what the shared
// project holds now (domain::mergeCopy, against the content the copy recorded when it was
// pulled, store::CopyOrigin). Items only the copy changed are sent; items both changed
// differently are conflicts, listed, and sent only as a resolution says (the copy's value or
// the server's, per item or for all); while a conflict is open nothing is written. The write is
// one edit of the shared project (project::ApplyCopy: one transaction, one audit entry naming
// the copy, checked by the server against concurrent edits like any other; a concurrent edit
// makes the push merge again, up to three times). Afterwards the copy is brought to the pushed
// state and its record renewed, so that its owner can go on working offline and push again.

#include <cstdint>
#include <string>

#include "app/domain/copy_merge.hpp"

namespace project {

struct PushOptions {
    std::string copy;     // the pulled copy (.gpkg)
    std::string address;  // the shared project; empty: the one the copy was pulled from
    std::string user;     // for the audit log; empty: the member of the server role, else the system user
    bool dryRun = false;  // merge and list, write nothing
    domain::MergeResolution resolution;
};

struct PushReport {
    std::string copy;
    std::string to;  // as shown (without a password)
    domain::CopyMerge merge;
    bool written = false;       // the shared project was changed
    bool copyUpdated = false;   // the copy now holds what was pushed (and may be pushed again)
    std::string copyNote;       // why the copy was not brought up to date, in the UI language
    std::int64_t auditEntry = 0;  // the shared project's audit entry of the push
};

// Throws std::runtime_error (in the UI language, naming the copy or the address) when the copy
// is no pulled copy, belongs to another project, the server refuses or others kept writing;
// project::ValidationError when the merged state breaks a rule; nothing is written then. Open
// conflicts, and resolutions naming no conflict (CopyMerge::unknownKeys), are no error: the
// report lists them and nothing is written.
PushReport push(const PushOptions& options);

}  // namespace project
