#include "app/store/population_table.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <stdexcept>
#include <vector>

namespace store {
namespace {

std::string trim(std::string s) {
    auto blank = [](unsigned char c) { return std::isspace(c) != 0; };
    s.erase(s.begin(), std::find_if_not(s.begin(), s.end(), blank));
    s.erase(std::find_if_not(s.rbegin(), s.rend(), blank).base(), s.end());
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"') s = s.substr(1, s.size() - 2);
    return s;
}

// Splits one CSV line; a separator inside double quotes ("94,149") belongs to the cell.
std::vector<std::string> split(const std::string& line, char sep) {
    std::vector<std::string> out;
    std::string cell;
    bool quoted = false;
    for (char c : line) {
        if (c == '"') {
            quoted = !quoted;
        } else if (c == sep && !quoted) {
            out.push_back(trim(cell));
            cell.clear();
        } else {
            cell += c;
        }
    }
    out.push_back(trim(cell));
    return out;
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

PopulationTable readPopulationTable(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": cannot open the population table");
    PopulationTable table;
    std::string line;
    int row = 0;
    char sep = 0;
    int agsCol = -1, popCol = -1;
    while (std::getline(in, line)) {
        ++row;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (row == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
        if (trim(line).empty()) continue;
        if (line[0] == '#') {
            std::string text = trim(line.substr(1));
            table.source += (table.source.empty() ? "" : "\n") + text;
            continue;
        }
        auto where = [&] { return path + ", row " + std::to_string(row) + ": "; };
        if (!sep) {  // header
            sep = line.find(';') != std::string::npos ? ';' : ',';
            std::vector<std::string> head = split(line, sep);
            for (size_t i = 0; i < head.size(); ++i) {
                std::string h = lower(head[i]);
                if (h == "ags") agsCol = static_cast<int>(i);
                if (h == "population" || h == "bevoelkerung" || h == "bevölkerung")
                    popCol = static_cast<int>(i);
            }
            if (agsCol < 0 || popCol < 0)
                throw std::runtime_error(where() +
                                         "the header needs the columns 'ags' and "
                                         "'population'");
            continue;
        }
        std::vector<std::string> cells = split(line, sep);
        if (static_cast<int>(cells.size()) <= std::max(agsCol, popCol))
            throw std::runtime_error(where() + "too few columns");
        const std::string& ags = cells[static_cast<size_t>(agsCol)];
        std::string digits;
        for (char c : cells[static_cast<size_t>(popCol)])
            if (c != '.' && c != ',' && c != ' ' && c != '\'') digits += c;
        if (ags.empty() || !std::all_of(ags.begin(), ags.end(), ::isdigit))
            throw std::runtime_error(where() + "column 'ags': '" + ags + "' is not a key");
        if (digits.empty() || !std::all_of(digits.begin(), digits.end(), ::isdigit))
            throw std::runtime_error(where() + "column 'population': '" +
                                     cells[static_cast<size_t>(popCol)] +
                                     "' is not a non-negative whole number");
        if (!table.byAgs.emplace(ags, std::stoll(digits)).second)
            throw std::runtime_error(where() + "AGS " + ags + " appears twice");
    }
    if (!sep) throw std::runtime_error(path + ": the population table is empty");
    return table;
}

}  // namespace store
