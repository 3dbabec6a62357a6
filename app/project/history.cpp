#include "app/project/history.hpp"

#include <string_view>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"

namespace project::history {

std::string actionText(const std::string& key, long long count) {
    namespace t = i18n::text;
    std::string_view k = key;
    if (k.starts_with(kUndoPrefix))
        return i18n::fill(t::kHistUndone, {actionText(key.substr(std::string_view(kUndoPrefix).size()), count)});
    if (k.starts_with(kRedoPrefix))
        return i18n::fill(t::kHistRedone, {actionText(key.substr(std::string_view(kRedoPrefix).size()), count)});
    static const std::pair<std::string_view, const i18n::Str*> kTexts[] = {
        {kApplicationAdd, &t::kHistApplicationAdded},
        {kApplicationUpdate, &t::kHistApplicationChanged},
        {kApplicationDelete, &t::kHistApplicationDeleted},
        {kSiteMove, &t::kHistSiteSet},
        {kCallUpdate, &t::kHistCallChanged},
        {kMemberAdd, &t::kHistMemberAdded},
        {kMemberUpdate, &t::kHistMemberChanged},
        {kMemberRemove, &t::kHistMemberRemoved},
        {kScoreSet, &t::kHistScoreSet},
        {kScoreClear, &t::kHistScoreCleared},
        {kRecusalDeclare, &t::kHistRecusalDeclared},
        {kRecusalLift, &t::kHistRecusalLifted},
        {kSettingsUpdate, &t::kHistSettingsChanged},
        {kChoiceRecord, &t::kHistChoiceRecorded},
        {kOfferAdd, &t::kHistOfferAdded},
        {kOfferUpdate, &t::kHistOfferChanged},
        {kOfferDelete, &t::kHistOfferDeleted},
        {kInvoiceAdd, &t::kHistInvoiceAdded},
        {kInvoiceUpdate, &t::kHistInvoiceChanged},
        {kInvoiceDelete, &t::kHistInvoiceDeleted},
        {kAgreementSet, &t::kHistAgreementSet},
        {kNoteSet, &t::kHistNoteSet},
        {kCopyApply, &t::kHistCopyApplied},
    };
    if (k == kApplicationsImport) return i18n::count(t::kHistImported, count);
    for (const auto& [name, text] : kTexts)
        if (name == k) return text->str();
    return key;
}

std::string describeEntry(const std::string& key, const std::string& object, long long count) {
    std::string action = actionText(key, count);
    if (object.empty()) return action;
    return action + ": " + object;
}

}  // namespace project::history
