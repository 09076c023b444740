internal import LexiconData

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension Lexicon {
  /// The resource file of `Lexicon.cedict`.
  static let cedictResource = "cedict-lexicon.bin"

  /// The CC-CEDICT lexicon shipped in this module's resources
  /// (`cedict-lexicon.bin`, a CC BY-SA 4.0 adaptation of CC-CEDICT by MDBG,
  /// built by `scripts/build-lexicon.py`; see `CEDICT-LICENSE.txt`),
  /// memory-mapped on first use and then shared; `nil` if the resource
  /// cannot be found or is damaged, in which case `loadedCEDICT` says why
  /// and `TextServices.check(_:)` (which the CLI runs) throws it.
  ///
  /// - Complexity: O(1): the file is mapped, not read.
  public static var cedict: Lexicon? { try? loadedCEDICT.get() }

  /// The bundled lexicon, or why it cannot be used.
  public static let loadedCEDICT: Result<Lexicon, TextServiceProblem> = {
    let name = cedictResource
    guard let path = resourcePath(name) else {
      return .failure(
        .resource(name: name, reason: "no \(resourceBundleName) beside the executable"))
    }
    do throws(LexiconFileProblem) {
      let lexicon = try Lexicon(contentsOfFile: path)
      guard lexicon.count > 0 else { return .failure(.resource(name: name, reason: "no entries")) }
      return .success(lexicon)
    } catch {
      return .failure(.resource(name: name, reason: error.description))
    }
  }()

  /// The resource bundle SwiftPM builds from the `LexiconData` target and
  /// installs beside the executable (`align_LexiconData.resources` on
  /// Linux, `align_LexiconData.bundle` on Apple platforms).
  static let resourceBundleName = String(cString: lexicondata_bundle_name())

  /// The path of the resource `name` in the bundle beside the executable,
  /// or `nil`. Unlike SwiftPM's `Bundle.module`, which stops the program
  /// when the bundle is missing (a binary copied without it), a missing
  /// bundle is an answer here.
  ///
  /// - Complexity: O(1) file-system look-ups.
  static func resourcePath(_ name: String) -> String? {
    guard let executable = ExecutablePath.current else { return nil }
    let directory = executable.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    // SwiftPM's bundle on Apple platforms keeps its files in
    // Contents/Resources; on Linux the bundle is a plain directory.
    for inner in ["", "Contents/Resources/"] {
      let path = "\(directory)/\(resourceBundleName)/\(inner)\(name)"
      var status = stat()
      if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG { return path }
    }
    return nil
  }
}

/// The path of the running executable, with symbolic links resolved.
enum ExecutablePath {
  /// `nil` when the system does not say.
  static let current: String? = {
    #if canImport(Darwin)
    var size: UInt32 = 0
    _ = _NSGetExecutablePath(nil, &size)
    var buffer = [CChar](repeating: 0, count: Int(size) + 1)
    guard _NSGetExecutablePath(&buffer, &size) == 0, let resolved = realpath(buffer, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
    #else
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let length = readlink("/proc/self/exe", &buffer, Int(PATH_MAX))
    guard length > 0 else { return nil }
    return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    #endif
  }()
}
