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

namespace exchange {

struct PopulationTable {
    std::map<std::string, std::int64_t> byAgs;
    std::string source;  // the comment lines, joined with "\n"
};

// The text is UTF-8 (with or without BOM) or Windows-1252; a UTF-8 file with a byte that is
// not UTF-8 is refused, naming it ("FILE, row 7, column name: invalid UTF-8 byte 0xE4 at byte
// offset 312"); see text_encoding.hpp for how the two are told apart.
// Throws std::runtime_error "FILE, row N: ..." on unreadable files, missing columns,
// non-numeric, negative or too large populations (limits::kMaxPopulation) and duplicate AGS.
PopulationTable readPopulationTable(const std::string& path);

}  // namespace exchange
