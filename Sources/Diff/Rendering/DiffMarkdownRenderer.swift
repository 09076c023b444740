import Alignment
import Foundation

/// Renders a `DocumentDiff` as a Markdown change list to paste into an
/// email or an issue: a summary line, then one item per change with its
/// word edits as ~~deleted~~ and **inserted**.
public enum DiffMarkdownRenderer {
  /// - Complexity: O(*n*) in the size of the changed paragraphs.
  public static func render(
    _ diff: DocumentDiff, old: Document, new: Document, oldName: String, newName: String
  ) -> String {
    var out = "# Changes from `\(oldName)` to `\(newName)`\n\n"
    let s = diff.summary
    let counts: [(String, Int)] = [
      ("unchanged", s.unchanged), ("modified", s.modified), ("inserted", s.inserted),
      ("deleted", s.deleted), ("split", s.split), ("merged", s.merged), ("moved", s.moved),
      ("renumbered", s.renumbered),
    ]
    out += counts.map { "\($0.1) \($0.0)" }.joined(separator: " · ") + "\n\n"
    for change in diff.changes where change.isNoteworthy {
      out += "- **\(escape(change.heading(old: old, new: new)))**"
      let text: String
      switch change.op {
      case .unchanged: text = ""
      case .inserted: text = "**" + escape(change.new.map { new.paragraphs[$0].text }.joined(separator: " ")) + "**"
      case .deleted: text = "~~" + escape(change.old.map { old.paragraphs[$0].text }.joined(separator: " ")) + "~~"
      case .modified, .split, .merged:
        text = change.edits.map { edit in
          switch edit.op {
          case .equal: escape(edit.newText)
          case .insert: marked(edit.newText, "**")
          case .delete: marked(edit.oldText, "~~", keepSpaces: false)
          }
        }.joined()
      }
      out += text.isEmpty ? "\n" : ": " + text + "\n"
    }
    return out
  }

  /// `**text**` or `~~text~~` with surrounding whitespace kept outside the
  /// markers, where Markdown requires it; whitespace-only text is shown
  /// unmarked (or dropped, for a deletion).
  static func marked(_ text: String, _ marker: String, keepSpaces: Bool = true) -> String {
    let core = text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !core.isEmpty else { return keepSpaces ? escape(text) : "" }
    let leading = text.prefix { $0.isWhitespace }
    let trailing = String(text.reversed().prefix { $0.isWhitespace }.reversed())
    return escape(String(leading)) + marker + escape(core) + marker + escape(trailing)
  }

  /// Escapes Markdown's inline markup characters and folds line breaks.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text {
      switch c {
      case "\\", "*", "_", "~", "`", "[", "]", "<", ">", "#", "|": out += "\\\(c)"
      case "\n": out += " "
      default: out.append(c)
      }
    }
    return out
  }
}
