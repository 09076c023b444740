// Clean-up passes over a token-level diff, after diff-match-patch's
// `diff_cleanupMerge`, `diff_cleanupSemantic` and
// `diff_cleanupSemanticLossless` (Neil Fraser, "Diff Strategies", 2006),
// working on tokens rather than characters.

extension WordDiff {
  /// Runs the clean-up passes in order: merge, fold short equalities (until
  /// nothing more folds), shift single edits to word boundaries, merge.
  ///
  /// - Complexity: O(*n*) per pass over *n* pieces; the folding pass runs at
  ///   most a few times.
  static func cleanedUp(
    _ pieces: [Piece], _ a: TokenSide, _ b: TokenSide, options: Options
  ) -> [Piece] {
    var pieces = mergedAdjacent(pieces)
    for _ in 0..<8 {
      let folded = mergedAdjacent(
        foldingShortEqualities(pieces, a, b, maxWeight: options.maxFoldedEqualityWeight))
      if folded == pieces { break }
      pieces = folded
    }
    pieces = shiftedToBoundaries(pieces, a, b)
    return mergedAdjacent(pieces)
  }

  /// Drops empty pieces, joins consecutive equalities, and gathers every
  /// change between two equalities into one deletion followed by one
  /// insertion (`diff_cleanupMerge`).
  static func mergedAdjacent(_ pieces: [Piece]) -> [Piece] {
    var result: [Piece] = []
    var oldPosition = 0
    var newPosition = 0
    var deleted: Range<Int>?
    var inserted: Range<Int>?
    func flush() {
      if let d = deleted {
        result.append(Piece(op: .delete, old: d, new: newPosition..<newPosition))
        oldPosition = d.upperBound
      }
      if let i = inserted {
        result.append(Piece(op: .insert, old: oldPosition..<oldPosition, new: i))
        newPosition = i.upperBound
      }
      deleted = nil
      inserted = nil
    }
    for piece in pieces where !(piece.old.isEmpty && piece.new.isEmpty) {
      switch piece.op {
      case .equal:
        flush()
        if let last = result.last, last.op == .equal {
          result[result.count - 1].old = last.old.lowerBound..<piece.old.upperBound
          result[result.count - 1].new = last.new.lowerBound..<piece.new.upperBound
        } else {
          result.append(piece)
        }
        oldPosition = piece.old.upperBound
        newPosition = piece.new.upperBound
      case .delete:
        if piece.old.isEmpty { continue }
        deleted = (deleted?.lowerBound ?? piece.old.lowerBound)..<piece.old.upperBound
      case .insert:
        if piece.new.isEmpty { continue }
        inserted = (inserted?.lowerBound ?? piece.new.lowerBound)..<piece.new.upperBound
      }
    }
    flush()
    return result
  }

  /// Turns into changes the equalities that only make noise between two
  /// changes (`diff_cleanupSemantic`'s elimination of short equalities):
  ///
  /// - an equality of only whitespace and punctuation (no line break)
  ///   between two changes;
  /// - an equality of at most `maxWeight` word or Han tokens between two
  ///   *replacements* (each deleting and inserting something), when it is no
  ///   longer than the larger side of either replacement. An equality next to
  ///   a pure insertion or deletion is kept: in `第2段{+和第3段+}在[-2025-]…`
  ///   the `在` stays.
  ///
  /// - a single Han character between two changes of Han characters only
  ///   (no digits, numerals, Latin or punctuation): with one token per
  ///   character it is most likely a piece of a changed word, as the 商 in
  ///   `[-工-]商[-行政-]{+标+}`, which becomes `[-工商行政-]{+商标+}`.
  ///
  /// Expects merged pieces; the result needs merging again.
  static func foldingShortEqualities(
    _ pieces: [Piece], _ a: TokenSide, _ b: TokenSide, maxWeight: Int
  ) -> [Piece] {
    guard pieces.count >= 3 else { return pieces }
    var result = pieces
    for e in 1..<pieces.count - 1 where pieces[e].op == .equal {
      let before = changeSizes(pieces, a, b, endingBefore: e)
      let after = changeSizes(pieces, a, b, startingAfter: e)
      guard before != (0, 0), after != (0, 0) else { continue }
      let equal = pieces[e]
      let weight = a.weight(equal.old)
      let fold: Bool
      if weight == 0 {
        fold = !a.text(equal.old).contains(where: \.isNewline)
      } else if isLoneHanCharacter(equal, a), isPlainHanChange(pieces, before: e, a, b),
        isPlainHanChange(pieces, after: e, a, b)
      {
        fold = true
      } else {
        let length = a.length(equal.old)
        fold =
          weight <= maxWeight
          && before.deleted > 0 && before.inserted > 0
          && after.deleted > 0 && after.inserted > 0
          && length
            <= min(
              max(before.deleted, before.inserted), max(after.deleted, after.inserted))
      }
      if fold {
        result[e] = Piece(op: .delete, old: equal.old, new: equal.new)
      }
    }
    // A folded equality is marked as a delete carrying both ranges; split it
    // into a deletion and an insertion.
    return result.flatMap { piece -> [Piece] in
      guard piece.op == .delete, !piece.new.isEmpty else { return [piece] }
      return [
        Piece(op: .delete, old: piece.old, new: piece.new.lowerBound..<piece.new.lowerBound),
        Piece(op: .insert, old: piece.old.upperBound..<piece.old.upperBound, new: piece.new),
      ]
    }
  }

  /// Whether an equality is one Han character (not a numeral).
  private static func isLoneHanCharacter(_ equal: Piece, _ a: TokenSide) -> Bool {
    equal.old.count == 1 && a.lengths[equal.old.lowerBound] == 1
      && a.isPlainHan(equal.old.lowerBound)
  }

  /// Whether the change just before (or after) piece `e` deletes and inserts
  /// only Han tokens that are not numeral runs.
  private static func isPlainHanChange(
    _ pieces: [Piece], before e: Int? = nil, after f: Int? = nil,
    _ a: TokenSide, _ b: TokenSide
  ) -> Bool {
    var i = e.map { $0 - 1 } ?? (f ?? 0) + 1
    let step = e == nil ? 1 : -1
    var any = false
    while i >= 0 && i < pieces.count && pieces[i].op != .equal {
      guard pieces[i].old.allSatisfy(a.isPlainHan), pieces[i].new.allSatisfy(b.isPlainHan)
      else { return false }
      any = true
      i += step
    }
    return any
  }

  /// Characters deleted and inserted by the change just before piece `e`.
  private static func changeSizes(
    _ pieces: [Piece], _ a: TokenSide, _ b: TokenSide, endingBefore e: Int
  ) -> (deleted: Int, inserted: Int) {
    var deleted = 0
    var inserted = 0
    var i = e - 1
    while i >= 0 && pieces[i].op != .equal {
      deleted += a.length(pieces[i].old)
      inserted += b.length(pieces[i].new)
      i -= 1
    }
    return (deleted, inserted)
  }

  /// Characters deleted and inserted by the change just after piece `e`.
  private static func changeSizes(
    _ pieces: [Piece], _ a: TokenSide, _ b: TokenSide, startingAfter e: Int
  ) -> (deleted: Int, inserted: Int) {
    var deleted = 0
    var inserted = 0
    var i = e + 1
    while i < pieces.count && pieces[i].op != .equal {
      deleted += a.length(pieces[i].old)
      inserted += b.length(pieces[i].new)
      i += 1
    }
    return (deleted, inserted)
  }

  /// Slides every lone insertion or deletion between two equalities to the
  /// position where its edges fall on the best boundaries
  /// (`diff_cleanupSemanticLossless`): line breaks, then the end of a
  /// sentence, then whitespace, then punctuation. Among equals the rightmost
  /// position wins, so `第2{+段和第3+}段` becomes `第2段{+和第3段+}`.
  static func shiftedToBoundaries(
    _ pieces: [Piece], _ a: TokenSide, _ b: TokenSide
  ) -> [Piece] {
    guard pieces.count >= 3 else { return pieces }
    var pieces = pieces
    for p in 1..<pieces.count - 1
    where pieces[p].op != .equal && pieces[p - 1].op == .equal && pieces[p + 1].op == .equal {
      let isInsert = pieces[p].op == .insert
      let side = isInsert ? b : a
      let other = isInsert ? a : b
      let sideRange = isInsert ? pieces[p].new : pieces[p].old
      let prevSide = isInsert ? pieces[p - 1].new : pieces[p - 1].old
      let prevOther = isInsert ? pieces[p - 1].old : pieces[p - 1].new
      let nextSide = isInsert ? pieces[p + 1].new : pieces[p + 1].old
      let nextOther = isInsert ? pieces[p + 1].old : pieces[p + 1].new
      var s = sideRange.lowerBound
      var e = sideRange.upperBound
      var q = prevOther.upperBound
      // Slide fully left, then step right keeping the best-scoring position.
      while s > prevSide.lowerBound && q > prevOther.lowerBound
        && side.ids[e - 1] == side.ids[s - 1] && other.ids[q - 1] == side.ids[s - 1]
      {
        s -= 1
        e -= 1
        q -= 1
      }
      var best = s
      var bestScore = boundaryScore(side, s) + boundaryScore(side, e)
      while e < nextSide.upperBound && q < nextOther.upperBound
        && side.ids[s] == side.ids[e] && other.ids[q] == side.ids[e]
      {
        s += 1
        e += 1
        q += 1
        let score = boundaryScore(side, s) + boundaryScore(side, e)
        if score >= bestScore {
          best = s
          bestScore = score
        }
      }
      let δ = best - sideRange.lowerBound
      guard δ != 0 else { continue }
      pieces[p - 1].old = pieces[p - 1].old.lowerBound..<pieces[p - 1].old.upperBound + δ
      pieces[p - 1].new = pieces[p - 1].new.lowerBound..<pieces[p - 1].new.upperBound + δ
      pieces[p].old = pieces[p].old.lowerBound + δ..<pieces[p].old.upperBound + δ
      pieces[p].new = pieces[p].new.lowerBound + δ..<pieces[p].new.upperBound + δ
      pieces[p + 1].old = pieces[p + 1].old.lowerBound + δ..<pieces[p + 1].old.upperBound
      pieces[p + 1].new = pieces[p + 1].new.lowerBound + δ..<pieces[p + 1].new.upperBound
    }
    return pieces
  }

  /// How good a place the gap before token `t` of `side` is for an edit to
  /// begin or end: 6 at either end of the text, 5 next to a line break, 4
  /// after the end of a sentence, 3 next to whitespace, 2 next to other
  /// punctuation, 0 between two words or Han characters.
  static func boundaryScore(_ side: TokenSide, _ t: Int) -> Int {
    guard let left = side.token(t - 1), let right = side.token(t) else { return 6 }
    if containsNewline(left) || containsNewline(right) { return 5 }
    if endsSentence(left) { return 4 }
    if side.classes[t - 1] == .space || side.classes[t] == .space { return 3 }
    if side.classes[t - 1] == .punctuation || side.classes[t] == .punctuation { return 2 }
    return 0
  }

  /// Whether a character of `token` is a newline (`Character.isNewline`),
  /// told by its bytes: a newline scalar (LF, VT, FF, CR, NEL, U+2028,
  /// U+2029) is a control, which is a character of its own (or CR LF), so
  /// the token holds a newline character exactly when it holds one of these
  /// scalars.
  ///
  /// - Complexity: O(*n*) in the token's UTF-8 length.
  static func containsNewline(_ token: Substring) -> Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in token.utf8 {
      switch byte {
      case 0x0A...0x0D: return true
      case 0x85 where previous == 0xC2: return true
      case 0xA8, 0xA9: if previous == 0x80 && beforePrevious == 0xE2 { return true }
      default: break
      }
      (beforePrevious, previous) = (previous, byte)
    }
    return false
  }

  /// The marks after which a sentence ends, for `boundaryScore`.
  static let sentenceEnds: String = "。！？；.!?;"

  /// Whether `token`'s last character is one of `sentenceEnds`. A last
  /// character of one scalar that is ASCII, or one of the four full-width
  /// marks (none of them canonically equivalent to any other character), is
  /// compared by its value; any other is compared as a `Character` (U+037E,
  /// the Greek question mark, is canonically a semicolon).
  ///
  /// - Complexity: O(1) for the last character.
  static func endsSentence(_ token: Substring) -> Bool {
    guard let last = token.last else { return false }
    let scalars = last.unicodeScalars
    if scalars.count == 1, let scalar = scalars.first {
      switch scalar.value {
      case 0x2E, 0x21, 0x3F, 0x3B, 0x3002, 0xFF01, 0xFF1F, 0xFF1B: return true
      case 0..<0x80: return false
      default: break
      }
    }
    return sentenceEnds.contains(last)
  }
}
