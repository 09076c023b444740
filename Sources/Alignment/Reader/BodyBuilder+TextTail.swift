extension BodyBuilder {
  /// The blocks appended to the body's last paragraph since it was made
  /// (the further paragraphs, 款, of an article), kept apart until the
  /// paragraph is complete and then joined into its text at once, at its
  /// full size.
  ///
  /// Appending each block to the text as it comes grew the string by
  /// doubling, which left storage unused in every long article (on the
  /// 10 MB report benchmark the 9.4 MB of text took 12.8 MB, now 11.0 MB)
  /// and copied the text at each growth.
  struct TextTail {
    /// A block's text, and whether a "\n" goes before it.
    private struct Part {
      var newline: Bool
      var text: String
    }

    private var parts: [Part] = []
    /// UTF-8 bytes the parts add, line breaks included.
    private var utf8Count = 0
    /// Whether the parts add no character: none has a line break before it
    /// or any text.
    private(set) var isBlank = true

    /// No block is waiting to be joined.
    var isEmpty: Bool { parts.isEmpty }

    /// Appends `text`, with a "\n" before it when `newline`.
    ///
    /// - Complexity: Amortized O(1).
    mutating func append(_ text: String, newline: Bool) {
      parts.append(Part(newline: newline, text: text))
      utf8Count += text.utf8.count + (newline ? 1 : 0)
      if newline || !text.isEmpty { isBlank = false }
    }

    /// `head` followed by the parts, in storage of exactly their size; the
    /// tail is left empty.
    ///
    /// - Complexity: O(*n*) in the length of the result.
    mutating func take(after head: String) -> String {
      guard !parts.isEmpty else { return head }
      var text = ""
      text.reserveCapacity(head.utf8.count + utf8Count)
      text.append(head)
      for part in parts {
        if part.newline { text.append("\n") }
        text.append(part.text)
      }
      // The parts' array is kept for the next paragraph's.
      parts.removeAll(keepingCapacity: true)
      utf8Count = 0
      isBlank = true
      return text
    }
  }
}
