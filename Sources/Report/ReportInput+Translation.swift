import Alignment
import Diff

/// What the translation column of a three-way report shows for one change.
struct TranslationCell: Sendable, Hashable {
  /// Whether one language was revised and the other was not.
  enum Flag: String, Sendable, Hashable {
    /// The source changed, its aligned translation did not.
    case needsRevision = "needs-revision"
    /// The translation changed, the source did not.
    case translationOnly = "translation-only"
  }

  /// The aligned translation of the change's new paragraphs, `nil` when
  /// none is aligned with them.
  var text: String?
  var flag: Flag?
}

extension ReportInput {
  /// The translation cell of a change: the aligned translation of its new
  /// paragraphs, flagged when the earlier translation is known and only one
  /// language was revised.
  ///
  /// - Complexity: O(*k*) for the change's *k* new paragraphs.
  func translationCell(_ change: Change, _ translation: TranslationColumn) -> TranslationCell {
    var flag: TranslationCell.Flag?
    if let revised = translation.revised, !change.new.isEmpty {
      let translationRevised = change.new.contains { revised[$0] == true }
      let sourceRevised = change.op != .unchanged
      if sourceRevised && !translationRevised {
        flag = .needsRevision
      } else if translationRevised && !sourceRevised {
        flag = .translationOnly
      }
    }
    let texts = change.new.compactMap { translation.texts[$0] }
    return TranslationCell(text: texts.isEmpty ? nil : texts.joined(separator: "\n"), flag: flag)
  }

  /// How a consistency finding reads in a report: the check's own line
  /// naming the paragraphs and the problem.
  static func describe(_ finding: TranslationCheck.Finding) -> String {
    finding.message
  }

  /// How a flag reads in the report's language.
  func name(of flag: TranslationCell.Flag) -> String {
    switch flag {
    case .needsRevision: strings.translationNotRevised
    case .translationOnly: strings.translationOnlyRevised
    }
  }
}
