import Alignment
import Testing

@testable import Diff

/// The text and Markdown renderers' `write` hands out the bytes of
/// `render`, in pieces of the asked size, and a sink's error ends it.
@Suite("Diff renderer stream")
struct DiffRendererStreamTests {
  typealias SinkFailure = StreamPieces.SinkFailure

  /// The 宪法 1982 → 2018 diff, with its moves and renumberings.
  static func diff() throws -> (DocumentDiff, old: Document, new: Document) {
    let old = try Fixtures.constitution1982()
    let new = try Fixtures.constitution2018()
    return (DocumentDiff(from: old, to: new), old, new)
  }

  @Test(arguments: [(1, false, 0), (1_000, false, 0), (1_000, true, 2), (1 << 16, false, 0)])
  func textInPiecesIsTheText(chunkSize: Int, color: Bool, context: Int) throws {
    let (diff, old, new) = try Self.diff()
    let renderer = DiffTextRenderer(color: color, context: context)
    let whole = Array(renderer.render(diff, old: old, new: new).utf8)
    let pieces = try StreamPieces.collect { try renderer.write(diff, old: old, new: new, chunkSize: chunkSize, to: $0) }
    #expect(whole.count > 10_000)
    #expect(Array(pieces.joined()) == whole)
    StreamPieces.expectSized(pieces, chunkSize: chunkSize)
    if chunkSize >= whole.count { #expect(pieces.count == 1) }
    if chunkSize <= 1_000 { #expect(pieces.count > 10) }
  }

  @Test(arguments: [1, 1_000, 1 << 16])
  func markdownInPiecesIsTheText(chunkSize: Int) throws {
    let (diff, old, new) = try Self.diff()
    let whole = Array(DiffMarkdownRenderer.render(diff, old: old, new: new, oldName: "a", newName: "b").utf8)
    let pieces = try StreamPieces.collect {
      try DiffMarkdownRenderer.write(diff, old: old, new: new, oldName: "a", newName: "b", chunkSize: chunkSize, to: $0)
    }
    #expect(whole.count > 10_000)
    #expect(Array(pieces.joined()) == whole)
    StreamPieces.expectSized(pieces, chunkSize: chunkSize)
    if chunkSize <= 1_000 { #expect(pieces.count > 10) }
  }

  @Test func noChangesWriteNothing() throws {
    let old = try Fixtures.constitution1982()
    let diff = DocumentDiff(from: old, to: old)
    #expect(try StreamPieces.collect { try DiffTextRenderer().write(diff, old: old, new: old, to: $0) }.isEmpty)
  }

  @Test func aSinksErrorEndsTheWriting() throws {
    let (diff, old, new) = try Self.diff()
    var calls = 0
    #expect(throws: SinkFailure()) {
      try DiffTextRenderer().write(diff, old: old, new: new, chunkSize: 100) { _ in
        calls += 1
        if calls == 3 { throw SinkFailure() }
      }
    }
    #expect(calls == 3)
    calls = 0
    #expect(throws: SinkFailure()) {
      try DiffMarkdownRenderer.write(diff, old: old, new: new, oldName: "a", newName: "b", chunkSize: 100) { _ in
        calls += 1
        if calls == 2 { throw SinkFailure() }
      }
    }
    #expect(calls == 2)
  }
}
