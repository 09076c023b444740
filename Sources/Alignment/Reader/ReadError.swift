/// Why a document could not be read. Its description is one line that names
/// the file (control characters escaped) and the problem.
public struct ReadError: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Reason: Sendable, Hashable {
    case notFound
    case isDirectory
    case unreadable(String)
    case decoding(DecodingError)
    case noParagraphs
    /// The file is in a format `align` reads, but this file cannot be read:
    /// a scanned PDF, an encrypted one, a corrupt Word file, an HTML page
    /// whose text is loaded by script.
    case format(FormatProblem)
  }

  /// The file as the user named it.
  public var file: String
  public var reason: Reason

  public init(file: String, reason: Reason) {
    self.file = file
    self.reason = reason
  }

  public var description: String {
    let problem: String
    switch reason {
    case .notFound: problem = "no such file"
    case .isDirectory: problem = "is a directory, not a text file"
    case .unreadable(let why): problem = "cannot be read (\(why))"
    case .decoding(let error): problem = error.description
    case .noParagraphs: problem = "no recognisable paragraphs in the text"
    case .format(let format): problem = format.description
    }
    let name = file == InputFile.standardInput ? "standard input" : file.escapingControlCharacters
    return "\(name): \(problem)"
  }
}
