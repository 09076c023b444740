import Testing

/// What the stream tests share: the pieces a writer hands its sink, the
/// check that they are of the asked size, and an error for a sink to throw.
enum StreamPieces {
  struct SinkFailure: Error, Equatable {}

  /// The pieces a writer hands its sink, each copied.
  static func collect(_ write: ((UnsafeRawBufferPointer) throws -> Void) throws -> Void) rethrows -> [[UInt8]] {
    var pieces: [[UInt8]] = []
    try write { pieces.append(Array($0)) }
    return pieces
  }

  /// Every piece but the last holds at least `chunkSize` bytes, and none is
  /// empty.
  static func expectSized(
    _ pieces: [[UInt8]], chunkSize: Int, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(!pieces.isEmpty, sourceLocation: sourceLocation)
    #expect(pieces.allSatisfy { !$0.isEmpty }, sourceLocation: sourceLocation)
    #expect(pieces.dropLast().allSatisfy { $0.count >= chunkSize }, sourceLocation: sourceLocation)
  }
}
