import Alignment
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The progress line on standard error: redrawn in place on a terminal at
/// most ten times a second, one line a second elsewhere (with --progress).
struct ProgressMeter {
  var state: BatchProgress
  let shown: Bool
  let terminal = isatty(STDERR_FILENO) != 0
  let start = Date()
  var lastDrawn = Date.distantPast

  init(total: Int, shown: Bool) {
    state = BatchProgress(total: total)
    self.shown = shown
  }

  var elapsed: Double { Date().timeIntervalSince(start) }

  mutating func count(_ outcome: BatchWorker.Outcome) {
    state.done += 1
    if outcome.record.failed { state.failed += 1 }
    if outcome.resumed { state.resumed += 1 }
    let now = Date()
    guard shown, now.timeIntervalSince(lastDrawn) >= (terminal ? 0.1 : 1) || state.done == state.total else { return }
    lastDrawn = now
    draw()
  }

  func draw() {
    let line = "align batch: " + state.line(elapsed: elapsed)
    StandardStreams.writeToStandardError(terminal ? "\r" + line + "\u{1B}[K" : line + "\n")
  }

  func finish() {
    if shown && terminal && state.total > 0 { StandardStreams.writeToStandardError("\n") }
  }
}
