/// A text service the library needs that this installation cannot
/// provide: ICU data (a normalizer, a break iterator, a transliterator) or
/// a bundled resource (the zh–en lexicon).
///
/// The text functions (`Normalization`, `Segmenter`) never fail on a
/// missing service, so that one bad installation does not turn every call
/// into a `throws`; instead `TextServices.check(_:)` names what is missing,
/// and the CLI runs it before any work, so nothing degrades silently.
/// Each `description` is one line.
public enum TextServiceProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// A Unicode normalization form ("NFC", "NFKC", "NFKC_Casefold").
  case normalizer(form: String, icuError: String)
  /// A word or sentence break iterator for a locale.
  case breakIterator(kind: String, locale: String, icuError: String)
  /// An ICU transliterator, such as "Traditional-Simplified".
  case transliterator(id: String, icuError: String)
  /// A resource file missing from the module's bundle, or unreadable.
  case resource(name: String, reason: String)

  public var description: String {
    switch self {
    case .normalizer(let form, let error):
      "ICU's \(form) normalizer is not available (\(error)); is the ICU data installed?"
    case .breakIterator(let kind, let locale, let error):
      "ICU's \(kind) break iterator for '\(locale)' is not available (\(error)); is the ICU data installed?"
    case .transliterator(let id, let error):
      "ICU's \(id) transliterator is not available (\(error)); is the ICU data installed?"
    case .resource(let name, let reason):
      "the bundled resource \(name) cannot be loaded (\(reason))"
    }
  }
}
