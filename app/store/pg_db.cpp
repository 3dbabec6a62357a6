#include "app/store/pg_db.hpp"

#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"

namespace store::pg {

namespace {

std::string trimmed(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// "%C3%B6" -> "ö"; nullopt for a broken escape.
std::optional<std::string> percentDecoded(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out += s[i];
            continue;
        }
        if (i + 2 >= s.size()) return std::nullopt;
        int hi = hexValue(s[i + 1]), lo = hexValue(s[i + 2]);
        if (hi < 0 || lo < 0) return std::nullopt;
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return out;
}

bool plainSchemaName(const std::string& s) {
    if (s.empty() || s.size() > 50 || !(s[0] >= 'a' && s[0] <= 'z')) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return s.rfind("pg_", 0) != 0;
}

}  // namespace

bool isServerAddress(std::string_view location) {
    return location.rfind("postgresql://", 0) == 0 || location.rfind("postgres://", 0) == 0;
}

Address parseAddress(const std::string& location) {
    auto bad = [&](const std::string& why) {
        return std::runtime_error(i18n::fill(i18n::text::kPgBadUri, {location, why}));
    };
    if (!isServerAddress(location)) throw bad("postgresql://");
    Address a;
    a.schema = "begegnungskarte";
    const std::size_t q = location.find('?');
    std::string base = location.substr(0, q);
    std::string query;
    if (q != std::string::npos) {
        std::string_view rest = std::string_view(location).substr(q + 1);
        std::size_t start = 0;
        while (start <= rest.size()) {
            std::size_t end = rest.find('&', start);
            if (end == std::string_view::npos) end = rest.size();
            std::string_view item = rest.substr(start, end - start);
            if (item.rfind("schema=", 0) == 0) {
                std::optional<std::string> v = percentDecoded(item.substr(7));
                if (!v) throw bad(std::string(item));
                a.schema = *v;
            } else if (!item.empty()) {
                query += (query.empty() ? "" : "&") + std::string(item);
            }
            start = end + 1;
        }
    }
    if (!plainSchemaName(a.schema))
        throw std::runtime_error(i18n::fill(i18n::text::kPgBadSchemaName, {a.schema}));
    a.conninfo = base + (query.empty() ? "" : "?" + query);
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(a.conninfo.c_str(), &error);
    if (!options) {
        std::string why = error ? trimmed(error) : "?";
        PQfreemem(error);
        throw bad(why);
    }
    PQconninfoFree(options);
    // The address as shown: without a password.
    const std::size_t scheme = base.find("://") + 3;
    const std::size_t at = base.find('@', scheme);
    const std::size_t slash = base.find('/', scheme);
    std::string shownBase = base;
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
        const std::size_t colon = base.find(':', scheme);
        if (colon != std::string::npos && colon < at)
            shownBase = base.substr(0, colon) + base.substr(at);
    }
    a.shown = shownBase + "?schema=" + a.schema;
    return a;
}

bool Error::connectionLost() const {
    return sqlstate.empty() || sqlstate.rfind("08", 0) == 0 || sqlstate == "57P01" ||
           sqlstate == "57P02" || sqlstate == "57P03";
}

Param::Param(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    text = buf;
}

void Result::Clear::operator()(pg_result* r) const { PQclear(r); }

Result::Result(pg_result* r) : r_(r) {}
int Result::rows() const { return PQntuples(r_.get()); }
bool Result::isNull(int row, int column) const { return PQgetisnull(r_.get(), row, column) != 0; }
std::string Result::text(int row, int column) const {
    return std::string(PQgetvalue(r_.get(), row, column),
                       static_cast<std::size_t>(PQgetlength(r_.get(), row, column)));
}
std::optional<std::string> Result::optText(int row, int column) const {
    if (isNull(row, column)) return std::nullopt;
    return text(row, column);
}
std::int64_t Result::integer(int row, int column) const {
    return std::strtoll(PQgetvalue(r_.get(), row, column), nullptr, 10);
}
double Result::real(int row, int column) const {
    return std::strtod(PQgetvalue(r_.get(), row, column), nullptr);
}
bool Result::boolean(int row, int column) const { return PQgetvalue(r_.get(), row, column)[0] == 't'; }
std::vector<unsigned char> Result::bytes(int row, int column) const {
    const char* v = PQgetvalue(r_.get(), row, column);
    const std::size_t n = static_cast<std::size_t>(PQgetlength(r_.get(), row, column));
    std::vector<unsigned char> out;
    if (n >= 2 && v[0] == '\\' && v[1] == 'x') {
        out.reserve((n - 2) / 2);
        for (std::size_t i = 2; i + 1 < n; i += 2)
            out.push_back(static_cast<unsigned char>(hexValue(v[i]) * 16 + hexValue(v[i + 1])));
        return out;
    }
    std::size_t len = 0;
    unsigned char* raw = PQunescapeBytea(reinterpret_cast<const unsigned char*>(v), &len);
    if (raw) out.assign(raw, raw + len);
    PQfreemem(raw);
    return out;
}
std::int64_t Result::affected() const { return std::strtoll(PQcmdTuples(r_.get()), nullptr, 10); }

Connection::Connection(const std::string& conninfo, std::string shown) : shown_(std::move(shown)) {
    // application_name shows who is connected in pg_stat_activity; a server that does not
    // answer within 10 s is reported instead of hanging the window.
    const char* keys[] = {"dbname", "application_name", "connect_timeout", "client_encoding", nullptr};
    const char* values[] = {conninfo.c_str(), "begegnungskarte", "10", "UTF8", nullptr};
    conn_ = PQconnectdbParams(keys, values, 1);
    if (!conn_ || PQstatus(conn_) != CONNECTION_OK) {
        std::string why = conn_ ? trimmed(PQerrorMessage(conn_)) : "out of memory";
        if (conn_) PQfinish(conn_);
        conn_ = nullptr;
        throw Error(i18n::fill(i18n::text::kPgConnectFailed, {shown_, why}), "");
    }
    // Keep notices (NOTICE: relation exists, skipping) off stderr.
    PQsetNoticeProcessor(conn_, [](void*, const char*) {}, nullptr);
}

Connection::~Connection() {
    if (conn_) PQfinish(conn_);
}

void Connection::fail(pg_result* r) const {
    std::string state;
    std::string message;
    if (r) {
        if (const char* s = PQresultErrorField(r, PG_DIAG_SQLSTATE)) state = s;
        if (const char* m = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY)) message = m;
        PQclear(r);
    }
    if (message.empty()) message = trimmed(PQerrorMessage(conn_));
    std::string text = i18n::fill(PQstatus(conn_) == CONNECTION_OK ? i18n::text::kPgFailed
                                                                    : i18n::text::kPgServerGone,
                                  {shown_, message});
    throw Error(text, state);
}

void Connection::exec(std::string_view sql) {
    pg_result* r = PQexec(conn_, std::string(sql).c_str());
    const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(r);
    PQclear(r);
}

Result Connection::query(std::string_view sql, const std::vector<Param>& params) {
    std::vector<const char*> values(params.size());
    std::vector<int> lengths(params.size()), formats(params.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
        const Param& p = params[i];
        if (p.isBinary) {
            values[i] = reinterpret_cast<const char*>(p.binary.data());
            lengths[i] = static_cast<int>(p.binary.size());
            formats[i] = 1;
        } else {
            values[i] = p.text ? p.text->c_str() : nullptr;
        }
    }
    pg_result* r = PQexecParams(conn_, std::string(sql).c_str(), static_cast<int>(params.size()), nullptr,
                                values.data(), lengths.data(), formats.data(), 0);
    const auto status = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) fail(r);
    return Result(r);
}

std::optional<std::string> Connection::scalar(std::string_view sql, const std::vector<Param>& params) {
    Result r = query(sql, params);
    if (r.rows() == 0 || r.isNull(0, 0)) return std::nullopt;
    return r.text(0, 0);
}

int Connection::socket() const { return PQsocket(conn_); }

bool Connection::alive() const { return PQstatus(conn_) == CONNECTION_OK; }

int Connection::backendPid() const { return PQbackendPID(conn_); }

std::vector<Notification> Connection::notifications() {
    std::vector<Notification> out;
    if (PQconsumeInput(conn_) == 0) fail(nullptr);
    while (PGnotify* n = PQnotifies(conn_)) {
        out.push_back({n->relname ? n->relname : "", n->extra ? n->extra : "", n->be_pid});
        PQfreemem(n);
    }
    return out;
}

Transaction::Transaction(Connection& c, std::string_view begin) : c_(c) { c_.exec(begin); }

Transaction::~Transaction() {
    if (done_) return;
    try {
        c_.exec("ROLLBACK");
    } catch (const std::exception&) {
        // The connection is gone: the server has rolled back already.
    }
}

void Transaction::commit() {
    c_.exec("COMMIT");
    done_ = true;
}

std::string identifier(std::string_view name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + '"';
}

}  // namespace store::pg
