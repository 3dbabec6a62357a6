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

#include <cstddef>

namespace fileio {

// Returns whether the heap was advised (false: the allocator or kernel declined; nothing
// else changes then).
bool preferLargePages(std::size_t reserve);

}  // namespace fileio
