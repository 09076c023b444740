/// Writes JSON as `JSONEncoder.alignOutput()` does (pretty-printed, two
/// spaces of indentation, `" : "` between key and value, slashes not
/// escaped), byte for byte, straight into one growing buffer: no tree of
/// encoded values in between, which for a large diff took more time and
/// memory than the diff itself.
///
/// The caller writes an object's keys in sorted order. A large output can
/// be handed on in pieces with `flush(to:)` as it is written, so that it
/// is never held whole (`Document.writeJSON`).
/// `Tests/DiffTests/PrettyJSONTests.swift` checks the output against
/// `JSONEncoder` on strings of every ASCII character and on real diffs
/// and reports.
package struct PrettyJSON {
  /// The UTF-8 written so far.
  package private(set) var bytes: [UInt8] = []
  private var depth = 0
  /// Whether the container being written has no member yet.
  private var empty = true

  package init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// Writes an object; `body` writes its members with `key(_:)` and a value.
  package mutating func object(_ body: (inout PrettyJSON) throws -> Void) rethrows {
    try container(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), body)
  }

  /// Writes an array; `body` writes each element after `element()`.
  package mutating func array(_ body: (inout PrettyJSON) throws -> Void) rethrows {
    try container(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), body)
  }

  /// Writes an array of strings.
  package mutating func array(_ strings: [String]) {
    array { json in
      for s in strings {
        json.element()
        json.string(s)
      }
    }
  }

  /// Writes an array of integers.
  package mutating func array(_ numbers: [Int]) {
    array { json in
      for n in numbers {
        json.element()
        json.int(n)
      }
    }
  }

  private mutating func container(
    open: UInt8, close: UInt8, _ body: (inout PrettyJSON) throws -> Void
  ) rethrows {
    bytes.append(open)
    bytes.append(0x0A)
    depth += 1
    let outer = empty
    empty = true
    // On an error the output is abandoned, so the state need not be restored.
    try body(&self)
    depth -= 1
    empty = outer
    bytes.append(0x0A)
    indent()
    bytes.append(close)
  }

  /// Starts the next element of an array.
  package mutating func element() {
    if !empty {
      bytes.append(UInt8(ascii: ","))
      bytes.append(0x0A)
    }
    empty = false
    indent()
  }

  /// Starts the member `name` of an object.
  package mutating func key(_ name: String) {
    element()
    string(name)
    // Byte by byte: short appends of a collection cost more than the bytes.
    bytes.append(0x20)
    bytes.append(UInt8(ascii: ":"))
    bytes.append(0x20)
  }

  private mutating func indent() {
    for _ in 0..<(2 * depth) { bytes.append(0x20) }
  }

  /// An integer in decimal, as `String(n)` writes it.
  package mutating func int(_ n: Int) {
    guard n >= 0 else {
      bytes.append(contentsOf: String(n).utf8)
      return
    }
    // The digits, first first: `unit` is the power of ten of the first.
    var unit = 1
    while unit <= n / 10 { unit *= 10 }
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(n / unit % 10))
      unit /= 10
    } while unit > 0
  }

  /// Hands what has been written since the last flush to `sink` and
  /// forgets it, if it is at least `minimum` bytes.
  package mutating func flush(
    to sink: (UnsafeRawBufferPointer) throws -> Void, ifAtLeast minimum: Int = 1
  ) rethrows {
    guard bytes.count >= max(1, minimum) else { return }
    try bytes.withUnsafeBytes { try sink($0) }
    bytes.removeAll(keepingCapacity: true)
  }

  /// The member `key: value` when `value` is not nil, and nothing when it
  /// is, as `JSONEncoder` leaves out a nil optional.
  package mutating func member(_ key: String, ifPresent value: String?) {
    guard let value else { return }
    self.key(key)
    string(value)
  }

  /// Ends the output with a line feed.
  package mutating func newline() {
    bytes.append(0x0A)
  }

  package mutating func null() {
    bytes.append(contentsOf: "null".utf8)
  }

  /// A string, or `null`.
  package mutating func string(_ s: String?) {
    if let s { string(s) } else { null() }
  }

  package mutating func bool(_ b: Bool) {
    bytes.append(contentsOf: (b ? "true" : "false").utf8)
  }

  /// A finite number as `JSONEncoder` writes it: its shortest decimal
  /// form, without a trailing ".0".
  package mutating func double(_ x: Double) {
    var text = x.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    bytes.append(contentsOf: text.utf8)
  }

  /// A string, quoted, with `"` and `\` escaped, the common control
  /// characters as `\n`, `\r`, `\t`, `\b`, `\f` and the others as `\u00XX`.
  ///
  /// - Complexity: O(*n*) in the length of `s`; runs of bytes that need no
  ///   escaping are found eight bytes at a time and copied whole.
  package mutating func string(_ s: String) {
    bytes.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { utf8 in
      guard let base = utf8.baseAddress else { return }
      let count = utf8.count
      // A short string (a key, a kind, a label) byte by byte: cheaper than
      // finding and copying runs.
      if count <= Self.shortString {
        for byte in utf8 {
          if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            appendEscaped(byte)
          } else {
            bytes.append(byte)
          }
        }
        return
      }
      var run = 0
      var i = Self.firstEscapedByte(in: base, from: 0, count: count)
      while i < count {
        bytes.append(contentsOf: UnsafeBufferPointer(start: base + run, count: i - run))
        appendEscaped(base[i])
        run = i + 1
        i = Self.firstEscapedByte(in: base, from: run, count: count)
      }
      bytes.append(contentsOf: UnsafeBufferPointer(start: base + run, count: count - run))
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Strings of at most this many bytes are written byte by byte.
  private static let shortString = 16

  /// The escape sequence of `byte`, one of those `string(_:)` escapes.
  private mutating func appendEscaped(_ byte: UInt8) {
    bytes.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    case 0x08: bytes.append(UInt8(ascii: "b"))
    case 0x0C: bytes.append(UInt8(ascii: "f"))
    default:
      let hex = Array("0123456789abcdef".utf8)
      bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
    }
  }

  /// The offset of the first byte at or after `start` (before `count`) that
  /// `string(_:)` escapes, or `count`.
  private static func firstEscapedByte(in base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int {
    var i = start
    while i + 8 <= count {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
      let escaped = escapedBytes(word)
      // The lowest flagged byte is exact (see `escapedBytes`).
      if escaped != 0 { return i + escaped.trailingZeroBitCount / 8 }
      i += 8
    }
    while i < count {
      let byte = base[i]
      if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return i }
      i += 1
    }
    return count
  }

  /// The top bit of each of the eight bytes of `word` (little-endian, the
  /// first byte lowest) set when that byte is a control character, `"` or
  /// `\`: the bytes `string(_:)` escapes. (A byte below 0x20 leaves its
  /// high bit set after the subtraction of 0x20 from every byte, while a
  /// byte with its own high bit set cannot; `"` and `\` become zero bytes
  /// when the word is XORed with them.) A borrow can flag a byte above a
  /// flagged one, never below: the lowest flagged byte is the first escaped
  /// one.
  private static func escapedBytes(_ word: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func zeros(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & highs }
    let control = (word &- ones &* 0x20) & ~word & highs
    return control | zeros(word ^ (ones &* 0x22)) | zeros(word ^ (ones &* 0x5C))
  }
}
