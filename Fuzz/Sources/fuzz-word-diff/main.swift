import Alignment
import Diff
import FuzzSupport

// Two texts → word edits and character edits that spell both texts, tile
// their UTF-8 and never repeat a kind (`WordDiff.invariantViolations`), in
// every language's tokenizer and with every ignoring option.
fuzzMain { bytes in
  guard let selector = bytes.first else { return }
  let (a, b) = splitInTwo(Array(bytes.dropFirst()))
  let old = String(decoding: a, as: UTF8.self)
  let new = String(decoding: b, as: UTF8.self)
  let languages = Language.allCases
  let language = languages[Int(selector) % languages.count]
  let ignoring = WordDiff.Options.Ignoring(rawValue: Int(selector >> 4) & 0xF)
  let granularity: WordDiff.Options.Granularity = selector & 0x8 == 0 ? .word : .character
  let options = WordDiff.Options.forLanguage(language, ignoring: ignoring, granularity: granularity)
  let edits = WordDiff.edits(from: old, to: new, options: options)
  let problems = WordDiff.invariantViolations(of: edits, old: old, new: new)
  precondition(problems.isEmpty, "\(problems) for \(language) \(ignoring.rawValue) \(granularity)")
}
