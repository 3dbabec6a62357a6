#pragma once
// The rows one step changes in a project on PostgreSQL (pg_store.hpp), each compared with what
// the server holds now before it is written: inside PgStore::write's transaction, after the
// chain's head is locked. Where another client changed the same field, score, member or setting
// since the step's `before`, nothing is written and store::ConflictError says who, when and what
// it says now; others' changes to other fields are kept (domain::mergeJson).

#include <string>

#include "app/domain/project_state.hpp"
#include "app/store/pg_db.hpp"
#include "app/store/project_store.hpp"

namespace store::pgrows {

// Inserts (`exists` false) or replaces the application's row and its point in `standorte`.
void putApplication(pg::Connection& db, const domain::Application& a, const std::string& user, bool exists);

// Each writes its part of a step; true when what was written differs from the step's `after`
// (merged with others' changes), so the client must load again.
bool writeApplicationChange(pg::Connection& db, const ApplicationChange& c, const std::string& user);
bool writeCall(pg::Connection& db, const domain::CallSettings& before, const domain::CallSettings& after,
               const std::string& user);
// `context` holds the applications, for the Nr in messages.
bool writeCommittee(pg::Connection& db, const domain::Committee& before, const domain::Committee& after,
                    const domain::ProjectState& context, const std::string& user);

// The offers, invoices, agreements and the note that differ between `before` and `after`, each
// row checked against the server as above; `documents` stored when missing.
bool writeFunding(pg::Connection& db, const domain::Funding& before, const domain::Funding& after,
                  const std::vector<domain::Document>& documents, const std::string& user);

}  // namespace store::pgrows
