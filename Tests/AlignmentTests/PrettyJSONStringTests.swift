import Foundation
import Testing

@testable import Alignment

/// `PrettyJSON.string(_:)` looks for the bytes it escapes eight at a time:
/// every escaped byte at every place of a word, and words of bytes that are
/// close to them, come out as `JSONEncoder` writes them.
@Suite("Pretty JSON strings")
struct PrettyJSONStringTests {
  private func encoded(_ value: String) throws -> String {
    String(decoding: try JSONEncoder.alignOutput().encode([value]), as: UTF8.self)
  }

  private func written(_ value: String) -> String {
    var json = PrettyJSON()
    json.array { json in
      json.element()
      json.string(value)
    }
    return String(decoding: json.bytes, as: UTF8.self)
  }

  @Test func escapedBytesAtEveryPlace() throws {
    for special in ["\"", "\\", "\n", "\u{0}", "\u{1F}", "\t", "\r\n"] {
      for length in 0..<20 {
        for place in 0...length {
          var scalars = String(repeating: "a", count: length)
          scalars.insert(contentsOf: special, at: scalars.index(scalars.startIndex, offsetBy: place))
          #expect(try encoded(scalars) == written(scalars), "\(special.unicodeScalars.map(\.value)) \(length) \(place)")
        }
      }
    }
  }

  @Test func bytesNextToTheEscapedOnes() throws {
    // 0x20, 0x21, 0x23, 0x5B, 0x5D and bytes with the high bit set (whose
    // low bits match `"`, `\` or a control character) need no escaping.
    let neighbours = [" ", "!", "#", "[", "]", "\u{7F}", "¢", "Ü", "中", "\u{A0}", "\u{9F}", "\u{5C5C}", "😀"]
    for neighbour in neighbours {
      for length in [1, 7, 8, 9, 16, 17] {
        let text = String(repeating: neighbour, count: length)
        #expect(try encoded(text) == written(text), "\(neighbour.unicodeScalars.map(\.value)) \(length)")
        #expect(try encoded(text + "\"" + text) == written(text + "\"" + text))
      }
    }
  }
}
