// push: an offline copy's edits back to the shared project (project/push.hpp), with every item
// sent and every conflict listed by its key, so that the user resolves each explicitly.
#include <cstdio>
#include <iostream>

#include "app/cli/commands.hpp"
#include "app/domain/committee.hpp"
#include "app/i18n/display_labels.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/i18n/strings.hpp"
#include "app/project/push.hpp"

namespace cli {

namespace {

namespace t = i18n::text;
using domain::MergeItem;
using domain::MergeItemKind;
using nlohmann::json;

std::string what(const MergeItem& item) {
    switch (item.kind) {
        case MergeItemKind::Application: return i18n::fill(t::kPgConflictApplication, {item.nr});
        case MergeItemKind::ApplicationField:
            return i18n::fill(t::kPgConflictField, {item.nr, i18n::fieldLabel(item.field)});
        case MergeItemKind::CallField: return i18n::fill(t::kPushCallField, {item.field});
        case MergeItemKind::Member: return i18n::fill(t::kPgConflictMember, {item.memberName});
        case MergeItemKind::Score: {
            std::optional<decision::Criterion> c = domain::criterionFromStorageKey(item.field);
            return i18n::fill(t::kPgConflictScore,
                              {item.memberName, item.nr, c ? i18n::criterionShortLabel(*c) : item.field});
        }
        case MergeItemKind::Recusal: return i18n::fill(t::kPgConflictRecusal, {item.memberName, item.nr});
        case MergeItemKind::SettingsField: return i18n::fill(t::kPushSettingsField, {item.field});
        case MergeItemKind::Choice: return t::kPushChoice.str();
    }
    return item.key;
}

// A value as the list shows it: text as it is (shortened), an application or member as a
// whole as "present", absent as "—".
std::string shown(const MergeItem& item, const json& v) {
    if (v.is_null()) return item.kind == MergeItemKind::Application ? t::kPgConflictDeleted.str() : t::kPushAbsent.str();
    if (item.kind == MergeItemKind::Application) return t::kPushPresent.str();
    if (item.kind == MergeItemKind::Recusal) return t::kYes.str();
    std::string s = v.is_string() ? v.get<std::string>() : v.dump();
    if (item.kind == MergeItemKind::Member && v.is_object())
        s = v.value("name", std::string()) + " (" + v.value("rolle", std::string()) + ")";
    constexpr std::size_t kMax = 60;
    if (s.size() > kMax) {
        std::size_t cut = kMax;
        while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
        s = s.substr(0, cut) + "…";
    }
    return v.is_string() ? "„" + s + "“" : s;
}

void list(const std::vector<MergeItem>& items, bool conflicts) {
    for (const MergeItem& item : items) {
        std::string line = "  " + item.key + "  " + what(item) + ": ";
        if (!conflicts) {
            line += shown(item, item.base) + " → " + shown(item, item.mine);
        } else {
            line += i18n::fill(t::kPushValues, {shown(item, item.mine), shown(item, item.theirs), shown(item, item.base)});
            line += "  " + std::string(item.tookMine ? (*item.tookMine ? t::kPushTookMine : t::kPushTookTheirs)
                                                      : t::kPushOpen);
        }
        std::printf("%s\n", line.c_str());
    }
}

}  // namespace

int push(const PushCommandOptions& o) {
    project::PushOptions options{o.copy, o.to, o.user, o.dryRun, {}};
    if (o.take == "mine") options.resolution.all = true;
    if (o.take == "theirs") options.resolution.all = false;
    for (const std::string& key : o.mine) options.resolution.byKey[key] = true;
    for (const std::string& key : o.theirs) options.resolution.byKey[key] = false;
    try {
        project::PushReport r = project::push(options);
        const domain::CopyMerge& m = r.merge;
        if (!m.sent.empty()) {
            std::printf("%s\n", i18n::fill(r.written ? t::kPushSent : t::kPushToSend, {std::to_string(m.sent.size())}).c_str());
            list(m.sent, false);
        }
        if (!m.conflicts.empty()) {
            std::printf("%s\n", i18n::fill(t::kPushConflicts, {std::to_string(m.conflicts.size())}).c_str());
            list(m.conflicts, true);
        }
        std::vector<std::string> unknown = m.unknownKeys(options.resolution);
        for (const std::string& key : unknown) std::cerr << "error: " << i18n::fill(t::kPushUnknownKey, {key}) << '\n';
        if (!unknown.empty()) return 2;
        if (m.open()) {
            long long open = 0;
            for (const domain::MergeItem& c : m.conflicts) open += c.tookMine ? 0 : 1;
            std::cerr << i18n::fill(t::kPushOpenHint, {i18n::count(t::kPushOpenConflicts, open)}) << '\n';
            return 3;
        }
        if (o.dryRun) {
            std::printf("%s\n", t::kPushDryRun.str().c_str());
        } else if (!r.written) {
            std::printf("%s\n", i18n::fill(t::kPushNothing, {r.copy, r.to}).c_str());
        } else {
            std::printf("%s\n", i18n::fill(t::kPushDone, {r.copy, r.to, std::to_string(r.auditEntry)}).c_str());
            if (r.copyUpdated)
                std::printf("%s\n", i18n::fill(t::kPushCopyUpdated, {r.copy}).c_str());
            else
                std::cerr << i18n::fill(t::kPushCopyNotUpdated, {r.copy, r.copyNote}) << '\n';
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "error: " << describeError(e) << '\n';
        return 1;
    }
}

}  // namespace cli
