/// Why bytes could not be read as text.
public struct DecodingError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong.
  public enum Reason: Sendable, Hashable {
    /// There are no bytes, or only a byte order mark.
    case empty
    /// The bytes contain NUL bytes that are not UTF-16 or UTF-32 text (or
    /// NUL characters after a byte order mark) or are dominated by control
    /// characters.
    case binary
    /// The bytes are neither valid UTF-8 nor plausible GB18030 and carry no
    /// byte order mark. Also used if ICU cannot provide a converter.
    case undetectableEncoding
    /// The bytes are in `encoding`, but the byte sequence starting at
    /// `offset` (counted from the first byte, byte order mark included) is
    /// ill-formed or truncated.
    case invalidBytes(offset: Int, encoding: TextEncoding)
  }

  /// What went wrong.
  public let reason: Reason

  public init(_ reason: Reason) {
    self.reason = reason
  }

  /// One line for a person, such as "invalid UTF-8 byte sequence at byte
  /// offset 1234".
  public var description: String {
    switch reason {
    case .empty:
      "file is empty"
    case .binary:
      "looks like a binary file (NUL bytes or control characters)"
    case .undetectableEncoding:
      "text encoding could not be detected"
    case .invalidBytes(let offset, let encoding):
      "invalid \(encoding.charsetName) byte sequence at byte offset \(offset)"
    }
  }
}
