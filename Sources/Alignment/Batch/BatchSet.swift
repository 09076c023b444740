/// One document set of a batch: an id and its files, each with a role.
///
/// For pairing and checking, the roles are language tags (`zh`, `en`) and
/// the first file is the pivot; for diffs and reports, they are `old` and
/// `new`.
public struct BatchSet: Sendable, Hashable {
  /// One file of a set.
  public struct File: Sendable, Hashable {
    /// A language tag (`zh`, `en`, …) or `old` / `new`.
    public var role: String
    /// The path as written in the manifest (relative paths are resolved
    /// against the batch's root when read).
    public var path: String

    public init(role: String, path: String) {
      self.role = role
      self.path = path
    }
  }

  /// The set's identifier, unique in its manifest (a document symbol such
  /// as `S/RES/2482(2019)`).
  public var id: String
  public var files: [File]

  public init(id: String, files: [File]) {
    self.id = id
    self.files = files
  }

  /// The file with `role`, if any.
  public func file(_ role: String) -> File? {
    files.first { $0.role == role }
  }
}
