#pragma once
// How the audit log and the undo menu name an edit. The audit log stores a stable key per
// edit ("application.update"; an undo is "undo:" + the key, a redo "redo:" + the key) and an
// object in no language ("B-01", "B-01 + B-08", a member's name, a file name); the words come
// from the catalogue (i18n/strings_history.hpp) when the entry is shown, in the UI language.

#include <string>

namespace project::history {

inline constexpr const char* kApplicationAdd = "application.add";
inline constexpr const char* kApplicationUpdate = "application.update";
inline constexpr const char* kApplicationDelete = "application.delete";
inline constexpr const char* kSiteMove = "site.move";
inline constexpr const char* kApplicationsImport = "applications.import";
inline constexpr const char* kCallUpdate = "call.update";
inline constexpr const char* kMemberAdd = "member.add";
inline constexpr const char* kMemberUpdate = "member.update";
inline constexpr const char* kMemberRemove = "member.remove";
inline constexpr const char* kScoreSet = "score.set";
inline constexpr const char* kScoreClear = "score.clear";
inline constexpr const char* kRecusalDeclare = "recusal.declare";
inline constexpr const char* kRecusalLift = "recusal.lift";
inline constexpr const char* kSettingsUpdate = "decision.settings";
inline constexpr const char* kChoiceRecord = "choice.record";
inline constexpr const char* kOfferAdd = "offer.add";
inline constexpr const char* kOfferUpdate = "offer.update";
inline constexpr const char* kOfferDelete = "offer.delete";
inline constexpr const char* kInvoiceAdd = "invoice.add";
inline constexpr const char* kInvoiceUpdate = "invoice.update";
inline constexpr const char* kInvoiceDelete = "invoice.delete";
inline constexpr const char* kAgreementSet = "agreement.set";
inline constexpr const char* kNoteSet = "note.set";
inline constexpr const char* kCopyApply = "copy.push";
inline constexpr const char* kUndoPrefix = "undo:";
inline constexpr const char* kRedoPrefix = "redo:";

// The words of a key in the UI language: "Bewerbung geändert", "Rückgängig: Bewerbung
// geändert", "3 Bewerbungen importiert" (`count`: the applications an import holds). A text
// that is no key (files written before the keys) is returned as it is.
std::string actionText(const std::string& key, long long count = 0);

// actionText and the object: "Bewerbung geändert: B-01"; the action alone when the object is
// empty.
std::string describeEntry(const std::string& key, const std::string& object, long long count = 0);

}  // namespace project::history
