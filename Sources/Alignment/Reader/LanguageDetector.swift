/// Detects the language of a text from its script and a few cues.
enum LanguageDetector {
  typealias Options = DocumentReader.LanguageDetectionOptions

  /// Counts letters by script on at most the first `options.sample` scalars; Han text
  /// is told Traditional or Simplified by characters that exist in one
  /// script only; Latin text by frequent function words.
  ///
  /// - Complexity: O(min(*n*, `options.sample`)).
  static func detect(_ text: String, options: Options = Options()) -> Language? {
    var tally = ScriptTally()
    tally.add(text, upTo: options.sample)
    return tally.language(options: options) { text.unicodeScalars.prefix(options.sample) }
  }

  /// Whether `detect(text, options:)` is Chinese (no language counting as
  /// English, which is not): Han, weighted, at least as many letters as
  /// each other script. The sample is counted `settlingChunk` bytes at a
  /// time, and no further once the counts settle it: the letters still to
  /// come (at most one a byte) could not lift another script above Han, or
  /// could not lift Han to the one above it.
  ///
  /// - Complexity: O(min(*n*, `options.sample`)), often half of that on
  ///   text in one script.
  static func detectsCJK(_ text: String, options: Options = Options()) -> Bool {
    let settled = text.utf8.withContiguousStorageIfAvailable { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
      var tally = ScriptTally()
      var (start, scalars) = (0, 0)
      return scriptMarks.withUnsafeBufferPointer { (marks: UnsafeBufferPointer<UInt8>) -> Bool in
        while start < bytes.count && scalars < options.sample {
          var end = min(bytes.count, start + settlingChunk)
          while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
          scalars += tally.addBytes(
            UnsafeBufferPointer(rebasing: bytes[start..<end]), upTo: options.sample - scalars, marks: marks)
          start = end
          let toCome = min(bytes.count - start, options.sample - scalars)
          if tally.hanLeads(options: options, toCome: toCome) { return true }
          if (tally.han + toCome) * options.hanWeight < max(tally.latin, tally.cyrillic, tally.arabic) { return false }
        }
        return tally.hanLeads(options: options)
      }
    }
    return settled ?? (detect(text, options: options)?.isCJK ?? false)
  }

  /// The bytes `detectsCJK` counts between looks at its counts.
  static let settlingChunk = 16 << 10

  /// Letters by script, and Han characters found in one script only.
  struct ScriptTally: Equatable {
    var han = 0
    var latin = 0
    var cyrillic = 0
    var arabic = 0
    var traditional = 0
    var simplified = 0
    /// `LanguageDetector.scriptMarks`, looked up once.
    let marks = LanguageDetector.scriptMarks

    /// Counts the first `limit` scalars of `text`, off its UTF-8 bytes when
    /// they are contiguous.
    ///
    /// - Complexity: O(min(*n*, `limit`)).
    mutating func add(_ text: String, upTo limit: Int) {
      let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
        marks.withUnsafeBufferPointer { marks in _ = addBytes(bytes, upTo: limit, marks: marks) }
      }
      if scanned == nil {
        for scalar in text.unicodeScalars.prefix(limit) { add(scalar) }
      }
    }

    /// `add(_:upTo:)` on contiguous UTF-8, counting in locals: the loop
    /// touches no memory but the bytes and the marks. Returns the number
    /// of scalars counted.
    fileprivate mutating func addBytes(
      _ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int, marks: UnsafeBufferPointer<UInt8>
    ) -> Int {
      var (i, scalars) = (0, 0)
      var (hanCount, latinCount, traditionalCount, simplifiedCount) = (0, 0, 0, 0)
      let n = bytes.count
      while i < n, scalars < limit {
        let lead = bytes[i]
        // Han first, as Chinese text is mostly Han; the counts step without
        // overflow checks (none can pass the number of bytes).
        if lead >= 0xE4 && lead <= 0xE9, i &+ 2 < n, lead != 0xE4 || bytes[i &+ 1] != 0xB7 {
          // Three bytes from U+4000 to U+9FFF but E4 B7 xx, the Yijing
          // hexagrams U+4DC0–U+4DFF: Han all, in the BMP.
          let value = Int(lead & 0x0F) << 12 | Int(bytes[i &+ 1] & 0x3F) << 6 | Int(bytes[i &+ 2] & 0x3F)
          hanCount &+= 1
          let mark = marks[value]
          traditionalCount &+= Int(mark & LanguageDetector.traditionalMark)
          simplifiedCount &+= Int((mark & LanguageDetector.simplifiedMark) >> 1)
          i &+= 3
        } else if lead < 0x80 {
          // ASCII: a letter is Latin (A-Z and a-z fold onto a-z).
          if case 0x61...0x7A = lead | 0x20 { latinCount &+= 1 }
          i &+= 1
        } else if lead & 0xF0 == 0xE0, i &+ 2 < n {
          // Other three bytes (U+0800–U+FFFF): above every Latin, Cyrillic
          // and Arabic letter counted, so Han or nothing.
          addIfHan(UInt32(lead & 0x0F) << 12 | UInt32(bytes[i &+ 1] & 0x3F) << 6 | UInt32(bytes[i &+ 2] & 0x3F))
          i &+= 3
        } else {
          let (scalar, length) = bytes.utf8Scalar(at: i)
          add(scalar)
          i &+= length
        }
        scalars &+= 1
      }
      han += hanCount
      latin += latinCount
      traditional += traditionalCount
      simplified += simplifiedCount
      return scalars
    }

    /// The language the counts point to: the script with the most letters
    /// (Han weighted); for Latin, the language of the most function words
    /// in `latinText`, which is read only then.
    func language(
      options: Options, latinText: () -> Substring.UnicodeScalarView.SubSequence
    ) -> Language? {
      if hanLeads(options: options) {
        return traditional > simplified * options.traditionalDominance && traditional >= options.traditionalMinimum
          ? .chineseTraditional : .chineseSimplified
      }
      let best = max(latin, cyrillic, arabic)
      guard best > 0 else { return nil }
      if cyrillic == best { return .russian }
      if arabic == best { return .arabic }
      return LanguageDetector.latinLanguage(latinText())
    }

    /// Whether the counts point to Chinese: some Han, and Han, weighted,
    /// at least as many letters as each other script, even if `toCome`
    /// more letters of another script were counted.
    func hanLeads(options: Options, toCome: Int = 0) -> Bool {
      han > 0 && han * options.hanWeight >= max(latin, cyrillic, arabic) + toCome
    }

    /// Counts one scalar.
    mutating func add(_ scalar: Unicode.Scalar) {
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
      case 0x400...0x4FF: cyrillic += 1
      case 0x600...0x6FF, 0x750...0x77F: arabic += 1
      default: addIfHan(scalar.value)
      }
    }

    /// Counts the scalar `value` if it is a Han character (`isHan`).
    mutating func addIfHan(_ value: UInt32) {
      guard let scalar = Unicode.Scalar(value), scalar.isHan else { return }
      han += 1
      let mark = value < 0x1_0000 ? marks[Int(value)] : 0
      if mark & LanguageDetector.traditionalMark != 0 { traditional += 1 }
      if mark & LanguageDetector.simplifiedMark != 0 { simplified += 1 }
    }
  }

  /// The writing systems the six languages use.
  enum Script: Hashable, Sendable {
    case han, latin, cyrillic, arabic

    init(_ language: Language) {
      switch language {
      case .chineseSimplified, .chineseTraditional: self = .han
      case .russian: self = .cyrillic
      case .arabic: self = .arabic
      case .english, .french, .spanish: self = .latin
      }
    }
  }

  /// Letters of each script in `text`.
  ///
  /// - Complexity: O(*n*).
  static func letters(in text: some StringProtocol) -> [Script: Int] {
    var han = 0
    var latin = 0
    var cyrillic = 0
    var arabic = 0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
      case 0x400...0x4FF: cyrillic += 1
      case 0x600...0x6FF, 0x750...0x77F: arabic += 1
      default: if scalar.isHan { han += 1 }
      }
    }
    // Only the scripts seen.
    var counts: [Script: Int] = [:]
    for (script, count) in [(Script.han, han), (.latin, latin), (.cyrillic, cyrillic), (.arabic, arabic)]
    where count > 0 {
      counts[script] = count
    }
    return counts
  }

  /// The language of a document's own text, told from its paragraphs rather
  /// than from the whole page: numbered paragraphs and prose-length blocks
  /// count, short ones (menus, buttons, breadcrumbs in whatever language
  /// the site is in) do not. `nil` when those blocks hold too few letters
  /// to tell. `labelled`, when given, says for each block whether it
  /// opens with a numbering label (`NumberingLabel.recognize`), which is
  /// then not looked for again.
  ///
  /// - Complexity: O(*n*) in the total length of the blocks.
  static func detect(
    paragraphs blocks: [String], labelled: [Bool]? = nil, options: Options = Options()
  ) -> Language? {
    let (sample, minimumLetters) = (options.sample, options.minimumLetters)
    // The first `sample` scalars of the blocks joined by newlines are
    // tallied block by block (a newline is a scalar and no letter); the
    // joined text is made only for Latin, whose function words are counted
    // on it. The letters are counted on until there are enough.
    var tally = ScriptTally()
    var body: [String] = []
    var bodyScalars = 0
    var letterCount = 0
    for (index, text) in blocks.enumerated()
    where text.unicodeScalars.hasAtLeast(options.proseLength)
      || labelled?[index] ?? (NumberingLabel.recognize(in: Substring(text)) != nil)
    {
      if bodyScalars < sample {
        if !body.isEmpty { bodyScalars += 1 }
        if bodyScalars < sample { tally.add(text, upTo: sample - bodyScalars) }
        body.append(text)
        bodyScalars += scalarCount(of: text)
      }
      if letterCount < minimumLetters { letterCount += letters(in: text).values.reduce(0, +) }
      if bodyScalars >= sample, letterCount >= minimumLetters { break }
    }
    guard letterCount >= minimumLetters else { return nil }
    return tally.language(options: options) {
      Substring(body.joined(separator: "\n")).unicodeScalars.prefix(sample)
    }
  }

  /// The number of Unicode scalars in `text`, counted on its UTF-8 bytes
  /// (those that do not continue a scalar), eight at a time.
  ///
  /// - Complexity: O(*n*) in the bytes of `text`.
  static func scalarCount(of text: String) -> Int {
    text.utf8.withContiguousStorageIfAvailable(\.utf8ScalarCount) ?? text.unicodeScalars.count
  }

  /// Whether `text` is in another script than `language` (a menu item of a
  /// site in another language): it has letters, and fewer than one in ten
  /// of them are in the document's script.
  static func isForeign(_ text: some StringProtocol, to language: Language, options: Options = Options()) -> Bool {
    let counts = letters(in: text)
    let total = counts.values.reduce(0, +)
    guard total >= options.foreignMinimumLetters else { return false }
    return !options.ownScript.isReached(by: counts[Script(language)] ?? 0, of: total)
  }

  fileprivate static func latinLanguage(_ scalars: Substring.UnicodeScalarView.SubSequence) -> Language {
    var counts: [Language: Int] = [:]
    var word = ""
    func score() {
      switch word.lowercased() {
      case "the", "of", "and", "to", "that", "its", "with", "for": counts[.english, default: 0] += 1
      case "le", "les", "des", "du", "et", "à", "aux", "une", "sur": counts[.french, default: 0] += 1
      case "el", "los", "las", "del", "y", "con", "una", "por", "para": counts[.spanish, default: 0] += 1
      case "de", "la", "en", "que": break
      default: break
      }
      word = ""
    }
    for scalar in scalars {
      if scalar.properties.isAlphabetic { word.unicodeScalars.append(scalar) } else if !word.isEmpty { score() }
    }
    if !word.isEmpty { score() }
    return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }?.key
      ?? .english
  }

  /// The bits of `scriptMarks` (`addBytes` counts them as 1 and 2).
  fileprivate static let traditionalMark: UInt8 = 1
  fileprivate static let simplifiedMark: UInt8 = 2
  /// For every scalar of the BMP, whether it is in `traditionalOnly`
  /// (`traditionalMark`) or `simplifiedOnly` (`simplifiedMark`): a look-up
  /// instead of two set look-ups per Han character.
  fileprivate static let scriptMarks: [UInt8] = {
    var marks = [UInt8](repeating: 0, count: 0x1_0000)
    for scalar in traditionalOnly where scalar.value < 0x1_0000 { marks[Int(scalar.value)] |= traditionalMark }
    for scalar in simplifiedOnly where scalar.value < 0x1_0000 { marks[Int(scalar.value)] |= simplifiedMark }
    return marks
  }()

  /// Frequent characters written differently in the two scripts.
  private static let traditionalOnly: Set<Unicode.Scalar> = Set(
    "國會議們這個來時為說對於與關發經過還從應當實現動體學機長開問題條區選舉權資運進無義務論決範圍聯際處協億萬".unicodeScalars)
  private static let simplifiedOnly: Set<Unicode.Scalar> = Set(
    "国会议们这个来时为说对于与关发经过还从应当实现动体学机长开问题条区选举权资运进无义务论决范围联际处协亿万".unicodeScalars)
}

extension DocumentReader {
  /// How the reader tells a text's language (`LanguageDetector`).
  public struct LanguageDetectionOptions: Sendable, Hashable {
    /// Letters are counted on at most this many first Unicode scalars.
    public var sample = 200_000
    /// A Han character counts as this many letters against other scripts
    /// (it carries about a word).
    public var hanWeight = 3
    /// Han text is Traditional when its Traditional-only characters are
    /// more than this many times its Simplified-only ones…
    public var traditionalDominance = 2
    /// …and at least this many.
    public var traditionalMinimum = 3
    /// Paragraphs at least this many scalars long are prose, not menu items
    /// or buttons, and tell the document's own language (so do numbered
    /// ones).
    public var proseLength = 80
    /// Paragraphs with fewer letters than this in all do not tell a
    /// language.
    public var minimumLetters = 100
    /// A short block is in a foreign script (site chrome) when fewer than
    /// this share of its letters are in the document's script…
    public var ownScript = Ratio(1, 10)
    /// …and it has at least this many letters.
    public var foreignMinimumLetters = 2

    public init() {}
  }
}
