#pragma once
// The population table: a small CSV kept in data/ with its source in '#' comment lines.
//
//   # Quelle: © Statistische Ämter des Bundes und der Länder, Zensus 2022
//   ags;name;population
//   05358004;Aldenhoven;13939
//
// Separator ';' or ','; columns matched by header name (ags, population; name optional);
// population may carry thousands separators ("94,149", "94.149").

#include <cstdint>
#include <map>
#include <string>

namespace store {

struct PopulationTable {
    std::map<std::string, std::int64_t> byAgs;
    std::string source;  // the comment lines, joined with "\n"
};

// Throws std::runtime_error "FILE, row N: ..." on unreadable files, missing columns,
// non-numeric or negative populations and duplicate AGS.
PopulationTable readPopulationTable(const std::string& path);

}  // namespace store
