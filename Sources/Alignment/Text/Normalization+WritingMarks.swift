extension Normalization {
  /// Marks that change how a word is written but not which word it is,
  /// removed or folded: Arabic tatweel (U+0640, the stretching stroke of
  /// "مقاصـد"), Arabic short vowels and other harakat (U+064B–U+065F, U+0670),
  /// bidirectional marks and embeddings (U+200E, U+200F, U+061C,
  /// U+202A–U+202E, U+2066–U+2069), the soft hyphen, and Russian "ё" read as
  /// "е" (Russian prints ё only optionally).
  ///
  /// ```swift
  /// Normalization.withoutWritingMarks("مقاصـد")   // "مقاصد"
  /// Normalization.withoutWritingMarks("её")       // "ее"
  /// ```
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public static func withoutWritingMarks(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: { isWritingMark($0) || $0 == "ё" || $0 == "Ё" }) else { return s }
    var scalars = String.UnicodeScalarView()
    for scalar in s.unicodeScalars {
      switch scalar {
      case "ё": scalars.append("е")
      case "Ё": scalars.append("Е")
      case _ where isWritingMark(scalar): continue
      default: scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// Whether `scalar` is one of the marks `withoutWritingMarks` removes.
  static func isWritingMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0640, 0x064B...0x065F, 0x0670: true  // tatweel, harakat
    case 0x00AD, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true  // soft hyphen, bidi
    default: false
    }
  }
}
