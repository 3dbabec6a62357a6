#include "app/exchange/application_import.hpp"

#include <gdal.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include "app/exchange/application_rows.hpp"
#include "app/exchange/csv_reader.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/i18n/strings.hpp"
#include "app/project/project.hpp"
#include "geo/error.hpp"
#include "geo/gdal_util.hpp"

namespace exchange {

using namespace detail;


ImportContext importContextFor(const project::Project& project) {
    ImportContext context;
    for (const domain::Municipality& m : project.map().municipalities)
        context.municipalities.push_back({m.ags, m.name});
    for (const domain::Application& a : project.applications()) context.existingNrs.insert(a.nr);
    context.insideDistrict = [&project](const geo::Vec2& site) {
        return project.municipalityAt(site).has_value();
    };
    return context;
}

std::string formatProblem(const ImportProblem& p, i18n::Lang lang) {
    const std::string message = i18n::problemText(p.problem, lang);
    if (p.row <= 0) return p.file.empty() ? message : p.file + ": " + message;
    const std::string row = std::to_string(p.row);
    return (p.column.empty() ? i18n::fill(i18n::text::kProbRow.in(lang), {row})
                             : i18n::fill(i18n::text::kProbRowColumn.in(lang), {row, p.column})) +
           ": " + message;
}

ApplicationFile readApplicationFile(const std::string& path, const ImportContext& context) {
    // initGdal() also replaces the log sink, so only call it when nobody has set GDAL up.
    if (GDALGetDriverCount() == 0) geo::initGdal();
    ApplicationFile out;
    auto fileProblem = [&](Problem problem) {
        out.problems.push_back({0, "", std::move(problem), path});
    };
    auto noApplications = [&] { fileProblem({ProblemCode::FileEmpty, "", {}}); };
    SheetBytes sheet;
    Table table;
    try {
        std::string bytes = readAllBytes(path);
        // An XLSX renamed to .csv is read by its bytes; the other way round, text named .xlsx,
        // is said plainly instead of reported as a CSV with unknown columns.
        const std::size_t dot = path.find_last_of("./");
        std::string extension =
            dot != std::string::npos && path[dot] == '.' ? path.substr(dot) : std::string();
        std::transform(extension.begin(), extension.end(), extension.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if ((extension == ".xlsx" || extension == ".xlsm") && !startsWith(bytes, "PK\x03\x04")) {
            fileProblem({ProblemCode::FileNotXlsx, "", {}});
            return out;
        }
        sheet = classify(std::move(bytes));
        out.encoding = sheet.encoding;
        out.separator = sheet.separator;
        if (!sheet.problems.empty() || !sheet.fileProblems.empty()) {
            out.problems = std::move(sheet.problems);
            for (Problem& problem : sheet.fileProblems) fileProblem(std::move(problem));
            return out;
        }
        if (sheet.empty) {
            noApplications();
            return out;
        }
        table = readTable(sheet);
    } catch (const ImportError& e) {
        fileProblem(e.problem);
        return out;
    } catch (const geo::GeoError& e) {
        fileProblem({ProblemCode::FileUnreadable, "", {e.what()}});
        return out;
    }
    if (table.headers.empty()) {
        noApplications();
        return out;
    }
    std::vector<Problem> columnProblems;
    ColumnMap columns = mapColumns(table.headers, out.ignoredColumns, columnProblems);
    for (const Problem& problem : columnProblems) fileProblem(problem);
    const std::size_t before = out.problems.size();
    readRows(table, columns, sheet, context, out);
    // The rows are still read, so every problem shows at once; but without a required column
    // no row is an application.
    if (!columnProblems.empty()) out.applications.clear();
    // Problems with the file as a whole name it; readRows adds them without the path.
    for (std::size_t i = before; i < out.problems.size(); ++i)
        if (out.problems[i].row == 0) out.problems[i].file = path;
    return out;
}

}  // namespace exchange
