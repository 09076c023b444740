import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The machine's processors, for sizing thread pools.
public enum Processors {
  /// The number of processors online, at least 1: on Linux what
  /// `ProcessInfo.activeProcessorCount` gives (it too does not narrow to a
  /// `taskset` affinity), without building `ProcessInfo.processInfo`
  /// first, whose arguments, environment and host details cost about
  /// 0.45 ms of a command's start-up.
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
