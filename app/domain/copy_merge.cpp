#include "app/domain/copy_merge.hpp"

#include <algorithm>
#include <initializer_list>
#include <set>
#include <stdexcept>
#include <tuple>

namespace domain {

namespace {

using nlohmann::json;

json memberJson(const decision::Member& m) { return json{{"name", m.name}, {"rolle", m.role}}; }

template <class T>
std::map<std::int64_t, T> byId(const std::vector<T>& items) {
    std::map<std::int64_t, T> out;
    for (const T& x : items) out.emplace(x.id, x);
    return out;
}

using ScoreKey = std::tuple<std::int64_t, std::int64_t, int>;  // member, application, criterion

std::map<ScoreKey, int> scoreMap(const Committee& c) {
    std::map<ScoreKey, int> out;
    for (const decision::Score& s : c.scores)
        out[{s.member, s.application, static_cast<int>(s.criterion)}] = s.value;
    return out;
}

std::set<std::pair<std::int64_t, std::int64_t>> recusalSet(const Committee& c) {
    std::set<std::pair<std::int64_t, std::int64_t>> out;
    for (const decision::Recusal& r : c.recusals) out.insert({r.member, r.application});
    return out;
}

template <class K, class V>
json valueAt(const std::map<K, V>& m, const K& k) {
    auto it = m.find(k);
    return it == m.end() ? json() : json(it->second);
}

json keyOf(const json& object, const std::string& key) { return object.contains(key) ? object.at(key) : json(); }

// Gives each application and member the copy added a new id where the shared project gave that
// id to another one meanwhile; their scores, conflicts of interest and the choice follow.
void renumberAdded(const ProjectState& base, ProjectState& mine, const ProjectState& theirs,
                   std::map<std::int64_t, std::int64_t>& renumberedApps) {
    std::int64_t nextApp = 0, nextMember = 0;
    for (const ProjectState* s : std::initializer_list<const ProjectState*>{&base, &mine, &theirs}) {
        for (const Application& a : s->applications) nextApp = std::max(nextApp, a.id);
        for (const decision::Member& m : s->committee.members) nextMember = std::max(nextMember, m.id);
    }
    for (Application& a : mine.applications)
        if (!base.find(a.id) && theirs.find(a.id)) renumberedApps[a.id] = ++nextApp;
    std::map<std::int64_t, std::int64_t> members;
    for (decision::Member& m : mine.committee.members)
        if (!base.committee.member(m.id) && theirs.committee.member(m.id)) members[m.id] = ++nextMember;
    if (renumberedApps.empty() && members.empty()) return;
    auto app = [&](std::int64_t& id) {
        if (auto it = renumberedApps.find(id); it != renumberedApps.end()) id = it->second;
    };
    auto member = [&](std::int64_t& id) {
        if (auto it = members.find(id); it != members.end()) id = it->second;
    };
    for (Application& a : mine.applications) app(a.id);
    std::sort(mine.applications.begin(), mine.applications.end(),
              [](const Application& x, const Application& y) { return x.id < y.id; });
    Committee& c = mine.committee;
    for (decision::Member& m : c.members) member(m.id);
    for (decision::Score& s : c.scores) app(s.application), member(s.member);
    for (decision::Recusal& r : c.recusals) app(r.application), member(r.member);
    if (c.choice) {
        for (std::int64_t& id : c.choice->applications) app(id);
        for (std::int64_t& id : c.choice->recommended) app(id);
    }
}

struct Merger {
    const MergeResolution& resolution;
    CopyMerge& out;

    // One item: the copy's value where only it changed, the shared project's where only that
    // changed (or both agree), the resolution's where both changed differently.
    json pick(MergeItem item, const json& b, const json& m, const json& t) {
        if (m == b || m == t) return t;
        item.base = b, item.mine = m, item.theirs = t;
        if (t == b) {
            out.sent.push_back(std::move(item));
            return m;
        }
        if (auto it = resolution.byKey.find(item.key); it != resolution.byKey.end())
            item.tookMine = it->second;
        else
            item.tookMine = resolution.all;
        const bool takeMine = item.tookMine.value_or(false);
        out.conflicts.push_back(std::move(item));
        return takeMine ? m : t;
    }

    // Each top-level key of three JSON objects (null: the object is absent).
    json pickFields(MergeItemKind kind, const std::string& prefix, const MergeItem& like, const json& b,
                    const json& m, const json& t) {
        std::set<std::string> keys;
        for (const json* o : {&b, &m, &t})
            if (o->is_object())
                for (auto it = o->begin(); it != o->end(); ++it) keys.insert(it.key());
        json merged = json::object();
        for (const std::string& k : keys) {
            MergeItem item = like;
            item.kind = kind;
            item.field = k;
            item.key = prefix + k;
            // toJson writes every key, an empty value as null: so does the merged object.
            merged[k] = pick(item, keyOf(b, k), keyOf(m, k), keyOf(t, k));
        }
        return merged;
    }
};

std::string nrOf(std::int64_t id, const ProjectState& mine, const ProjectState& theirs, const ProjectState& base) {
    for (const ProjectState* s : {&theirs, &mine, &base})
        if (const Application* a = s->find(id)) return a->nr;
    return std::to_string(id);
}

std::string memberNameOf(std::int64_t id, const ProjectState& mine, const ProjectState& theirs,
                         const ProjectState& base) {
    for (const ProjectState* s : {&theirs, &mine, &base})
        if (const decision::Member* m = s->committee.member(id)) return m->name;
    return std::to_string(id);
}

}  // namespace

json contentToJson(const ProjectState& state) {
    json apps = json::array();
    for (const Application& a : state.applications) apps.push_back(toJson(a));
    json members = json::array();
    for (const decision::Member& m : state.committee.members)
        members.push_back({{"id", m.id}, {"name", m.name}, {"rolle", m.role}});
    json scores = json::array();
    for (const decision::Score& s : state.committee.scores)
        scores.push_back({s.member, s.application, criterionStorageKey(s.criterion), s.value});
    json recusals = json::array();
    for (const decision::Recusal& r : state.committee.recusals) recusals.push_back({r.member, r.application});
    json j{{"ausschreibung", toJson(state.call)},
           {"bewerbungen", apps},
           {"mitglieder", members},
           {"bewertungen", scores},
           {"befangenheit", recusals},
           {"einstellungen", toJson(state.committee.settings)},
           {"auswahl", state.committee.choice ? toJson(*state.committee.choice) : json()}};
    return j;
}

void contentFromJson(const json& j, ProjectState& into) {
    auto part = [&](const char* name) -> const json& {
        if (!j.is_object() || !j.contains(name)) throw std::runtime_error(std::string("missing: ") + name);
        return j.at(name);
    };
    try {
        into.call = callFromJson(part("ausschreibung"));
        into.applications.clear();
        for (const json& a : part("bewerbungen")) into.applications.push_back(applicationFromJson(a));
        Committee c;
        for (const json& m : part("mitglieder"))
            c.members.push_back({m.at("id").get<std::int64_t>(), m.at("name").get<std::string>(),
                                 m.at("rolle").get<std::string>()});
        for (const json& s : part("bewertungen")) {
            std::optional<decision::Criterion> crit = criterionFromStorageKey(s.at(2).get<std::string>());
            if (!crit) throw std::runtime_error("bewertungen: " + s.at(2).get<std::string>());
            c.scores.push_back({s.at(0).get<std::int64_t>(), s.at(1).get<std::int64_t>(), *crit, s.at(3).get<int>()});
        }
        for (const json& r : part("befangenheit"))
            c.recusals.push_back({r.at(0).get<std::int64_t>(), r.at(1).get<std::int64_t>()});
        c.settings = decisionSettingsFromJson(part("einstellungen"));
        if (!part("auswahl").is_null()) c.choice = choiceFromJson(part("auswahl"));
        into.committee = std::move(c);
    } catch (const json::exception& e) {
        throw std::runtime_error(e.what());
    }
}

bool CopyMerge::open() const {
    return std::any_of(conflicts.begin(), conflicts.end(), [](const MergeItem& c) { return !c.tookMine; });
}

std::vector<std::string> CopyMerge::unknownKeys(const MergeResolution& r) const {
    std::vector<std::string> out;
    for (const auto& [key, mine] : r.byKey)
        if (std::none_of(conflicts.begin(), conflicts.end(), [&](const MergeItem& c) { return c.key == key; }))
            out.push_back(key);
    return out;
}

CopyMerge mergeCopy(const ProjectState& base, const ProjectState& mineIn, const ProjectState& theirs,
                    const MergeResolution& resolution) {
    CopyMerge out;
    ProjectState mine = mineIn;
    renumberAdded(base, mine, theirs, out.renumbered);
    Merger merger{resolution, out};
    ProjectState& merged = out.merged;
    merged.map = theirs.map;
    merged.funding = theirs.funding;  // not merged yet: what the copy changed there stays in the copy

    // The call, setting by setting.
    merged.call = callFromJson(merger.pickFields(MergeItemKind::CallField, "ausschreibung/", {}, toJson(base.call),
                                                 toJson(mine.call), toJson(theirs.call)));

    // Applications: as a whole where one side added or deleted one, else field by field.
    const auto b = byId(base.applications), m = byId(mine.applications), t = byId(theirs.applications);
    std::set<std::int64_t> ids;
    for (const auto* side : {&b, &m, &t})
        for (const auto& [id, a] : *side) ids.insert(id);
    for (std::int64_t id : ids) {
        const json jb = b.count(id) ? toJson(b.at(id)) : json();
        const json jm = m.count(id) ? toJson(m.at(id)) : json();
        const json jt = t.count(id) ? toJson(t.at(id)) : json();
        MergeItem like;
        like.nr = nrOf(id, mine, theirs, base);
        json result;
        if (!jb.is_null() && !jm.is_null() && !jt.is_null()) {
            result = merger.pickFields(MergeItemKind::ApplicationField, like.nr + "/", like, jb, jm, jt);
        } else {
            like.kind = MergeItemKind::Application;
            like.key = like.nr;
            result = merger.pick(like, jb, jm, jt);
        }
        if (!result.is_null()) merged.applications.push_back(applicationFromJson(result));
    }

    // The committee: members as a whole, each score, each conflict of interest, each setting,
    // the choice.
    Committee& c = merged.committee;
    const auto mb = byId(base.committee.members), mm = byId(mine.committee.members),
               mt = byId(theirs.committee.members);
    std::set<std::int64_t> memberIds;
    for (const auto* side : {&mb, &mm, &mt})
        for (const auto& [id, x] : *side) memberIds.insert(id);
    for (std::int64_t id : memberIds) {
        MergeItem item;
        item.kind = MergeItemKind::Member;
        item.memberName = memberNameOf(id, mine, theirs, base);
        item.key = "mitglied/" + item.memberName;
        auto j = [&](const std::map<std::int64_t, decision::Member>& side) {
            return side.count(id) ? memberJson(side.at(id)) : json();
        };
        json v = merger.pick(item, j(mb), j(mm), j(mt));
        if (!v.is_null()) c.members.push_back({id, v.at("name").get<std::string>(), v.at("rolle").get<std::string>()});
    }
    const auto sb = scoreMap(base.committee), sm = scoreMap(mine.committee), st = scoreMap(theirs.committee);
    std::set<ScoreKey> scoreKeys;
    for (const auto* side : {&sb, &sm, &st})
        for (const auto& [k, v] : *side) scoreKeys.insert(k);
    for (const ScoreKey& k : scoreKeys) {
        const auto [member, application, criterion] = k;
        MergeItem item;
        item.kind = MergeItemKind::Score;
        item.memberName = memberNameOf(member, mine, theirs, base);
        item.nr = nrOf(application, mine, theirs, base);
        item.field = criterionStorageKey(static_cast<decision::Criterion>(criterion));
        item.key = "bewertung/" + item.memberName + "/" + item.nr + "/" + item.field;
        json v = merger.pick(item, valueAt(sb, k), valueAt(sm, k), valueAt(st, k));
        if (!v.is_null() && c.member(member) && merged.find(application))
            c.scores.push_back({member, application, static_cast<decision::Criterion>(criterion), v.get<int>()});
    }
    const auto rb = recusalSet(base.committee), rm = recusalSet(mine.committee), rt = recusalSet(theirs.committee);
    std::set<std::pair<std::int64_t, std::int64_t>> recusalKeys;
    for (const auto* side : {&rb, &rm, &rt}) recusalKeys.insert(side->begin(), side->end());
    for (const auto& k : recusalKeys) {
        MergeItem item;
        item.kind = MergeItemKind::Recusal;
        item.memberName = memberNameOf(k.first, mine, theirs, base);
        item.nr = nrOf(k.second, mine, theirs, base);
        item.key = "befangenheit/" + item.memberName + "/" + item.nr;
        auto j = [&](const auto& side) { return side.count(k) ? json(true) : json(); };
        json v = merger.pick(item, j(rb), j(rm), j(rt));
        if (!v.is_null() && c.member(k.first) && merged.find(k.second)) c.recusals.push_back({k.first, k.second});
    }
    c.settings = decisionSettingsFromJson(merger.pickFields(MergeItemKind::SettingsField, "entscheidung/", {},
                                                            toJson(base.committee.settings),
                                                            toJson(mine.committee.settings),
                                                            toJson(theirs.committee.settings)));
    auto choiceJson = [](const Committee& x) { return x.choice ? toJson(*x.choice) : json(); };
    MergeItem choice;
    choice.kind = MergeItemKind::Choice;
    choice.key = "entscheidung/auswahl";
    json v = merger.pick(choice, choiceJson(base.committee), choiceJson(mine.committee), choiceJson(theirs.committee));
    if (!v.is_null()) c.choice = choiceFromJson(v);
    return out;
}

}  // namespace domain
