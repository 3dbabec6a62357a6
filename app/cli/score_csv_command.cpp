// `score PROJECT --csv FILE`: the scores of a spreadsheet, read through the one spreadsheet
// reader of the imports (exchange/csv_reader, GDAL), all checked before any is stored.

#include <algorithm>
#include <cstdio>
#include <iostream>

#include "app/cli/committee_detail.hpp"
#include "app/exchange/csv_reader.hpp"
#include "app/i18n/format.hpp"
#include "app/i18n/problem_text.hpp"
#include "app/i18n/strings.hpp"

namespace cli {

using namespace committee;
namespace t = i18n::text;

// The scores of a CSV (member;application;criterion;value), all checked before any is stored:
// every bad cell is reported with its row and column, and then nothing is stored.
int scoreCsv(const std::string& path, const std::string& file) {
    namespace x = exchange::detail;
    project::Project p = openForEdit(path);
    x::Table table;
    try {
        x::SheetBytes sheet = x::classify(x::readAllBytes(file));
        std::vector<std::string> problems;
        for (const exchange::ImportProblem& ip : sheet.problems)
            problems.push_back(i18n::fill(t::kCmdCsvCell, {file, std::to_string(ip.row), ip.column,
                                                         i18n::problemText(ip.problem)}));
        for (const domain::Problem& fp : sheet.fileProblems)
            problems.push_back(file + ": " + i18n::problemText(fp));
        if (!problems.empty()) {
            for (const std::string& line : problems) std::cerr << "error: " << line << '\n';
            return 1;
        }
        table = x::readTable(sheet);
    } catch (const x::ImportError& e) {
        throw InputError(file + ": " + i18n::problemText(e.problem));
    }
    static const char* kColumns[] = {"member", "application", "criterion", "value"};
    std::size_t column[4];
    for (std::size_t k = 0; k < 4; ++k) {
        auto it = std::find_if(table.headers.begin(), table.headers.end(),
                               [&](const std::string& h) { return x::headerKey(h) == kColumns[k]; });
        if (it == table.headers.end()) throw InputError(i18n::fill(t::kCmdCsvColumns, {file}));
        column[k] = static_cast<std::size_t>(it - table.headers.begin());
    }
    std::vector<project::SetScore> scores;
    std::vector<std::string> errors;
    for (const x::TableRow& row : table.rows) {
        auto cell = [&](std::size_t k) { return x::trim(column[k] < row.cells.size() ? row.cells[column[k]] : ""); };
        project::SetScore s;
        bool ok = true;
        auto check = [&](std::size_t k, auto&& parse) {
            try {
                parse(cell(k));
            } catch (const InputError& e) {
                ok = false;
                errors.push_back(i18n::fill(t::kCmdCsvCell, {file, std::to_string(row.row),
                                                           table.headers[column[k]], e.what()}));
            }
        };
        check(0, [&](const std::string& v) { s.member = memberNamed(p, v).id; });
        check(1, [&](const std::string& v) { s.application = applicationNr(p, v).id; });
        check(2, [&](const std::string& v) { s.criterion = criterionKey(v); });
        check(3, [&](const std::string& v) { s.value = scoreValue(v); });
        if (ok && p.committee().recused(s.member, s.application))
            errors.push_back(i18n::fill(t::kCmdCsvRow, {file, std::to_string(row.row),
                i18n::problemText(domain::Problem{domain::ProblemCode::ScoreWhileRecused, {},
                                                  {cell(0), cell(1)}})}));
        scores.push_back(s);
    }
    if (scores.empty()) throw InputError(i18n::fill(t::kCmdCsvEmpty, {file}));
    if (!errors.empty()) {
        for (const std::string& line : errors) std::cerr << "error: " << line << '\n';
        std::cerr << "error: "
                  << i18n::fill(t::kCmdNothingStored,
                                {file, i18n::count(t::kCliProblems, static_cast<long long>(errors.size())), path})
                  << '\n';
        return 1;
    }
    for (const project::SetScore& s : scores) p.apply(s);
    std::printf("%s\n", i18n::count(t::kCmdScoresSet, static_cast<long long>(scores.size()), {path, file}).c_str());
    return 0;
}


}  // namespace cli
