import Alignment

/// Renders a `DocumentDiff` for a terminal or a plain-text file: one block
/// per change, headed by its paragraphs ("¶ 12 → ¶ 13, modified and
/// moved"), with word edits marked `[-deleted-]{+inserted+}` or, in colour,
/// red struck-through and green underlined. A paragraph that was only
/// renumbered takes one line; a summary line of counts ends the output.
public struct DiffTextRenderer: Sendable {
  /// Whether to use ANSI colours instead of wdiff markers.
  public var color: Bool
  /// Unchanged paragraphs shown around each change.
  public var context: Int

  public init(color: Bool = false, context: Int = 0) {
    self.color = color
    self.context = context
  }

  /// The whole text, as `write` hands it out.
  ///
  /// - Complexity: O(*n*) in the size of the shown paragraphs.
  public func render(_ diff: DocumentDiff, old: Document, new: Document) -> String {
    var text = ""
    write(diff, old: old, new: new, chunkSize: .max) { text += String(decoding: $0, as: UTF8.self) }
    return text
  }

  /// The text of `render`, handed to `sink` in pieces of about `chunkSize`
  /// bytes (each ends after a change) as it is made, so the whole text is
  /// never in memory at once. A sink's error ends the writing.
  ///
  /// - Complexity: As `render`; memory O(`chunkSize` + the largest change).
  public func write(
    _ diff: DocumentDiff, old: Document, new: Document, chunkSize: Int = 1 << 16,
    to sink: (UnsafeRawBufferPointer) throws -> Void
  ) rethrows {
    var out = ""
    out.reserveCapacity(min(chunkSize, 1 << 16) + 4096)
    let hunks = diff.hunks(context: context)
    for (number, hunk) in hunks.enumerated() {
      if number > 0 { out += color ? "\u{1B}[2m…\u{1B}[0m\n\n" : "…\n\n" }
      // Renumbered-only paragraphs run together, one line each.
      var afterOneLiner = false
      for change in diff.changes[hunk] {
        let oneLine = change.isRenumberingOnly
        if afterOneLiner && !oneLine { out += "\n" }
        out += bold(change.heading(old: old, new: new))
        out += "\n"
        afterOneLiner = oneLine
        if !oneLine {
          appendBody(change, old: old, new: new, to: &out)
          out += "\n\n"
        }
        try out.flush(to: sink, ifAtLeast: chunkSize)
      }
      if afterOneLiner { out += "\n" }
    }
    if !hunks.isEmpty { out += dim(diff.summary.line) + "\n" }
    try out.flush(to: sink)
  }

  /// Appends the text of a change, its word edits marked.
  private func appendBody(_ change: Change, old: Document, new: Document, to out: inout String) {
    func text(_ indices: [Int], _ document: Document) -> String {
      indices.count == 1
        ? document.paragraphs[indices[0]].text : indices.map { document.paragraphs[$0].text }.joined(separator: "\n")
    }
    switch change.op {
    case .unchanged: out += text(change.new, new)
    case .inserted: appendInserted(text(change.new, new), to: &out)
    case .deleted: appendDeleted(text(change.old, old), to: &out)
    case .modified, .split, .merged:
      for edit in change.edits {
        switch edit.op {
        case .equal: out += edit.newText
        case .insert: appendInserted(edit.newText, to: &out)
        case .delete: appendDeleted(edit.oldText, to: &out)
        }
      }
    }
  }

  private func appendInserted(_ text: String, to out: inout String) {
    out += color ? "\u{1B}[32;4m" : "{+"
    out += text
    out += color ? "\u{1B}[0m" : "+}"
  }

  private func appendDeleted(_ text: String, to out: inout String) {
    out += color ? "\u{1B}[31;9m" : "[-"
    out += text
    out += color ? "\u{1B}[0m" : "-]"
  }

  private func dim(_ text: String) -> String {
    color ? "\u{1B}[2m\(text)\u{1B}[0m" : text
  }

  private func bold(_ text: String) -> String {
    color ? "\u{1B}[1m\(text)\u{1B}[0m" : text
  }
}
