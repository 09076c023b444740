/// Which side of a translation pair something is on: the source (the
/// pivot) or the target.
public enum TranslationSide: String, Hashable, Sendable, Codable {
  case source
  case target
}
