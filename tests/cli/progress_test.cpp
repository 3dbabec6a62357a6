// The progress line of the command line (app/cli/progress.hpp): GDAL's ticks, never backwards,
// the line ended when the work fails, and when it is drawn at all (-q, --progress, terminal).

#include "app/cli/progress.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <memory>
#include <string>

namespace {

// What a Progress drew on a temporary file.
class Drawn {
  public:
    Drawn() : file_(std::tmpfile(), &std::fclose) {}
    std::FILE* file() { return file_.get(); }
    std::string text() {
        std::fflush(file_.get());
        std::rewind(file_.get());
        std::string out;
        for (int c; (c = std::fgetc(file_.get())) != EOF;) out += static_cast<char>(c);
        return out;
    }

  private:
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file_;
};

const std::string kAll = "0...10...20...30...40...50...60...70...80...90...100 - done.\n";

TEST(ProgressTicks, AsGdalDrawsThem) {
    EXPECT_EQ(cli::progressTicks(-1, 40), kAll);
    EXPECT_EQ(cli::progressTicks(-1, 0), "0");
    EXPECT_EQ(cli::progressTicks(0, 4), "...10");
    EXPECT_EQ(cli::progressTicks(4, 5), ".");
    EXPECT_EQ(cli::progressTicks(36, 40), "...100 - done.\n");
    EXPECT_EQ(cli::progressTicks(-1, 99), kAll);
    EXPECT_EQ(cli::progressTicks(10, 10), "");
    EXPECT_EQ(cli::progressTicks(10, 3), "");
}

TEST(Progress, DrawsEachTickOnceAndNeverBackwards) {
    Drawn drawn;
    {
        cli::Progress progress(true, drawn.file());
        progress(0);
        progress(0.26);  // 10 ticks: "0...10..."
        EXPECT_EQ(drawn.text(), "0...10...20..");
        progress(0.1);  // a restarting stage does not draw backwards
        progress(std::nan(""));
        EXPECT_EQ(drawn.text(), "0...10...20..");
        progress(0.5);
        progress.done();
        progress.done();  // once only
    }
    EXPECT_EQ(drawn.text(), kAll);
}

TEST(Progress, AFailureEndsTheLineOnce) {
    Drawn drawn;
    {
        cli::Progress progress(true, drawn.file());
        progress(0.3);
        progress.stop();
        progress.stop();
    }
    EXPECT_EQ(drawn.text(), "0...10...20...30\n");
}

TEST(Progress, NothingWhenNotShownOrNotBegun) {
    Drawn drawn;
    {
        cli::Progress hidden(false, drawn.file());
        hidden(0.5);
        hidden.done();
        cli::Progress notBegun(true, drawn.file());
        notBegun.stop();
    }
    EXPECT_EQ(drawn.text(), "");
}

TEST(Progress, QuietWinsOverProgressAndAutoFollowsTheTerminal) {
    using cli::ProgressChoice;
    EXPECT_EQ(cli::progressChoiceFor(false, false), ProgressChoice::Auto);
    EXPECT_EQ(cli::progressChoiceFor(false, true), ProgressChoice::Always);
    EXPECT_EQ(cli::progressChoiceFor(true, true), ProgressChoice::Quiet);
    EXPECT_EQ(cli::progressChoiceFor(true, false), ProgressChoice::Quiet);
    EXPECT_TRUE(cli::progressShown(ProgressChoice::Auto, true));
    EXPECT_FALSE(cli::progressShown(ProgressChoice::Auto, false));
    EXPECT_TRUE(cli::progressShown(ProgressChoice::Always, false));
    EXPECT_FALSE(cli::progressShown(ProgressChoice::Quiet, true));
}

}  // namespace
