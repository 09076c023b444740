#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the document's own text out of an HTML page.
///
/// bytes → decoded text (`HTMLCharset`) → libxml2's HTML tree
/// (`XMLTree.html`) → blocks without site chrome (`HTMLBlockExtractor`,
/// `HTMLSiteChrome`) → the document's main run of good blocks
/// (`HTMLBlockClassifier`) → one line per rendered line, layout
/// `.paragraphPerLine`. Everything removed goes to `discarded`.
enum HTMLFrontEnd {
  /// - Throws: `ReadError` with an `HTMLProblem`: undecodable bytes, no
  ///   tree, or no document text (a page whose text is loaded by script).
  /// - Complexity: O(*n*) in the size of the page, times the nesting depth
  ///   for the main-run step.
  static func extract(_ data: Data, name: String) throws(ReadError) -> ExtractedText {
    let decoded: HTMLCharset.Decoded
    do {
      decoded = try HTMLCharset.decode(data)
    } catch {
      switch error {
      case .decoding(let reason): throw ReadError(file: name, reason: .decoding(reason))
      case .notInDeclaredCharset(let charset):
        throw ReadError(file: name, reason: .format(.html(.undecodable(charset: charset))))
      }
    }
    do {
      return try extract(decoded)
    } catch {
      throw ReadError(file: name, reason: .format(.html(error)))
    }
  }

  /// Reads a page (for tests): decoding failures are `.undecodable`.
  static func extract(_ data: Data, options: HTMLBlockClassifier.Options = .init()) throws(HTMLProblem) -> ExtractedText
  {
    guard let decoded = try? HTMLCharset.decode(data) else {
      throw .undecodable(charset: HTMLCharset.declaredCharset(data) ?? "UTF-8")
    }
    return try extract(decoded, options: options)
  }

  private static func extract(_ decoded: HTMLCharset.Decoded, options: HTMLBlockClassifier.Options = .init())
    throws(HTMLProblem) -> ExtractedText
  {
    // libxml2 gets UTF-8 and is told so, whatever the page's meta says.
    guard let tree = XMLTree.html(Data(decoded.text.utf8), encoding: "UTF-8"), let root = tree.root else {
      throw .unparsable
    }
    var found = HTMLBlockExtractor.extract(root)
    let keep = HTMLBlockClassifier(options: options).classify(&found.blocks, parents: found.parents)
    guard keep.contains(true) else { throw .noDocumentText }
    var lines: [String] = []
    var discarded: [String] = []
    for (block, kept) in zip(found.blocks, keep) {
      if kept { lines += block.lines } else { discarded.append(block.text) }
    }
    return ExtractedText(
      text: lines.joined(separator: "\n"), format: .html, layout: .paragraphPerLine,
      discarded: discarded, reader: "libxml2 \(XMLTree.version) HTML parser, \(decoded.charset)")
  }
}
