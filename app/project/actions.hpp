#pragma once
// Every edit of a project is one of these values, applied in one place (Project::apply),
// which validates it, writes it in one transaction, records the undo step and the audit entry.

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "app/domain/application.hpp"
#include "app/domain/call_settings.hpp"
#include "app/domain/committee.hpp"
#include "app/domain/project_state.hpp"

namespace project {

struct AddApplication {
    domain::Application application;  // id is assigned by the project
};
struct UpdateApplication {
    domain::Application application;  // replaces the stored one with the same id
    // What the edit was made from (the form's copy when the user began typing); nullopt: the
    // application as the project holds it. On a shared store, fields the user did not change
    // keep what others wrote meanwhile, and a field both changed is a conflict.
    std::optional<domain::Application> base = std::nullopt;
};
struct DeleteApplication {
    std::int64_t id = 0;
};
struct MoveSite {
    std::int64_t id = 0;
    std::optional<geo::Vec2> site;  // EPSG:25832; nullopt removes the site
};
struct ImportApplications {
    std::vector<domain::Application> applications;
    std::string source;  // file name, for the audit log
};
struct UpdateCall {
    domain::CallSettings call;
};

// The committee (schema 2).
struct AddMember {
    decision::Member member;  // id is assigned by the project
};
struct UpdateMember {
    decision::Member member;
};
struct RemoveMember {
    std::int64_t id = 0;  // also removes the member's scores and conflicts of interest
};
struct SetScore {
    std::int64_t member = 0;
    std::int64_t application = 0;
    decision::Criterion criterion = decision::Criterion::Akteure;
    std::optional<int> value;  // 0–5; nullopt clears the score
};
struct SetRecusal {
    std::int64_t member = 0;
    std::int64_t application = 0;
    bool recused = true;
};
struct UpdateDecisionSettings {
    domain::DecisionSettings settings;
};
// Records the committee's choice: the chosen applications become "ausgewählt", those in
// `rejected` "abgelehnt". The engine computes the recommendation itself when it applies this
// (decision::recommendedSet from the stored decision settings at that moment) and records it
// beside the choice and in the audit entry; the caller does not hand one in. A choice other
// than that recommendation needs a reason.
struct RecordChoice {
    std::vector<std::int64_t> applications;  // the chosen set (application ids)
    std::string reason;
    std::vector<std::int64_t> rejected;
};

// After the decision (domain/funding.hpp): offers, invoices, agreements and the note of the
// funded places. Ids of new offers and invoices are assigned by the project.
struct AddOffer {
    domain::Offer offer;
    std::optional<domain::Document> document;  // the offer's PDF, kept in the project file
};
struct UpdateOffer {
    domain::Offer offer;
    std::optional<domain::Document> document;  // a new PDF; nullopt keeps the one it names
};
struct DeleteOffer {
    std::int64_t id = 0;  // refused while invoices settle it
};
struct AddInvoice {
    domain::Invoice invoice;
};
struct UpdateInvoice {
    domain::Invoice invoice;
};
struct DeleteInvoice {
    std::int64_t id = 0;
};
struct SetAgreement {
    domain::Agreement agreement;  // replaces the place's agreement
};
struct SetDecisionNote {
    std::string text;  // the committee's words; empty: back to the generated draft
};

// The edits of an offline copy brought back to the shared project (project/push.hpp): the
// call, the applications and the committee as domain::mergeCopy merged them. The step changes
// what differs from the project now, each part checked as its own edit would be; one audit
// entry names the copy (`source`, its file name).
struct ApplyCopy {
    domain::ProjectState content;  // its map is not used
    std::string source;
};

using Action = std::variant<AddApplication, UpdateApplication, DeleteApplication, MoveSite,
                            ImportApplications, UpdateCall, AddMember, UpdateMember, RemoveMember,
                            SetScore, SetRecusal, UpdateDecisionSettings, RecordChoice, AddOffer,
                            UpdateOffer, DeleteOffer, AddInvoice, UpdateInvoice, DeleteInvoice,
                            SetAgreement, SetDecisionNote, ApplyCopy>;

// What the action does, in the UI language ("Bewerbung geändert" / "Application changed"):
// the undo menu and the window's status line.
std::string describe(const Action& action);

}  // namespace project
