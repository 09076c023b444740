/// Why a file in one of the formats `align` reads could not be read.
public enum FormatProblem: Sendable, Hashable, CustomStringConvertible {
  case pdf(PDFProblem)
  case word(WordProblem)
  case html(HTMLProblem)

  public var description: String {
    switch self {
    case .pdf(let problem): problem.description
    case .word(let problem): problem.description
    case .html(let problem): problem.description
    }
  }
}
