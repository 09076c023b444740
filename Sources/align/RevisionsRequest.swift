import Alignment
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Two revisions to read, as `diff` and `report` read them
/// (`readRevisions`).
struct RevisionsRequest: Equatable, Sendable {
  var old: String
  var new: String
  var language: Language?
  var forOld: DocumentReader.Options.Revisions
  var forNew: DocumentReader.Options.Revisions
  var preparingWords: Bool
  /// Whether the same file (or two copies of it) is read once (`diff`).
  var readsAlikeOnce: Bool

  /// Reads the two documents.
  func read() throws -> (old: Document, new: Document) {
    if readsAlikeOnce && forOld == forNew && readAlike(old, new) {
      // The same file twice (or two copies of it): parse it once.
      let document = try readDocument(old, language: language, revisions: forOld)
      return (document, document)
    }
    return try readRevisions(
      old, new, language: language, forOld: forOld, forNew: forNew, preparingWords: preparingWords)
  }
}
