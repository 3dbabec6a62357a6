#include "app/domain/funding.hpp"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace domain {

namespace {

using nlohmann::json;

constexpr std::pair<CostCategory, std::string_view> kCategoryKeys[] = {
    {CostCategory::Beratung, "beratung"},
    {CostCategory::Begleitung, "begleitung"},
    {CostCategory::Organisation, "organisation"},
    {CostCategory::Einzelveranstaltung, "einzelveranstaltung"},
    {CostCategory::Oeffentlichkeitsarbeit, "oeffentlichkeitsarbeit"},
    {CostCategory::SonstigeSachkosten, "sonstige_sachkosten"},
    {CostCategory::Baumassnahme, "baumassnahme"},
    {CostCategory::Ausstattung, "ausstattung"},
    {CostCategory::Einrichtung, "einrichtung"},
};

json dateJson(const std::optional<Date>& d) { return d ? json(isoDate(*d)) : json(); }

// Reads a JSON object's fields, naming the field in what it throws.
struct Reader {
    const json& j;
    const json& at(const char* key) const {
        if (!j.contains(key)) throw std::runtime_error(std::string(key) + ": missing");
        return j.at(key);
    }
    std::string text(const char* key) const {
        const json& v = at(key);
        if (!v.is_string()) throw std::runtime_error(std::string(key) + ": not a text");
        return v.get<std::string>();
    }
    std::int64_t integer(const char* key) const {
        const json& v = at(key);
        if (!v.is_number_integer()) throw std::runtime_error(std::string(key) + ": not a whole number");
        return v.get<std::int64_t>();
    }
    std::optional<std::int64_t> optionalInteger(const char* key) const {
        return at(key).is_null() ? std::nullopt : std::optional(integer(key));
    }
    std::optional<Date> date(const char* key) const {
        if (at(key).is_null()) return std::nullopt;
        std::optional<Date> d = parseDate(text(key));
        if (!d) throw std::runtime_error(std::string(key) + ": not a date '" + text(key) + "'");
        return d;
    }
    BudgetLine line(const char* key) const {
        std::optional<BudgetLine> l = budgetLineFromKey(text(key));
        if (!l) throw std::runtime_error(std::string(key) + ": unknown budget line '" + text(key) + "'");
        return *l;
    }
    std::vector<std::string> texts(const char* key) const {
        const json& v = at(key);
        if (!v.is_array()) throw std::runtime_error(std::string(key) + ": not a list");
        std::vector<std::string> out;
        for (const json& x : v) {
            if (!x.is_string()) throw std::runtime_error(std::string(key) + ": not a list of texts");
            out.push_back(x.get<std::string>());
        }
        return out;
    }
};

template <class T, class Id>
const T* findBy(const std::vector<T>& items, Id id, Id T::*member) {
    for (const T& x : items)
        if (x.*member == id) return &x;
    return nullptr;
}

// Changed and added items of `after`, removed ones of `before` as {"id": …, "entfernt": true}.
template <class T>
json listDiff(const std::vector<T>& before, const std::vector<T>& after, std::int64_t T::*key, const char* keyName) {
    json out = json::array();
    for (const T& x : after) {
        const T* old = findBy(before, x.*key, key);
        if (!old || !(*old == x)) out.push_back(toJson(x));
    }
    for (const T& x : before)
        if (!findBy(after, x.*key, key)) out.push_back({{keyName, x.*key}, {"entfernt", true}});
    return out;
}

}  // namespace

bool fundable(CostCategory c) {
    return c != CostCategory::Baumassnahme && c != CostCategory::Ausstattung && c != CostCategory::Einrichtung;
}

BudgetLine defaultLine(CostCategory c) {
    switch (c) {
        case CostCategory::Beratung:
        case CostCategory::Begleitung:
        case CostCategory::Organisation: return BudgetLine::Beratung;
        default: return BudgetLine::Sachmittel;
    }
}

std::string_view storageKey(BudgetLine l) { return l == BudgetLine::Beratung ? "beratung" : "sachmittel"; }

std::string_view storageKey(CostCategory c) {
    for (const auto& [cat, key] : kCategoryKeys)
        if (cat == c) return key;
    return "sonstige_sachkosten";
}

std::optional<BudgetLine> budgetLineFromKey(std::string_view key) {
    if (key == "sachmittel") return BudgetLine::Sachmittel;
    if (key == "beratung") return BudgetLine::Beratung;
    return std::nullopt;
}

std::optional<CostCategory> costCategoryFromKey(std::string_view key) {
    for (const auto& [cat, k] : kCategoryKeys)
        if (k == key) return cat;
    return std::nullopt;
}

const std::vector<CostCategory>& allCostCategories() {
    static const std::vector<CostCategory> all = [] {
        std::vector<CostCategory> v;
        for (const auto& [cat, key] : kCategoryKeys) v.push_back(cat);
        return v;
    }();
    return all;
}

const Offer* Funding::offer(std::int64_t id) const { return findBy(offers, id, &Offer::id); }
const Invoice* Funding::invoice(std::int64_t id) const { return findBy(invoices, id, &Invoice::id); }
const Agreement* Funding::agreement(std::int64_t application) const {
    return findBy(agreements, application, &Agreement::application);
}

json toJson(const Offer& o) {
    return {{"id", o.id},
            {"bewerbung", o.application},
            {"anbieter", o.supplier},
            {"datum", dateJson(o.date)},
            {"betrag_cent", o.amount},
            {"posten", storageKey(o.line)},
            {"kategorie", storageKey(o.category)},
            {"beschreibung", o.description},
            {"dokument_name", o.documentName},
            {"dokument_sha256", o.documentSha256}};
}

json toJson(const Invoice& i) {
    return {{"id", i.id},
            {"bewerbung", i.application},
            {"nummer", i.number},
            {"datum", dateJson(i.date)},
            {"betrag_cent", i.amount},
            {"posten", storageKey(i.line)},
            {"angebot", i.offer ? json(*i.offer) : json()},
            {"beglichen", dateJson(i.settled)},
            {"beschreibung", i.description}};
}

json toJson(const Agreement& a) {
    return {{"bewerbung", a.application},
            {"parteien", a.parties},
            {"ansprechperson", a.contactPerson},
            {"beratung_durch", a.adviser},
            {"zustaendigkeiten", a.responsibilities},
            {"aufgaben", a.tasks},
            {"pflichten", a.duties}};
}

Offer offerFromJson(const json& j) {
    Reader r{j};
    Offer o;
    o.id = r.integer("id");
    o.application = r.integer("bewerbung");
    o.supplier = r.text("anbieter");
    o.date = r.date("datum");
    o.amount = r.integer("betrag_cent");
    o.line = r.line("posten");
    std::optional<CostCategory> c = costCategoryFromKey(r.text("kategorie"));
    if (!c) throw std::runtime_error("kategorie: unknown category '" + r.text("kategorie") + "'");
    o.category = *c;
    o.description = r.text("beschreibung");
    o.documentName = r.text("dokument_name");
    o.documentSha256 = r.text("dokument_sha256");
    return o;
}

Invoice invoiceFromJson(const json& j) {
    Reader r{j};
    Invoice i;
    i.id = r.integer("id");
    i.application = r.integer("bewerbung");
    i.number = r.text("nummer");
    i.date = r.date("datum");
    i.amount = r.integer("betrag_cent");
    i.line = r.line("posten");
    i.offer = r.optionalInteger("angebot");
    i.settled = r.date("beglichen");
    i.description = r.text("beschreibung");
    return i;
}

Agreement agreementFromJson(const json& j) {
    Reader r{j};
    Agreement a;
    a.application = r.integer("bewerbung");
    a.parties = r.texts("parteien");
    a.contactPerson = r.text("ansprechperson");
    a.adviser = r.text("beratung_durch");
    a.responsibilities = r.texts("zustaendigkeiten");
    a.tasks = r.texts("aufgaben");
    a.duties = r.texts("pflichten");
    return a;
}

json fundingDiff(const Funding& before, const Funding& after) {
    json d = json::object();
    json offers = listDiff(before.offers, after.offers, &Offer::id, "id");
    if (!offers.empty()) d["angebote"] = offers;
    json invoices = listDiff(before.invoices, after.invoices, &Invoice::id, "id");
    if (!invoices.empty()) d["rechnungen"] = invoices;
    json agreements = listDiff(before.agreements, after.agreements, &Agreement::application, "bewerbung");
    if (!agreements.empty()) d["vertraege"] = agreements;
    if (before.note != after.note) d["vermerk"] = after.note;
    return d;
}

}  // namespace domain
