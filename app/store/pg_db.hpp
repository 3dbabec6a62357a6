#pragma once
// A thin RAII layer over libpq for projects on a PostgreSQL/PostGIS server (pg_store.hpp): one
// owner for the connection and each result, every error as store::pg::Error carrying the
// server's SQLSTATE, parameters always bound (never pasted into SQL), and the project's
// address as the user writes it: postgresql://[USER@]HOST[:PORT]/DATABASE?schema=NAME.

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace store::pg {

// True for "postgresql://..." and "postgres://...": a project on a server, not a file.
bool isServerAddress(std::string_view location);

// A project address taken apart.
struct Address {
    std::string conninfo;  // for libpq: the URI without `schema` (libpq refuses unknown keys)
    std::string schema;    // the project's schema; "begegnungskarte" when the address has none
    std::string shown;     // the address without a password, for messages and titles
};
// Throws std::runtime_error naming the address (kPgBadUri) when it is not one, or the schema
// name is not a plain lower-case identifier (kPgBadSchemaName).
Address parseAddress(const std::string& location);

// An error the server or libpq reported. `sqlstate` is the five-character code ("40001",
// "23505", ...; empty when the connection itself failed).
class Error : public std::runtime_error {
  public:
    Error(const std::string& message, std::string code)
        : std::runtime_error(message), sqlstate(std::move(code)) {}
    std::string sqlstate;
    // The connection is gone (class 08, 57P01 admin shutdown, or no status at all).
    bool connectionLost() const;
};

// A parameter: NULL, text (any type PostgreSQL parses from text), or bytes (bytea, binary).
struct Param {
    Param() = default;  // NULL
    Param(std::string s) : text(std::move(s)) {}
    Param(const char* s) : text(std::string(s)) {}
    Param(std::int64_t v) : text(std::to_string(v)) {}
    Param(int v) : text(std::to_string(v)) {}
    Param(double v);
    static Param bytes(std::vector<unsigned char> b) {
        Param p;
        p.binary = std::move(b);
        p.isBinary = true;
        return p;
    }
    static Param null() { return Param(); }
    std::optional<std::string> text;
    std::vector<unsigned char> binary;
    bool isBinary = false;
};

class Result {
  public:
    explicit Result(pg_result* r);
    Result(Result&&) noexcept = default;
    Result& operator=(Result&&) noexcept = default;
    int rows() const;
    bool isNull(int row, int column) const;
    std::string text(int row, int column) const;
    std::optional<std::string> optText(int row, int column) const;
    std::int64_t integer(int row, int column) const;
    double real(int row, int column) const;
    bool boolean(int row, int column) const;
    // A bytea column in text format ("\x0102..."), decoded.
    std::vector<unsigned char> bytes(int row, int column) const;
    // Rows affected by INSERT/UPDATE/DELETE.
    std::int64_t affected() const;

  private:
    struct Clear {
        void operator()(pg_result* r) const;
    };
    std::unique_ptr<pg_result, Clear> r_;
};

// A notification received through LISTEN.
struct Notification {
    std::string channel;
    std::string payload;
    int senderPid = 0;
};

class Connection {
  public:
    // Connects (application_name "begegnungskarte"); throws Error (kPgConnectFailed, naming
    // `shown`) when the server cannot be reached or refuses.
    Connection(const std::string& conninfo, std::string shown);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs SQL without parameters (several statements allowed). Throws Error.
    void exec(std::string_view sql);
    // Runs one statement with $1, $2, ... bound to `params`. Throws Error.
    Result query(std::string_view sql, const std::vector<Param>& params = {});
    // The first column of the first row, nullopt for no row or NULL.
    std::optional<std::string> scalar(std::string_view sql, const std::vector<Param>& params = {});

    // LISTEN support: the socket to wait on, and the notifications that arrived (reads what the
    // socket holds without blocking). Throws Error when the connection is gone.
    int socket() const;
    std::vector<Notification> notifications();
    bool alive() const;
    // The server process serving this connection (pg_backend_pid).
    int backendPid() const;
    const std::string& shown() const { return shown_; }

  private:
    [[noreturn]] void fail(pg_result* r) const;
    pg_conn* conn_ = nullptr;
    std::string shown_;
};

// BEGIN on construction; ROLLBACK in the destructor unless commit() ran.
class Transaction {
  public:
    explicit Transaction(Connection& c, std::string_view begin = "BEGIN");
    ~Transaction();
    void commit();

  private:
    Connection& c_;
    bool done_ = false;
};

// "name" with inner quotes doubled, for identifiers in SQL text.
std::string identifier(std::string_view name);

}  // namespace store::pg
