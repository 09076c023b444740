/// The keys of each segment of one side's features, in their order there
/// (sorted), stored as differences from the segment's previous key in
/// LEB128: seven bits a byte, the high bit set on every byte of a number
/// but its last. A segment's keys are some dozens of ids spread over tens
/// of thousands, so most differences take one or two bytes, not four:
/// `ParagraphEvidence` keeps every segment's keys of both documents while
/// it aligns them (3.7 million keys, 14.7 MB as `Int32`s, for the 10 MB
/// benchmark pair).
///
/// The bytes are kept in chunks of `segmentsPerChunk` segments, each at
/// its size, so that they are written without knowing their total and
/// without a buffer of twice the size. Keys are read a segment at a time,
/// in order (`cursor(_:)`, `forEachKey(of:_:)`).
struct PackedKeys: Sendable {
  static let segmentsPerChunk = 1024

  private var chunks: [[UInt8]]
  /// Where each segment's keys start and end in its chunk; n each.
  private var begin: [Int32]
  private var end: [Int32]
  /// One more than the largest key (0 without keys).
  let keyCount: Int

  var segmentCount: Int { begin.count }

  /// Appends the keys of segments one at a time.
  struct Builder {
    private var chunks: [[UInt8]] = []
    private var current: [UInt8] = []
    private var begin: [Int32] = []
    private var end: [Int32] = []
    private var previous: Int32 = 0
    private var largest: Int32 = -1

    init(segments: Int) {
      begin.reserveCapacity(segments)
      end.reserveCapacity(segments)
      begin.append(0)
    }

    /// Appends a key to the current segment; a segment's keys must be
    /// appended in increasing order.
    @inline(__always)
    mutating func append(_ key: Int32) {
      largest = max(largest, key)
      var value = UInt32(bitPattern: key &- previous)
      previous = key
      while value >= 0x80 {
        current.append(UInt8(truncatingIfNeeded: value) | 0x80)
        value >>= 7
      }
      current.append(UInt8(truncatingIfNeeded: value))
    }

    /// Closes the current segment and opens the next.
    mutating func endSegment() {
      end.append(Int32(truncatingIfNeeded: current.count))
      previous = 0
      if end.count % PackedKeys.segmentsPerChunk == 0 { closeChunk() }
      begin.append(Int32(truncatingIfNeeded: current.count))
    }

    /// The current chunk, copied at its size.
    private mutating func closeChunk() {
      var chunk: [UInt8] = []
      chunk.reserveCapacity(current.count)
      chunk.append(contentsOf: current)
      chunks.append(chunk)
      current.removeAll(keepingCapacity: true)
    }

    /// The keys of the segments ended so far.
    mutating func finish() -> PackedKeys {
      begin.removeLast()  // the segment opened by the last `endSegment`
      if end.count % PackedKeys.segmentsPerChunk != 0 { closeChunk() }
      return PackedKeys(chunks: chunks, begin: begin, end: end, keyCount: Int(largest) + 1)
    }
  }

  private init(chunks: [[UInt8]], begin: [Int32], end: [Int32], keyCount: Int) {
    self.chunks = chunks
    self.begin = begin
    self.end = end
    self.keyCount = keyCount
  }

  /// The keys of `features`, segment by segment.
  ///
  /// - Complexity: O(the keys).
  init(_ features: SegmentFeatures) {
    var builder = Builder(segments: features.count)
    for s in 0..<features.count {
      for k in features.keyStart[s]..<features.keyStart[s + 1] { builder.append(features.keys[k]) }
      builder.endSegment()
    }
    self = builder.finish()
  }

  /// The bytes of a segment's keys, read in order: where the next key is,
  /// and the previous key.
  struct Cursor {
    let bytes: [UInt8]
    var offset: Int
    /// Where the segment's bytes end.
    let end: Int
    var key: Int32 = 0

    /// Whether the segment has another key.
    var hasNext: Bool { offset < end }

    /// The next key; there must be one (the segment's
    /// `SegmentFeatures.keyStart` range says how many).
    @inline(__always)
    mutating func next() -> Int32 {
      var byte = bytes[offset]
      offset &+= 1
      var value = UInt32(byte & 0x7F)
      var shift: UInt32 = 7
      while byte >= 0x80 {
        byte = bytes[offset]
        offset &+= 1
        value |= UInt32(byte & 0x7F) << shift
        shift &+= 7
      }
      key = key &+ Int32(bitPattern: value)
      return key
    }
  }

  /// Calls `body` with the bytes of segment `s`'s keys, to be read with
  /// `decode(_:after:)`.
  @inline(__always)
  func withBytes<Result>(of s: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    chunks[s / Self.segmentsPerChunk].withUnsafeBufferPointer { all in
      body(UnsafeBufferPointer(rebasing: all[Int(begin[s])..<Int(end[s])]))
    }
  }

  /// The key whose difference from `key` is encoded at `p`, which moves
  /// past it; `p` must point into a segment's bytes, before its end.
  @inline(__always)
  static func decode(_ p: inout UnsafePointer<UInt8>, after key: Int32) -> Int32 {
    var byte = p.pointee
    p += 1
    if byte < 0x80 { return key &+ Int32(byte) }
    var value = UInt32(byte & 0x7F)
    var shift: UInt32 = 7
    repeat {
      byte = p.pointee
      p += 1
      value |= UInt32(byte & 0x7F) << shift
      shift &+= 7
    } while byte >= 0x80
    return key &+ Int32(bitPattern: value)
  }

  /// A cursor before the first key of segment `s`.
  @inline(__always)
  func cursor(_ s: Int) -> Cursor {
    Cursor(bytes: chunks[s / Self.segmentsPerChunk], offset: Int(begin[s]), end: Int(end[s]))
  }

  /// Calls `body` with each key of segment `s`, in order.
  @inline(__always)
  func forEachKey(of s: Int, _ body: (Int32) -> Void) {
    var cursor = cursor(s)
    while cursor.hasNext { body(cursor.next()) }
  }

  /// The keys of segment `s`.
  func keys(of s: Int) -> [Int32] {
    var keys: [Int32] = []
    forEachKey(of: s) { keys.append($0) }
    return keys
  }

  /// The bytes the keys take.
  var byteCount: Int { chunks.reduce(0) { $0 + $1.count } }
}
