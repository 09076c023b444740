extension String {
  /// Hands the string's UTF-8 to `sink` and empties it (keeping its
  /// capacity), if it holds at least `minimum` bytes: how the diff and
  /// report renderers write their text in pieces.
  ///
  /// - Complexity: O(*n*) in the string's UTF-8 size.
  package mutating func flush(to sink: (UnsafeRawBufferPointer) throws -> Void, ifAtLeast minimum: Int = 1) rethrows {
    guard utf8.count >= max(1, minimum) else { return }
    try withUTF8 { try sink(UnsafeRawBufferPointer($0)) }
    removeAll(keepingCapacity: true)
  }
}
