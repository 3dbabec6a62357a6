#include "app/store/application_table.hpp"

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

#include "app/store/gpkg_point.hpp"

namespace store {

namespace {

using nlohmann::json;

enum class ColumnKind { Text, Integer, Real, Bool, List };

struct Column {
    std::string name;
    ColumnKind kind;
};

const std::vector<Column>& applicationColumns() {
    static const std::vector<Column> columns = [] {
        std::vector<Column> out;
        json sample = domain::toJson(domain::Application{});
        for (auto it = sample.begin(); it != sample.end(); ++it) {
            if (it.key() == "id" || it.key() == "standort") continue;
            ColumnKind kind = it->is_boolean()          ? ColumnKind::Bool
                              : it->is_number_integer() ? ColumnKind::Integer
                              : it->is_number_float()   ? ColumnKind::Real
                              : it->is_array()          ? ColumnKind::List
                                                        : ColumnKind::Text;
            out.push_back({it.key(), kind});
        }
        return out;
    }();
    return columns;
}

constexpr const char* kListSeparator = " | ";

SqlValue toSql(const json& v, ColumnKind kind) {
    if (v.is_null()) return std::monostate{};
    switch (kind) {
        case ColumnKind::Bool:
            return std::int64_t{v.get<bool>() ? 1 : 0};
        case ColumnKind::Integer:
            return v.get<std::int64_t>();
        case ColumnKind::Real:
            return v.get<double>();
        case ColumnKind::List: {
            std::string joined;
            for (const auto& item : v)
                joined += (joined.empty() ? "" : kListSeparator) + item.get<std::string>();
            return joined;
        }
        case ColumnKind::Text:
            return v.get<std::string>();
    }
    return std::monostate{};
}

json fromSql(const Statement& s, int column, ColumnKind kind) {
    if (s.isNull(column)) return kind == ColumnKind::List ? json::array() : json();
    switch (kind) {
        case ColumnKind::Bool:
            return s.integer(column) != 0;
        case ColumnKind::Integer:
            return s.integer(column);
        case ColumnKind::Real:
            return s.real(column);
        case ColumnKind::List: {
            json list = json::array();
            std::string text = s.text(column);
            std::size_t start = 0;
            while (!text.empty() && start <= text.size()) {
                std::size_t end = text.find(kListSeparator, start);
                list.push_back(text.substr(start, end - start));
                if (end == std::string::npos) break;
                start = end + std::strlen(kListSeparator);
            }
            return list;
        }
        case ColumnKind::Text:
            return s.text(column);
    }
    return json();
}

}  // namespace

std::string createApplicationTableSql() {
    std::string sqlText = "CREATE TABLE bewerbungen (id INTEGER PRIMARY KEY";
    for (const Column& c : applicationColumns()) {
        const char* type = c.kind == ColumnKind::Integer || c.kind == ColumnKind::Bool ? "INTEGER"
                           : c.kind == ColumnKind::Real                                ? "REAL"
                                                                                       : "TEXT";
        sqlText += ", " + c.name + " " + type;
        if (c.name == "nr") sqlText += " NOT NULL UNIQUE";
    }
    return sqlText + ");";
}

std::vector<domain::Application> readApplications(Database& db) {
    std::vector<domain::Application> applications;
    std::string select = "SELECT id";
    for (const Column& c : applicationColumns()) select += ", " + c.name;
    Statement s = db.prepare(select + " FROM bewerbungen ORDER BY id");
    while (s.step()) {
        json j;
        j["id"] = s.integer(0);
        int k = 1;
        for (const Column& c : applicationColumns()) j[c.name] = fromSql(s, k++, c.kind);
        j["standort"] = nullptr;
        applications.push_back(domain::applicationFromJson(j));
    }
    Statement sites = db.prepare("SELECT bewerbung_id, geom FROM standorte");
    while (sites.step()) {
        std::int64_t id = sites.integer(0);
        auto it = std::find_if(applications.begin(), applications.end(),
                               [&](const domain::Application& a) { return a.id == id; });
        if (it != applications.end() && !sites.isNull(1)) it->site = decodeGpkgPoint(sites.blob(1));
    }
    return applications;
}

void writeApplication(Database& db, const domain::Application& a, bool exists) {
    static const std::pair<std::string, std::string> statements = [] {
        std::string insert = "INSERT INTO bewerbungen (id";
        std::string values = "?1";
        std::string update = "UPDATE bewerbungen SET ";
        int k = 2;
        for (const Column& c : applicationColumns()) {
            insert += ", " + c.name;
            values += ", ?" + std::to_string(k);
            update += (k > 2 ? ", " : "") + c.name + " = ?" + std::to_string(k);
            ++k;
        }
        return std::pair(insert + ") VALUES (" + values + ")", update + " WHERE id = ?1");
    }();
    json j = domain::toJson(a);
    std::vector<SqlValue> row{a.id};
    for (const Column& c : applicationColumns()) row.push_back(toSql(j.at(c.name), c.kind));
    db.prepare("DELETE FROM standorte WHERE bewerbung_id = ?1").bind({a.id}).run();
    db.prepare(exists ? statements.second : statements.first).bind(row).run();
    if (a.site)
        db.prepare(
              "INSERT INTO standorte (geom, bewerbung_id, nr, titel, kommune_ags, status) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
            .bind({encodeGpkgPoint(*a.site, 25832), a.id, a.nr, a.title, a.municipalityAgs,
                   std::string(domain::label(a.status))})
            .run();
}

void deleteApplication(Database& db, std::int64_t id) {
    db.prepare("DELETE FROM standorte WHERE bewerbung_id = ?1").bind({id}).run();
    db.prepare("DELETE FROM bewerbungen WHERE id = ?1").bind({id}).run();
}

}  // namespace store
