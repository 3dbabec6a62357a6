#include "app/io/large_pages.hpp"

#include <malloc.h>
#include <sys/mman.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <limits>

namespace fileio {

bool preferLargePages(std::size_t reserve) {
    constexpr std::size_t kHugePage = std::size_t{2} << 20;
    if (reserve < 2 * kHugePage) return false;
    // Large blocks from the heap, which is kept after free (not trimmed back to the system)
    // and grows in steps of 64 MiB.
    if (mallopt(M_MMAP_MAX, 0) == 0) return false;
    // Above the reserve and the padding, or freeing the reserve below would trim it away.
    reserve = std::min<std::size_t>(reserve, std::size_t{1} << 30);
    mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
    mallopt(M_TOP_PAD, 64 << 20);
    void* block = std::malloc(reserve);
    if (!block) return false;
    // The whole huge pages inside the block; only its first page (the allocator's header) has
    // been touched.
    const auto begin = (reinterpret_cast<std::uintptr_t>(block) + kHugePage) & ~(kHugePage - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(block) + reserve) & ~(kHugePage - 1);
    bool advised = end > begin && madvise(reinterpret_cast<void*>(begin), end - begin,
                                          MADV_HUGEPAGE) == 0;
    std::free(block);
    return advised;
}

}  // namespace fileio
