/// Unicode normalization and script folding, through ICU.
///
/// ```swift
/// Normalization.nfkc("１２３ＡＢＣ（ａ）")  // "123ABC(a)"
/// Normalization.simplified("聯合國憲章")    // "联合国宪章"
/// ```
///
/// Each function returns its input unchanged if ICU's data for the
/// transform is missing, rather than failing on every call;
/// `TextServices.check(_:)` reports the missing data as a
/// `TextServiceProblem`, and the CLI runs it first.
enum Normalization {
  /// Canonical composition (NFC): "e" + U+0301 becomes "é".
  ///
  /// - Complexity: O(*n*) in the length of the text.
  static func nfc(_ s: String) -> String {
    normalize(s, with: ICU.Normalizer.nfc)
  }

  /// Compatibility composition (NFKC): full-width digits, letters and
  /// punctuation become ASCII ("１２３ＡＢＣ（ａ）" becomes "123ABC(a)"),
  /// ligatures and circled numbers are spelled out. Note that this also
  /// maps Chinese full-width punctuation such as "，" to ",".
  ///
  /// - Complexity: O(*n*) in the length of the text.
  static func nfkc(_ s: String) -> String {
    normalize(s, with: ICU.Normalizer.nfkc)
  }

  /// NFKC with full case folding and default-ignorable characters removed
  /// (Unicode's NFKC_Casefold): "ＡＢＣ" and "Abc" both become "abc".
  ///
  /// - Complexity: O(*n*) in the length of the text.
  static func nfkcCasefold(_ s: String) -> String {
    normalize(s, with: ICU.Normalizer.nfkcCasefold)
  }

  /// Full case folding without other changes: "Straße" becomes "strasse".
  ///
  /// - Complexity: O(*n*) in the length of the text.
  static func caseFolded(_ s: String) -> String {
    guard !s.isEmpty, let units = try? ICU.CaseMap.foldCase(Array(s.utf16))
    else { return s }
    return String(utf16Units: units)
  }

  /// Chinese in Traditional characters converted to Simplified ones with
  /// ICU's "Traditional-Simplified" transliterator ("聯合國憲章" becomes
  /// "联合国宪章"). Text in other scripts passes through unchanged.
  ///
  /// Safe to call from several threads at once: each call works on its own
  /// clone of one cached transliterator.
  ///
  /// - Complexity: O(*n*) in the length of the text.
  static func simplified(_ s: String) -> String {
    guard !s.isEmpty, case .success(let prototype) = traditionalToSimplified,
      let transliterator = try? prototype.clone(),
      let units = try? transliterator.transliterate(Array(s.utf16))
    else { return s }
    return String(utf16Units: units)
  }

  /// The ICU transliterator `simplified(_:)` uses.
  static let traditionalToSimplifiedID = "Traditional-Simplified"

  /// The cached prototype for `simplified(_:)`, only ever cloned, or why
  /// ICU cannot open it (for `TextServices.check(_:)`).
  static let traditionalToSimplified = Result { () throws(ICUError) in
    try ICU.Transliterator(id: traditionalToSimplifiedID)
  }

  private static func normalize(
    _ s: String, with result: Result<ICU.Normalizer, ICUError>
  ) -> String {
    guard !s.isEmpty, case .success(let normalizer) = result,
      let units = try? normalizer.normalize(Array(s.utf16))
    else { return s }
    return String(utf16Units: units)
  }
}
