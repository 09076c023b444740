#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The files of one set, read into memory once: their bytes (or why they
/// could not be read) and content hashes, from which the set's resume key
/// is made.
public struct BatchInput: Sendable {
  /// One file, read.
  public struct File: Sendable {
    public var role: String
    /// The path as in the manifest, used in records and error messages.
    public var path: String
    /// The bytes, or the reason they could not be read.
    public var contents: Result<Data, ReadError>
    /// The FNV-1a 64 hash of the bytes, `nil` when unread.
    public var hash: StableHash?
  }

  public var set: BatchSet
  public var files: [File]

  /// Reads every file of `set`; relative paths are resolved against
  /// `root` when it is given, else against the current directory.
  ///
  /// - Complexity: O(*n*) in the size of the files.
  public init(_ set: BatchSet, root: String?) {
    self.set = set
    files = set.files.map { file -> File in
      let resolved =
        root.map { root in
          file.path.hasPrefix("/") ? file.path : (root.hasSuffix("/") ? root : root + "/") + file.path
        } ?? file.path
      do throws(ReadError) {
        let bytes = try InputFile.bytes(at: resolved)
        return File(role: file.role, path: file.path, contents: .success(bytes), hash: StableHash.of(bytes))
      } catch {
        return File(
          role: file.role, path: file.path,
          contents: .failure(ReadError(file: file.path, reason: error.reason)), hash: nil)
      }
    }
  }

  /// The set's resume key: a hash of `salt` (align's version and the
  /// options that change records), the id, and each file's role, path and
  /// content hash (or the reason it could not be read). Two runs give a set
  /// the same key exactly when they would write the same record.
  ///
  /// - Complexity: O(*n*) in the length of the names.
  public func key(salt: String) -> String {
    var hash = StableHash()
    hash.combine(salt)
    hash.combine(set.id)
    for file in files {
      hash.combine(file.role)
      hash.combine(file.path)
      switch file.contents {
      case .success: hash.combine(file.hash?.hex ?? "")
      case .failure(let error): hash.combine("unread: " + error.description)
      }
    }
    return hash.hex
  }
}
