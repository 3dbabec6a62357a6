#pragma once
// The catalogue's wording of a safe-output error (fileio::OutputError): io sits below the
// catalogue and only says what went wrong (kind, path, detail); the command line
// (cli::describeError) and the window's export and report status word it here, in the current
// language. Header-only so that neither bk_io nor bk_i18n has to link the other.

#include <exception>
#include <string>

#include "app/i18n/format.hpp"
#include "app/i18n/strings.hpp"
#include "app/io/output_file.hpp"

namespace i18n {

inline std::string outputErrorText(const fileio::OutputError& e) {
    using K = fileio::OutputError::Kind;
    namespace t = text;
    const std::string& p = e.path();
    const std::string& d = e.detail();
    switch (e.kind()) {
        case K::NoTarget:
            return t::kOutNoTarget.str();
        case K::CannotWrite:
            return fill(t::kOutCannotWrite, {p, d});
        case K::MissingFolder:
            return fill(t::kOutMissingFolder, {p, d});
        case K::TooManyLinks:
            return fill(t::kOutTooManyLinks, {p});
        case K::CannotReadLink:
            return fill(t::kOutCannotReadLink, {p, d});
        case K::Folder:
            return fill(t::kOutFolder, {p});
        case K::Device:
            return fill(t::kOutDevice, {p});
        case K::Fifo:
            return fill(t::kOutFifo, {p});
        case K::Socket:
            return fill(t::kOutSocket, {p});
        case K::NotRegular:
            return fill(t::kOutNotRegular, {p});
        case K::NoTempName:
            return fill(t::kOutNoTempName, {p});
        case K::Closed:
            return fill(t::kOutClosed, {p});
        case K::WriteFailed:
            return fill(t::kOutWriteFailed, {p, d});
        case K::Gone:
            return fill(t::kOutGone, {p, d});
        case K::CannotReplace:
            return fill(t::kOutCannotReplace, {p, d});
    }
    return e.what();
}

// The catalogue's text of any error: an OutputError (or one nested inside another error) worded
// in the current language, anything else its own message.
inline std::string errorText(const std::exception& e) {
    if (const auto* out = dynamic_cast<const fileio::OutputError*>(&e))
        return outputErrorText(*out);
    // An OutputError wrapped by a module's own error type (map::ImageError,
    // std::throw_with_nested).
    if (const auto* nested = dynamic_cast<const std::nested_exception*>(&e);
        nested && nested->nested_ptr()) {
        try {
            nested->rethrow_nested();
        } catch (const fileio::OutputError& out) {
            return outputErrorText(out);
        } catch (...) {
        }
    }
    return e.what();
}

}  // namespace i18n
