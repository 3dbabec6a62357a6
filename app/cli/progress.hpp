#pragma once
// Progress of long work (import-boundaries, snapshot, report) on stderr, drawn the way GDAL's
// tools draw it:
//   0...10...20...30...40...50...60...70...80...90...100 - done.
// Shown when stderr is a terminal; nothing when it is a pipe or a file (scripts and logs), unless
// --progress asks for it; -q/--quiet silences it in every case (-q wins over --progress). The
// text only ever appends (no carriage returns), so a forced progress reads well in a log too.

#include <cstdio>
#include <string>

namespace cli {

enum class ProgressChoice {
    Auto,    // shown when stderr is a terminal
    Quiet,   // -q/--quiet: never
    Always,  // --progress: also on a pipe or file
};

// The program's choice, set once by main from -q/--quiet and --progress; Auto until then.
void setProgressChoice(ProgressChoice choice);
ProgressChoice progressChoice();

// The choice the options make: quiet wins over progress, neither is Auto.
ProgressChoice progressChoiceFor(bool quiet, bool forceProgress);

// Whether progress is drawn for `choice` on an output that is (or is not) a terminal.
bool progressShown(ProgressChoice choice, bool outputIsTerminal);

// progressShown for the program's choice and stderr.
bool progressOnStderr();

// The text GDAL's GDALTermProgress appends when the work moves from `fromTicks` to `toTicks`
// ticks of 2.5 % (0 to 40; fromTicks -1: nothing drawn yet): "0" at tick 0, "." at every tick
// between the tens, the tens ("10", "20", ...) at every fourth tick and "100 - done.\n" at 40.
// Empty when toTicks <= fromTicks.
std::string progressTicks(int fromTicks, int toTicks);

// One line of progress. Each call reports the share done so far (0 to 1; values below the last
// one, NaN and values past 1 are clamped, so a stage that restarts never draws backwards).
// done() draws the line to its end. stop() (the work failed) ends a line begun and not done,
// so the error message that follows starts on its own line; the destructor does the same.
class Progress {
  public:
    // Drawn on stderr when progressShown(progressChoice(), isatty(stderr)).
    Progress();
    // Drawn on `out` when `shown` (tests).
    Progress(bool shown, std::FILE* out);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void operator()(double fraction);
    void done();
    void stop();
    bool shown() const { return shown_; }

  private:
    bool shown_;
    std::FILE* out_;
    int ticks_ = -1;  // ticks drawn so far (-1: none)
};

}  // namespace cli
