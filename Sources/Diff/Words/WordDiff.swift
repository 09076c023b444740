import Alignment

/// A word-level diff of two paragraph texts.
///
/// Both texts are cut into tokens (`Tokenizer`), the token keys are compared
/// with Myers' algorithm (`Myers`), and clean-up passes in the spirit of
/// diff-match-patch's `diff_cleanupSemantic` make the result readable (see
/// `WordDiff+Cleanup.swift`).
///
/// ```swift
/// WordDiff.edits(from: "在2025年提交报告", to: "在2026年提交书面报告")
///   .wdiffDescription
/// // "在[-2025-]{+2026+}年提交{+书面+}报告"
/// ```
public enum WordDiff {
  /// Returns the edits turning `old` into `new`.
  ///
  /// - Parameters:
  ///   - old: The old paragraph text.
  ///   - new: The new paragraph text.
  ///   - options: Granularity, tokenizer, comparison key and clean-up.
  /// - Returns: Edits whose `equal` and `delete` parts spell `old` and whose
  ///   `equal` and `insert` parts spell `new`; adjacent edits differ in
  ///   kind, and within a change a deletion comes before an insertion.
  /// - Complexity: O((*N* + *M*) · *D*) time and O(*N* + *M*) space in the
  ///   token counts *N*, *M* and the edit distance *D*, plus the clean-up,
  ///   which is O(*N* + *M*) per pass.
  public static func edits(
    from old: String, to new: String, options: Options = Options()
  ) -> [Edit] {
    let tokenizer = options.granularity == .word ? options.tokenizer : .characters
    // Whether each text is all one-scalar characters, found once for the
    // tokens and the sides.
    let singletons = (
      old: Unicode.Scalar.allGraphemeSingletons(old), new: Unicode.Scalar.allGraphemeSingletons(new)
    )
    let (oldRanges, newRanges) = tokenizer.tokens(in: old, and: new, singletons: singletons)
    var a = TokenSide(old, ranges: oldRanges, singletons: singletons.old)
    var b = TokenSide(new, ranges: newRanges, singletons: singletons.new)
    TokenSide.numberKeys(&a, &b, options: options)
    var pieces = diffPieces(a, b, costLimit: options.costLimit)
    if options.cleanup {
      pieces = cleanedUp(pieces, a, b, options: options)
    }
    return makeEdits(pieces, a, b)
  }

  /// Diffs the non-ignorable tokens with Myers' algorithm and lays the
  /// ignorable ones (empty key) around the matches: a stretch where both
  /// sides hold only ignorable tokens counts as equal.
  static func diffPieces(_ a: TokenSide, _ b: TokenSide, costLimit: Int?) -> [Piece] {
    let oldKept = a.ids.indices.filter { a.ids[$0] != TokenSide.ignorable }
    let newKept = b.ids.indices.filter { b.ids[$0] != TokenSide.ignorable }
    // Myers compares the key numbers, equal exactly when the keys are.
    let matches = Myers.matchedPairs(
      from: oldKept.map { a.ids[$0] }, to: newKept.map { b.ids[$0] }, costLimit: costLimit, onCostLimit: .giveUp)
    var pieces: [Piece] = []
    var x = 0
    var y = 0
    let end = (old: a.count, new: b.count)
    for match in matches.map({ (old: oldKept[$0.old], new: newKept[$0.new]) }) + [end] {
      let i = match.old
      let j = match.new
      if x < i || y < j {
        let ignorable =
          a.ids[x..<i].allSatisfy { $0 == TokenSide.ignorable } && b.ids[y..<j].allSatisfy { $0 == TokenSide.ignorable }
        if ignorable {
          pieces.append(Piece(op: .equal, old: x..<i, new: y..<j))
        } else {
          if x < i { pieces.append(Piece(op: .delete, old: x..<i, new: y..<y)) }
          if y < j { pieces.append(Piece(op: .insert, old: i..<i, new: y..<j)) }
        }
      }
      if i < a.count && j < b.count {
        pieces.append(Piece(op: .equal, old: i..<i + 1, new: j..<j + 1))
      }
      x = i + 1
      y = j + 1
    }
    return mergedAdjacent(pieces)
  }

  /// Turns token-level pieces into edits carrying text and UTF-8 offsets.
  static func makeEdits(_ pieces: [Piece], _ a: TokenSide, _ b: TokenSide) -> [Edit] {
    pieces.map { piece in
      let oldRange = a.utf8Range(piece.old)
      let newRange = b.utf8Range(piece.new)
      return Edit(
        op: piece.op, oldText: a.text(piece.old), newText: b.text(piece.new),
        oldRange: oldRange, newRange: newRange)
    }
  }
}

extension WordDiff {
  /// A run of tokens, as token offsets into both sides.
  struct Piece: Hashable {
    var op: Edit.Op
    var old: Range<Int>
    var new: Range<Int>
  }

  /// One side of a word diff: the text, its tokens and the numbers of
  /// their keys.
  struct TokenSide {
    let string: String
    let ranges: [Range<String.Index>]
    /// The UTF-8 offsets of each token.
    let bounds: [Range<Int>]
    /// The number of each token's key, shared by both sides of a diff
    /// (`numberKeys`): equal exactly when the keys are (`==`); `ignorable`
    /// for an empty key.
    var ids: [Int] = []
    /// Length of each token in characters.
    let lengths: [Int]
    let classes: [TokenClass]

    /// The number of an empty key.
    static let ignorable = -1

    /// A side whose keys are not numbered yet; `singletons`, when known,
    /// is `Unicode.Scalar.allGraphemeSingletons(string)`.
    init(_ string: String, ranges: [Range<String.Index>], singletons: Bool? = nil) {
      self.string = string
      self.ranges = ranges
      let utf8 = string.utf8
      var bounds: [Range<Int>] = []
      bounds.reserveCapacity(ranges.count)
      for range in ranges {
        let lower = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
        bounds.append(lower..<lower + utf8.distance(from: range.lowerBound, to: range.upperBound))
      }
      self.bounds = bounds
      // Tokens start on characters, so a token's first scalar is its first
      // character's; a text of characters of one scalar each is measured
      // in scalars, which are the bytes that do not continue one.
      let table = ScalarTable.shared
      var contiguous = string
      let measured = contiguous.withUTF8 { bytes -> (lengths: [Int], classes: [TokenClass])? in
        guard singletons ?? Unicode.Scalar.allGraphemeSingletons(string) else { return nil }
        var lengths: [Int] = []
        var classes: [TokenClass] = []
        lengths.reserveCapacity(ranges.count)
        classes.reserveCapacity(ranges.count)
        for token in bounds {
          var scalars = 0
          for k in token where bytes[k] & 0xC0 != 0x80 { scalars += 1 }
          lengths.append(scalars)
          classes.append(
            token.isEmpty
              ? TokenClass(" ", in: table) : TokenClass(bytes.utf8Scalar(at: token.lowerBound).scalar, in: table))
        }
        return (lengths, classes)
      }
      if let measured {
        (lengths, classes) = measured
      } else {
        let scalars = string.unicodeScalars
        lengths = ranges.map { string[$0].count }
        classes = ranges.map { TokenClass(scalars[$0].first ?? " ", in: table) }
      }
    }

    /// Numbers the keys of both sides' tokens under `options.key`, as
    /// `KeyNumbering.number` numbers the non-empty ones: in order of first
    /// appearance, the old side's first. For the identity key
    /// (`options.textKey` set) the tokens are numbered off the texts' bytes
    /// when every different token is in NFC (`KeyNumbering.isInNFC`), so
    /// that no key is made as a `String`; otherwise the keys are made.
    ///
    /// - Complexity: O(*n* + *m*) in the texts' lengths, expected.
    static func numberKeys(_ a: inout TokenSide, _ b: inout TokenSide, options: Options) {
      if options.textKey != nil, let ids = numberedByBytes(a, b) {
        (a.ids, b.ids) = ids
        return
      }
      let oldKeys = a.ranges.map { options.key(a.string[$0]) }
      let newKeys = b.ranges.map { options.key(b.string[$0]) }
      let oldKept = oldKeys.indices.filter { !oldKeys[$0].isEmpty }
      let newKept = newKeys.indices.filter { !newKeys[$0].isEmpty }
      let numbering = KeyNumbering.number(old: oldKept.map { oldKeys[$0] }, new: newKept.map { newKeys[$0] })
      a.ids = [Int](repeating: ignorable, count: a.count)
      b.ids = [Int](repeating: ignorable, count: b.count)
      for (k, i) in oldKept.enumerated() { a.ids[i] = numbering.old[k] }
      for (k, j) in newKept.enumerated() { b.ids[j] = numbering.new[k] }
    }

    /// The numbers of the tokens' own texts, by their bytes (an empty
    /// token is `ignorable`), or `nil` as soon as a different token is not
    /// in NFC, so that equal characters could be different bytes (as in
    /// Cyrillic or Arabic text, whose letters `isInNFC` does not vouch for).
    static func numberedByBytes(_ a: TokenSide, _ b: TokenSide) -> (old: [Int], new: [Int])? {
      var (old, new) = (a.string, b.string)
      return old.withUTF8 { oldBytes in
        new.withUTF8 { newBytes in
          var table = KeyNumbering.SliceTable(capacity: a.count + b.count, texts: (oldBytes, newBytes))
          func number(_ bounds: [Range<Int>], side: Int) -> [Int]? {
            var ids: [Int] = []
            ids.reserveCapacity(bounds.count)
            for token in bounds {
              ids.append(token.isEmpty ? ignorable : table.id(side: side, token))
              guard table.allInNFC else { return nil }
            }
            return ids
          }
          guard let oldIDs = number(a.bounds, side: 0), let newIDs = number(b.bounds, side: 1) else { return nil }
          return (oldIDs, newIDs)
        }
      }
    }

    var count: Int { ranges.count }

    func text(_ tokens: Range<Int>) -> String {
      guard !tokens.isEmpty else { return "" }
      return String(string[ranges[tokens.lowerBound].lowerBound..<ranges[tokens.upperBound - 1].upperBound])
    }

    func utf8Offset(ofToken t: Int) -> Int {
      t < bounds.count ? bounds[t].lowerBound : string.utf8.count
    }

    func utf8Range(_ tokens: Range<Int>) -> Range<Int> {
      let lower = utf8Offset(ofToken: tokens.lowerBound)
      let upper = tokens.isEmpty ? lower : utf8Offset(ofToken: tokens.upperBound)
      return lower..<upper
    }

    /// The total length in characters of some tokens.
    func length(_ tokens: Range<Int>) -> Int {
      tokens.reduce(0) { $0 + lengths[$1] }
    }

    /// How many tokens in `tokens` are words, numbers or Han.
    func weight(_ tokens: Range<Int>) -> Int {
      tokens.reduce(0) { $0 + (classes[$1] == .han || classes[$1] == .word ? 1 : 0) }
    }

    /// Whether token `t` is Han text other than a run of numerals.
    func isPlainHan(_ t: Int) -> Bool {
      classes[t] == .han
        && !(lengths[t] > 1 && string[ranges[t]].allSatisfy(Tokenizer.isChineseNumeral))
    }

    /// The text of token `t`, or `nil` past either end.
    func token(_ t: Int) -> Substring? {
      t >= 0 && t < ranges.count ? string[ranges[t]] : nil
    }
  }
}
