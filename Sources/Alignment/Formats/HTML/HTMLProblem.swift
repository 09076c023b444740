/// Why an HTML page could not be read.
public enum HTMLProblem: Error, Sendable, Hashable, CustomStringConvertible {
  /// libxml2's HTML parser gave no tree (no element at all).
  case unparsable
  /// The page declares a charset, but its bytes are not valid in it (and
  /// not valid in any encoding the text decoder detects either).
  case undecodable(charset: String)
  /// Nothing that reads as document text is left once the site around it
  /// is removed: the text is loaded by script.
  case noDocumentText

  public var description: String {
    switch self {
    case .unparsable:
      "the HTML parser found no elements in the page"
    case .undecodable(let charset):
      "the page declares charset \(charset), but its bytes are not valid \(charset)"
    case .noDocumentText:
      "the page holds no document text; it is probably loaded by script — save the page after it has loaded, or use the site's PDF/Word download"
    }
  }
}
