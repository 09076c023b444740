import Alignment
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Renders a `DocumentDiff` as a Markdown change list to paste into an
/// email or an issue: a summary line, then one item per change with its
/// word edits as `<del>deleted</del>` and `<ins>inserted</ins>`.
///
/// Inline HTML rather than `~~`/`**`, because CommonMark's flanking rules
/// keep a delimiter run next to punctuation from opening or closing
/// (`平等~~、~~团结` stays literal), which is most edits in Chinese. A
/// paragraph that was only renumbered is a one-line item.
public enum DiffMarkdownRenderer {
  /// The whole text, as `write` hands it out.
  ///
  /// - Complexity: O(*n*) in the size of the changed paragraphs.
  public static func render(
    _ diff: DocumentDiff, old: Document, new: Document, oldName: String, newName: String
  ) -> String {
    var text = ""
    write(diff, old: old, new: new, oldName: oldName, newName: newName, chunkSize: .max) {
      text += String(decoding: $0, as: UTF8.self)
    }
    return text
  }

  /// The text of `render`, handed to `sink` in pieces of about `chunkSize`
  /// bytes (each ends after an item) as it is made, so the whole text is
  /// never in memory at once. A sink's error ends the writing.
  ///
  /// - Complexity: As `render`; memory O(`chunkSize` + the largest change).
  public static func write(
    _ diff: DocumentDiff, old: Document, new: Document, oldName: String, newName: String,
    chunkSize: Int = 1 << 16, to sink: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    var out = "# Changes from `\(oldName)` to `\(newName)`\n\n"
    out.reserveCapacity(min(chunkSize, 1 << 16) + 4096)
    let s = diff.summary
    let counts: [(String, Int)] = [
      ("unchanged", s.unchanged), ("modified", s.modified), ("inserted", s.inserted),
      ("deleted", s.deleted), ("split", s.split), ("merged", s.merged), ("moved", s.moved),
      ("renumbered", s.renumbered),
    ]
    out += counts.map { "\($0.1) \($0.0)" }.joined(separator: " · ") + "\n\n"
    for change in diff.changes where change.isNoteworthy {
      out += "- **\(escape(change.heading(old: old, new: new)))**"
      if change.isRenumberingOnly {
        out += "\n"
        try out.flush(to: sink, ifAtLeast: chunkSize)
        continue
      }
      let text: String
      switch change.op {
      case .unchanged: text = ""
      case .inserted: text = marked(change.new.map { new.paragraphs[$0].text }.joined(separator: "\n"), "ins")
      case .deleted: text = marked(change.old.map { old.paragraphs[$0].text }.joined(separator: "\n"), "del")
      case .modified, .split, .merged:
        text = change.edits.map { edit in
          switch edit.op {
          case .equal: escape(edit.newText)
          case .insert: marked(edit.newText, "ins")
          case .delete: marked(edit.oldText, "del", keepSpaces: false)
          }
        }.joined()
      }
      out += text.isEmpty ? "\n" : ": " + text + "\n"
      try out.flush(to: sink, ifAtLeast: chunkSize)
    }
    try out.flush(to: sink)
  }

  /// `<ins>text</ins>` or `<del>text</del>` with surrounding whitespace
  /// kept outside the element; whitespace-only text is shown unmarked (or
  /// dropped, for a deletion).
  static func marked(_ text: String, _ tag: String, keepSpaces: Bool = true) -> String {
    let core = text.trimmingWhitespaceAndNewlines()
    guard !core.isEmpty else { return keepSpaces ? escape(text) : "" }
    let leading = text.prefix { $0.isWhitespace }
    let trailing = String(text.reversed().prefix { $0.isWhitespace }.reversed())
    return escape(String(leading)) + "<\(tag)>" + escape(core) + "</\(tag)>" + escape(trailing)
  }

  /// Escapes Markdown's inline markup characters (`<`, `>` and `&` as
  /// character references, so no text becomes a tag) and folds line breaks.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for c in text {
      // Only a character of one byte is one of the marks (a mark with a
      // combining accent is another character, and so is "\r\n"), but for
      // U+1FEF, canonically "`".
      guard c.utf8.count == 1, let byte = c.utf8.first else {
        let isVaria = c.unicodeScalars.first?.value == 0x1FEF && c.unicodeScalars.count == 1
        if isVaria { out += "\\" }
        out.append(c)
        continue
      }
      switch byte {
      case UInt8(ascii: "&"): out += "&amp;"
      case UInt8(ascii: "<"): out += "&lt;"
      case UInt8(ascii: ">"): out += "&gt;"
      case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "`"),
        UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "#"), UInt8(ascii: "|"):
        out += "\\\(c)"
      case UInt8(ascii: "\n"): out += " "
      default: out.append(c)
      }
    }
    return out
  }
}
