#include "app/exchange/application_rows.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <utility>

#include "app/domain/rules.hpp"
#include "app/exchange/cell_values.hpp"
#include "app/exchange/csv_reader.hpp"
#include "geo/crs.hpp"
#include "geo/error.hpp"

namespace exchange::detail {

using domain::ActorKind;
using domain::Application;
using domain::Date;
using domain::Status;
using domain::TargetGroup;




constexpr std::array<Col, 4> kRequired = {Col::Nr, Col::Kommune, Col::Traeger, Col::Titel};


std::string nameOf(Col c) {
    return std::string(kColumnNames.at(at(c)));
}

// The application's field a column fills (the key of domain::Problem::field).
// clang-format off
constexpr std::array<const char*, kColumnNames.size()> kFieldKeys = {
    "nr", "kommune_ags", "traeger", "traegerart", "titel",
    "strasse", "plz", "ort", "standort", "standort", "standort", "standort",
    "liegenschaft", "phase", "akteure_aktuell", "akteure_ziel", "akteursarten", "zielgruppen",
    "hauptamt_std_woche", "ehrenamtliche", "eigenmittel_eur_jahr", "oeffnungszeiten",
    "feste_ansprechperson", "ansprechperson", "email", "telefon",
    "eingang_email", "eingang_post", "formular_vollstaendig", "konzept"};
// clang-format on

std::string fieldOf(Col c) {
    return kFieldKeys.at(at(c));
}


std::optional<Col> columnFor(const std::string& header) {
    const std::string key = headerKey(header);
    for (std::size_t i = 0; i < kColumnNames.size(); ++i)
        if (headerKey(kColumnNames.at(i)) == key) return static_cast<Col>(i);
    return std::nullopt;
}

// Matches headers to columns; reports columns named twice and missing required columns or
// half coordinate pairs as problems with the file.
ColumnMap mapColumns(const std::vector<std::string>& headers, std::vector<std::string>& ignored,
                     std::vector<Problem>& fileProblems) {
    ColumnMap map;
    map.index.fill(-1);
    for (std::size_t i = 0; i < headers.size(); ++i) {
        std::optional<Col> col = columnFor(headers[i]);
        if (!col) {
            ignored.push_back(headers[i]);
        } else if (map.has(*col)) {
            fileProblems.push_back(
                {ProblemCode::ColumnsSame, "", {map.header.at(at(*col)), headers[i], nameOf(*col)}});
        } else {
            map.index.at(at(*col)) = static_cast<int>(i);
            map.header.at(at(*col)) = headers[i];
        }
    }
    std::vector<std::string> missing;
    for (Col c : kRequired)
        if (!map.has(c)) missing.push_back(nameOf(c));
    if (!missing.empty())
        fileProblems.push_back({ProblemCode::RequiredColumnsMissing, "", {joined(missing, ", ")}});
    for (auto [a, b] : {std::pair{Col::Breitengrad, Col::Laengengrad},
                        std::pair{Col::Rechtswert, Col::Hochwert}}) {
        if (map.has(a) != map.has(b))
            fileProblems.push_back({ProblemCode::ColumnNeedsPartner,
                                    "",
                                    {nameOf(map.has(a) ? a : b), nameOf(map.has(a) ? b : a)}});
    }
    return map;
}

namespace {

// ---------------------------------------------------------------------------------------------
// One row

// Reads the cells of one row, reporting each value that does not fit under the row and the
// column as the file names it.
class RowReader {
  public:
    RowReader(const TableRow& row, const ColumnMap& columns, bool spreadsheetCells,
              std::vector<ImportProblem>& problems)
        : row_(row),
          columns_(columns),
          spreadsheetCells_(spreadsheetCells),
          problems_(problems),
          problemsBefore_(problems.size()) {}

    int number() const { return row_.row; }
    bool has(Col c) const { return columns_.has(c); }
    const std::string& header(Col c) const { return columns_.header.at(at(c)); }
    bool hasProblems() const { return problems_.size() > problemsBefore_; }

    // Trimmed text; empty where the file lacks the column.
    std::string text(Col c) const {
        int i = columns_.index.at(at(c));
        return i < 0 || static_cast<std::size_t>(i) >= row_.cells.size()
                   ? std::string()
                   : trim(row_.cells[static_cast<std::size_t>(i)]);
    }

    void problem(Col c, ProblemCode code, std::vector<std::string> args = {}) {
        problems_.push_back({row_.row, header(c), {code, fieldOf(c), std::move(args)}, {}});
    }
    void problem(Col c, Problem p) { problems_.push_back({row_.row, header(c), std::move(p), {}}); }
    void rowProblem(ProblemCode code, std::vector<std::string> args) {
        problems_.push_back({row_.row, std::string(), {code, "", std::move(args)}, {}});
    }

    // A missing required column is reported once for the file, not once per row.
    std::string required(Col c) {
        std::string t = text(c);
        if (t.empty() && has(c)) problem(c, ProblemCode::RequiredMissing, {nameOf(c)});
        return t;
    }

    std::optional<double> number(Col c, NumberText kind) {
        std::string t = text(c);
        auto v = parseNumber(t, kind);
        if (!v) problem(c, ProblemCode::NotANumber, {t});
        return v;
    }

    // A number within the bounds of its kind (domain::numberProblem, the rule the form uses);
    // 0 for an empty cell and for a value that breaks the rule.
    double bounded(Col c, domain::NumberKind kind) {
        if (text(c).empty()) return 0;
        std::optional<double> v = number(c, numberText());
        if (!v) return 0;
        if (auto p = domain::numberProblem(*v, kind, fieldOf(c), text(c))) {
            problem(c, std::move(*p));
            return 0;
        }
        return *v;
    }

    int count(Col c) { return static_cast<int>(bounded(c, domain::NumberKind::Count)); }

    bool yesNo(Col c) {
        std::optional<bool> v = parseYesNo(text(c));
        if (!v) problem(c, ProblemCode::NotYesNo, {text(c)});
        return v.value_or(false);
    }

    std::optional<Date> date(Col c) {
        std::string t = text(c);
        if (t.empty()) return std::nullopt;
        std::optional<Date> d = parseDateCell(t);
        if (!d) problem(c, ProblemCode::NotADate, {t});
        return d;
    }

    // An empty cell keeps the model's default.
    template <typename E>
    void choice(Col c, E& out) {
        std::string t = text(c);
        if (t.empty()) return;
        if (std::optional<E> v = labelValue<E>(t))
            out = *v;
        else
            problem(c, ProblemCode::UnknownValue, {t, allowedLabels<E>()});
    }

    // Values separated by '|', sorted and without duplicates as the model wants them.
    template <typename E>
    std::vector<E> list(Col c) {
        std::vector<E> out;
        std::string t = text(c);
        std::size_t start = 0;
        while (start <= t.size()) {
            std::size_t bar = std::min(t.find('|', start), t.size());
            std::string part = trim(std::string_view(t).substr(start, bar - start));
            start = bar + 1;
            if (part.empty()) continue;
            if (std::optional<E> v = labelValue<E>(part))
                out.push_back(*v);
            else
                problem(c, ProblemCode::UnknownValue, {part, allowedLabels<E>()});
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    std::string email(Col c) {
        std::string t = text(c);
        if (!t.empty() && !domain::looksLikeEmail(t)) problem(c, ProblemCode::NotAnEmail, {t});
        return t;
    }

  private:
    NumberText numberText() const {
        return spreadsheetCells_ ? NumberText::Cell : NumberText::Typed;
    }

    const TableRow& row_;
    const ColumnMap& columns_;
    bool spreadsheetCells_;
    std::vector<ImportProblem>& problems_;
    std::size_t problemsBefore_;
};

// ---------------------------------------------------------------------------------------------
// Municipalities

std::size_t levenshtein(std::string_view a, std::string_view b) {
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1,
                                   previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// A Kommune cell names the municipality or gives its AGS; Excel drops the AGS's leading zero
// when it takes the column for numbers, so seven digits get it back.
const MunicipalityRef* findMunicipality(const std::vector<MunicipalityRef>& list,
                                        const std::string& cell) {
    std::string ags = cell.size() == 7 && allDigits(cell) ? "0" + cell : cell;
    const std::string name = fold(cell);
    for (const MunicipalityRef& m : list)
        if (m.ags == ags || fold(m.name) == name) return &m;
    return nullptr;
}

const MunicipalityRef* closestMunicipality(const std::vector<MunicipalityRef>& list,
                                           const std::string& cell) {
    const std::string name = fold(cell);
    const MunicipalityRef* best = nullptr;
    std::size_t bestDistance = 0;
    for (const MunicipalityRef& m : list) {
        std::size_t d = levenshtein(name, fold(m.name));
        if (!best || d < bestDistance) best = &m, bestDistance = d;
    }
    return best;
}

std::string readMunicipality(RowReader& row, const std::vector<MunicipalityRef>& list) {
    std::string cell = row.required(Col::Kommune);
    if (cell.empty()) return {};
    if (const MunicipalityRef* m = findMunicipality(list, cell)) return m->ags;
    const MunicipalityRef* near = closestMunicipality(list, cell);
    row.problem(Col::Kommune, ProblemCode::MunicipalityUnknownName,
                {cell, near ? near->name : std::string()});
    return {};
}

// Nr must be unique in the file and new to the project.
class NrRegister {
  public:
    explicit NrRegister(const std::set<std::string>& existing) : existing_(existing) {}

    std::string read(RowReader& row) {
        std::string nr = row.required(Col::Nr);
        if (nr.empty()) return nr;
        auto [it, fresh] = firstRow_.emplace(nr, row.number());
        if (!fresh)
            row.problem(Col::Nr, ProblemCode::NrTwiceInFile, {nr, std::to_string(it->second)});
        if (existing_.count(nr) > 0) row.problem(Col::Nr, ProblemCode::NrTaken, {nr});
        return nr;
    }

  private:
    const std::set<std::string>& existing_;
    std::map<std::string, int> firstRow_;
};

// ---------------------------------------------------------------------------------------------
// Sites

// Two sites given for one place may differ by rounding, not by a street.
constexpr double kSiteAgreementMetres = 50;

struct Site {
    geo::Vec2 xy;       // EPSG:25832
    std::string shown;  // as a message shows it: "50.8043, 6.482"
};

class SiteReader {
  public:
    SiteReader(const ImportContext& context, std::vector<ImportProblem>& problems)
        : context_(context), problems_(problems) {}

    // Empty cells: no site. Problems are reported on the row; the site is then nullopt.
    std::optional<geo::Vec2> read(RowReader& row) {
        bool bad = false;
        std::optional<Site> degrees = fromDegrees(row, bad);
        std::optional<Site> metres = fromMetres(row, bad);
        if (bad) return std::nullopt;
        if (degrees && metres) {
            double apart = geo::length(degrees->xy - metres->xy);
            if (apart > kSiteAgreementMetres) {
                row.rowProblem(ProblemCode::SitesDisagree, {formatNumber(apart, 0)});
                return std::nullopt;
            }
        }
        const std::optional<Site>& site = metres ? metres : degrees;
        if (!site) return std::nullopt;
        if (context_.insideDistrict && !context_.insideDistrict(site->xy)) {
            row.problem(metres ? Col::Rechtswert : Col::Breitengrad,
                        ProblemCode::SiteOutsideDistrict, {site->shown});
            return std::nullopt;
        }
        return site->xy;
    }

  private:
    // Both cells of a pair as numbers; nullopt when both are empty or something is wrong.
    static std::optional<std::pair<double, double>> pair(RowReader& row, Col first, Col second,
                                                         bool& bad) {
        if (!row.has(first) || !row.has(second)) return std::nullopt;
        std::string a = row.text(first), b = row.text(second);
        if (a.empty() && b.empty()) return std::nullopt;
        if (a.empty() || b.empty()) {
            row.problem(a.empty() ? first : second, ProblemCode::SiteHalf,
                        {row.header(a.empty() ? second : first)});
            bad = true;
            return std::nullopt;
        }
        auto x = parseNumber(a, NumberText::Coordinate);
        auto y = parseNumber(b, NumberText::Coordinate);
        if (!x) row.problem(first, ProblemCode::NotACoordinate, {a});
        if (!y) row.problem(second, ProblemCode::NotACoordinate, {b});
        if (!x || !y) {
            bad = true;
            return std::nullopt;
        }
        return std::pair{*x, *y};
    }

    // Reports `code` when the value does not fit; true when it fits.
    static bool within(RowReader& row, Col c, bool fits, ProblemCode code) {
        if (!fits) row.problem(c, code, {row.text(c)});
        return fits;
    }

    std::optional<Site> fromDegrees(RowReader& row, bool& bad) {
        auto latLon = pair(row, Col::Breitengrad, Col::Laengengrad, bad);
        if (!latLon) return std::nullopt;
        auto [lat, lon] = *latLon;
        bool fits = within(row, Col::Breitengrad, std::abs(lat) <= 90,
                           ProblemCode::LatitudeOutOfRange);
        fits = within(row, Col::Laengengrad, std::abs(lon) <= 180,
                      ProblemCode::LongitudeOutOfRange) &&
               fits;
        const geo::Transformer* toProject = fits ? transformer() : nullptr;
        if (!toProject) {
            bad = true;
            return std::nullopt;
        }
        try {
            geo::Vec2 xy = toProject->forward({lon, lat});  // x = east = longitude
            return Site{xy, formatNumber(lat, 6) + ", " + formatNumber(lon, 6)};
        } catch (const geo::GeoError& e) {
            row.problem(Col::Breitengrad, ProblemCode::DegreesNotConvertible, {e.what()});
            bad = true;
            return std::nullopt;
        }
    }

    std::optional<Site> fromMetres(RowReader& row, bool& bad) {
        auto eastNorth = pair(row, Col::Rechtswert, Col::Hochwert, bad);
        if (!eastNorth) return std::nullopt;
        auto [east, north] = *eastNorth;
        // The range every path accepts (domain/rules.hpp).
        bool fits = within(row, Col::Rechtswert, domain::eastingInRange(east),
                           ProblemCode::EastingOutOfRange);
        fits = within(row, Col::Hochwert, domain::northingInRange(north),
                      ProblemCode::NorthingOutOfRange) &&
               fits;
        if (!fits) {
            bad = true;
            return std::nullopt;
        }
        return Site{{east, north}, formatNumber(east, 1) + ", " + formatNumber(north, 1)};
    }

    // Made once, on the first site in degrees; a failure is reported once for the file.
    const geo::Transformer* transformer() {
        if (!toProject_ && !transformerFailed_) {
            try {
                toProject_.emplace("EPSG:4326", geo::kProjectCrs);
            } catch (const geo::GeoError& e) {
                transformerFailed_ = true;
                problems_.push_back(
                    {0, "", {ProblemCode::DegreesNotConvertible, "", {e.what()}}, {}});
            }
        }
        return toProject_ ? &*toProject_ : nullptr;
    }

    const ImportContext& context_;
    std::vector<ImportProblem>& problems_;
    std::optional<geo::Transformer> toProject_;
    bool transformerFailed_ = false;
};

// ---------------------------------------------------------------------------------------------
// Applications

struct RowContext {
    const ImportContext& context;
    NrRegister& nrs;
    SiteReader& sites;
};

void readIdentity(RowReader& row, RowContext& ctx, Application& a) {
    a.nr = ctx.nrs.read(row);
    a.municipalityAgs = readMunicipality(row, ctx.context.municipalities);
    a.applicant = row.required(Col::Traeger);
    row.choice(Col::Traegerart, a.applicantKind);
    a.title = row.required(Col::Titel);
}

void readPlace(RowReader& row, RowContext& ctx, Application& a) {
    a.street = row.text(Col::Strasse);
    a.postcode = row.text(Col::Plz);
    a.town = row.text(Col::Ort);
    a.site = ctx.sites.read(row);
    row.choice(Col::Liegenschaft, a.property);
}

void readProfile(RowReader& row, Application& a) {
    row.choice(Col::Phase, a.phase);
    a.actorsNow = row.count(Col::AkteureAktuell);
    a.actorsTarget = row.count(Col::AkteureZiel);
    a.actorKinds = row.list<ActorKind>(Col::Akteursarten);
    a.targetGroups = row.list<TargetGroup>(Col::Zielgruppen);
    a.staffHoursPerWeek = row.bounded(Col::HauptamtStunden, domain::NumberKind::Hours);
    a.volunteers = row.count(Col::Ehrenamtliche);
    a.ownFundsEurPerYear = row.bounded(Col::Eigenmittel, domain::NumberKind::Amount);
    a.openingHours = row.text(Col::Oeffnungszeiten);
    a.fixedContact = row.yesNo(Col::FesteAnsprechperson);
}

void readContactAndReceipt(RowReader& row, Application& a) {
    a.contactName = row.text(Col::Ansprechperson);
    a.contactEmail = row.email(Col::Email);
    a.contactPhone = row.text(Col::Telefon);
    a.receivedByEmail = row.date(Col::EingangEmail);
    a.receivedByPost = row.date(Col::EingangPost);
    a.formComplete = row.yesNo(Col::Vollstaendig);
    a.conceptText = row.text(Col::Konzept);
}

// Spreadsheets often end in rows that only look empty; those are skipped, as are rows with
// text in unknown columns only.
bool isBlankRow(const TableRow& row, const ColumnMap& columns) {
    for (int i : columns.index)
        if (i >= 0 && static_cast<std::size_t>(i) < row.cells.size() &&
            !trim(row.cells[static_cast<std::size_t>(i)]).empty())
            return false;
    return true;
}

}  // namespace

// Reads every row; only rows without problems become applications.
void readRows(const Table& table, const ColumnMap& columns, const SheetBytes& sheet,
              const ImportContext& context, ApplicationFile& out) {
    NrRegister nrs(context.existingNrs);
    SiteReader sites(context, out.problems);
    RowContext ctx{context, nrs, sites};
    int rows = 0;
    for (const TableRow& tableRow : table.rows) {
        if (isBlankRow(tableRow, columns)) continue;
        ++rows;
        RowReader row(tableRow, columns, sheet.kind == SheetKind::Xlsx, out.problems);
        Application a;
        readIdentity(row, ctx, a);
        readPlace(row, ctx, a);
        readProfile(row, a);
        readContactAndReceipt(row, a);
        a.status = Status::Eingegangen;
        if (!row.hasProblems()) out.applications.push_back(std::move(a));
    }
    if (rows == 0) out.problems.push_back({0, "", {ProblemCode::FileEmpty, "", {}}, {}});
}

}  // namespace exchange::detail
