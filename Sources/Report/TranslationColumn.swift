import Alignment
import Diff

/// A translation shown beside a revision diff (a three-way report): for each
/// paragraph of the new revision, the aligned paragraph of the translation,
/// whether that translation changed too (when the translation's own earlier
/// version is given), and the consistency findings between the new revision
/// and the translation.
///
/// So a translator sees at a glance which paragraphs need revising. Computed
/// once, before rendering, and carried in a `ChangeReport`.
public struct TranslationColumn: Sendable, Hashable {
  /// The translation's file name as the user gave it.
  public var name: String
  public var language: Language
  /// The aligned translation text for each paragraph index of the new
  /// revision that has one.
  public var texts: [Int: String]
  /// For each paragraph index of the new revision, whether its aligned
  /// translation changed between the translation's two versions; `nil`
  /// without an earlier translation.
  public var revised: [Int: Bool]?
  /// `align check` findings between the new revision and the translation,
  /// as found; a renderer words them.
  public var findings: [TranslationCheck.Finding]

  public init(
    name: String, language: Language, texts: [Int: String], revised: [Int: Bool]?,
    findings: [TranslationCheck.Finding]
  ) {
    self.name = name
    self.language = language
    self.texts = texts
    self.revised = revised
    self.findings = findings
  }

  /// Aligns `translation` with the new revision, and, given the
  /// translation's earlier version, diffs the two translations to learn
  /// which aligned paragraphs changed.
  ///
  /// - Complexity: that of `ParallelText.aligning` and `DocumentDiff`.
  public init(
    new: Document, newName: String, translation: Document, translationName: String,
    translationOld: Document?, lexicon: Lexicon?, diffOptions: DocumentDiff.Options = DocumentDiff.Options()
  ) {
    let parallel = ParallelText.aligning(
      (newName, new), (translationName, translation), level: .paragraph, lexicon: lexicon)
    // Translation paragraph indices aligned with each new paragraph.
    var aligned: [Int: [Int]] = [:]
    let sourceUnits = parallel.versions[0].units
    let targetUnits = parallel.versions[1].units
    for bead in parallel.beads[0] {
      let targets = bead.target.compactMap { targetUnits[$0].paragraph }
      for s in bead.source {
        if let paragraph = sourceUnits[s].paragraph { aligned[paragraph, default: []] += targets }
      }
    }
    var texts: [Int: String] = [:]
    for (paragraph, targets) in aligned where !targets.isEmpty {
      texts[paragraph] = targets.map { index in
        let p = translation.paragraphs[index]
        return p.label.map { $0 + " " + p.text } ?? p.text
      }.joined(separator: "\n")
    }
    var revised: [Int: Bool]?
    if let translationOld {
      let diff = DocumentDiff(from: translationOld, to: translation, options: diffOptions)
      var changed = Set<Int>()
      for change in diff.changes where change.op != .unchanged { changed.formUnion(change.new) }
      revised = aligned.mapValues { targets in targets.contains { changed.contains($0) } }
    }
    self.init(
      name: translationName, language: translation.language, texts: texts, revised: revised,
      findings: TranslationCheck(parallel).findings)
  }
}
