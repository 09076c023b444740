import Foundation

/// Why a PDF could not be read.
public enum PDFProblem: Sendable, Hashable, CustomStringConvertible {
  case unsupported

  public var description: String {
    switch self {
    case .unsupported: "PDF input is not supported yet"
    }
  }
}

/// Reads a PDF's text layer with its page geometry.
enum PDFFrontEnd {
  static func extract(_ data: Data, name: String) throws(ReadError) -> ExtractedText {
    throw ReadError(file: name, reason: .format(.pdf(.unsupported)))
  }
}
