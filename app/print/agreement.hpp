#pragma once
// The draft of a place's cooperation agreement (Kooperationsvertrag) as an A4 PDF, in the
// report's typography (page_layout.hpp: DejaVu Sans, headings, "Seite N von M").
//
// The document is German whatever the UI language: title "Kooperationsvertrag" marked
// "Entwurf" on every page; § 1 the parties; § 2 the place (Nr, title, Träger, address,
// municipality, opening hours); § 3 the funding (Sachmittel and Beratungsleistungen per place
// from the call, their sum, offers and invoices to the Kreis and no money to the municipality,
// the call's funding terms quoted verbatim); § 4–6 responsibilities, tasks and duties as
// numbered lists; § 7 contact person, adviser and the Kreis's contact; § 8 duration and
// termination with blanks to fill in; then signature lines (place and date, signature, name)
// for each party. No personal data beyond what an agreement names: the contact person.

#include <cstdint>
#include <string>

#include "app/domain/project_state.hpp"

namespace print {

// Writes the draft for application `application` (its id) to `outPath`: the project's stored
// agreement for it (state.funding.agreement) when there is one, else domain::defaultAgreement.
// Written completely or not at all (fileio::AtomicOutput): on any failure an existing file at
// `outPath` stays as it was. Throws std::runtime_error naming the application
// (i18n::text::kAgrNoApplication) when the project has none with this id, and naming the path
// (fileio::OutputError) when the file cannot be written. Returns the number of pages.
int writeAgreementPdf(const domain::ProjectState& state, std::int64_t application,
                      const std::string& outPath);

}  // namespace print
