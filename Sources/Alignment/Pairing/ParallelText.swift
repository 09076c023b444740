/// Two or more language versions of one text, cut into units (paragraphs or
/// sentences) and aligned: the value `align pair` renders.
public struct ParallelText: Sendable {
  /// How finely the versions were aligned.
  public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
    case paragraph, sentence
  }

  /// One unit of one version.
  public struct Unit: Sendable, Hashable {
    /// The paragraph's numbering label ("1.", "第十五条"); for a sentence,
    /// the label of its paragraph on its first sentence only.
    public var label: String?
    public var text: String
    /// The index of the paragraph the unit belongs to in its document, or
    /// `nil` for front matter and for segmented input.
    public var paragraph: Int?
    /// The paragraph's numbering path, if the unit comes from a document.
    public var path: [String]?
    /// How a person refers to the unit's paragraph ("¶ 15 (a)", "第十五条").
    public var designation: String?

    public init(
      label: String? = nil, text: String, paragraph: Int? = nil, path: [String]? = nil, designation: String? = nil
    ) {
      self.label = label
      self.text = text
      self.paragraph = paragraph
      self.path = path
      self.designation = designation
    }
  }

  /// One language version.
  public struct Version: Sendable {
    /// The file the version came from, as named by the user.
    public var name: String
    public var language: Language
    public var title: String?
    public var symbol: String?
    public var units: [Unit]

    public init(name: String, language: Language, title: String? = nil, symbol: String? = nil, units: [Unit]) {
      self.name = name
      self.language = language
      self.title = title
      self.symbol = symbol
      self.units = units
    }
  }

  /// One row of an n-way alignment: for each version, the ids of its units
  /// that correspond (possibly none).
  public struct Row: Sendable, Hashable {
    public var units: [[Int]]
    /// The sum of the pairwise bead costs in the row (lower is better).
    public var score: Double
    /// The least confidence (`Bead.confidence`, 0...1) of the beads that
    /// pair units in the row: for two versions the bead's; 0 for a row of
    /// unmatched units.
    public var confidence: Double = 0
  }

  public var level: Level
  /// The versions; the first is the pivot every other one was aligned to.
  public var versions: [Version]
  /// For each version after the first, its beads against the first.
  public var beads: [[Bead]]

  public init(level: Level, versions: [Version], beads: [[Bead]]) {
    self.level = level
    self.versions = versions
    self.beads = beads
  }
}

extension ParallelText {
  /// The alignment as rows: for two versions, one row per bead; for more,
  /// one row per unit of the pivot or group of units that correspond across
  /// all versions.
  ///
  /// A row boundary is kept only where every pairwise alignment has a bead
  /// boundary, so a 2:1 bead in one language joins two pivot units into one
  /// row for all. Units of another version that match no pivot unit (0:1)
  /// join the row in which they occur, or a row of their own between two
  /// rows.
  ///
  /// - Complexity: O(*n* · *k*) for *n* pivot units and *k* versions.
  public var rows: [Row] {
    if beads.count == 1 {
      return beads[0].map { Row(units: [$0.source, $0.target], score: $0.score, confidence: $0.confidence) }
    }
    let pivotCount = versions[0].units.count
    // Pivot positions where each alignment starts a bead.
    var boundaryVotes = [Int](repeating: 0, count: pivotCount + 1)
    for beadList in beads {
      var seen = Set<Int>()
      for bead in beadList {
        if let first = bead.source.first, seen.insert(first).inserted { boundaryVotes[first] += 1 }
      }
    }
    let others = beads.count
    var rowOf = [Int](repeating: 0, count: pivotCount)
    var starts: [Int] = []
    for p in 0..<pivotCount {
      if p == 0 || boundaryVotes[p] == others { starts.append(p) }
      rowOf[p] = starts.count - 1
    }
    var rows = starts.indices.map { r -> Row in
      let end = r + 1 < starts.count ? starts[r + 1] : pivotCount
      var units = [[Int]](repeating: [], count: versions.count)
      units[0] = Array(starts[r]..<end)
      return Row(units: units, score: 0)
    }
    var leastConfidence = [Double?](repeating: nil, count: rows.count)
    // Rows that hold only units of other versions, keyed by the pivot
    // position before which they fall.
    var extra: [Int: Row] = [:]
    for (k, beadList) in beads.enumerated() {
      var pivotPosition = 0
      for bead in beadList {
        if let first = bead.source.first {
          rows[rowOf[first]].units[k + 1] += bead.target
          rows[rowOf[first]].score += bead.score
          if !bead.target.isEmpty {
            leastConfidence[rowOf[first]] = min(leastConfidence[rowOf[first]] ?? 1, bead.confidence)
          }
          pivotPosition = (bead.source.last ?? first) + 1
        } else if pivotPosition < pivotCount, pivotPosition > 0, rowOf[pivotPosition] == rowOf[pivotPosition - 1] {
          rows[rowOf[pivotPosition]].units[k + 1] += bead.target  // inside a joined row
        } else {
          var row = extra[pivotPosition] ?? Row(units: [[Int]](repeating: [], count: versions.count), score: 0)
          row.units[k + 1] += bead.target
          row.score += bead.score
          extra[pivotPosition] = row
        }
      }
    }
    for r in rows.indices { rows[r].confidence = leastConfidence[r] ?? 0 }
    var result: [Row] = []
    for (r, row) in rows.enumerated() {
      if let before = extra[starts[r]] { result.append(before) }
      result.append(row)
    }
    if let after = extra[pivotCount] { result.append(after) }
    for index in result.indices {
      for k in result[index].units.indices { result[index].units[k].sort() }
    }
    return result
  }
}
