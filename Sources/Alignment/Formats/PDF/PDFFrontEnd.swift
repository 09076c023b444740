#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads a PDF's text layer with its page geometry, through Poppler's
/// `pdftotext -bbox-layout` (see Guides/PDFReading.md for why a
/// subprocess).
///
/// The stages: bytes → pdftotext's XHTML (`PDFToText`) → pages of lines
/// with boxes (`PDFPage`) → per page, columns in reading order
/// (`PDFColumns`) and rows with superscript marks taken out (`PDFRow`) →
/// running headers, footers and page numbers by position (`PDFRunningFurniture`)
/// → footnotes at the page bottom (`PDFFootnotes`) → paragraphs by indent,
/// gap, centring and short lines (`PDFParagraphs`) → `ExtractedText`, one
/// row a line, a blank line between paragraphs.
enum PDFFrontEnd {
  static let reader = "pdftotext -bbox-layout"

  /// - Throws: `ReadError` with a `PDFProblem`: truncated, encrypted,
  ///   damaged, without a text layer, or pdftotext missing.
  /// - Complexity: O(*n* log *n*) in the number of words, after pdftotext's
  ///   own work.
  static func extract(_ data: Data, name: String, options: PDFLayoutOptions = PDFLayoutOptions()) throws(ReadError)
    -> ExtractedText
  {
    do {
      return try extract(data, options: options)
    } catch {
      throw ReadError(file: name, reason: .format(.pdf(error)))
    }
  }

  static func extract(_ data: Data, options: PDFLayoutOptions) throws(PDFProblem) -> ExtractedText {
    guard endsWithEndMarker(data, window: options.endMarkerWindow) else { throw .truncated }
    let output = try PDFToText.run(data)
    if output.status != 0 { throw problem(from: output) }
    guard let pages = PDFPage.pages(fromBoundingBoxXHTML: output.xhtml), !pages.isEmpty else {
      throw .damaged(firstMessage(output.messages))
    }
    let characters = pages.reduce(0) { total, page in
      total + page.lines.reduce(0) { $0 + $1.words.reduce(0) { $0 + $1.text.count } }
    }
    guard Double(characters) >= options.textPerPage * Double(pages.count), characters > 0 else {
      throw .noTextLayer
    }
    return PDFTextAssembler(pages: pages, options: options).extracted()
  }

  /// Whether `%%EOF` appears in the last `window` bytes.
  static func endsWithEndMarker(_ data: Data, window: Int) -> Bool {
    let marker = Array("%%EOF".utf8)
    let tail = Array(data.suffix(window))
    guard tail.count >= marker.count else { return false }
    for start in stride(from: tail.count - marker.count, through: 0, by: -1)
    where tail[start] == marker[0] && Array(tail[start..<start + marker.count]) == marker {
      return true
    }
    return false
  }

  /// Classifies a failed run by pdftotext's messages.
  static func problem(from output: PDFToText.Output) -> PDFProblem {
    let messages = output.messages
    // "Command Line Error: Incorrect password" (a user password is set).
    if messages.contains("Incorrect password") { return .encrypted }
    if messages.contains("Copying of text from this document is not allowed") { return .encrypted }
    return .damaged(firstMessage(messages))
  }

  /// pdftotext's first message without its "Syntax Error (137): " prefix,
  /// cut to 120 characters, for a one-line error.
  static func firstMessage(_ messages: String) -> String? {
    guard let line = messages.split(whereSeparator: \.isNewline).first else { return nil }
    var text = line.trimmingSpaces()
    if let colon = text.firstRange(of: ": ") { text = text[colon.upperBound...] }
    let trimmed = String(text.prefix(120))
    return trimmed.isEmpty ? nil : trimmed
  }
}
