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
///
/// Each piece (a separator and its indentation, a quoted key, a number) is
/// written in one step into room kept at the end of the buffer
/// (`write(_:_:)`), not appended byte by byte: an array's append checks
/// its uniqueness and capacity for every call.
package struct PrettyJSON {
  /// The bytes written are `storage[..<used]`; the rest is room, not yet
  /// written (and, being uninitialised, not yet given memory).
  private var storage: [UInt8]
  private var used = 0
  private var depth = 0
  /// Whether the container being written has no member yet.
  private var empty = true

  package init(capacity: Int = 0) {
    storage = Self.room(max(capacity, Self.minimumRoom))
  }

  /// The UTF-8 written so far.
  package var bytes: [UInt8] {
    mutating get {
      if storage.count > used { storage.removeSubrange(used...) }
      return storage
    }
  }

  /// The room a buffer starts with at least.
  private static let minimumRoom = 256

  /// `count` bytes of room, left uninitialised (a `UInt8` needs no
  /// initialisation), so that the pages are only touched when written.
  private static func room(_ count: Int) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
  }

  /// Writes `count` bytes, which `body` stores from the pointer it is
  /// given.
  @inline(__always)
  private mutating func write(_ count: Int, _ body: (UnsafeMutablePointer<UInt8>) -> Void) {
    if storage.count - used < count { grow(toFit: count) }
    let start = used
    storage.withUnsafeMutableBufferPointer { buffer in
      if let base = buffer.baseAddress { body(base + start) }
    }
    used += count
  }

  /// Makes room for `count` more bytes: twice the buffer, or more if a
  /// piece needs it.
  private mutating func grow(toFit count: Int) {
    var larger = Self.room(max(2 * storage.count, used + count, Self.minimumRoom))
    let kept = used
    larger.withUnsafeMutableBufferPointer { target in
      storage.withUnsafeBufferPointer { source in
        if let to = target.baseAddress, let from = source.baseAddress { to.update(from: from, count: kept) }
      }
    }
    storage = larger
  }

  /// Writes `bytes` whole.
  private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let from = bytes.baseAddress, !bytes.isEmpty else { return }
    write(bytes.count) { $0.update(from: from, count: bytes.count) }
  }

  /// Writes one byte.
  private mutating func write(byte: UInt8) {
    write(1) { $0.pointee = byte }
  }

  /// Writes an ASCII literal.
  private mutating func write(_ literal: StaticString) {
    write(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
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
    write(2) { to in
      to[0] = open
      to[1] = 0x0A
    }
    depth += 1
    let outer = empty
    empty = true
    // On an error the output is abandoned, so the state need not be restored.
    try body(&self)
    depth -= 1
    empty = outer
    // A line feed, the indentation, the closing bracket.
    let spaces = 2 * depth
    write(spaces + 2) { to in
      to[0] = 0x0A
      (to + 1).update(repeating: 0x20, count: spaces)
      to[spaces + 1] = close
    }
  }

  /// Starts the next element of an array.
  package mutating func element() {
    // The comma and line feed after the previous element, and the
    // indentation.
    let separator = empty ? 0 : 2
    let spaces = 2 * depth
    write(separator + spaces) { to in
      if separator > 0 {
        to[0] = UInt8(ascii: ",")
        to[1] = 0x0A
      }
      (to + separator).update(repeating: 0x20, count: spaces)
    }
    empty = false
  }

  /// Starts the member `name` of an object.
  package mutating func key(_ name: String) {
    element()
    string(name)
    write(" : ")
  }

  /// An integer in decimal, as `String(n)` writes it.
  package mutating func int(_ n: Int) {
    guard n >= 0 else {
      var text = String(n)
      text.withUTF8 { write($0) }
      return
    }
    // The digits, last first, after counting them.
    var digits = 1
    var rest = n / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    write(digits) { to in
      var value = n
      for k in stride(from: digits - 1, through: 0, by: -1) {
        to[k] = UInt8(ascii: "0") + UInt8(value % 10)
        value /= 10
      }
    }
  }

  /// Hands what has been written since the last flush to `sink` and
  /// forgets it, if it is at least `minimum` bytes.
  package mutating func flush(
    to sink: (UnsafeRawBufferPointer) throws -> Void, ifAtLeast minimum: Int = 1
  ) rethrows {
    guard used >= max(1, minimum) else { return }
    let written = used
    try storage.withUnsafeBytes { try sink(UnsafeRawBufferPointer(rebasing: $0[..<written])) }
    used = 0
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
    write(byte: 0x0A)
  }

  package mutating func null() {
    write("null")
  }

  /// A string, or `null`.
  package mutating func string(_ s: String?) {
    if let s { string(s) } else { null() }
  }

  package mutating func bool(_ b: Bool) {
    if b { write("true") } else { write("false") }
  }

  /// A finite number as `JSONEncoder` writes it: its shortest decimal
  /// form, without a trailing ".0".
  package mutating func double(_ x: Double) {
    var text = x.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    text.withUTF8 { write($0) }
  }

  /// A string, quoted, with `"` and `\` escaped, the common control
  /// characters as `\n`, `\r`, `\t`, `\b`, `\f` and the others as `\u00XX`.
  ///
  /// - Complexity: O(*n*) in the length of `s`; runs of bytes that need no
  ///   escaping are found eight bytes at a time and copied whole.
  package mutating func string(_ s: String) {
    var s = s
    s.withUTF8 { utf8 in
      let count = utf8.count
      guard let base = utf8.baseAddress else {
        write("\"\"")
        return
      }
      var i = Self.firstEscapedByte(in: base, from: 0, count: count)
      if i == count {
        // Most strings: nothing to escape, one copy between the quotes.
        write(count + 2) { to in
          to[0] = UInt8(ascii: "\"")
          (to + 1).update(from: base, count: count)
          to[count + 1] = UInt8(ascii: "\"")
        }
        return
      }
      write(byte: UInt8(ascii: "\""))
      var run = 0
      while i < count {
        write(UnsafeBufferPointer(start: base + run, count: i - run))
        writeEscaped(base[i])
        run = i + 1
        i = Self.firstEscapedByte(in: base, from: run, count: count)
      }
      write(UnsafeBufferPointer(start: base + run, count: count - run))
      write(byte: UInt8(ascii: "\""))
    }
  }

  /// The escape sequence of `byte`, one of those `string(_:)` escapes.
  private mutating func writeEscaped(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): write("\\\"")
    case UInt8(ascii: "\\"): write("\\\\")
    case 0x0A: write("\\n")
    case 0x0D: write("\\r")
    case 0x09: write("\\t")
    case 0x08: write("\\b")
    case 0x0C: write("\\f")
    default:
      let hex = Array("0123456789abcdef".utf8)
      write("\\u00")
      write(byte: hex[Int(byte >> 4)])
      write(byte: hex[Int(byte & 0xF)])
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
