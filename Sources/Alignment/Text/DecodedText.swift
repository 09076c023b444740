/// Text read from bytes, with the encoding it was found in.
public struct DecodedText: Sendable, Hashable {
  /// The text, without any byte order mark.
  public let text: String
  /// The encoding the bytes were in.
  public let encoding: TextEncoding

  public init(text: String, encoding: TextEncoding) {
    self.text = text
    self.encoding = encoding
  }
}
