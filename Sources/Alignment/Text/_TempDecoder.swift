public enum TextEncoding: String, Sendable { case utf8 }
public struct DecodedText: Sendable { public let text: String; public let encoding: TextEncoding }
public struct DecodingError: Error, Sendable, Hashable, CustomStringConvertible { public var description: String }
public enum TextDecoder {
  public static func decode(_ bytes: some Collection<UInt8>) throws(DecodingError) -> DecodedText {
    guard let s = String(validating: Array(bytes), as: UTF8.self) else { throw DecodingError(description: "bad") }
    return DecodedText(text: s, encoding: .utf8)
  }
}
