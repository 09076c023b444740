import Foundation
import Testing

/// The executable links neither swift-corelibs-foundation nor what it
/// brings (CoreFoundation, FoundationInternationalization and a second ICU
/// with 34 MB of data): no module of `align` imports Foundation, only
/// FoundationEssentials. Linking it cost every run about 1.8 ms and 220 page
/// faults at start-up (build-release.sh). A Swift module that imports
/// Foundation makes the linker pull it in whole, so one stray import (or a
/// Swift target with SwiftPM resources, whose generated accessor imports
/// it) would bring it back.
@Suite struct LinkedLibrariesTests {
  #if os(Linux)
  @Test func noFoundationInTheExecutable() throws {
    let binary = try Data(contentsOf: AlignRun.binary)
    for symbol in ["$s10Foundation", "__CFInitialize"] {
      #expect(!Self.contains(binary, Array(symbol.utf8)), "\(symbol)")
    }
  }

  /// Whether `needle` occurs in `haystack`: `memchr` for its first byte,
  /// then `memcmp`.
  static func contains(_ haystack: Data, _ needle: [UInt8]) -> Bool {
    haystack.withUnsafeBytes { bytes in
      guard var at = bytes.baseAddress, let first = needle.first else { return false }
      let end = at + bytes.count
      while end - at >= needle.count, let hit = memchr(at, Int32(first), end - at) {
        if end - UnsafeRawPointer(hit) < needle.count { return false }
        if memcmp(hit, needle, needle.count) == 0 { return true }
        at = UnsafeRawPointer(hit) + 1
      }
      return false
    }
  }
  #endif
}
