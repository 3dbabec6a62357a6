// After the decision: offers and invoices of the funded places as audited, undoable edits, each
// refused with a message naming its field when it breaks a rule of the call (funding_rules.hpp),
// and the figures per budget line (budget.hpp).

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "app/domain/budget.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/language.hpp"
#include "app/project/history.hpp"
#include "app/project/project.hpp"
#include "tests/support/project_fixture.hpp"

namespace {

using domain::BudgetLine;
using domain::CostCategory;
using testdata::TempDir;

domain::Date daysAgo(int n) {
    return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()) - std::chrono::days(n);
}
domain::Date today() { return daysAgo(0); }
// An amount as the messages write it ("1.500 €", with a no-break space).
std::string euro(double amount) { return i18n::formatEuro(amount, i18n::Lang::De); }

domain::Document pdf(const std::string& name) {
    const std::string text = "%PDF-1.4\n% Angebot\n%%EOF\n";
    return {"", name, std::vector<unsigned char>(text.begin(), text.end())};
}

struct FundingTest : ::testing::Test {
    TempDir dir;
    std::string path;
    std::int64_t b1 = 0, b2 = 0, b3 = 0;

    void SetUp() override {
        i18n::setLanguage(i18n::Lang::De);
        path = testdata::boundaryProject(dir);
        project::Project p = project::Project::open(path);
        domain::Application a = testdata::sample("B-01");
        a.municipalityAgs = "05358004";
        a.site = std::nullopt;
        b1 = p.apply(project::AddApplication{a}).created.at(0);
        b2 = p.apply(project::AddApplication{testdata::sample("B-02")}).created.at(0);
        b3 = p.apply(project::AddApplication{testdata::sample("B-03")}).created.at(0);
    }
    void choose(project::Project& p) {
        p.apply(project::RecordChoice{{b1, b2}, "Test: beide Kommunen", {}});
    }
    domain::Offer offer(std::int64_t place, domain::Cents amount, CostCategory c = CostCategory::Oeffentlichkeitsarbeit) {
        domain::Offer o;
        o.application = place;
        o.supplier = "Druckerei Schmitz";
        o.date = today();
        o.amount = amount;
        o.category = c;
        o.line = domain::defaultLine(c);
        o.description = "Flyer und Plakate";
        return o;
    }
    domain::Invoice invoice(std::int64_t place, const std::string& number, domain::Cents amount,
                            std::optional<std::int64_t> offerId = std::nullopt) {
        domain::Invoice i;
        i.application = place;
        i.number = number;
        i.date = today();
        i.amount = amount;
        i.offer = offerId;
        return i;
    }
    std::string refusal(project::Project& p, const project::Action& a) {
        try {
            p.apply(a);
        } catch (const project::ValidationError& e) {
            return e.what();
        }
        return "accepted";
    }
};

TEST_F(FundingTest, NothingIsFundedBeforeAChoiceNorOutsideIt) {
    project::Project p = project::Project::open(path);
    EXPECT_NE(refusal(p, project::AddOffer{offer(b1, 50000), std::nullopt}).find("Erst eine Auswahl"), std::string::npos);
    choose(p);
    ASSERT_TRUE(p.committee().choice->decided);
    EXPECT_EQ(*p.committee().choice->decided, today());
    const std::string m = refusal(p, project::AddOffer{offer(b3, 50000), std::nullopt});
    EXPECT_NE(m.find("B-03 ist kein geförderter Ort"), std::string::npos) << m;
    EXPECT_TRUE(p.state().funding.offers.empty());
}

TEST_F(FundingTest, AnOfferWithItsPdfIsStoredAuditedAndUndone) {
    {
        project::Project p = project::Project::open(path, project::OpenOptions{false, "Kämmerei"});
        choose(p);
        const std::int64_t id = p.apply(project::AddOffer{offer(b1, 120000), pdf("angebot.pdf")}).created.at(0);
        const domain::Offer* o = p.state().funding.offer(id);
        ASSERT_NE(o, nullptr);
        EXPECT_EQ(o->documentName, "angebot.pdf");
        EXPECT_EQ(o->documentSha256.size(), 64u);
        EXPECT_EQ(p.auditLog().back().action, project::history::kOfferAdd);
        EXPECT_EQ(p.auditLog().back().description, "Angebot erfasst: B-01, Druckerei Schmitz");
    }
    project::Project p = project::Project::open(path);
    ASSERT_EQ(p.state().funding.offers.size(), 1u);
    const domain::Offer& o = p.state().funding.offers[0];
    std::optional<domain::Document> d = p.document(o.documentSha256);
    ASSERT_TRUE(d);
    EXPECT_EQ(d->bytes, pdf("x").bytes);
    EXPECT_EQ(domain::placeBudget(p.state(), b1).of(BudgetLine::Sachmittel).offered, 120000);
    // Not a PDF, an unfundable category, a missing supplier: refused naming the field.
    domain::Document fake{"", "angebot.docx", {'P', 'K', 3, 4}};
    EXPECT_NE(refusal(p, project::AddOffer{offer(b1, 100), fake}).find("angebot.docx ist keine PDF-Datei"),
              std::string::npos);
    std::string furniture = refusal(p, project::AddOffer{offer(b1, 30000, CostCategory::Einrichtung), std::nullopt});
    EXPECT_NE(furniture.find("Möbel und Einrichtung sind nicht förderfähig"), std::string::npos) << furniture;
    EXPECT_NE(furniture.find("Baumaßnahmen, Möbel, Ausstattung"), std::string::npos) << furniture;
    domain::Offer nobody = offer(b1, 100);
    nobody.supplier = " ";
    EXPECT_NE(refusal(p, project::AddOffer{nobody, std::nullopt}).find("Anbieter"), std::string::npos);
    domain::Offer negative = offer(b1, -500);
    EXPECT_NE(refusal(p, project::AddOffer{negative, std::nullopt}).find("Betrag: muss größer als 0 € sein"),
              std::string::npos);
    EXPECT_EQ(p.state().funding.offers.size(), 1u);
    // Undone and redone like any edit; the PDF is still there for the redo.
    const std::int64_t second = p.apply(project::AddOffer{offer(b2, 500), pdf("zweites.pdf")}).created.at(0);
    p.undo();
    EXPECT_EQ(p.state().funding.offer(second), nullptr);
    EXPECT_EQ(project::Project::open(path, {true, ""}).state().funding.offers.size(), 1u);
    p.redo();
    ASSERT_NE(p.state().funding.offer(second), nullptr);
    EXPECT_TRUE(p.document(p.state().funding.offer(second)->documentSha256));
}

TEST_F(FundingTest, InvoicesStayWithinTheirLineAndAreFlaggedWithoutOrAboveAnOffer) {
    project::Project p = project::Project::open(path);
    choose(p);
    const std::int64_t o = p.apply(project::AddOffer{offer(b1, 100000), std::nullopt}).created.at(0);
    const std::int64_t r1 = p.apply(project::AddInvoice{invoice(b1, "R-2024-01", 90000, o)}).created.at(0);
    domain::PlaceBudget b = domain::placeBudget(p.state(), b1);
    const domain::LineFigures& line = b.of(BudgetLine::Sachmittel);
    EXPECT_EQ(line.budget, 150000);
    EXPECT_EQ(line.invoiced, 90000);
    EXPECT_EQ(line.remaining(), 60000);
    EXPECT_FALSE(line.nearlySpent());
    EXPECT_EQ(domain::invoiceFlag(p.state().funding, *p.state().funding.invoice(r1)), domain::InvoiceFlag::None);

    // A second invoice on the same offer goes above it: flagged, not refused.
    const std::int64_t r2 = p.apply(project::AddInvoice{invoice(b1, "R-2024-02", 45000, o)}).created.at(0);
    EXPECT_EQ(domain::invoiceFlag(p.state().funding, *p.state().funding.invoice(r2)), domain::InvoiceFlag::AboveOffer);
    EXPECT_TRUE(domain::placeBudget(p.state(), b1).of(BudgetLine::Sachmittel).nearlySpent());  // 1.350 of 1.500
    // One that would overrun the line is refused with the figures.
    const std::string overrun = refusal(p, project::AddInvoice{invoice(b1, "R-2024-03", 20000)});
    EXPECT_NE(overrun.find("Betrag: " + euro(200) + " überschreiten den Posten Sachmittel"), std::string::npos) << overrun;
    EXPECT_NE(overrun.find("Budget " + euro(1500) + ", bereits abgerechnet " + euro(1350) + ", verbleibend " + euro(150)),
              std::string::npos)
        << overrun;
    // Without an offer: flagged. The other line has its own budget.
    domain::Invoice advice = invoice(b1, "B-7", 350000);
    advice.line = BudgetLine::Beratung;
    const std::int64_t r3 = p.apply(project::AddInvoice{advice}).created.at(0);
    EXPECT_EQ(domain::invoiceFlag(p.state().funding, *p.state().funding.invoice(r3)), domain::InvoiceFlag::NoOffer);
    EXPECT_EQ(domain::placeBudget(p.state(), b1).of(BudgetLine::Beratung).remaining(), 0);
    // A number twice, a date before the decision, settled before issued, an offer of another line.
    EXPECT_NE(refusal(p, project::AddInvoice{invoice(b2, "R-2024-01", 100)}).find("„R-2024-01“ ist schon erfasst"),
              std::string::npos);
    domain::Invoice early = invoice(b2, "R-9", 100);
    early.date = daysAgo(3);
    EXPECT_NE(refusal(p, project::AddInvoice{early}).find("liegt vor der Entscheidung vom"), std::string::npos);
    domain::Invoice settled = invoice(b2, "R-10", 100);
    settled.settled = daysAgo(1);
    EXPECT_NE(refusal(p, project::AddInvoice{settled}).find("Beglichen am"), std::string::npos);
    domain::Invoice wrongLine = invoice(b1, "R-11", 100, o);
    wrongLine.line = BudgetLine::Beratung;
    EXPECT_NE(refusal(p, project::AddInvoice{wrongLine}).find("das Angebot gehört zum Posten Sachmittel"),
              std::string::npos);
    // An offer invoices settle is not deleted.
    EXPECT_NE(refusal(p, project::DeleteOffer{o}).find("R-2024-01, R-2024-02"), std::string::npos);
    EXPECT_EQ(p.state().funding.invoices.size(), 3u);

    // The decision note and an agreement are edits like any other.
    p.apply(project::SetDecisionNote{"Das Gremium wählt B-01 und B-02."});
    domain::Agreement a;
    a.application = b2;
    a.parties = {"Kreis Düren", "Träger"};
    p.apply(project::SetAgreement{a});
    project::Project again = project::Project::open(path, project::OpenOptions{true, ""});
    EXPECT_EQ(again.state().funding.note, "Das Gremium wählt B-01 und B-02.");
    ASSERT_NE(again.state().funding.agreement(b2), nullptr);
    EXPECT_EQ(again.state().funding.agreement(b2)->parties.size(), 2u);
    EXPECT_EQ(again.state().funding.invoices, p.state().funding.invoices);
}

TEST_F(FundingTest, ASchemaTwoFileGainsTheFundingTables) {
    {
        project::Project p = project::Project::open(path);
        choose(p);
    }
    testdata::sqliteExec(path,
                         "DROP TABLE angebote; DROP TABLE rechnungen; DROP TABLE vertraege; DROP TABLE dokumente; "
                         "DROP TABLE vermerk; DELETE FROM gpkg_contents WHERE table_name IN ('angebote', "
                         "'rechnungen', 'vertraege', 'dokumente', 'vermerk'); "
                         "UPDATE bk_meta SET value = '2' WHERE key = 'schema_version'");
    {
        // Read-only it is read as it is: no funding yet.
        project::Project ro = project::Project::open(path, {true, ""});
        EXPECT_TRUE(ro.state().funding.offers.empty());
        EXPECT_TRUE(ro.committee().choice);
    }
    project::Project p = project::Project::open(path);
    EXPECT_TRUE(std::filesystem::exists(path + ".bak-schema2"));
    p.apply(project::AddOffer{offer(b1, 100), std::nullopt});
    project::VerifyReport r = project::verifyProject(path);
    EXPECT_TRUE(r.problems.empty()) << r.problems.front();
    EXPECT_EQ(r.schemaVersion, 3);
}

}  // namespace
