#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#endif

/// The machine's processors, for sizing thread pools.
public enum Processors {
  /// The number of processors online, at least 1: on Linux what
  /// `ProcessInfo.activeProcessorCount` gives (it too does not narrow to a
  /// `taskset` affinity), without building `ProcessInfo.processInfo`
  /// first: that first use alone took 0.44–0.51 ms in a static Swift
  /// program (5 runs).
  ///
  /// - Complexity: O(1).
  public static var online: Int {
    #if os(Linux)
    return max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
    #else
    return ProcessInfo.processInfo.activeProcessorCount
    #endif
  }
}
