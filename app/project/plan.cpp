#include "app/project/plan.hpp"

#include <algorithm>
#include <chrono>
#include <set>
#include <tuple>

#include "app/decision/pipeline.hpp"
#include "app/domain/funding_rules.hpp"
#include "app/domain/validation.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/i18n/strings.hpp"
#include "app/project/history.hpp"
#include "app/project/project.hpp"
#include "app/store/sha256.hpp"

namespace project::detail {

namespace {

using domain::Application;
using domain::Problem;
using domain::ProblemCode;

[[noreturn]] void refuse(std::vector<Problem> problems) {
    std::string message = i18n::problemsText(problems);
    throw ValidationError(message, std::move(problems));
}
[[noreturn]] void refuse(ProblemCode code, std::vector<std::string> args = {}, std::string field = {}) {
    refuse({Problem{code, std::move(field), std::move(args)}});
}

std::string nrs(const domain::ProjectState& state, const std::vector<std::int64_t>& ids) {
    std::string out;
    for (std::int64_t id : ids) {
        const Application* a = state.find(id);
        out += (out.empty() ? "" : " + ") + (a ? a->nr : std::to_string(id));
    }
    return out.empty() ? i18n::text::kEditNoRecommendation.str() : out;
}

struct Planner {
    const domain::ProjectState& state;

    const Application& application(std::int64_t id) const {
        if (const Application* a = state.find(id)) return *a;
        refuse(ProblemCode::ApplicationNotFound, {std::to_string(id)});
    }
    const decision::Member& member(std::int64_t id) const {
        if (const decision::Member* m = state.committee.member(id)) return *m;
        refuse(ProblemCode::MemberNotFound, {std::to_string(id)});
    }
    std::int64_t nextApplicationId() const {
        std::int64_t id = 0;
        for (const Application& a : state.applications) id = std::max(id, a.id);
        return id + 1;
    }
    // All rules of one application (domain::validateApplication), named after its Nr.
    void validate(const Application& a, const domain::ProjectState& against) const {
        std::vector<Problem> problems = domain::validateApplication(a, against);
        if (problems.empty()) return;
        std::string nr = a.nr.empty() ? std::string(i18n::text::kEditNoNr) : a.nr;
        std::string message = i18n::fill(i18n::text::kEditRefused, {nr, i18n::problemsText(problems)});
        throw ValidationError(message, std::move(problems));
    }
    void requireName(const decision::Member& m) const {
        if (m.name.find_first_not_of(" \t") == std::string::npos)
            refuse(ProblemCode::MemberNameMissing, {}, "name");
        for (const decision::Member& other : state.committee.members)
            if (other.id != m.id && other.name == m.name) refuse(ProblemCode::MemberNameTaken, {m.name});
    }
    Plan applicationStep(const char* key, std::string object, store::ApplicationChange change) const {
        Plan p;
        p.step.action = key;
        p.step.object = std::move(object);
        p.step.changes.push_back(std::move(change));
        return p;
    }
    Plan committeeStep(const char* key, std::string object, domain::Committee after) const {
        Plan p;
        p.step.action = key;
        p.step.object = std::move(object);
        p.step.committee = std::make_pair(state.committee, std::move(after));
        return p;
    }

    Plan operator()(const AddApplication& add) const {
        Application a = add.application;
        a.id = nextApplicationId();
        validate(a, state);
        Plan p = applicationStep(history::kApplicationAdd, a.nr, {std::nullopt, a});
        p.created.push_back(a.id);
        return p;
    }
    Plan operator()(const UpdateApplication& update) const {
        const Application& stored = application(update.application.id);
        const Application& before = update.base && update.base->id == stored.id ? *update.base : stored;
        validate(update.application, state);
        return applicationStep(history::kApplicationUpdate, update.application.nr, {before, update.application});
    }
    Plan operator()(const DeleteApplication& del) const {
        const Application& before = application(del.id);
        return applicationStep(history::kApplicationDelete, before.nr, {before, std::nullopt});
    }
    Plan operator()(const MoveSite& move) const {
        const Application& before = application(move.id);
        Application after = before;
        after.site = move.site;
        validate(after, state);  // the site's UTM range, as for every stored application
        return applicationStep(history::kSiteMove, before.nr, {before, after});
    }
    Plan operator()(const ImportApplications& import) const {
        if (import.applications.empty()) refuse(ProblemCode::ImportEmpty);
        Plan p;
        p.step.action = history::kApplicationsImport;
        p.step.object = import.source;
        // Each application is checked against the project; a Nr twice within the import is
        // ImportNrTwice.
        std::int64_t id = nextApplicationId();
        std::vector<std::string> seen;
        for (Application a : import.applications) {
            a.id = id++;
            if (std::find(seen.begin(), seen.end(), a.nr) != seen.end())
                refuse(ProblemCode::ImportNrTwice, {a.nr});
            seen.push_back(a.nr);
            validate(a, state);
            p.step.changes.push_back({std::nullopt, a});
            p.created.push_back(a.id);
        }
        p.count = static_cast<long long>(p.created.size());
        return p;
    }
    Plan operator()(const UpdateCall& update) const {
        if (update.call.placesFunded < 1) refuse(ProblemCode::CallNoPlaces);
        if (update.call.materialEurPerPlace < 0 || update.call.consultingEurPerPlace < 0)
            refuse(ProblemCode::CallNegativeAmount);
        Plan p;
        p.step.action = history::kCallUpdate;
        p.step.call = std::make_pair(state.call, update.call);
        return p;
    }
    Plan operator()(const AddMember& add) const {
        decision::Member m = add.member;
        m.id = 1;
        for (const decision::Member& other : state.committee.members) m.id = std::max(m.id, other.id + 1);
        requireName(m);
        domain::Committee after = state.committee;
        after.members.push_back(m);
        Plan p = committeeStep(history::kMemberAdd, m.name, std::move(after));
        p.created.push_back(m.id);
        return p;
    }
    Plan operator()(const UpdateMember& update) const {
        member(update.member.id);
        requireName(update.member);
        domain::Committee after = state.committee;
        for (decision::Member& m : after.members)
            if (m.id == update.member.id) m = update.member;
        return committeeStep(history::kMemberUpdate, update.member.name, std::move(after));
    }
    Plan operator()(const RemoveMember& remove) const {
        std::string name = member(remove.id).name;
        domain::Committee after = state.committee;
        std::erase_if(after.members, [&](const decision::Member& m) { return m.id == remove.id; });
        std::erase_if(after.scores, [&](const decision::Score& x) { return x.member == remove.id; });
        std::erase_if(after.recusals, [&](const decision::Recusal& x) { return x.member == remove.id; });
        return committeeStep(history::kMemberRemove, name, std::move(after));
    }
    Plan operator()(const SetScore& score) const {
        std::string who = member(score.member).name;
        const Application& a = application(score.application);
        if (score.criterion == decision::Criterion::Verteilung) refuse(ProblemCode::ScoreComputed);
        if (score.value && (*score.value < decision::kMinScore || *score.value > decision::kMaxScore))
            refuse(ProblemCode::ScoreOutOfRange, {std::to_string(*score.value)});
        if (score.value && state.committee.recused(score.member, score.application))
            refuse(ProblemCode::ScoreWhileRecused, {who, a.nr});
        domain::Committee after = state.committee;
        std::erase_if(after.scores, [&](const decision::Score& x) {
            return x.member == score.member && x.application == score.application &&
                   x.criterion == score.criterion;
        });
        if (score.value) after.scores.push_back({score.member, score.application, score.criterion, *score.value});
        std::sort(after.scores.begin(), after.scores.end(), [](const decision::Score& x, const decision::Score& y) {
            return std::tuple(x.member, x.application, x.criterion) < std::tuple(y.member, y.application, y.criterion);
        });
        return committeeStep(score.value ? history::kScoreSet : history::kScoreClear,
                             a.nr + ", " + domain::criterionStorageKey(score.criterion) + ", " + who,
                             std::move(after));
    }
    Plan operator()(const SetRecusal& recusal) const {
        std::string who = member(recusal.member).name;
        const Application& a = application(recusal.application);
        domain::Committee after = state.committee;
        std::erase_if(after.recusals, [&](const decision::Recusal& x) {
            return x.member == recusal.member && x.application == recusal.application;
        });
        if (recusal.recused) after.recusals.push_back({recusal.member, recusal.application});
        std::sort(after.recusals.begin(), after.recusals.end(),
                  [](const decision::Recusal& x, const decision::Recusal& y) {
                      return std::pair(x.member, x.application) < std::pair(y.member, y.application);
                  });
        return committeeStep(recusal.recused ? history::kRecusalDeclare : history::kRecusalLift,
                             a.nr + ", " + who, std::move(after));
    }
    Plan operator()(const UpdateDecisionSettings& update) const {
        const domain::DecisionSettings& d = update.settings;
        double sum = 0;
        for (double w : d.weights) {
            if (!(w >= 0)) refuse(ProblemCode::WeightNegative);
            sum += w;
        }
        if (!(sum > 0)) refuse(ProblemCode::WeightsAllZero);
        if (!(d.radiusKm > 0 && d.radiusKm <= 100)) refuse(ProblemCode::RadiusOutOfRange);
        if (d.samples < 1 || d.samples > 1000000) refuse(ProblemCode::SamplesOutOfRange);
        if (!(d.plusMinusPercent >= 0 && d.plusMinusPercent <= 100)) refuse(ProblemCode::PlusMinusOutOfRange);
        domain::Committee after = state.committee;
        after.settings = d;
        return committeeStep(history::kSettingsUpdate, "", std::move(after));
    }
    Plan operator()(const RecordChoice& choice) const {
        domain::Choice c{choice.applications, {}, choice.reason, std::nullopt};
        std::sort(c.applications.begin(), c.applications.end());
        if (static_cast<int>(c.applications.size()) != state.call.placesFunded)
            refuse(ProblemCode::ChoiceWrongSize, {std::to_string(state.call.placesFunded)});
        std::vector<std::string> municipalities;
        for (std::int64_t id : c.applications) {
            const Application& a = application(id);
            if (std::find(municipalities.begin(), municipalities.end(), a.municipalityAgs) != municipalities.end())
                refuse(ProblemCode::ChoiceSameMunicipality, {a.municipalityAgs});
            municipalities.push_back(a.municipalityAgs);
        }
        // The recommendation is the engine's, from the stored settings at this moment: never
        // what a panel previews under weights still being dragged.
        c.recommended = decision::recommendedSet(state);
        c.decided = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
        std::sort(c.recommended.begin(), c.recommended.end());
        bool noReason = c.reason.find_first_not_of(" \t\r\n") == std::string::npos;
        if (c.applications != c.recommended && noReason)
            refuse(ProblemCode::ChoiceNeedsReason, {nrs(state, c.recommended)});
        domain::Committee after = state.committee;
        after.choice = c;
        Plan p = committeeStep(history::kChoiceRecord, nrs(state, c.applications), std::move(after));
        for (const Application& a : state.applications) {
            bool chosen = std::binary_search(c.applications.begin(), c.applications.end(), a.id);
            bool rejected = std::find(choice.rejected.begin(), choice.rejected.end(), a.id) != choice.rejected.end();
            domain::Status status = chosen ? domain::Status::Ausgewaehlt : rejected ? domain::Status::Abgelehnt : a.status;
            if (status == a.status) continue;
            Application changed = a;
            changed.status = status;
            p.step.changes.push_back({a, changed});
        }
        return p;
    }
    // After the decision: each entry checked by domain/funding_rules.hpp against the project
    // as it would be with it.
    Plan fundingStep(const char* key, std::string object, domain::Funding after,
                     std::optional<domain::Document> document = std::nullopt) const {
        Plan p;
        p.step.action = key;
        p.step.object = std::move(object);
        p.step.funding = std::make_pair(state.funding, std::move(after));
        if (document) p.step.documents.push_back(std::move(*document));
        return p;
    }
    std::string placeNr(std::int64_t application) const {
        const Application* a = state.find(application);
        return a ? a->nr : std::to_string(application);
    }
    // The offer with its PDF named by the PDF's own SHA-256 (computed here, not taken on trust).
    domain::Offer checkedOffer(domain::Offer o, std::optional<domain::Document>& document) const {
        if (document) {
            if (!domain::looksLikePdf(document->bytes)) refuse(ProblemCode::NotAPdf, {document->name}, "dokument");
            document->sha256 = store::sha256Hex(
                std::string_view(reinterpret_cast<const char*>(document->bytes.data()), document->bytes.size()));
            o.documentName = document->name;
            o.documentSha256 = document->sha256;
        }
        std::vector<Problem> problems = domain::validateOffer(o, state);
        if (!problems.empty()) refuse(std::move(problems));
        return o;
    }
    template <class T>
    static void put(std::vector<T>& items, const T& item) {
        auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == item.id; });
        if (it == items.end())
            items.insert(std::upper_bound(items.begin(), items.end(), item,
                                          [](const T& x, const T& y) { return x.id < y.id; }),
                         item);
        else
            *it = item;
    }
    Plan operator()(const AddOffer& add) const {
        domain::Offer o = add.offer;
        o.id = 1;
        for (const domain::Offer& other : state.funding.offers) o.id = std::max(o.id, other.id + 1);
        std::optional<domain::Document> document = add.document;
        o = checkedOffer(o, document);
        domain::Funding after = state.funding;
        put(after.offers, o);
        Plan p = fundingStep(history::kOfferAdd, placeNr(o.application) + ", " + o.supplier, std::move(after),
                             std::move(document));
        p.created.push_back(o.id);
        return p;
    }
    Plan operator()(const UpdateOffer& update) const {
        if (!state.funding.offer(update.offer.id)) refuse(ProblemCode::OfferNotFound, {std::to_string(update.offer.id)});
        std::optional<domain::Document> document = update.document;
        domain::Offer o = checkedOffer(update.offer, document);
        domain::Funding after = state.funding;
        put(after.offers, o);
        return fundingStep(history::kOfferUpdate, placeNr(o.application) + ", " + o.supplier, std::move(after),
                           std::move(document));
    }
    Plan operator()(const DeleteOffer& del) const {
        const domain::Offer* o = state.funding.offer(del.id);
        if (!o) refuse(ProblemCode::OfferNotFound, {std::to_string(del.id)});
        std::string settledBy;
        for (const domain::Invoice& i : state.funding.invoices)
            if (i.offer == del.id) settledBy += (settledBy.empty() ? "" : ", ") + i.number;
        if (!settledBy.empty()) refuse(ProblemCode::OfferHasInvoices, {settledBy});
        domain::Funding after = state.funding;
        std::erase_if(after.offers, [&](const domain::Offer& x) { return x.id == del.id; });
        return fundingStep(history::kOfferDelete, placeNr(o->application) + ", " + o->supplier, std::move(after));
    }
    Plan operator()(const AddInvoice& add) const {
        domain::Invoice inv = add.invoice;
        inv.id = 1;
        for (const domain::Invoice& other : state.funding.invoices) inv.id = std::max(inv.id, other.id + 1);
        std::vector<Problem> problems = domain::validateInvoice(inv, state);
        if (!problems.empty()) refuse(std::move(problems));
        domain::Funding after = state.funding;
        put(after.invoices, inv);
        Plan p = fundingStep(history::kInvoiceAdd, placeNr(inv.application) + ", " + inv.number, std::move(after));
        p.created.push_back(inv.id);
        return p;
    }
    Plan operator()(const UpdateInvoice& update) const {
        if (!state.funding.invoice(update.invoice.id))
            refuse(ProblemCode::InvoiceNotFound, {std::to_string(update.invoice.id)});
        std::vector<Problem> problems = domain::validateInvoice(update.invoice, state);
        if (!problems.empty()) refuse(std::move(problems));
        domain::Funding after = state.funding;
        put(after.invoices, update.invoice);
        return fundingStep(history::kInvoiceUpdate, placeNr(update.invoice.application) + ", " + update.invoice.number,
                           std::move(after));
    }
    Plan operator()(const DeleteInvoice& del) const {
        const domain::Invoice* inv = state.funding.invoice(del.id);
        if (!inv) refuse(ProblemCode::InvoiceNotFound, {std::to_string(del.id)});
        domain::Funding after = state.funding;
        std::erase_if(after.invoices, [&](const domain::Invoice& x) { return x.id == del.id; });
        return fundingStep(history::kInvoiceDelete, placeNr(inv->application) + ", " + inv->number, std::move(after));
    }
    Plan operator()(const SetAgreement& set) const {
        std::vector<Problem> problems = domain::validateAgreement(set.agreement, state);
        if (!problems.empty()) refuse(std::move(problems));
        domain::Funding after = state.funding;
        auto it = std::find_if(after.agreements.begin(), after.agreements.end(),
                               [&](const domain::Agreement& a) { return a.application == set.agreement.application; });
        if (it != after.agreements.end())
            *it = set.agreement;
        else
            after.agreements.insert(std::upper_bound(after.agreements.begin(), after.agreements.end(), set.agreement,
                                                     [](const domain::Agreement& x, const domain::Agreement& y) {
                                                         return x.application < y.application;
                                                     }),
                                    set.agreement);
        return fundingStep(history::kAgreementSet, placeNr(set.agreement.application), std::move(after));
    }
    Plan operator()(const SetDecisionNote& note) const {
        if (!state.committee.choice) refuse(ProblemCode::NoChoiceYet);
        domain::Funding after = state.funding;
        after.note = note.text;
        return fundingStep(history::kNoteSet, "", std::move(after));
    }
    Plan operator()(const ApplyCopy& copy) const {
        Plan p;
        p.step.action = history::kCopyApply;
        p.step.object = copy.source;
        domain::ProjectState against = copy.content;
        against.map = state.map;  // the municipalities an application names
        std::set<std::int64_t> ids;
        for (const Application& a : state.applications) ids.insert(a.id);
        for (const Application& a : copy.content.applications) ids.insert(a.id);
        for (std::int64_t id : ids) {
            const Application* before = state.find(id);
            const Application* after = copy.content.find(id);
            if (after && (!before || !(*before == *after))) validate(*after, against);
            if (before && after && *before == *after) continue;
            p.step.changes.push_back({before ? std::optional(*before) : std::nullopt,
                                      after ? std::optional(*after) : std::nullopt});
        }
        if (!(copy.content.call == state.call)) p.step.call = std::make_pair(state.call, copy.content.call);
        const domain::Committee& c = copy.content.committee;
        if (!(c == state.committee)) {
            Planner merged{against};
            for (const decision::Member& m : c.members) merged.requireName(m);
            for (const decision::Score& s : c.scores) {
                merged.member(s.member);
                merged.application(s.application);
                if (s.criterion == decision::Criterion::Verteilung) refuse(ProblemCode::ScoreComputed);
                if (s.value < decision::kMinScore || s.value > decision::kMaxScore)
                    refuse(ProblemCode::ScoreOutOfRange, {std::to_string(s.value)});
            }
            if (!(c.settings == state.committee.settings)) merged(UpdateDecisionSettings{c.settings});
            p.step.committee = std::make_pair(state.committee, c);
        }
        return p;
    }
};

}  // namespace

Plan plan(const Action& action, const domain::ProjectState& state) {
    return std::visit(Planner{state}, action);
}

}  // namespace project::detail
