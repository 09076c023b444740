/// White space in HTML text, collapsed as a browser renders it.
///
/// - Runs of ASCII white space (space, tab, line breaks, form feed) become
///   one space (CSS `white-space: normal`), and vanish at the ends of a line.
/// - No space is invented between CJK characters: a run that holds a line
///   break, or only no-break spaces (used on Chinese government pages to
///   letter-space names: `中&nbsp;华&nbsp;人`), between two CJK characters
///   is dropped, as Firefox and the CSS Text 3 segment-break rules do.
/// - A no-break space (U+00A0) is otherwise kept as one ordinary space, so
///   that labels such as `第一条&nbsp;为了` or `1.&nbsp;Decides` read as
///   they show.
/// - The ideographic space U+3000 is text, not collapsible white space: it
///   is kept inside a line (`第一条　为了`, `总　　则`), trimmed at the ends
///   (the `　　` paragraph indent), and ASCII space next to it is dropped.
/// - Zero-width spaces, soft hyphens and stray BOMs are removed.
/// - Table cells are joined by exactly one space (`cellSeparator`).
enum HTMLWhitespace {
  /// Put between the cells of a table row: always one space, even
  /// between CJK characters (U+001F, the unit separator, never in text).
  static let cellSeparator: Unicode.Scalar = "\u{1F}"

  /// Collapses one rendered line.
  ///
  /// - Complexity: O(*n*) in the length of `raw`.
  static func collapse(_ raw: String) -> String {
    var output = String.UnicodeScalarView()
    var pending = false
    var pendingHasBreak = false
    var pendingOnlyNoBreak = true
    var pendingForced = false
    for scalar in raw.unicodeScalars {
      switch scalar.value {
      case cellSeparator.value:
        pending = true
        pendingForced = true
        continue
      case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
        pending = true
        if scalar.value == 0x0A || scalar.value == 0x0D { pendingHasBreak = true }
        pendingOnlyNoBreak = false
        continue
      case 0xA0:
        pending = true
        continue
      case 0x200B, 0xFEFF, 0x00AD:
        continue
      default:
        break
      }
      if pending, let previous = output.last {
        let cjkPair = previous.joinsWithoutSpace && scalar.joinsWithoutSpace
        let nextToIdeographicSpace = previous.value == 0x3000 || scalar.value == 0x3000
        let dropped = (cjkPair && (pendingHasBreak || pendingOnlyNoBreak)) || nextToIdeographicSpace
        if pendingForced || !dropped {
          output.append(" ")
        }
      }
      pending = false
      pendingHasBreak = false
      pendingOnlyNoBreak = true
      pendingForced = false
      output.append(scalar)
    }
    return trimmed(String(output))
  }

  /// Keeps a preformatted line as it is, apart from tabs, no-break spaces
  /// and trailing white space.
  static func preformatted(_ raw: String) -> String {
    var output = String.UnicodeScalarView()
    for scalar in raw.unicodeScalars where scalar.value != 0x0D && scalar.value != 0x200B {
      output.append(scalar.value == 0xA0 || scalar.value == 0x09 ? " " : scalar)
    }
    var text = String(output)
    while let last = text.unicodeScalars.last, last.isSpace { text.unicodeScalars.removeLast() }
    return text
  }

  /// Drops spaces, no-break and ideographic spaces at both ends.
  static func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.isSpace }) else { return "" }
    guard let last = scalars.lastIndex(where: { !$0.isSpace }) else { return "" }
    return String(scalars[first...last])
  }
}
