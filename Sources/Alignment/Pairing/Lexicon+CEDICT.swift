import Foundation

extension Lexicon {
  /// The CC-CEDICT lexicon shipped in this module's resources
  /// (`cedict-lexicon.tsv`, a CC BY-SA 4.0 adaptation of CC-CEDICT by MDBG,
  /// built by `scripts/build-lexicon.py`; see `CEDICT-LICENSE.txt`), read on
  /// first use and then shared; `nil` if the resource cannot be loaded, in
  /// which case `loadedCEDICT` says why and `TextServices.check(_:)` (which
  /// the CLI runs) throws it.
  ///
  /// - Complexity: O(*n*) in the size of the file (4.4 MB) on first use,
  ///   O(1) afterwards.
  public static var cedict: Lexicon? { try? loadedCEDICT.get() }

  /// The bundled lexicon, or why it cannot be loaded.
  public static let loadedCEDICT: Result<Lexicon, TextServiceProblem> = {
    let name = "cedict-lexicon.tsv"
    guard let url = Bundle.module.url(forResource: "cedict-lexicon", withExtension: "tsv") else {
      return .failure(.resource(name: name, reason: "not in the module's resource bundle"))
    }
    do {
      let data = try Data(contentsOf: url)
      let lexicon = Lexicon(tsv: String(decoding: data, as: UTF8.self))
      guard lexicon.count > 0 else { return .failure(.resource(name: name, reason: "no entries")) }
      return .success(lexicon)
    } catch {
      return .failure(.resource(name: name, reason: "\(error.localizedDescription)"))
    }
  }()
}
