#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension BatchManifest {
  /// The sets of a directory whose file names follow `pattern`, such as
  /// `{symbol}_{lang}.{ext}`: files sharing a `{symbol}` form one set, each
  /// file's role is its `{lang}`. `{ext}` (optional) matches any extension;
  /// other characters match themselves. Sets come in the order of their
  /// symbols; inside a set, `old` comes before `new` and languages follow
  /// in alphabetical order. Files that do not match are ignored.
  ///
  /// - Throws: `Problem` when the pattern lacks `{symbol}` or `{lang}`, the
  ///   directory cannot be listed, or a symbol has the same language twice.
  /// - Complexity: O(*f* log *f*) for *f* files in the directory.
  public static func sets(inDirectory directory: String, pattern: String) throws(Problem) -> [BatchSet] {
    guard pattern.contains("{symbol}"), pattern.contains("{lang}") else {
      throw Problem("the pattern '\(pattern)' needs {symbol} and {lang}")
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory)
    } catch {
      throw Problem("\(directory): the directory cannot be listed")
    }
    let matcher = PatternMatcher(pattern)
    var grouped: [String: [BatchSet.File]] = [:]
    for name in names.sorted() {
      guard let fields = matcher.match(name), let symbol = fields["symbol"], let lang = fields["lang"] else { continue }
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      if grouped[symbol, default: []].contains(where: { $0.role == lang }) {
        throw Problem("\(directory): '\(symbol)' has two files for \(lang)")
      }
      grouped[symbol, default: []].append(BatchSet.File(role: lang, path: path))
    }
    func rank(_ role: String) -> (Int, String) {
      (role == "old" ? 0 : role == "new" ? 1 : 2, role)
    }
    return grouped.keys.sorted().map { symbol in
      BatchSet(id: symbol, files: (grouped[symbol] ?? []).sorted { rank($0.role) < rank($1.role) })
    }
  }

  /// A file-name pattern of literal text and `{name}` fields, matched left
  /// to right; a field takes the longest non-empty text that lets the rest
  /// match, as a greedy `(.+)` would, so `{symbol}_{lang}.{ext}` reads
  /// `S_RES_2446_zh.txt` as symbol `S_RES_2446`, lang `zh`, ext `txt`.
  struct PatternMatcher {
    enum Piece: Equatable {
      case literal(String)
      case field(String)
    }

    var pieces: [Piece] = []

    init(_ pattern: String) {
      var rest = Substring(pattern)
      while !rest.isEmpty {
        if rest.hasPrefix("{"), let close = rest.firstIndex(of: "}") {
          pieces.append(.field(String(rest[rest.index(after: rest.startIndex)..<close])))
          rest = rest[rest.index(after: close)...]
        } else {
          let next = rest.dropFirst().firstIndex(of: "{") ?? rest.endIndex
          pieces.append(.literal(String(rest[..<next])))
          rest = rest[next...]
        }
      }
    }

    /// The fields of `name`, or `nil` when it does not match.
    func match(_ name: String) -> [String: String]? {
      var fields: [String: String] = [:]
      return match(Substring(name), from: 0, into: &fields) ? fields : nil
    }

    private func match(_ text: Substring, from piece: Int, into fields: inout [String: String]) -> Bool {
      guard piece < pieces.count else { return text.isEmpty }
      switch pieces[piece] {
      case .literal(let literal):
        guard text.hasPrefix(literal) else { return false }
        return match(text.dropFirst(literal.count), from: piece + 1, into: &fields)
      case .field(let name):
        // Longest non-empty value first.
        var end = text.endIndex
        while end > text.startIndex {
          fields[name] = String(text[..<end])
          if match(text[end...], from: piece + 1, into: &fields) { return true }
          end = text.index(before: end)
        }
        fields[name] = nil
        return false
      }
    }
  }
}
