#include "app/store/sqlite_db.hpp"

#include <stdexcept>
#include <utility>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/store/recovery.hpp"

namespace store {
namespace {

bool isBusy(int rc) {
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}

}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql, std::string path)
    : db_(db), path_(std::move(path)) {
    if (path_.empty()) {
        const char* name = sqlite3_db_filename(db, "main");
        path_ = name ? name : "";
    }
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
    if (rc != SQLITE_OK) {
        // Preparing reads the schema: a file another program holds locked fails here first.
        if (isBusy(rc)) throw std::runtime_error(lockedByAnotherProgram(path_));
        throw std::runtime_error("SQL error: " + std::string(sqlite3_errmsg(db)) +
                                 " in: " + std::string(sql.substr(0, 120)));
    }
    stmt_.reset(raw);
}

void Statement::fail(int rc) const {
    if (isBusy(rc)) throw std::runtime_error(lockedByAnotherProgram(path_));
    throw std::runtime_error("SQL error: " + std::string(sqlite3_errmsg(db_)));
}

Statement& Statement::bind(const std::vector<SqlValue>& values) {
    sqlite3_reset(stmt_.get());
    sqlite3_clear_bindings(stmt_.get());
    for (std::size_t i = 0; i < values.size(); ++i) {
        int k = static_cast<int>(i) + 1;
        const SqlValue& v = values[i];
        if (auto* n = std::get_if<std::int64_t>(&v)) sqlite3_bind_int64(stmt_.get(), k, *n);
        if (auto* d = std::get_if<double>(&v)) sqlite3_bind_double(stmt_.get(), k, *d);
        if (auto* s = std::get_if<std::string>(&v))
            sqlite3_bind_text(stmt_.get(), k, s->data(), static_cast<int>(s->size()),
                              SQLITE_TRANSIENT);
        if (auto* b = std::get_if<std::vector<unsigned char>>(&v))
            sqlite3_bind_blob(stmt_.get(), k, b->data(), static_cast<int>(b->size()),
                              SQLITE_TRANSIENT);
        if (std::holds_alternative<std::monostate>(v)) sqlite3_bind_null(stmt_.get(), k);
    }
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(stmt_.get());
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    fail(rc);
}

void Statement::run() {
    while (step()) {
    }
}

bool Statement::isNull(int c) const {
    return sqlite3_column_type(stmt_.get(), c) == SQLITE_NULL;
}
std::int64_t Statement::integer(int c) const {
    return sqlite3_column_int64(stmt_.get(), c);
}
double Statement::real(int c) const {
    return sqlite3_column_double(stmt_.get(), c);
}
std::string Statement::text(int c) const {
    const auto* t = sqlite3_column_text(stmt_.get(), c);
    return t ? std::string(reinterpret_cast<const char*>(t),
                           static_cast<std::size_t>(sqlite3_column_bytes(stmt_.get(), c)))
             : std::string();
}
std::vector<unsigned char> Statement::blob(int c) const {
    const auto* b = static_cast<const unsigned char*>(sqlite3_column_blob(stmt_.get(), c));
    return b ? std::vector<unsigned char>(b, b + sqlite3_column_bytes(stmt_.get(), c))
             : std::vector<unsigned char>();
}
std::span<const unsigned char> Statement::blobView(int c) const {
    const auto* b = static_cast<const unsigned char*>(sqlite3_column_blob(stmt_.get(), c));
    return b ? std::span<const unsigned char>(b, static_cast<std::size_t>(sqlite3_column_bytes(stmt_.get(), c)))
             : std::span<const unsigned char>();
}
int Statement::type(int c) const {
    return sqlite3_column_type(stmt_.get(), c);
}
SqlValue Statement::value(int c) const {
    switch (sqlite3_column_type(stmt_.get(), c)) {
        case SQLITE_INTEGER:
            return integer(c);
        case SQLITE_FLOAT:
            return real(c);
        case SQLITE_TEXT:
            return text(c);
        case SQLITE_BLOB:
            return blob(c);
        default:
            return std::monostate{};
    }
}
int Statement::columns() const {
    return sqlite3_column_count(stmt_.get());
}
std::string Statement::columnName(int c) const {
    return sqlite3_column_name(stmt_.get(), c);
}

Database::Database(const std::string& path, bool readOnly) : path_(path) {
    // A read-only connection cannot roll a hot journal back and would fail on the first read.
    // The openers call this themselves to show its note; this catches any other reader.
    if (readOnly) recoverInterruptedWrite(path);
    sqlite3* raw = nullptr;
    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    db_.reset(raw);
    if (rc != SQLITE_OK)
        throw std::runtime_error(i18n::fill(i18n::text::kStoreCannotOpen,
                                              {path, raw ? sqlite3_errmsg(raw) : "out of memory"}));
    sqlite3_busy_timeout(raw, 2000);
    sqlite3_extended_result_codes(raw, 1);
}

void Database::exec(std::string_view sql) {
    char* err = nullptr;
    int rc = sqlite3_exec(db_.get(), std::string(sql).c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        std::string msg = err ? err : "unknown";
        sqlite3_free(err);
        if (isBusy(rc)) throw std::runtime_error(lockedByAnotherProgram(path_));
        throw std::runtime_error(path_ + ": " + msg);
    }
}

std::optional<SqlValue> Database::scalar(std::string_view sql, const std::vector<SqlValue>& args) {
    Statement s = prepare(sql);
    s.bind(args);
    if (!s.step()) return std::nullopt;
    return s.value(0);
}

bool Database::hasTable(const std::string& name) {
    return scalar("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1", {name})
        .has_value();
}

std::string sqlIdentifier(std::string_view name) {
    std::string out = "\"";
    for (char c : name) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

bool isGeoPackage(Database& db) {
    const auto id = db.scalar("PRAGMA application_id");
    return id && std::holds_alternative<std::int64_t>(*id) &&
           std::get<std::int64_t>(*id) == 0x47504B47 /* 'GPKG' */ && db.hasTable("gpkg_contents");
}

Transaction::Transaction(Database& db) : db_(db) {
    db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!done_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

}  // namespace store
