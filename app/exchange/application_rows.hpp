#pragma once
// The columns of an application spreadsheet and its rows read into applications: headers
// matched to columns, every cell parsed and checked by the rules of domain/rules.hpp (the
// ones the form uses), problems collected per row and column as codes. Internal to exchange/.

#include <array>
#include <string>
#include <vector>

#include "app/domain/problem.hpp"
#include "app/exchange/application_import.hpp"
#include "app/exchange/csv_reader.hpp"

namespace exchange::detail {

enum class Col {
    Nr,
    Kommune,
    Traeger,
    Traegerart,
    Titel,
    Strasse,
    Plz,
    Ort,
    Breitengrad,
    Laengengrad,
    Rechtswert,
    Hochwert,
    Liegenschaft,
    Phase,
    AkteureAktuell,
    AkteureZiel,
    Akteursarten,
    Zielgruppen,
    HauptamtStunden,
    Ehrenamtliche,
    Eigenmittel,
    Oeffnungszeiten,
    FesteAnsprechperson,
    Ansprechperson,
    Email,
    Telefon,
    EingangEmail,
    EingangPost,
    Vollstaendig,
    Konzept
};

inline constexpr const auto& kColumnNames = kSpreadsheetColumns;
static_assert(kColumnNames.size() == static_cast<std::size_t>(Col::Konzept) + 1);

constexpr std::size_t at(Col c) {
    return static_cast<std::size_t>(c);
}

struct ColumnMap {
    std::array<int, kColumnNames.size()> index{};         // -1: the file has no such column
    std::array<std::string, kColumnNames.size()> header;  // as the file spells it
    bool has(Col c) const { return index.at(at(c)) >= 0; }
};

std::string nameOf(Col c);

// Matches headers to columns; reports columns named twice and missing required columns or
// half coordinate pairs as problems with the file. Headers that match no column: `ignored`.
ColumnMap mapColumns(const std::vector<std::string>& headers, std::vector<std::string>& ignored,
                     std::vector<Problem>& fileProblems);

// Reads every row of `table`; rows without problems become out.applications, the problems go
// to out.problems.
void readRows(const Table& table, const ColumnMap& columns, const SheetBytes& sheet,
              const ImportContext& context, ApplicationFile& out);

}  // namespace exchange::detail
