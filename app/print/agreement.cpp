// The cooperation agreement's draft. Its words are German literals on purpose, whatever the UI
// language: it is a German legal document (like its defaults in domain/agreement_defaults.cpp).
// Only the error message around it comes from the catalogue (i18n/strings_agreement.hpp).
#include "app/print/agreement.hpp"

#include <cairo-pdf.h>

#include <stdexcept>
#include <utility>
#include <vector>

#include "app/domain/agreement_defaults.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/language.hpp"
#include "app/i18n/strings.hpp"
#include "app/io/output_file.hpp"
#include "app/print/cairo_handles.hpp"
#include "app/print/map_sheet.hpp"
#include "app/print/page_layout.hpp"

#ifndef BK_VERSION
#define BK_VERSION "unknown"
#endif

namespace print {
namespace {

using KeyValues = std::vector<std::pair<std::string, std::string>>;

// What the document shows, gathered once for both passes.
struct AgreementDoc {
    const domain::ProjectState& state;
    const domain::Application& app;
    domain::Agreement agreement;
    std::string kreis;    // "Kreis Düren"
    std::string kommune;  // "Stadt Düren"
    std::string date;     // "15.04.2024"
};

const TextStyle kSmallGray{8, false, 0.35};
const TextStyle kStrong{9.5, true, 0};

std::string orPlaceholder(const std::string& text, const std::string& placeholder) {
    return text.empty() ? placeholder : text;
}

std::string euro(double amount) { return i18n::formatEuro(amount, i18n::Lang::De); }

void decoratePage(cairo_t* cr, const AgreementDoc& d, int page, int pages, double width,
                  double height) {
    const double margin = PageFlow::kMargin;
    const TextStyle small{7.5, false, 0.35};
    const TextBlock head(cr, "Kooperationsvertrag · " + d.state.call.title + " · " + d.app.nr,
                         small, width - 2 * margin - 120);
    head.drawLine(cr, 0, margin, 34 - small.size * 0.98);
    TextBlock(cr, "ENTWURF", TextStyle{7.5, true, 0.2}, 0)
        .drawLine(cr, 0, width - margin, 34 - small.size * 0.98, Align::Right);
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, margin, 40);
    cairo_line_to(cr, width - margin, 40);
    cairo_stroke(cr);

    const TextStyle footer{small.size, false, 0.2};
    const std::string pageText = "Seite " + std::to_string(page) + " von " +
                                 (pages > 0 ? std::to_string(pages) : std::string("?"));
    const TextBlock pageBlock(cr, pageText, footer, 0);
    const TextBlock footBlock(cr, "Entwurf, Stand " + d.date + " – nicht unterschrieben", footer,
                              width - 2 * margin - pageBlock.width() - 20);
    cairo_move_to(cr, margin, height - 44);
    cairo_line_to(cr, width - margin, height - 44);
    cairo_stroke(cr);
    const double footTop = height - 32 - footer.size * 0.98;
    footBlock.drawLine(cr, 0, margin, footTop);
    pageBlock.drawLine(cr, 0, width - margin, footTop, Align::Right);
}

// "1." "2." … before each entry, the text wrapping under itself (a hanging indent).
void numberedList(PageFlow& flow, const std::vector<std::string>& items) {
    if (items.empty()) {
        flow.paragraph("(keine Einträge)", kSmallGray);
        return;
    }
    KeyValues rows;
    for (std::size_t i = 0; i < items.size(); ++i)
        rows.push_back({std::to_string(i + 1) + ".", items[i]});
    flow.keyValues(rows, 22);
}

void titleBlock(PageFlow& flow, const AgreementDoc& d) {
    flow.bookmark("Kooperationsvertrag", 1);
    flow.paragraph("Kooperationsvertrag", TextStyle{20, true, 0});
    flow.paragraph("Förderung „" + d.state.call.title + "“ – " + d.app.nr + " " + d.app.title,
                   TextStyle{13, false, 0.15});
    flow.paragraph("Entwurf – zur Abstimmung zwischen den Parteien", TextStyle{11, true, 0.45});
    flow.space(4);
    flow.keyValues({{"Stand", d.date},
                    {"Grundlage", "Ausschreibung „" + d.state.call.title + "“, " + d.kreis}});
}

void partiesSection(PageFlow& flow, const AgreementDoc& d) {
    flow.heading("§ 1  Vertragsparteien", 1);
    flow.paragraph("Dieser Vertrag wird geschlossen zwischen");
    numberedList(flow, d.agreement.parties);
    flow.paragraph("– im Folgenden gemeinsam „die Parteien“ –", kSmallGray);
}

void subjectSection(PageFlow& flow, const AgreementDoc& d) {
    const domain::Application& a = d.app;
    flow.heading("§ 2  Gegenstand", 1);
    flow.paragraph("Die Parteien arbeiten beim Aufbau und Betrieb des folgenden Ortes der "
                   "Begegnung zusammen. Der " + d.kreis + " fördert ihn im Rahmen der "
                   "Ausschreibung „" + d.state.call.title + "“.");
    std::string town = a.postcode + (a.postcode.empty() || a.town.empty() ? "" : " ") + a.town;
    std::string address = a.street + (a.street.empty() || town.empty() ? "" : ", ") + town;
    KeyValues place = {{"Nr.", a.nr},
                       {"Titel", a.title},
                       {"Träger", orPlaceholder(a.applicant, "(zu benennen)")},
                       {"Anschrift", orPlaceholder(address, "(keine Angabe)")},
                       {"Kommune", d.kommune}};
    if (!a.openingHours.empty()) place.push_back({"Öffnungszeiten", a.openingHours});
    flow.keyValues(place);
}

void fundingSection(PageFlow& flow, const AgreementDoc& d) {
    const domain::CallSettings& call = d.state.call;
    flow.heading("§ 3  Förderung", 1);
    flow.paragraph("Der " + d.kreis + " fördert den Ort mit den beiden Budgetlinien der "
                   "Ausschreibung:");
    flow.keyValues({{"Sachmittel", euro(call.materialEurPerPlace)},
                    {"Beratungsleistungen", euro(call.consultingEurPerPlace)},
                    {"Zusammen", euro(call.materialEurPerPlace + call.consultingEurPerPlace)}});
    flow.paragraph(
        "Die Förderung wird nicht ausgezahlt, auch nicht an die Kommune: Angebote und Rechnungen "
        "gehen an den " + d.kreis + ", Fachbereich Demografie, und werden dort beglichen. "
        "Förderfähig sind Beratung, Begleitung beim Aufbau und bei der Organisation des Ortes, "
        "Einzelveranstaltungen und Sachkosten wie Öffentlichkeitsarbeit; nicht förderfähig sind "
        "Baumaßnahmen, Ausstattung und Einrichtung.");
    if (!call.fundingTerms.empty()) {
        flow.paragraph("Förderbedingungen laut Ausschreibung:", TextStyle{9.5, true, 0.25});
        flow.paragraph("„" + call.fundingTerms + "“");
    }
}

void listSections(PageFlow& flow, const AgreementDoc& d) {
    flow.heading("§ 4  Zuständigkeiten", 1);
    numberedList(flow, d.agreement.responsibilities);
    flow.heading("§ 5  Aufgaben", 1);
    numberedList(flow, d.agreement.tasks);
    flow.heading("§ 6  Pflichten", 1);
    numberedList(flow, d.agreement.duties);
}

void contactsSection(PageFlow& flow, const AgreementDoc& d) {
    flow.heading("§ 7  Ansprechpersonen und Beratung", 1);
    KeyValues rows = {
        {"Feste Ansprechperson des Ortes",
         orPlaceholder(d.agreement.contactPerson, "(vom Träger zu benennen)")},
        {"Beratende Stelle (Dritte)",
         orPlaceholder(d.agreement.adviser, "(wird vom Kreis nach Auswahl der Beratung benannt)")}};
    if (!d.state.call.contact.empty())
        rows.push_back({"Ansprechstelle beim Kreis", d.state.call.contact});
    flow.keyValues(rows, 190);
}

void durationSection(PageFlow& flow) {
    flow.heading("§ 8  Laufzeit und Kündigung", 1);
    flow.paragraph("Der Vertrag gilt ab der Unterschrift aller Parteien bis zum "
                   "____________________ (Ende der Förderung). Jede Partei kann ihn mit einer "
                   "Frist von ______ Wochen schriftlich kündigen; bereits beauftragte Leistungen "
                   "werden noch abgerechnet. Änderungen und Ergänzungen bedürfen der Schriftform.");
}

void signatures(PageFlow& flow, const AgreementDoc& d) {
    flow.heading("Unterschriften", 1);
    const std::string line(48, '_');
    const double row = 16 + lineHeight(TextStyle{}) + 4.5;
    for (const std::string& party : d.agreement.parties) {
        flow.keepTogether(2 * lineHeight(kStrong) + 3 * row + 28);
        flow.paragraph("Für: " + party, kStrong);
        for (const char* label : {"Ort, Datum", "Unterschrift", "Name, Funktion"}) {
            flow.space(16);
            flow.keyValues({{label, line}}, 120);
        }
        flow.space(28);
    }
}

int renderAgreement(cairo_t* cr, const AgreementDoc& d, int totalPages) {
    PageFlow flow(
        cr,
        [&d](cairo_t* c, int page, int pages, double w, double h) {
            decoratePage(c, d, page, pages, w, h);
        },
        totalPages);
    titleBlock(flow, d);
    partiesSection(flow, d);
    subjectSection(flow, d);
    fundingSection(flow, d);
    listSections(flow, d);
    contactsSection(flow, d);
    durationSection(flow);
    signatures(flow, d);
    return flow.finish();
}

// German hyphenation for the German document under an English UI too: pango_text.hpp takes the
// language (Pango's and the hyphenation patterns') from i18n::language(), and TextStyle has no
// language of its own yet. Set for the rendering only, restored on every way out; the program
// renders on the thread that shows the UI, so nothing reads the language meanwhile.
// TODO: a language in TextStyle would replace this.
class GermanText {
  public:
    GermanText() : before_(i18n::language()) { i18n::setLanguage(i18n::Lang::De); }
    ~GermanText() { i18n::setLanguage(before_); }
    GermanText(const GermanText&) = delete;
    GermanText& operator=(const GermanText&) = delete;

  private:
    i18n::Lang before_;
};

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// The PDF in memory and its page count; `totalPages` from a first pass (0: not known yet).
std::pair<std::string, int> renderPdf(const AgreementDoc& d, int totalPages) {
    std::string bytes;
    SurfacePtr surface(
        cairo_pdf_surface_create_for_stream(appendToString, &bytes, kA4Width, kA4Height));
    checkCairo(cairo_surface_status(surface.get()), "PDF");
    const std::string title = "Kooperationsvertrag (Entwurf) – " + d.app.nr + " " + d.app.title;
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_AUTHOR,
                                   (d.kreis + ", Fachbereich Demografie").c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR,
                                   "Begegnungskarte " BK_VERSION);
    int pages = 0;
    {
        ContextPtr cr(cairo_create(surface.get()));
        pages = renderAgreement(cr.get(), d, totalPages);
        checkCairo(cairo_status(cr.get()), "Kooperationsvertrag");
    }
    cairo_surface_finish(surface.get());
    checkCairo(cairo_surface_status(surface.get()), "PDF");
    return {std::move(bytes), pages};
}

}  // namespace

int writeAgreementPdf(const domain::ProjectState& state, std::int64_t application,
                      const std::string& outPath) {
    const domain::Application* app = state.find(application);
    if (!app)
        throw std::runtime_error(
            i18n::fill(i18n::text::kAgrNoApplication, {"#" + std::to_string(application)}));
    const domain::Agreement* stored = state.funding.agreement(application);
    AgreementDoc d{state,
                   *app,
                   stored ? *stored : domain::defaultAgreement(state, application),
                   domain::agreementDistrictName(state),
                   domain::agreementMunicipalityName(state, app->municipalityAgs),
                   i18n::formatIsoDate(todayIso(), i18n::Lang::De)};
    // Checks the path before the work; the target is replaced only by commit().
    fileio::AtomicOutput out(outPath);
    const GermanText german;
    const int pages = renderPdf(d, 0).second;
    auto [pdf, pagesAgain] = renderPdf(d, pages);
    out.write(pdf);
    out.commit();
    return pagesAgain;
}

}  // namespace print
