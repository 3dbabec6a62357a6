#pragma once
// What `begegnungskarte --version` prints: the program's version on the first line (the form
// help2man and packaging tools read, "begegnungskarte 0.1.0"), then the versions of the
// libraries that decide what a project file and a map look like, as loaded at run time (the
// shared libraries installed on this machine, not the headers the program was built with).

#include <string>

namespace cli {

// The program's version, from CMake's project(VERSION ...).
std::string programVersion();

// "begegnungskarte 0.1.0\nGDAL 3.6.2\nPROJ 9.1.1\nGEOS 3.11.1\nSQLite 3.40.1" (no final newline).
std::string versionText();

// Routes the libraries' own messages (GDAL's "Warning 1: ...") through the program's handler,
// from the start of main.
void installLibraryMessageHandler();

}  // namespace cli
