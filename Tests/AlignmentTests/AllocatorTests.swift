import Testing

@testable import Alignment

/// The allocator requests reach glibc (Linux) through MallocShim.
@Suite struct AllocatorTests {
  #if os(Linux) && !canImport(Musl)
  @Test func glibcTakesTheRequests() {
    #expect(Allocator.giveOwnPages(toBlocksOfAtLeast: 1 << 20))
    #expect(!Allocator.giveOwnPages(toBlocksOfAtLeast: Int(Int32.max) + 1))
    #expect(Allocator.growHeaps(inStepsOf: 4 << 20))
    #expect(!Allocator.growHeaps(inStepsOf: Int(Int32.max) + 1))
    #expect(!Allocator.growHeaps(inStepsOf: -1))
    // Back to glibc's default for the rest of the test process.
    #expect(Allocator.growHeaps(inStepsOf: 128 << 10))
  }
  #endif
}
