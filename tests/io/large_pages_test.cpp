#include "app/io/large_pages.hpp"

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

namespace {

// Whether the kernel gives transparent huge pages to a process that asks (madvise or always).
bool hugePagesOffered() {
    std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string line;
    std::getline(in, line);
    return line.find("[always]") != std::string::npos ||
           line.find("[madvise]") != std::string::npos;
}

// The VmFlags of the mapping that holds `address` (/proc/self/smaps): "hg" is the advice for
// huge pages. Whether the kernel then finds free 2 MiB pages is its business (it falls back to
// small pages when memory is fragmented), so the tests check the advice.
std::string flagsAt(const void* address) {
    const auto a = reinterpret_cast<std::uintptr_t>(address);
    std::ifstream in("/proc/self/smaps");
    bool inside = false;
    for (std::string line; std::getline(in, line);) {
        unsigned long long begin = 0, end = 0;
        if (std::sscanf(line.c_str(), "%llx-%llx ", &begin, &end) == 2 && line.find('-') < 17)
            inside = a >= begin && a < end;
        else if (inside && line.rfind("VmFlags:", 0) == 0)
            return line.substr(8) + " ";
    }
    return {};
}

// The allocator's settings are for the whole process: each case runs in a child.
template <class F>
int inChild(F f) {
    const pid_t pid = fork();
    if (pid == 0) _exit(f());
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 100;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kOwnAllocator = true;  // AddressSanitizer's malloc ignores mallopt
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer) || __has_feature(thread_sanitizer)
constexpr bool kOwnAllocator = true;
#else
constexpr bool kOwnAllocator = false;
#endif
#else
constexpr bool kOwnAllocator = false;
#endif

TEST(LargePages, ALargeBufferLandsOnHugePages) {
    if (!hugePagesOffered()) GTEST_SKIP() << "transparent huge pages are off on this machine";
    if (kOwnAllocator) GTEST_SKIP() << "a sanitizer's allocator serves malloc here";
    // The 33 MB of a 4K picture, written once as a renderer does.
    const int code = inChild([] {
        if (!fileio::preferLargePages(std::size_t{256} << 20)) return 1;
        const std::size_t size = std::size_t{3840} * 2160 * 4;
        auto* p = static_cast<unsigned char*>(std::malloc(size));
        if (!p) return 2;
        std::memset(p, 7, size);
        // Its middle and its end lie in memory advised for huge pages (the first 2 MiB may
        // share a page with what was allocated before).
        const bool ok = p[size / 2] == 7 && flagsAt(p + size / 2).find(" hg ") != std::string::npos &&
                        flagsAt(p + size - 1).find(" hg ") != std::string::npos;
        std::free(p);
        return ok ? 0 : 3;
    });
    EXPECT_EQ(code, 0) << "1: not advised, 2: no memory, 3: the buffer is not in advised memory";
}

TEST(LargePages, MemoryStillWorksAfterwardsForSmallAndLargeBlocks) {
    const int code = inChild([] {
        fileio::preferLargePages(std::size_t{64} << 20);
        // Blocks beyond the reserve and many small ones: the heap grows as usual.
        for (int round = 0; round < 3; ++round) {
            auto* big = static_cast<char*>(std::malloc(std::size_t{96} << 20));
            if (!big) return 1;
            big[0] = 1;
            big[(std::size_t{96} << 20) - 1] = 2;
            for (int i = 0; i < 10000; ++i) std::free(std::malloc(static_cast<std::size_t>(i % 500 + 1)));
            std::free(big);
        }
        return 0;
    });
    EXPECT_EQ(code, 0);
}

// Resident memory of this process in bytes (/proc/self/statm).
std::size_t residentBytes() {
    long pages = 0, resident = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
        std::fclose(f);
    }
    return static_cast<std::size_t>(resident) * static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
}

TEST(LargePages, PreTouchedMemoryServesTheNextLargeBlockWithoutNewFaults) {
    if (kOwnAllocator) GTEST_SKIP() << "a sanitizer's allocator serves malloc here";
    const int code = inChild([] {
        if (!fileio::preferLargePages(std::size_t{256} << 20)) return 1;
        const std::size_t size = std::size_t{3840} * 2160 * 4;
        const std::size_t before = residentBytes();
        {
            fileio::PreTouch touch(2 * size);
            for (int i = 0; i < 2000 && !touch.done(); ++i) usleep(10000);
            if (touch.release() != 2 * size) return 2;  // all of it, given the time to finish
            if (touch.release() != 2 * size) return 3;  // released once; asked again, the same
        }
        const std::size_t touched = residentBytes();
        if (touched < before + 2 * size - (std::size_t{8} << 20)) return 4;
        // Two 4K pictures written in full: no new memory.
        auto* a = static_cast<unsigned char*>(std::malloc(size));
        auto* b = static_cast<unsigned char*>(std::malloc(size));
        if (!a || !b) return 5;
        std::memset(a, 1, size);
        std::memset(b, 2, size);
        const bool ok = residentBytes() < touched + (std::size_t{4} << 20) && a[size - 1] == 1 && b[0] == 2;
        std::free(a);
        std::free(b);
        return ok ? 0 : 6;
    });
    EXPECT_EQ(code, 0) << "1: not advised, 2/3: not all touched, 4: not resident, 5: no memory, "
                          "6: the blocks needed new memory";
}

TEST(LargePages, PreTouchStopsWhenReleasedEarlyAndDoesNothingWithoutTheHeapKept) {
    const int code = inChild([] {
        // Without preferLargePages a freed large block goes back to the system: nothing to do.
        fileio::PreTouch idle(std::size_t{64} << 20);
        if (idle.release() != 0) return 1;
        if (kOwnAllocator || !fileio::preferLargePages(std::size_t{64} << 20)) return 0;
        fileio::PreTouch touch(std::size_t{1} << 30);  // more than it can do before release
        const std::size_t done = touch.release();
        return done < (std::size_t{1} << 30) ? 0 : 2;
    });
    EXPECT_EQ(code, 0);
}

TEST(LargePages, ATinyReserveIsDeclined) {
    const int code = inChild([] { return fileio::preferLargePages(4096) ? 1 : 0; });
    EXPECT_EQ(code, 0);
}

}  // namespace
