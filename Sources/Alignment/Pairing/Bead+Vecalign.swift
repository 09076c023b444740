/// Reading and writing beads in vecalign's text format: one bead a line,
/// `[source ids]:[target ids]`, 0-based, e.g. `[1,2]:[3]` or `[7]:[]`.
extension Bead {
  /// The bead as a vecalign line, without score: `[1,2]:[3]`.
  ///
  /// - Complexity: O(*k*) in the number of ids.
  public var vecalignLine: String {
    func list(_ ids: [Int]) -> String {
      "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
    return list(source) + ":" + list(target)
  }

  /// Parses one vecalign line such as `[0,1]:[0]`. A third field (vecalign's
  /// cost, `[0]:[0]:0.123`) becomes the score; whitespace is ignored.
  ///
  /// - Returns: `nil` if the line is not in the format.
  /// - Complexity: O(*n*) in the length of the line.
  public init?(vecalignLine line: some StringProtocol) {
    let fields = String(line).filter { !$0.isWhitespace }.split(
      separator: ":", omittingEmptySubsequences: false)
    guard fields.count == 2 || fields.count == 3 else { return nil }
    func list(_ field: Substring) -> [Int]? {
      guard field.first == "[", field.last == "]" else { return nil }
      let inner = field.dropFirst().dropLast()
      if inner.isEmpty { return [] }
      var ids: [Int] = []
      for part in inner.split(separator: ",", omittingEmptySubsequences: false) {
        guard let id = Int(part), id >= 0 else { return nil }
        ids.append(id)
      }
      return ids
    }
    guard let source = list(fields[0]), let target = list(fields[1]) else {
      return nil
    }
    var score = 0.0
    if fields.count == 3 {
      guard let value = Double(fields[2]) else { return nil }
      score = value
    }
    self.init(source: source, target: target, score: score)
  }

  /// Parses a whole vecalign alignment file, skipping blank lines.
  ///
  /// - Returns: `nil` if any non-blank line is malformed.
  /// - Complexity: O(*n*) in the length of the text.
  public static func parseVecalign(_ text: String) -> [Bead]? {
    var beads: [Bead] = []
    for line in text.split(whereSeparator: \.isNewline) {
      if line.allSatisfy(\.isWhitespace) { continue }
      guard let bead = Bead(vecalignLine: line) else { return nil }
      beads.append(bead)
    }
    return beads
  }
}
