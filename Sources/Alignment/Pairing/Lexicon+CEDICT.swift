import Foundation

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

  /// The resource bundle SwiftPM builds for this module and installs
  /// beside the executable (`align_Alignment.resources` on Linux,
  /// `align_Alignment.bundle` on Apple platforms).
  static let resourceBundleName = "align_Alignment.resources"

  /// The path of the resource `name` in the module's bundle beside the
  /// executable, or `nil`. Unlike SwiftPM's `Bundle.module`, which stops
  /// the program when the bundle is missing (a binary copied without it),
  /// a missing bundle is an answer here.
  ///
  /// - Complexity: O(1) file-system look-ups.
  static func resourcePath(_ name: String) -> String? {
    let directory = Bundle.main.bundleURL
    for bundleName in [resourceBundleName, "align_Alignment.bundle"] {
      guard let bundle = Bundle(url: directory.appendingPathComponent(bundleName)),
        let url = bundle.url(forResource: name, withExtension: nil)
      else { continue }
      return url.path
    }
    return nil
  }
}
