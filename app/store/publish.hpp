#pragma once
// Copying a project between its two kinds of store: `publish` puts a project file into a schema
// on a PostgreSQL/PostGIS server, `pull` copies a project on a server into a new project file
// (to work offline, or to keep a copy). Both copy the boundaries, the call, the applications,
// the committee and the audit log entry for entry, so the chain verifies in the copy.

#include <cstdint>
#include <string>
#include <vector>

#include "app/store/project_store.hpp"

namespace store {

struct CopyReport {
    std::string from;  // as shown (a server address without its password)
    std::string to;
    std::int64_t applications = 0;
    std::int64_t municipalities = 0;
    std::int64_t auditEntries = 0;
};

// Copies the project file at `path` into the schema of `address`, in one transaction. Throws
// naming the address when the schema exists (unless `replace` and it holds a project), the
// server refuses, or the file is no project.
CopyReport publishProject(const std::string& path, const std::string& address, bool replace);

// Copies the project at `address` into the new project file `out` (written beside it under a
// temporary name, then renamed: `out` appears complete or not at all). Throws when `out` exists.
// In its own file (pull.cpp): it writes the boundary layers through GDAL.
CopyReport pullProject(const std::string& address, const std::string& out);

// The PDFs the offers of `state` name, as `store` holds them (for copying a project).
std::vector<domain::Document> offerDocuments(const ProjectStore& store, const domain::ProjectState& state);

}  // namespace store
