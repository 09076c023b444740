import Foundation
import Testing
import ZIPFoundation

@testable import Report

/// `ZipWriter` writes the bytes ZIPFoundation 0.9.20 wrote for the same
/// entries (the Word redline's zip before `ZipWriter`), so that a `.docx`
/// report is the same file as before, byte for byte.
@Suite struct ZipWriterTests {
  static let seconds = 946_684_800

  /// Entries of many sizes: empty, small, exactly one and two 16 KiB
  /// chunks, one byte past, and large text that compresses well and
  /// bytes that do not; a UTF-8 name.
  static func entries() -> [(String, Data)] {
    var noise = [UInt8]()
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<70_001 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      noise.append(UInt8(truncatingIfNeeded: state >> 33))
    }
    let text = String(repeating: "第十五条　国家保障自然资源的合理利用。Article 15. ", count: 3_000)
    return [
      ("[Content_Types].xml", Data("<?xml version=\"1.0\"?><Types/>".utf8)),
      ("empty", Data()),
      ("word/一.xml", Data(repeating: 0x41, count: 16_384)),
      ("two-chunks", Data(noise.prefix(32_768))),
      ("one-past", Data(noise.prefix(16_385))),
      ("noise", Data(noise)),
      ("word/document.xml", Data(text.utf8)),
    ]
  }

  @Test func sameBytesAsZIPFoundation() throws {
    let entries = Self.entries()
    var writer = ZipWriter(modified: Self.seconds)
    for (path, data) in entries {
      try writer.add(path, size: data.count) { position, count in data.subdata(in: position..<position + count) }
    }
    let ours = try writer.finish()

    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, data) in entries {
      try archive.addEntry(
        with: path, type: .file, uncompressedSize: Int64(data.count),
        modificationDate: Date(timeIntervalSince1970: TimeInterval(Self.seconds)), compressionMethod: .deflate
      ) { position, size in
        let start = Int(position)
        return data.subdata(in: start..<min(start + size, data.count))
      }
    }
    let theirs = try #require(archive.data)
    #expect(ours.count == theirs.count)
    #expect(ours == theirs)
    // And ZIPFoundation reads every entry back.
    let reread = try Archive(data: ours, accessMode: .read)
    for (path, data) in entries {
      let entry = try #require(reread[path])
      var extracted = Data()
      _ = try reread.extract(entry) { extracted.append($0) }
      #expect(extracted == data, "\(path)")
    }
  }

  @Test func dosTimes() {
    func check(_ seconds: Int, time: Int, date: Int) {
      let (t, d) = ZipWriter.dosTime(secondsSince1970: seconds)
      #expect(Int(t) == time && Int(d) == date, "\(seconds)")
    }
    check(946_684_800, time: 0, date: 0x2821)  // 2000-01-01 00:00:00
    check(0, time: 0, date: 0x0021)  // before DOS time: 1980-01-01
    let afternoon = 13 << 11 | 45 << 5 | 29
    check(1_782_481_558, time: afternoon, date: 46 << 9 | 6 << 5 | 26)  // 2026-06-26 13:45:58
  }
}
