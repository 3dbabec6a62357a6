#pragma once
// Large pages for short-lived commands.
//
// A command that renders a 4K map touches a few hundred megabytes once: the driver's colour
// buffer, the read-back pixels, the mesh buffers, the PNG bands. Every 4 KiB page of that costs
// a page fault, and in a virtual machine a fault costs microseconds: measured on the 2-core
// build machine, 97,000 faults were half of a Germany snapshot's 1.5 s (BENCHMARKS.md).
//
// preferLargePages() lets the allocator serve large blocks from one heap that asks the kernel
// for transparent huge pages (2 MiB, madvise(MADV_HUGEPAGE)), so 512 small faults become one:
//  - large blocks come from the heap instead of a mapping of their own (M_MMAP_MAX = 0); the
//    driver's allocations (llvmpipe's colour buffer) included, since they go through malloc;
//  - the heap is grown once by `reserve` bytes of address space, advised, and handed back to
//    the allocator, which keeps it (M_TRIM_THRESHOLD) for the allocations that follow;
//  - nothing of this is touched yet: memory is only used where it is written.
// The price is memory that is not returned to the system before the process ends: the
// process keeps what it needed at its peak (the window: a few hundred MB for all Germany),
// which also spares it the faults the next time it needs that much (the window's first frame
// of Germany's detailed level: 2.1 s → 0.45 s). Harmless where the kernel has no transparent
// huge pages (madvise fails and the pages stay small). Call it first, before other threads
// exist.

#include <atomic>
#include <cstddef>
#include <thread>

namespace fileio {

// Returns whether the heap was advised (false: the allocator or kernel declined; nothing
// else changes then).
bool preferLargePages(std::size_t reserve);

// Memory a command is about to need, faulted in ahead of time on a second core.
//
// A first write to a page costs a fault (kernel zeroing, and in a virtual machine the host's
// own fault behind it): measured on the build machine 1–3 ms per MB of fresh memory. A
// 4K snapshot writes ~100 MB of buffers it knows the size of in advance (the driver's colour
// buffer, the pixels read back, the rasteriser's bins), but only once the scene is loaded and
// the OpenGL context made: both single-threaded, with the second core idle. PreTouch takes
// `bytes` from the heap (large pages preferred, see above), writes one byte per 4 KiB page of
// it on a thread of its own while the caller goes on, and on release() stops, joins and gives
// the block back to the allocator, whose next large allocations are then served from memory
// that is already there (the heap keeps it: M_TRIM_THRESHOLD). Java's -XX:+AlwaysPreTouch does
// the same for its heap. Without preferLargePages() it does nothing (a freed large block would
// go back to the system).
class PreTouch {
  public:
    explicit PreTouch(std::size_t bytes);
    ~PreTouch();  // release()
    PreTouch(const PreTouch&) = delete;
    PreTouch& operator=(const PreTouch&) = delete;
    // Stops touching (what is touched stays), joins the thread and frees the block. Returns
    // the bytes touched. Idempotent.
    std::size_t release();
    // Whether the whole block has been touched.
    bool done() const { return done_.load(); }

  private:
    void* block_ = nullptr;
    std::size_t bytes_ = 0;
    std::atomic<bool> stop_{false};
    std::atomic<std::size_t> touched_{0};
    std::atomic<bool> done_{false};
    std::thread worker_;
};

}  // namespace fileio
