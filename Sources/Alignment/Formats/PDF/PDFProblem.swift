/// Why a PDF could not be read. Each description is one line, without the
/// file name (`ReadError` adds it).
public enum PDFProblem: Error, Sendable, Hashable, CustomStringConvertible {
  /// The pages hold no text, only images: a scan.
  case noTextLayer
  /// The PDF is encrypted and needs a password to be read.
  case encrypted
  /// The file stops early: no `%%EOF` near its end, or no cross-reference
  /// table pdftotext could find.
  case truncated
  /// pdftotext could not read the file (its first message, if any).
  case damaged(String?)
  /// Poppler's `pdftotext` is not installed.
  case readerMissing
  /// pdftotext ran but failed in a way that says nothing about the file.
  case readerFailed(String)

  public var description: String {
    switch self {
    case .noTextLayer:
      "PDF has no text layer (a scanned image?); run OCR first, for example `ocrmypdf in.pdf out.pdf`"
    case .encrypted:
      "PDF is encrypted and needs a password; decrypt it first (for example `qpdf --password=… --decrypt in.pdf out.pdf`)"
    case .truncated:
      "PDF is truncated (it stops before its end); download it again"
    case .damaged(let message?):
      "PDF is damaged and cannot be read (pdftotext: \(message))"
    case .damaged(nil):
      "PDF is damaged and cannot be read"
    case .readerMissing:
      "reading PDF needs pdftotext, which is not installed (Debian package poppler-utils: apt-get install poppler-utils)"
    case .readerFailed(let message):
      "pdftotext failed: \(message)"
    }
  }
}
