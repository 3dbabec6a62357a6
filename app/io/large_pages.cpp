#include "app/io/large_pages.hpp"

#include <malloc.h>
#include <sys/mman.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <limits>

namespace fileio {
namespace {
std::atomic<bool> largePagesPreferred{false};
}  // namespace

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
    if (advised) largePagesPreferred.store(true);
    return advised;
}

PreTouch::PreTouch(std::size_t bytes) {
    if (!largePagesPreferred.load() || bytes == 0) return;
    block_ = std::malloc(bytes);
    if (!block_) return;
    bytes_ = bytes;
    worker_ = std::thread([this] {
        constexpr std::size_t kPage = 4096;
        volatile auto* page = static_cast<volatile unsigned char*>(block_);
        std::size_t at = 0;
        for (; at < bytes_ && !stop_.load(std::memory_order_relaxed); at += kPage) page[at] = 0;
        touched_.store(std::min(at, bytes_));
        done_.store(at >= bytes_);
    });
}

PreTouch::~PreTouch() { release(); }

std::size_t PreTouch::release() {
    if (!block_) return touched_.load();
    stop_.store(true);
    if (worker_.joinable()) worker_.join();
    std::free(block_);
    block_ = nullptr;
    return touched_.load();
}

}  // namespace fileio
