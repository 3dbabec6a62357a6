#include "app/store/pg_rows.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <tuple>

#include "app/domain/json_merge.hpp"
#include "app/i18n/display_labels.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/i18n/strings.hpp"

namespace store::pgrows {

namespace {

using nlohmann::json;
using pg::Param;
namespace text = i18n::text;

// Who changed a row and when (local time of the server session), for a conflict's message.
struct RowMeta {
    std::string who;
    std::string when;
};

constexpr const char* kMetaColumns = "geaendert_von, to_char(geaendert_utc, 'DD.MM.YYYY HH24:MI:SS')";

RowMeta metaOf(const pg::Result& r, int row, int column) {
    return {r.text(row, column), r.text(row, column + 1)};
}

[[noreturn]] void conflict(const RowMeta& m, const std::string& what, const std::string& now) {
    throw ConflictError(i18n::fill(text::kPgConflict,
                                   {m.who.empty() ? text::kUnknown.str() : m.who, m.when, what, now}));
}

// A JSON value as a user reads it: strings without quotes, lists joined, nothing as "—".
std::string shown(const json& v) {
    if (v.is_null()) return "—";
    if (v.is_string()) return v.get<std::string>();
    if (v.is_array()) {
        std::string out;
        for (const json& item : v) out += (out.empty() ? "" : ", ") + shown(item);
        return out.empty() ? "—" : out;
    }
    return v.dump();
}

// The application as the store compares it: through the domain's JSON form both ways, so
// that numbers read back from jsonb compare equal to the ones written.
json canonical(const json& stored) { return domain::toJson(domain::applicationFromJson(stored)); }

std::string memberName(const domain::Committee& c, std::int64_t id) {
    const decision::Member* m = c.member(id);
    return m ? m->name : std::to_string(id);
}

}  // namespace

void putApplication(pg::Connection& db, const domain::Application& a, const std::string& user, bool exists) {
    const std::string daten = domain::toJson(a).dump();
    if (exists)
        db.query(
            "UPDATE bewerbungen SET nr = $2, daten = $3::jsonb, version = version + 1, "
            "geaendert_von = $4, geaendert_utc = now() WHERE id = $1",
            {a.id, a.nr, daten, user});
    else
        db.query(
            "INSERT INTO bewerbungen (id, nr, daten, geaendert_von) VALUES ($1, $2, $3::jsonb, $4)",
            {a.id, a.nr, daten, user});
    db.query("DELETE FROM standorte WHERE bewerbung_id = $1", {a.id});
    if (a.site)
        db.query(
            "INSERT INTO standorte (bewerbung_id, nr, titel, kommune_ags, status, geom) "
            "VALUES ($1, $2, $3, $4, $5, ST_SetSRID(ST_MakePoint($6, $7), 25832))",
            {a.id, a.nr, a.title, a.municipalityAgs, std::string(domain::label(a.status)), a.site->x,
             a.site->y});
}

// One application change, checked against what the store holds now. True when what was
// written differs from the step's `after` (merged with others' changes of other fields).
bool writeApplicationChange(pg::Connection& db, const ApplicationChange& c, const std::string& user) {
    const domain::Application& any = c.after ? *c.after : *c.before;
    pg::Result row = db.query(std::string("SELECT daten::text, ") + kMetaColumns +
                                  " FROM bewerbungen WHERE id = $1 FOR UPDATE",
                              {any.id});
    const std::string what = i18n::fill(text::kPgConflictApplication, {any.nr});
    if (!c.before) {  // a new application: its id or Nr must still be free
        if (row.rows() > 0) conflict(metaOf(row, 0, 1), what, shown(json::parse(row.text(0, 0))["titel"]));
        pg::Result nr = db.query(std::string("SELECT daten::text, ") + kMetaColumns +
                                     " FROM bewerbungen WHERE nr = $1",
                                 {any.nr});
        if (nr.rows() > 0) conflict(metaOf(nr, 0, 1), what, shown(json::parse(nr.text(0, 0))["titel"]));
        putApplication(db, *c.after, user, false);
        return false;
    }
    if (row.rows() == 0) {
        if (!c.after) return false;  // deleted here and there: the same result
        RowMeta gone{};
        pg::Result last = db.query(
            "SELECT benutzer, to_char(zeit_utc::timestamptz, 'DD.MM.YYYY HH24:MI:SS') FROM audit_log "
            "WHERE objekt = $1 ORDER BY id DESC LIMIT 1",
            {any.nr});
        if (last.rows() > 0) gone = {last.text(0, 0), last.text(0, 1)};
        conflict(gone, what, text::kPgConflictDeleted.str());
    }
    const json current = canonical(json::parse(row.text(0, 0)));
    const json base = domain::toJson(*c.before);
    if (!c.after) {  // a deletion: only of what this client saw
        if (current != base) conflict(metaOf(row, 0, 1), what, shown(current["titel"]));
        db.query("DELETE FROM bewerbungen WHERE id = $1", {any.id});
        return false;
    }
    const json mine = domain::toJson(*c.after);
    domain::JsonMerge m = domain::mergeJson(base, mine, current);
    if (m.clash)
        conflict(metaOf(row, 0, 1), i18n::fill(text::kPgConflictField, {any.nr, i18n::fieldLabel(*m.clash)}),
                 shown(current[*m.clash]));
    putApplication(db, domain::applicationFromJson(m.merged), user, true);
    return m.merged != mine;
}

bool writeCall(pg::Connection& db, const domain::CallSettings& before, const domain::CallSettings& after,
               const std::string& user) {
    pg::Result row = db.query(std::string("SELECT daten::text, ") + kMetaColumns +
                              " FROM ausschreibung WHERE id = 1 FOR UPDATE");
    const json current = domain::toJson(domain::callFromJson(json::parse(row.text(0, 0))));
    domain::JsonMerge m = domain::mergeJson(domain::toJson(before), domain::toJson(after), current);
    if (m.clash) conflict(metaOf(row, 0, 1), text::kPgConflictCall.str(), *m.clash + ": " + shown(current[*m.clash]));
    db.query(
        "UPDATE ausschreibung SET daten = $1::jsonb, version = version + 1, geaendert_von = $2, "
        "geaendert_utc = now() WHERE id = 1",
        {domain::toJson(domain::callFromJson(m.merged)).dump(), user});
    return m.merged != domain::toJson(after);
}


// True when what was written differs from `after` (settings merged with others' changes).
bool writeCommittee(pg::Connection& db, const domain::Committee& before, const domain::Committee& after,
                    const domain::ProjectState& context, const std::string& user) {
    auto appNr = [&](std::int64_t id) {
        const domain::Application* a = context.find(id);
        return a ? a->nr : std::to_string(id);
    };
    // Members: each one that changes must still be as this client saw it.
    std::vector<std::int64_t> ids;
    for (const decision::Member& m : before.members) ids.push_back(m.id);
    for (const decision::Member& m : after.members) ids.push_back(m.id);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (std::int64_t id : ids) {
        const decision::Member* b = before.member(id);
        const decision::Member* a = after.member(id);
        if ((b && a && *b == *a) || (!b && !a)) continue;
        pg::Result row = db.query(std::string("SELECT name, rolle, ") + kMetaColumns +
                                      " FROM mitglieder WHERE id = $1 FOR UPDATE",
                                  {id});
        std::optional<decision::Member> current;
        if (row.rows() > 0) current = decision::Member{id, row.text(0, 0), row.text(0, 1)};
        const bool asSeen = (!b && !current) || (b && current && *b == *current);
        const bool sameResult = (!a && !current) || (a && current && *a == *current);
        if (!asSeen && !sameResult)
            conflict(row.rows() > 0 ? metaOf(row, 0, 2) : RowMeta{},
                     i18n::fill(text::kPgConflictMember, {(a ? a : b)->name}),
                     current ? current->name + " (" + current->role + ")" : text::kPgConflictDeleted.str());
        if (sameResult) continue;
        if (!a)
            db.query("DELETE FROM mitglieder WHERE id = $1", {id});
        else
            db.query(
                "INSERT INTO mitglieder (id, name, rolle, geaendert_von) VALUES ($1, $2, $3, $4) "
                "ON CONFLICT (id) DO UPDATE SET name = $2, rolle = $3, version = mitglieder.version + 1, "
                "geaendert_von = $4, geaendert_utc = now()",
                {id, a->name, a->role, user});
    }
    // Scores: the ones that change, each against the value this client saw.
    using Key = std::tuple<std::int64_t, std::int64_t, decision::Criterion>;
    std::vector<Key> keys;
    for (const decision::Score& s : before.scores) keys.emplace_back(s.member, s.application, s.criterion);
    for (const decision::Score& s : after.scores) keys.emplace_back(s.member, s.application, s.criterion);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const auto& [memberId, appId, criterion] : keys) {
        const std::optional<int> b = before.score(memberId, appId, criterion);
        const std::optional<int> a = after.score(memberId, appId, criterion);
        if (a == b) continue;
        const std::string key = domain::criterionStorageKey(criterion);
        pg::Result row = db.query(std::string("SELECT wert, ") + kMetaColumns +
                                      " FROM bewertungen WHERE mitglied_id = $1 AND bewerbung_id = $2 "
                                      "AND kriterium = $3 FOR UPDATE",
                                  {memberId, appId, key});
        std::optional<int> current;
        if (row.rows() > 0) current = static_cast<int>(row.integer(0, 0));
        if (current != b && current != a)
            conflict(row.rows() > 0 ? metaOf(row, 0, 1) : RowMeta{},
                     i18n::fill(text::kPgConflictScore, {memberName(after, memberId), appNr(appId), i18n::criterionShortLabel(criterion)}),
                     current ? std::to_string(*current) : "—");
        if (current == a) continue;
        if (!a)
            db.query("DELETE FROM bewertungen WHERE mitglied_id = $1 AND bewerbung_id = $2 AND kriterium = $3",
                     {memberId, appId, key});
        else
            db.query(
                "INSERT INTO bewertungen (mitglied_id, bewerbung_id, kriterium, wert, geaendert_von) "
                "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (mitglied_id, bewerbung_id, kriterium) DO UPDATE "
                "SET wert = $4, version = bewertungen.version + 1, geaendert_von = $5, geaendert_utc = now()",
                {memberId, appId, key, *a, user});
    }
    // Conflicts of interest.
    std::vector<std::pair<std::int64_t, std::int64_t>> pairs;
    for (const decision::Recusal& r : before.recusals) pairs.emplace_back(r.member, r.application);
    for (const decision::Recusal& r : after.recusals) pairs.emplace_back(r.member, r.application);
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    for (const auto& [memberId, appId] : pairs) {
        const bool b = before.recused(memberId, appId), a = after.recused(memberId, appId);
        if (a == b) continue;
        if (a)
            db.query(
                "INSERT INTO befangenheit (mitglied_id, bewerbung_id, geaendert_von) VALUES ($1, $2, $3) "
                "ON CONFLICT DO NOTHING",
                {memberId, appId, user});
        else
            db.query("DELETE FROM befangenheit WHERE mitglied_id = $1 AND bewerbung_id = $2", {memberId, appId});
    }
    // Settings and the choice.
    if (before.settings == after.settings && before.choice == after.choice) return false;
    pg::Result row = db.query(std::string("SELECT einstellungen::text, auswahl::text, ") + kMetaColumns +
                              " FROM entscheidung WHERE id = 1 FOR UPDATE");
    const json current = domain::toJson(domain::decisionSettingsFromJson(json::parse(row.text(0, 0))));
    domain::JsonMerge m = domain::mergeJson(domain::toJson(before.settings), domain::toJson(after.settings), current);
    if (m.clash)
        conflict(metaOf(row, 0, 2), text::kPgConflictDecision.str(), *m.clash + ": " + shown(current[*m.clash]));
    std::optional<domain::Choice> currentChoice;
    if (!row.isNull(0, 1)) currentChoice = domain::choiceFromJson(json::parse(row.text(0, 1)));
    if (before.choice != after.choice && currentChoice != before.choice && currentChoice != after.choice)
        conflict(metaOf(row, 0, 2), text::kPgConflictDecision.str(),
                 currentChoice ? domain::toJson(*currentChoice).dump() : "—");
    const std::optional<domain::Choice>& choice = before.choice != after.choice ? after.choice : currentChoice;
    db.query(
        "UPDATE entscheidung SET einstellungen = $1::jsonb, auswahl = $2::jsonb, version = version + 1, "
        "geaendert_von = $3, geaendert_utc = now() WHERE id = 1",
        {domain::toJson(domain::decisionSettingsFromJson(m.merged)).dump(),
         choice ? Param(domain::toJson(*choice).dump()) : Param::null(), user});
    return m.merged != domain::toJson(after.settings) || choice != after.choice;
}

namespace {

// One row of a funding table keyed by `key`: compared with what the server holds, then written
// (or deleted when `after` is null). Returns true when the row differed from the step's `before`
// but matched its `after` already (another client made the same change).
bool writeFundingRow(pg::Connection& db, const char* table, const char* keyColumn, std::int64_t key,
                     const json& before, const json& after, const std::string& what,
                     const std::vector<std::pair<std::string, Param>>& columns, const std::string& user) {
    pg::Result row = db.query(std::string("SELECT daten::text, ") + kMetaColumns + " FROM " + table + " WHERE " +
                                  keyColumn + " = $1 FOR UPDATE",
                              {key});
    const json current = row.rows() > 0 ? json::parse(row.text(0, 0)) : json();
    if (current != before && current != after)
        conflict(row.rows() > 0 ? metaOf(row, 0, 1) : RowMeta{}, what,
                 current.is_null() ? text::kPgConflictDeleted.str() : shown(current.value("beschreibung", json())));
    if (current == after) return current != before;
    if (after.is_null()) {
        db.query(std::string("DELETE FROM ") + table + " WHERE " + keyColumn + " = $1", {key});
        return false;
    }
    std::string names = keyColumn, values = "$1", updates;
    std::vector<Param> params{key};
    for (const auto& [name, value] : columns) {
        params.push_back(value);
        const std::string n = "$" + std::to_string(params.size());
        names += ", " + name;
        values += ", " + n + (name == "daten" ? "::jsonb" : "");
        updates += name + " = EXCLUDED." + name + ", ";
    }
    params.push_back(user);
    const std::string u = "$" + std::to_string(params.size());
    db.query(std::string("INSERT INTO ") + table + " (" + names + ", geaendert_von) VALUES (" + values + ", " + u +
                 ") ON CONFLICT (" + keyColumn + ") DO UPDATE SET " + updates + "version = " + table +
                 ".version + 1, geaendert_von = " + u + ", geaendert_utc = now()",
             params);
    return false;
}

// Each item of `list` that differs between the two sides, found on the other side by `find`
// (Funding::offer, ::invoice, ::agreement); removed ones first, so that a number one invoice
// gives up may be taken by another in the same step.
template <class T, class Find, class ToRow>
bool writeFundingRows(const domain::Funding& before, const domain::Funding& after,
                      std::vector<T> domain::Funding::*list, Find find, ToRow write) {
    bool merged = false;
    for (const T& b : before.*list)
        if (!find(after, b)) merged |= write(&b, nullptr);
    for (const T& a : after.*list) {
        const T* b = find(before, a);
        if (!b || !(*b == a)) merged |= write(b, &a);
    }
    return merged;
}

}  // namespace

bool writeFunding(pg::Connection& db, const domain::Funding& before, const domain::Funding& after,
                  const std::vector<domain::Document>& documents, const std::string& user) {
    for (const domain::Document& d : documents)
        db.query("INSERT INTO dokumente (sha256, name, daten) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                 {d.sha256, d.name, Param::bytes(d.bytes)});
    auto j = [](const auto* x) { return x ? domain::toJson(*x) : json(); };
    bool merged = writeFundingRows(
        before, after, &domain::Funding::offers,
        [](const domain::Funding& f, const domain::Offer& x) { return f.offer(x.id); },
        [&](const domain::Offer* b, const domain::Offer* a) {
            const domain::Offer& any = a ? *a : *b;
            return writeFundingRow(db, "angebote", "id", any.id, j(b), j(a),
                                   i18n::fill(text::kPgConflictOffer, {any.supplier}),
                                   {{"bewerbung_id", Param(any.application)}, {"daten", Param(j(a).dump())}}, user);
        });
    merged |= writeFundingRows(
        before, after, &domain::Funding::invoices,
        [](const domain::Funding& f, const domain::Invoice& x) { return f.invoice(x.id); },
        [&](const domain::Invoice* b, const domain::Invoice* a) {
            const domain::Invoice& any = a ? *a : *b;
            return writeFundingRow(db, "rechnungen", "id", any.id, j(b), j(a),
                                   i18n::fill(text::kPgConflictInvoice, {any.number}),
                                   {{"bewerbung_id", Param(any.application)},
                                    {"nummer", Param(any.number)},
                                    {"daten", Param(j(a).dump())}},
                                   user);
        });
    merged |= writeFundingRows(
        before, after, &domain::Funding::agreements,
        [](const domain::Funding& f, const domain::Agreement& x) { return f.agreement(x.application); },
        [&](const domain::Agreement* b, const domain::Agreement* a) {
            const domain::Agreement& any = a ? *a : *b;
            return writeFundingRow(db, "vertraege", "bewerbung_id", any.application, j(b), j(a),
                                   text::kPgConflictAgreement.str(), {{"daten", Param(j(a).dump())}}, user);
        });
    if (before.note != after.note) {
        pg::Result row = db.query(std::string("SELECT text, ") + kMetaColumns + " FROM vermerk WHERE id = 1 FOR UPDATE");
        const std::string current = row.rows() > 0 ? row.text(0, 0) : std::string();
        if (current != before.note && current != after.note)
            conflict(row.rows() > 0 ? metaOf(row, 0, 1) : RowMeta{}, text::kPgConflictNote.str(), current);
        db.query(
            "INSERT INTO vermerk (id, text, geaendert_von) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE "
            "SET text = $1, version = vermerk.version + 1, geaendert_von = $2, geaendert_utc = now()",
            {after.note, user});
    }
    return merged;
}

}  // namespace store::pgrows
