#pragma once
// A thin RAII layer over SQLite for the project file: one owner for the connection, one for
// each prepared statement, errors as std::runtime_error carrying SQLite's message. A database
// that another program holds locked (SQLITE_BUSY after the busy timeout) is said in words:
// "PATH: the project is locked by another program (database is locked); close it there and try
// again" (store::lockedByAnotherProgram).

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace store {

using SqlValue =
    std::variant<std::monostate, std::int64_t, double, std::string, std::vector<unsigned char>>;

class Statement {
  public:
    // `path` names the file in messages; empty: SQLite's file name of the connection.
    Statement(sqlite3* db, std::string_view sql, std::string path = {});
    // Binds values to ?1, ?2, ... in order.
    Statement& bind(const std::vector<SqlValue>& values);
    // Steps once: true while a row is available.
    bool step();
    // Runs to completion (for statements without rows).
    void run();
    bool isNull(int column) const;
    std::int64_t integer(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::vector<unsigned char> blob(int column) const;
    // The blob where SQLite holds it: valid until the next step() or the statement's end.
    std::span<const unsigned char> blobView(int column) const;
    int type(int column) const;  // SQLITE_INTEGER, _FLOAT, _TEXT, _BLOB or _NULL
    SqlValue value(int column) const;
    int columns() const;
    std::string columnName(int column) const;

  private:
    struct Finalizer {
        void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
    };
    [[noreturn]] void fail(int rc) const;
    sqlite3* db_;
    std::string path_;
    std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

class Database {
  public:
    // Opens an existing file. Throws naming the path when it cannot be opened. Every open path
    // calls store::recoverInterruptedWrite first (recovery.hpp).
    Database(const std::string& path, bool readOnly);
    sqlite3* handle() const { return db_.get(); }
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql) const { return Statement(db_.get(), sql, path_); }
    // A single value of a query, nullopt when it returns no row.
    std::optional<SqlValue> scalar(std::string_view sql, const std::vector<SqlValue>& args = {});
    bool hasTable(const std::string& name);
    std::int64_t lastInsertId() const { return sqlite3_last_insert_rowid(db_.get()); }

  private:
    struct Closer {
        void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
    };
    std::unique_ptr<sqlite3, Closer> db_;
    std::string path_;
};

// An identifier for SQL text: "name" with inner quotes doubled.
std::string sqlIdentifier(std::string_view name);

// Whether the file is a GeoPackage: application_id 'GPKG' and a gpkg_contents table.
bool isGeoPackage(Database& db);

// Runs a function inside BEGIN IMMEDIATE ... COMMIT; rolls back when it throws.
class Transaction {
  public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

  private:
    Database& db_;
    bool done_ = false;
};

}  // namespace store
