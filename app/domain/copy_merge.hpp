#pragma once
// Bringing the edits made in an offline copy back to the shared project: a three-way merge of
// the project's content (the call, the applications, the committee; not the boundaries) between
// the state the copy was pulled from (`base`), the copy as it is now (`mine`) and the shared
// project as it is now (`theirs`).
//
// The merge goes item by item: an application's field, an application as a whole (added or
// deleted), a setting of the call, a member, one score, one conflict of interest, a setting of
// the decision, the recorded choice. An item only the copy changed takes the copy's value; one
// only the shared project changed keeps its value; one both changed to different values is a
// conflict, which takes the copy's or the shared project's value only when a resolution says
// which (otherwise the shared project's value stays and the conflict is open). Nothing is
// decided silently: every item the copy sends and every conflict is listed.
//
// Pure: no store, no language. store/ keeps the base in the copy; project/push.hpp runs a push.

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/domain/project_state.hpp"

namespace domain {

// The call, the applications and the committee as one JSON value (not the map): what a copy
// keeps of the state it was pulled from.
nlohmann::json contentToJson(const ProjectState& state);
// Replaces the call, the applications and the committee of `into` (its map stays). Throws
// std::runtime_error naming the part when a value does not fit.
void contentFromJson(const nlohmann::json& j, ProjectState& into);

enum class MergeItemKind {
    Application,       // an application as a whole: added or deleted
    ApplicationField,  // one field of an application (`field`: its key, "titel")
    CallField,         // one setting of the call (`field`: its key)
    Member,            // a member's name and role, or the member added or removed
    Score,             // one score (`field`: the criterion's storage key, "lage")
    Recusal,           // one conflict of interest
    SettingsField,     // one setting of the decision (`field`: its key, "radius_km")
    Choice,            // the recorded choice
};

// One item the merge looked at. Values are JSON; null means absent (deleted, not scored).
struct MergeItem {
    MergeItemKind kind = MergeItemKind::ApplicationField;
    // Stable and typeable, for resolving a conflict by name: "B-03", "B-03/titel",
    // "ausschreibung/frist", "mitglied/Anna Beispiel", "bewertung/Anna Beispiel/B-03/lage",
    // "befangenheit/Anna Beispiel/B-03", "entscheidung/radius_km", "entscheidung/auswahl".
    std::string key;
    std::string nr;          // the application's Nr (Application, ApplicationField, Score, Recusal)
    std::string memberName;  // Member, Score, Recusal
    std::string field;
    nlohmann::json base, mine, theirs;
    // For a conflict: true when the copy's value was taken, false when the shared project's,
    // nullopt when no resolution names it (the shared project's value stays, nothing is sent).
    std::optional<bool> tookMine;
};

// How conflicts are resolved: by key first, else `all`; a conflict neither names stays open.
struct MergeResolution {
    std::optional<bool> all;            // true: the copy's value, false: the shared project's
    std::map<std::string, bool> byKey;  // MergeItem::key -> true: the copy's value
};

struct CopyMerge {
    // `theirs` with the copy's changes laid over (and conflicts as resolved); the map is
    // theirs'. Scores and conflicts of interest of deleted applications or removed members are
    // dropped.
    ProjectState merged;
    std::vector<MergeItem> sent;       // items only the copy changed: the copy's value is taken
    std::vector<MergeItem> conflicts;  // items both changed differently, resolved or not
    // Applications the copy added whose id the shared project had meanwhile given to another
    // one: they get a new id (old -> new), their scores follow.
    std::map<std::int64_t, std::int64_t> renumbered;

    bool open() const;  // a conflict without a resolution
    // Resolution keys that name no conflict (a typing error the user should hear about).
    std::vector<std::string> unknownKeys(const MergeResolution& r) const;
};

CopyMerge mergeCopy(const ProjectState& base, const ProjectState& mine, const ProjectState& theirs,
                    const MergeResolution& resolution = {});

}  // namespace domain
