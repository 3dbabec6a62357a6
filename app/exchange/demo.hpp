#pragma once
// The example project: Kreis Düren with eight clearly fictional applications spread over the
// district, among them one late, one incomplete and one whose site lies in another
// municipality than named. Marked "Beispieldaten (fiktiv)" in the file (bk_meta) so the title
// bar and every export say so.

#include <string>

namespace exchange {

inline constexpr const char* kExampleMark = "Beispieldaten (fiktiv)";

// Copies the boundary project `boundaries` (from import-boundaries; must be Kreis Düren,
// district key 05358) to `out` and adds the example applications. Refuses to overwrite `out`.
// Throws std::runtime_error naming the file.
void createDemoProject(const std::string& boundaries, const std::string& out);

}  // namespace exchange
