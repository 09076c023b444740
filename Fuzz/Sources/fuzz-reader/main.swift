import Alignment
import FuzzSupport

// Any bytes → a `Document` or a `ReadError`, never a trap; an error's
// description is one line, and a document has a paragraph.
fuzzMain { bytes in
  do throws(ReadError) {
    let document = try DocumentReader.read(bytes: bytes, name: "fuzz.txt")
    precondition(!document.paragraphs.isEmpty, "a document without paragraphs")
  } catch {
    precondition(!error.description.contains("\n"), "a multi-line error: \(error.description)")
  }
}
