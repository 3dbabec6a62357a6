#pragma once
// begegnungskarte-cli and the full program.
//
// Two programs are installed side by side: `begegnungskarte` (the window and every command)
// and `begegnungskarte-cli` (no window). The latter runs the commands that only read or change
// a project file itself — snapshot, rank, verify and the committee's commands — and is linked
// without GDAL: loading GDAL and the hundred libraries it brings costs ~60 ms of every start
// on the build machine, a sixth of a 4K snapshot of NRW (BENCHMARKS.md). The commands that
// read or write other formats through GDAL (import-boundaries, import-applications, export,
// template, demo, report with its spreadsheet, --version with GDAL's version) it hands to
// `begegnungskarte` beside it, with the same arguments: same options, same messages, same exit
// codes. Which is which is decided by the linker: app/lean_cli.cpp, linked into
// begegnungskarte-cli only, defines those commands' functions as the hand-over, so their
// GDAL code is never linked in. A test checks that begegnungskarte-cli needs no libgdal
// (tests/cli).

#include <string>

namespace cli {

// The full program beside this executable (/proc/self/exe's folder)/begegnungskarte; the
// environment variable BK_FULL_PROGRAM overrides it (tests, unusual installations).
std::string fullProgramPath();

// The command line as main() got it, for runInFullProgram.
void rememberArguments(int argc, char** argv);

// Replaces this process by the full program with the remembered arguments. Returns only when
// that fails: then it has said why on stderr (naming the path) and the result is the exit
// code, 1.
int runInFullProgram();

}  // namespace cli
