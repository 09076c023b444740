#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The QA that translation teams run before publishing: for two aligned
/// language versions, the anchors (numbers, years, dates, paragraph
/// references, resolution numbers, symbols) found on one side of a pair and
/// not the other, paragraphs left without a counterpart, and numbering that
/// disagrees.
public struct TranslationCheck: Sendable {
  /// One problem found.
  public struct Finding: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
      /// An anchor on one side of an aligned pair only.
      case anchorMismatch = "anchor-mismatch"
      /// A unit with no counterpart in the other version.
      case unaligned
      /// Two aligned numbered paragraphs whose numbers differ.
      case numbering
    }

    public var kind: Kind
    /// Unit ids in the source and target versions of the `ParallelText`.
    public var source: [Int]
    public var target: [Int]
    /// For an anchor mismatch, the side that has the anchor.
    public var side: TranslationSide?
    public var anchor: Anchor?
    /// One line naming the paragraphs and the problem:
    /// "zh.txt ¶ 25 ↔ en.txt ¶ 25: number 12 only in zh.txt".
    public var message: String
  }

  public var text: ParallelText
  public var findings: [Finding]

  /// Checks the first two versions of `text`.
  ///
  /// - Complexity: O(*n*) in the size of the texts.
  public init(_ text: ParallelText) {
    self.text = text
    var findings: [Finding] = []
    let source = text.versions[0]
    let target = text.versions[1]
    // Runs of consecutive units without a counterpart, per side, reported
    // as one finding each (a truncated copy leaves one long run).
    var run: (side: TranslationSide, ids: [Int])?
    func flushRun() {
      guard let current = run, !current.ids.isEmpty else { return }
      let (version, other) = current.side == .source ? (source, target) : (target, source)
      findings.append(
        Finding(
          kind: .unaligned, source: current.side == .source ? current.ids : [],
          target: current.side == .target ? current.ids : [], side: current.side, anchor: nil,
          message: "\(Self.span(version, current.ids)): no counterpart in \(other.name)"))
      run = nil
    }
    let beads = text.beads[0]
    for (k, bead) in beads.enumerated() {
      if bead.source.isEmpty || bead.target.isEmpty {
        let side: TranslationSide = bead.source.isEmpty ? .target : .source
        let version = side == .source ? source : target
        // Front-matter lines without a counterpart (a symbol, a
        // "Distr.: General" banner) are not translations that went missing.
        let ids = (side == .source ? bead.source : bead.target).filter { version.units[$0].paragraph != nil }
        if ids.isEmpty { continue }
        if Self.isSlight(ids, of: version, language: version.language), Self.isBetweenPairs(k, in: beads) {
          continue
        }
        if run?.side != side { flushRun() }
        run = (side, (run?.ids ?? []) + ids)
        continue
      }
      flushRun()
      // Front matter is compared only line for line with front matter: a
      // 1:n bead there pairs a title with banner lines, and a front-matter
      // line paired with a body paragraph (a law's metadata line with a
      // translation's promulgation note) is no translation of it.
      let sourceFront = bead.source.map { source.units[$0].paragraph == nil }
      let targetFront = bead.target.map { target.units[$0].paragraph == nil }
      if sourceFront.contains(true) || targetFront.contains(true) {
        guard bead.source.count == 1, bead.target.count == 1, sourceFront == targetFront else { continue }
      }
      let sourceText = bead.source.map { source.units[$0].text }.joined(separator: " ")
      let targetText = bead.target.map { target.units[$0].text }.joined(separator: " ")
      // One finding per difference: an anchor missing several times from
      // the same pair is reported once, with the count.
      let mismatches = ConsistencyCheck.mismatches(source: sourceText, target: targetText)
      var times: [ConsistencyCheck.Mismatch: Int] = [:]
      for mismatch in mismatches { times[mismatch, default: 0] += 1 }
      var reported = Set<ConsistencyCheck.Mismatch>()
      for mismatch in mismatches where reported.insert(mismatch).inserted {
        let has = mismatch.side == .source ? source : target
        let count = times[mismatch] ?? 1
        findings.append(
          Finding(
            kind: .anchorMismatch, source: bead.source, target: bead.target, side: mismatch.side,
            anchor: mismatch.anchor,
            message:
              "\(Self.name(source, bead.source)) ↔ \(Self.name(target, bead.target)): \(mismatch.anchor.description) only in \(has.name)"
              + (count > 1 ? " (\(count) times)" : "")))
      }
      if bead.source.count == 1, bead.target.count == 1,
        let a = source.units[bead.source[0]].path, let b = target.units[bead.target[0]].path,
        !a.isEmpty, !b.isEmpty, a != b
      {
        findings.append(
          Finding(
            kind: .numbering, source: bead.source, target: bead.target, side: nil, anchor: nil,
            message: "\(Self.name(source, bead.source)) ↔ \(Self.name(target, bead.target)): numbering differs"))
      }
    }
    flushRun()
    self.findings = findings
  }

  /// Units of at most this many words (ICU word segments) are *slight*
  /// (see `isSlight`).
  public static let slightUnitMaximumWords = 4

  /// Whether each of the units `ids` of `version` is slight: unnumbered,
  /// without anchors, and either a connective of at most
  /// `slightUnitMaximumWords` words ("Now, therefore,", "The General
  /// Assembly") or a fragment whose sentence runs on into the next unit
  /// (it ends in a letter or digit, without even a comma: the Arabic UDHR's
  /// "تنادي بهذا الإعلان العالمي لحقوق الإنسان" before "على أنه المستوى
  /// المشترك…", one paragraph in the other versions).
  ///
  /// Between two aligned beads such a unit is not reported as unaligned:
  /// the other version folds it into a neighbouring paragraph or leaves it
  /// implicit (the Russian and Spanish UDHR have no "Now, therefore,"),
  /// where the aligner left it apart. A missing
  /// paragraph of substance (a "whereas" clause, ending in a comma) or one
  /// with a number is still reported.
  static func isSlight(_ ids: [Int], of version: ParallelText.Version, language: Language) -> Bool {
    ids.allSatisfy { id in
      let unit = version.units[id]
      guard unit.path?.isEmpty ?? true, AnchorExtractor.anchors(in: unit.text).isEmpty else {
        return false
      }
      if let last = unit.text.unicodeScalars.last(where: { !$0.properties.isWhitespace }),
        last.properties.isAlphabetic || last.properties.numericType != nil
      {
        return true
      }
      let words = Segmenter.words(in: unit.text, language: language).count {
        $0.kind == .word || $0.kind == .ideographic
      }
      return words <= slightUnitMaximumWords
    }
  }

  /// Whether the run of one-sided beads holding bead `k` has a two-sided
  /// bead before and after it (it is not the start or the end of a text
  /// that one version lacks).
  static func isBetweenPairs(_ k: Int, in beads: [Bead]) -> Bool {
    func paired(_ bead: Bead) -> Bool { !bead.source.isEmpty && !bead.target.isEmpty }
    var before = k - 1
    while before >= 0, !paired(beads[before]) { before -= 1 }
    var after = k + 1
    while after < beads.count, !paired(beads[after]) { after += 1 }
    return before >= 0 && after < beads.count
  }

  /// "en.txt ¶ 3", or "zh.txt ¶ 3 … 第九十七条 (95 paragraphs)" for a run.
  static func span(_ version: ParallelText.Version, _ ids: [Int]) -> String {
    let paragraphs = Set(ids.compactMap { version.units[$0].paragraph })
    guard let first = ids.first, let last = ids.last, paragraphs.count > 1 else { return name(version, ids) }
    let from = version.units[first].designation ?? "front matter"
    let to = version.units[last].designation ?? "front matter"
    return "\(version.name) \(from) … \(to) (\(paragraphs.count) paragraphs)"
  }

  /// "zh.txt ¶ 25", "en.txt ¶ #3", "en.txt front matter".
  static func name(_ version: ParallelText.Version, _ ids: some Collection<Int>) -> String {
    let parts = ids.map { id -> String in
      let unit = version.units[id]
      guard let paragraph = unit.paragraph else { return "front matter" }
      return unit.designation ?? "¶ #\(paragraph + 1)"
    }
    var seen = Set<String>()
    return version.name + " " + parts.filter { seen.insert($0).inserted }.joined(separator: " + ")
  }
}

extension TranslationCheck {
  /// The identifier of the JSON schema written by `jsonData()`.
  public static let jsonSchema = "align.check/1"

  /// The findings as `align.check/1` JSON, keys sorted.
  public func jsonData() throws -> Data {
    let encoder = JSONEncoder.alignOutput()
    return try encoder.encode(CheckJSON(self))
  }
}

/// The `align.check/1` JSON form of a `TranslationCheck`.
struct CheckJSON: Encodable {
  struct Side: Encodable {
    var source: String
    var language: String
  }

  struct FindingJSON: Encodable {
    var kind: String
    var source: [Int]
    var target: [Int]
    var sourceLabels: [String]
    var targetLabels: [String]
    var side: String?
    var anchor: String?
    var message: String

    enum CodingKeys: String, CodingKey {
      case kind, source, target, side, anchor, message
      case sourceLabels = "source_labels"
      case targetLabels = "target_labels"
    }
  }

  var schema = TranslationCheck.jsonSchema
  var source: Side
  var target: Side
  var counts: [String: Int]
  var findings: [FindingJSON]

  init(_ check: TranslationCheck) {
    let versions = check.text.versions
    source = Side(source: versions[0].name, language: versions[0].language.rawValue)
    target = Side(source: versions[1].name, language: versions[1].language.rawValue)
    counts = Dictionary(grouping: check.findings, by: \.kind.rawValue).mapValues(\.count)
    findings = check.findings.map { finding in
      FindingJSON(
        kind: finding.kind.rawValue, source: finding.source, target: finding.target,
        sourceLabels: finding.source.map { versions[0].units[$0].designation ?? "front matter" },
        targetLabels: finding.target.map { versions[1].units[$0].designation ?? "front matter" },
        side: finding.side?.rawValue, anchor: finding.anchor?.description, message: finding.message)
    }
  }
}
