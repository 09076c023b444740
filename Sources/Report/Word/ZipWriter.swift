internal import ZlibShim

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a zip in memory, each entry deflated: the container of a Word
/// file. The bytes are those ZIPFoundation 0.9.20 wrote for the same
/// entries (which `WordPackage` used before): UTF-8 names, no data
/// descriptors, files of mode 0644 made on Unix, zlib at its default level
/// with a memory level of 9, fed 16 KiB at a time, and no ZIP64 (an entry
/// or an archive of 4 GiB or more is an error).
struct ZipWriter {
  /// The DOS time and date of every entry (`dosTime(secondsSince1970:)`).
  let time: UInt16
  let date: UInt16
  private(set) var data = Data()
  private var directory = Data()
  private var entries = 0

  /// Input handed to zlib at a time.
  static let chunkSize = 16 * 1024

  /// A zip whose entries were last modified at `secondsSince1970`, UTC.
  init(modified secondsSince1970: Int) {
    (time, date) = Self.dosTime(secondsSince1970: secondsSince1970)
  }

  /// Adds an entry of `size` bytes read from `read(position, count)` in
  /// pieces of `chunkSize`.
  mutating func add(
    _ path: String, size: Int, read: (_ position: Int, _ count: Int) throws(WordRedlineError) -> Data
  ) throws(WordRedlineError) {
    let name = Array(path.utf8)
    let offset = data.count
    guard offset < Int(UInt32.max), size < Int(UInt32.max), name.count <= Int(UInt16.max) else {
      throw WordRedlineError(description: "the Word package is too large for a zip without ZIP64")
    }
    guard let deflater = zlibshim_deflate_begin() else {
      throw WordRedlineError(description: "the Word package cannot be written (no memory for zlib)")
    }
    defer { zlibshim_deflate_end(deflater) }
    var header = Self.localHeader(name: name, time: time, date: date)
    data.append(contentsOf: header)
    let dataStart = data.count
    var crc: UInt32 = 0
    var position = 0
    var finished = false
    repeat {
      let count = min(size - position, Self.chunkSize)
      let chunk = try read(position, count)
      finished = position + Self.chunkSize >= size
      let status = chunk.withUnsafeBytes { buffer -> Int32 in
        let bytes = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self)
        if let bytes { crc = zlibshim_crc32_update(crc, bytes, buffer.count) }
        return zlibshim_deflate_write(deflater, bytes, buffer.count, finished ? 1 : 0)
      }
      guard status == Int32(ZLIBSHIM_OK) else {
        throw WordRedlineError(description: "the Word package cannot be written (zlib failed on \(path))")
      }
      var length = 0
      if let output = zlibshim_deflate_take(deflater, &length), length > 0 {
        data.append(output, count: length)
      }
      position += count
    } while !finished
    let compressed = data.count - dataStart
    guard compressed < Int(UInt32.max) else {
      throw WordRedlineError(description: "the Word package is too large for a zip without ZIP64")
    }
    // The sizes and the checksum, now known, go into the local header.
    Self.put(crc, at: 14, in: &header)
    Self.put(UInt32(compressed), at: 18, in: &header)
    Self.put(UInt32(size), at: 22, in: &header)
    data.replaceSubrange(offset..<offset + 30, with: header[0..<30])
    directory.append(contentsOf: Self.centralHeader(local: header, offset: UInt32(offset)))
    entries += 1
  }

  /// The whole zip: the entries, their central directory and its end.
  mutating func finish() throws(WordRedlineError) -> Data {
    let start = data.count
    guard entries < Int(UInt16.max), start + directory.count < Int(UInt32.max) else {
      throw WordRedlineError(description: "the Word package is too large for a zip without ZIP64")
    }
    data.append(directory)
    var end = [UInt8](repeating: 0, count: 22)
    Self.put(UInt32(0x0605_4B50), at: 0, in: &end)
    Self.put(UInt16(entries), at: 8, in: &end)
    Self.put(UInt16(entries), at: 10, in: &end)
    Self.put(UInt32(directory.count), at: 12, in: &end)
    Self.put(UInt32(start), at: 16, in: &end)
    data.append(contentsOf: end)
    return data
  }

  /// A local file header with the sizes and checksum still 0.
  private static func localHeader(name: [UInt8], time: UInt16, date: UInt16) -> [UInt8] {
    var header = [UInt8](repeating: 0, count: 30)
    put(UInt32(0x0403_4B50), at: 0, in: &header)
    put(UInt16(20), at: 4, in: &header)  // version needed: 2.0
    put(UInt16(0x0800), at: 6, in: &header)  // the name is UTF-8
    put(UInt16(8), at: 8, in: &header)  // deflated
    put(time, at: 10, in: &header)
    put(date, at: 12, in: &header)
    put(UInt16(name.count), at: 26, in: &header)
    return header + name
  }

  /// The central directory's header of the entry whose local header is
  /// `local`, at `offset`.
  private static func centralHeader(local: [UInt8], offset: UInt32) -> [UInt8] {
    var header = [UInt8](repeating: 0, count: 46)
    put(UInt32(0x0201_4B50), at: 0, in: &header)
    put(UInt16(0x0315), at: 4, in: &header)  // made by: Unix, zip 2.1
    header.replaceSubrange(6..<30, with: local[4..<28])  // version needed through the name's length
    put(UInt32(0o100644) << 16, at: 38, in: &header)  // a regular file, rw-r--r--
    put(offset, at: 42, in: &header)
    return header + local[30...]
  }

  private static func put(_ value: UInt16, at offset: Int, in bytes: inout [UInt8]) {
    bytes[offset] = UInt8(truncatingIfNeeded: value)
    bytes[offset + 1] = UInt8(truncatingIfNeeded: value >> 8)
  }

  private static func put(_ value: UInt32, at offset: Int, in bytes: inout [UInt8]) {
    put(UInt16(truncatingIfNeeded: value), at: offset, in: &bytes)
    put(UInt16(truncatingIfNeeded: value >> 16), at: offset + 2, in: &bytes)
  }

  /// MS-DOS time and date of a moment, UTC, years clamped to 1980–2099.
  static func dosTime(secondsSince1970: Int) -> (time: UInt16, date: UInt16) {
    var moment = time_t(secondsSince1970)
    var parts = tm()
    guard gmtime_r(&moment, &parts) != nil else { return (0, 0) }
    let year = min(max(Int(parts.tm_year) + 1900, 1980), 2099)
    let date = Int(parts.tm_mday) + (Int(parts.tm_mon) + 1) * 32 + (year - 1980) * 512
    let time = Int(parts.tm_sec) / 2 + Int(parts.tm_min) * 32 + Int(parts.tm_hour) * 2048
    return (UInt16(time), UInt16(date))
  }
}
