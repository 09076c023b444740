import Foundation

/// Why an HTML page could not be read.
public enum HTMLProblem: Sendable, Hashable, CustomStringConvertible {
  case unsupported

  public var description: String {
    switch self {
    case .unsupported: "HTML input is not supported yet"
    }
  }
}

/// Reads the document's own text out of an HTML page.
enum HTMLFrontEnd {
  static func extract(_ data: Data, name: String) throws(ReadError) -> ExtractedText {
    throw ReadError(file: name, reason: .format(.html(.unsupported)))
  }
}
