#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension JSONEncoder {
  /// The encoder of every JSON document `align` writes: pretty-printed, keys
  /// sorted and slashes unescaped, so the same value always gives the same
  /// bytes and document symbols (S/RES/2482) read as written.
  public static func alignOutput() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }
}
