import Foundation

/// Why a Word file could not be read.
public enum WordProblem: Sendable, Hashable, CustomStringConvertible {
  /// A Word 97–2003 `.doc`.
  case legacyFormat
  case unsupported

  public var description: String {
    switch self {
    case .legacyFormat:
      "a Word 97-2003 .doc file, which align does not read; convert it to .docx first (libreoffice --headless --convert-to docx FILE)"
    case .unsupported: "Word input is not supported yet"
    }
  }
}

/// Reads a Word (`.docx`) file: its paragraphs, with the numbering Word
/// generates resolved to labels.
enum WordFrontEnd {
  static func extract(_ data: Data, name: String, revisions: DocumentReader.Options.Revisions) throws(ReadError) -> ExtractedText {
    throw ReadError(file: name, reason: .format(.word(.unsupported)))
  }
}
