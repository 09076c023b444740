#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where each entry's data lies in a zip, read from its central directory
/// and checked: every offset the directory gives (central directory, local
/// headers, entry data, data descriptors, the ZIP64 record) must lie inside
/// the bytes.
///
/// A damaged or hostile directory that points past the data is an error,
/// not a read out of bounds (ZIPFoundation 0.9.20, which `align` once used
/// for this, trapped on one). The locations let `WordArchive` inflate an
/// entry from exactly its own bytes.
struct ZipDirectory {
  /// One entry's data.
  struct Location: Sendable, Equatable {
    /// 0 stored, 8 deflated.
    var method: UInt16
    /// The byte range of the entry's (compressed) data in the zip.
    var data: Range<Int>
    var uncompressedSize: UInt64
    var crc32: UInt32
    /// Whether the entry is a file, not a directory nor a symbolic link:
    /// by the Unix mode of a zip made on Unix or macOS, else by whether the
    /// path ends with "/" (or, from MS-DOS, the directory attribute).
    var isFile = true
  }

  /// The entries by path (the first of each path).
  private(set) var locations: [String: Location] = [:]

  /// - Returns: `nil` when the directory is missing or points outside the
  ///   data.
  init?(_ data: Data) {
    guard let locations = Self.read(data) else { return nil }
    self.locations = locations
  }

  private static let endRecordSize = 22
  private static let centralHeaderSize = 46
  private static let localHeaderSize = 30
  private static let saturated32 = UInt64(UInt32.max)

  /// The entries' locations, or `nil` unless the directory and every
  /// entry it lists lie inside `data`.
  ///
  /// - Complexity: O(*n*) in the size of the central directory, plus the
  ///   search for the end record in the last 64 KiB.
  private static func read(_ data: Data) -> [String: Location]? {
    let bytes = [UInt8](data)
    let count = UInt64(bytes.count)
    var locations: [String: Location] = [:]
    guard let end = endRecord(bytes) else { return nil }
    var entries = UInt64(u16(bytes, end + 10))
    var directorySize = UInt64(u32(bytes, end + 12))
    var directoryOffset = UInt64(u32(bytes, end + 16))
    // ZIP64: a locator just before the end record points to the real values.
    if end >= 20, u32(bytes, end - 20) == 0x0706_4B50 {
      let record = u64(bytes, end - 20 + 8)
      guard record <= count, record + 56 <= count, u32(bytes, Int(record)) == 0x0606_4B50 else { return nil }
      let at = Int(record)
      if entries == 0xFFFF { entries = u64(bytes, at + 32) }
      if directorySize == saturated32 { directorySize = u64(bytes, at + 40) }
      if directoryOffset == saturated32 { directoryOffset = u64(bytes, at + 48) }
    }
    guard directoryOffset <= count, directorySize <= count, directoryOffset + directorySize <= count,
      entries <= count / UInt64(centralHeaderSize)
    else { return nil }
    var position = directoryOffset
    for _ in 0..<entries {
      guard position + UInt64(centralHeaderSize) <= count else { return nil }
      let at = Int(position)
      guard u32(bytes, at) == 0x0201_4B50 else { return nil }
      let flags = u16(bytes, at + 8)
      var compressed = UInt64(u32(bytes, at + 20))
      var uncompressed = UInt64(u32(bytes, at + 24))
      let nameLength = UInt64(u16(bytes, at + 28))
      let extraLength = UInt64(u16(bytes, at + 30))
      let commentLength = UInt64(u16(bytes, at + 32))
      var local = UInt64(u32(bytes, at + 42))
      let extraStart = position + UInt64(centralHeaderSize) + nameLength
      guard extraStart + extraLength <= count else { return nil }
      if compressed == saturated32 || uncompressed == saturated32 || local == saturated32 {
        guard
          let zip64 = zip64Sizes(
            bytes, from: Int(extraStart), length: Int(extraLength),
            uncompressed: uncompressed == saturated32, compressed: compressed == saturated32,
            offset: local == saturated32)
        else { return nil }
        uncompressed = zip64.uncompressed ?? uncompressed
        compressed = zip64.compressed ?? compressed
        local = zip64.offset ?? local
      }
      guard local <= count, local + UInt64(localHeaderSize) <= count, u32(bytes, Int(local)) == 0x0403_4B50
      else { return nil }
      let localName = UInt64(u16(bytes, Int(local) + 26))
      let localExtra = UInt64(u16(bytes, Int(local) + 28))
      let dataStart = local + UInt64(localHeaderSize) + localName + localExtra
      guard compressed <= count, uncompressed <= UInt64(Int64.max), dataStart + compressed <= count else {
        return nil
      }
      let method = u16(bytes, at + 10)
      if method == 0, dataStart + uncompressed > count { return nil }
      if flags & 0x0008 != 0 {
        // The data descriptor must follow the data.
        let dataSize = method == 0 ? uncompressed : compressed
        guard dataStart + dataSize + 12 <= count else { return nil }
      }
      let nameStart = Int(position) + centralHeaderSize
      let path = String(decoding: bytes[nameStart..<nameStart + Int(nameLength)], as: UTF8.self)
      if locations[path] == nil {
        locations[path] = Location(
          method: method, data: Int(dataStart)..<Int(dataStart + compressed), uncompressedSize: uncompressed,
          crc32: u32(bytes, at + 16),
          isFile: isFile(path: path, madeBy: u16(bytes, at + 4), attributes: u32(bytes, at + 38)))
      }
      position = extraStart + extraLength + commentLength
    }
    return locations
  }

  /// Whether an entry is a file, from its path, the system that made it
  /// (the high byte of "version made by": 0 MS-DOS, 3 Unix, 19 macOS) and
  /// its external attributes (the Unix mode in the high 16 bits, the
  /// MS-DOS attributes in the low byte).
  static func isFile(path: String, madeBy: UInt16, attributes: UInt32) -> Bool {
    let endsWithSlash = path.utf8.last == UInt8(ascii: "/")
    switch madeBy >> 8 {
    case 3, 19:
      switch (attributes >> 16) & 0o170000 {
      case 0o040000, 0o120000: return false  // a directory, a symbolic link
      default: return !endsWithSlash
      }
    case 0: return !endsWithSlash && (attributes >> 4) != 0x01
    default: return !endsWithSlash
    }
  }

  /// The last end-of-central-directory record, searched in the last 64 KiB
  /// (the longest comment it can have).
  private static func endRecord(_ bytes: [UInt8]) -> Int? {
    guard bytes.count >= endRecordSize else { return nil }
    let last = bytes.count - endRecordSize
    let first = max(0, last - Int(UInt16.max))
    var index = last
    while index >= first {
      if u32(bytes, index) == 0x0605_4B50 { return index }
      index -= 1
    }
    return nil
  }

  private static func zip64Sizes(
    _ bytes: [UInt8], from start: Int, length: Int, uncompressed: Bool, compressed: Bool, offset: Bool
  ) -> (uncompressed: UInt64?, compressed: UInt64?, offset: UInt64?)? {
    var at = start
    let end = start + length
    while at + 4 <= end {
      let id = u16(bytes, at)
      let size = Int(u16(bytes, at + 2))
      guard at + 4 + size <= end else { return nil }
      if id == 0x0001 {
        var field = at + 4
        func next() -> UInt64? {
          guard field + 8 <= at + 4 + size else { return nil }
          defer { field += 8 }
          return u64(bytes, field)
        }
        let u = uncompressed ? next() : nil
        let c = compressed ? next() : nil
        let o = offset ? next() : nil
        if uncompressed && u == nil || compressed && c == nil || offset && o == nil { return nil }
        return (u, c, o)
      }
      at += 4 + size
    }
    return nil
  }

  private static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
    guard at >= 0, at + 2 <= bytes.count else { return 0 }
    return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
  }

  private static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    guard at >= 0, at + 4 <= bytes.count else { return 0 }
    return UInt32(u16(bytes, at)) | UInt32(u16(bytes, at + 2)) << 16
  }

  private static func u64(_ bytes: [UInt8], _ at: Int) -> UInt64 {
    guard at >= 0, at + 8 <= bytes.count else { return UInt64.max }
    return UInt64(u32(bytes, at)) | UInt64(u32(bytes, at + 4)) << 32
  }
}
