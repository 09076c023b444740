import Foundation

extension Lexicon {
  /// The CC-CEDICT lexicon shipped in this module's resources
  /// (`cedict-lexicon.tsv`, a CC BY-SA 4.0 adaptation of CC-CEDICT by MDBG,
  /// built by `scripts/build-lexicon.py`; see `CEDICT-LICENSE.txt`), read on
  /// first use and then shared; `nil` if the resource bundle is missing.
  ///
  /// - Complexity: O(*n*) in the size of the file (4.4 MB) on first use,
  ///   O(1) afterwards.
  public static let cedict: Lexicon? = {
    guard
      let url = Bundle.module.url(forResource: "cedict-lexicon", withExtension: "tsv"),
      let data = try? Data(contentsOf: url)
    else { return nil }
    return Lexicon(tsv: String(decoding: data, as: UTF8.self))
  }()
}
