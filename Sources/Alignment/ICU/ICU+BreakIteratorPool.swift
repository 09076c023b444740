#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension ICU.BreakIterator {
  /// Runs `body` with a break iterator of `kind` for `locale` over `utf16`.
  ///
  /// Opening an iterator loads its rules (and, for Chinese, sets up the
  /// dictionary engine), which costs more than segmenting a short
  /// paragraph; so iterators are kept in a pool after use and pointed at the
  /// next text with `setText(_:)`. Each iterator is used by one caller at a
  /// time: it leaves the pool while `body` runs. `body` must not keep it.
  ///
  /// - Throws: `ICUError` if ICU cannot open an iterator or take the text.
  /// - Complexity: O(*n*) in the length of the text, plus `body`.
  static func withIterator<Result>(
    _ kind: Kind, locale: String, utf16: some Collection<UInt16>,
    _ body: (ICU.BreakIterator) throws(ICUError) -> Result
  ) throws(ICUError) -> Result {
    let key = BreakIteratorPool.Key(kind: kind, locale: locale)
    let iterator: ICU.BreakIterator
    if let pooled = BreakIteratorPool.shared.take(key) {
      // An iterator that refuses the text is dropped, not returned.
      try pooled.setText(utf16)
      iterator = pooled
    } else {
      iterator = try ICU.BreakIterator(kind, locale: locale, utf16: utf16)
    }
    let result = try body(iterator)
    BreakIteratorPool.shared.put(iterator, key)
    return result
  }
}

/// Break iterators not in use, by kind and locale; at most as many of each
/// as have been in use at once.
private final class BreakIteratorPool: @unchecked Sendable {
  struct Key: Hashable {
    var kind: ICU.BreakIterator.Kind
    var locale: String
  }

  static let shared = BreakIteratorPool()

  // `iterators` is read and written only under `lock`; an iterator taken
  // out belongs to its taker alone until it is put back.
  private let lock = Lock()
  private var iterators: [Key: [ICU.BreakIterator]] = [:]

  func take(_ key: Key) -> ICU.BreakIterator? {
    lock.withLock { iterators[key]?.popLast() }
  }

  func put(_ iterator: ICU.BreakIterator, _ key: Key) {
    lock.withLock { iterators[key, default: []].append(iterator) }
  }
}
