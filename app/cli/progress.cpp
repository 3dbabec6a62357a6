#include "app/cli/progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace cli {
namespace {

constexpr int kTicks = 40;  // 2.5 % each, as GDALTermProgress

ProgressChoice& choiceStore() {
    static ProgressChoice choice = ProgressChoice::Auto;
    return choice;
}

}  // namespace

void setProgressChoice(ProgressChoice choice) { choiceStore() = choice; }

ProgressChoice progressChoice() { return choiceStore(); }

ProgressChoice progressChoiceFor(bool quiet, bool forceProgress) {
    if (quiet) return ProgressChoice::Quiet;
    return forceProgress ? ProgressChoice::Always : ProgressChoice::Auto;
}

bool progressShown(ProgressChoice choice, bool outputIsTerminal) {
    switch (choice) {
        case ProgressChoice::Quiet: return false;
        case ProgressChoice::Always: return true;
        case ProgressChoice::Auto: break;
    }
    return outputIsTerminal;
}

bool progressOnStderr() { return progressShown(progressChoice(), isatty(fileno(stderr)) != 0); }

std::string progressTicks(int fromTicks, int toTicks) {
    std::string text;
    toTicks = std::min(toTicks, kTicks);
    for (int tick = std::max(fromTicks + 1, 0); tick <= toTicks; ++tick) {
        if (tick == kTicks)
            text += "100 - done.\n";
        else if (tick % 4 == 0)
            text += std::to_string(tick / 4 * 10);
        else
            text += '.';
    }
    return text;
}

Progress::Progress() : Progress(progressOnStderr(), stderr) {}

Progress::Progress(bool shown, std::FILE* out) : shown_(shown), out_(out) {}

Progress::~Progress() { stop(); }

void Progress::stop() {
    // The work failed before done(): end the line for the error message.
    if (shown_ && ticks_ >= 0 && ticks_ < kTicks) {
        std::fputc('\n', out_);
        std::fflush(out_);
        shown_ = false;
    }
}

void Progress::operator()(double fraction) {
    if (!shown_) return;
    if (!(fraction >= 0)) fraction = 0;  // NaN too
    fraction = std::min(fraction, 1.0);
    const int ticks = static_cast<int>(std::floor(fraction * kTicks + 1e-9));
    if (ticks <= ticks_) return;
    const std::string text = progressTicks(ticks_, ticks);
    std::fputs(text.c_str(), out_);
    std::fflush(out_);
    ticks_ = ticks;
}

void Progress::done() { (*this)(1.0); }

}  // namespace cli
