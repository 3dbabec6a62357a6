#pragma once
// The table `bewerbungen` of a GeoPackage project: one column per field of the application's
// JSON form (domain::toJson) but the id (the primary key) and the site (it lives in the point
// layer `standorte`). Deriving the columns from the JSON form keeps the table and the form
// from drifting apart.

#include <cstdint>
#include <string>
#include <vector>

#include "app/domain/application.hpp"
#include "app/store/sqlite_db.hpp"

namespace store {

// CREATE TABLE bewerbungen (...), with "nr" NOT NULL UNIQUE.
std::string createApplicationTableSql();

// Every application of the table, ordered by id, with the sites of `standorte`.
std::vector<domain::Application> readApplications(Database& db);

// Inserts (`exists` false) or replaces the row of `a`, and its point in `standorte` (removed
// when `a` has no site).
void writeApplication(Database& db, const domain::Application& a, bool exists);
// Removes the application's row and point.
void deleteApplication(Database& db, std::int64_t id);

}  // namespace store
