#pragma once
// SHA-256 (FIPS 180-4) for the audit log's hash chain. Written here because none of the
// project's libraries exports it in a public header.

#include <string>
#include <string_view>

namespace store {

// Lower-case hex digest of `data`.
std::string sha256Hex(std::string_view data);

}  // namespace store
