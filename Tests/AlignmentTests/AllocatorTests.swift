import Testing

@testable import Alignment

/// The allocator requests reach glibc (Linux) through MallocShim.
@Suite struct AllocatorTests {
  #if os(Linux) && !canImport(Musl)
  @Test func glibcTakesTheRequests() {
    #expect(Allocator.giveOwnPages(toBlocksOfAtLeast: 1 << 20))
    #expect(!Allocator.giveOwnPages(toBlocksOfAtLeast: Int(Int32.max) + 1))
  }
  #endif
}
