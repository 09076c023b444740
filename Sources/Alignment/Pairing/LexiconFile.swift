#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a lexicon file cannot be used. Each `description` is one line.
public enum LexiconFileProblem: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file cannot be opened, measured or mapped (`errno`'s text).
  case unreadable(path: String, reason: String)
  /// Not a lexicon in the format of `scripts/build-lexicon.py`, or cut short.
  case damaged(path: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): cannot read the lexicon (\(reason))"
    case .damaged(let path, let reason): "\(path): not a usable lexicon (\(reason))"
    }
  }
}

/// The bytes of a lexicon in its binary form: a read-only memory mapping of
/// the file, or a buffer built in memory (`Lexicon(tsv:)`), released with
/// the value.
final class LexiconBytes: @unchecked Sendable {
  // @unchecked: the bytes are never written after `init`.
  let bytes: UnsafeRawBufferPointer
  private let mapped: Bool

  /// Maps the file at `path`. The corresponding system calls are `open`,
  /// `fstat` and `mmap`.
  ///
  /// - Complexity: O(1); pages are read when first touched.
  init(mapping path: String) throws(LexiconFileProblem) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .unreadable(path: path, reason: Self.errorText()) }
    defer { close(fd) }
    var status = stat()
    guard fstat(fd, &status) == 0 else { throw .unreadable(path: path, reason: Self.errorText()) }
    guard (status.st_mode & S_IFMT) == S_IFREG else {
      throw .unreadable(path: path, reason: "not a regular file")
    }
    let size = Int(status.st_size)
    guard size > 0 else { throw .damaged(path: path, reason: "empty file") }
    guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
      throw .unreadable(path: path, reason: Self.errorText())
    }
    bytes = UnsafeRawBufferPointer(start: base, count: size)
    mapped = true
  }

  /// Copies `data` into a buffer of its own.
  init(copying data: [UInt8]) {
    let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 8)
    buffer.copyBytes(from: data)
    bytes = UnsafeRawBufferPointer(start: buffer.baseAddress, count: data.count)
    mapped = false
  }

  /// Lets the system take back the pages of a mapped file that have been
  /// read: they stay in the page cache, no longer counted in the process's
  /// memory, and are read again from it when next touched (the mapping is
  /// read-only, so they hold the file's bytes). Nothing for a buffer built
  /// in memory. The corresponding system call is `madvise` with
  /// `MADV_DONTNEED`.
  ///
  /// - Complexity: O(the resident pages).
  func releaseResidentPages() {
    guard mapped, let base = bytes.baseAddress else { return }
    #if canImport(Glibc) || canImport(Musl)
    _ = madvise(UnsafeMutableRawPointer(mutating: base), bytes.count, MADV_DONTNEED)
    #endif
  }

  deinit {
    guard let base = bytes.baseAddress else { return }
    if mapped {
      munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
    } else {
      base.deallocate()
    }
  }

  private static func errorText() -> String {
    String(cString: strerror(errno))
  }
}

/// Little-endian `UInt32`s at a fixed place in a `LexiconBytes`.
struct LexiconWords: @unchecked Sendable {
  // @unchecked: a view of immutable bytes that `LexiconTables.storage` keeps.
  let base: UnsafeRawPointer?
  let count: Int

  @inline(__always)
  subscript(i: Int) -> UInt32 {
    guard let base, i >= 0, i < count else { return 0 }
    return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
  }
}

/// Strings stored as an offset table and their concatenated UTF-8 bytes;
/// every access is bounds-checked, so a damaged file gives wrong strings,
/// never a read outside the mapping.
struct LexiconStrings: @unchecked Sendable {
  // @unchecked: as `LexiconWords`.
  let offsets: LexiconWords
  let bytes: UnsafeRawBufferPointer

  var count: Int { max(offsets.count - 1, 0) }

  /// The UTF-8 bytes of string `i` (empty if the table is inconsistent).
  @inline(__always)
  func utf8(_ i: Int) -> UnsafeRawBufferPointer {
    let start = Int(offsets[i])
    let end = Int(offsets[i + 1])
    guard start <= end, end <= bytes.count, let base = bytes.baseAddress else {
      return UnsafeRawBufferPointer(start: nil, count: 0)
    }
    return UnsafeRawBufferPointer(start: base + start, count: end - start)
  }

  func string(_ i: Int) -> String {
    String(decoding: utf8(i), as: UTF8.self)
  }

  /// Three-way comparison of string `i` with `key`, bytewise (which for
  /// UTF-8 is code point order).
  @inline(__always)
  func compare(_ i: Int, _ key: UnsafeRawBufferPointer) -> Int {
    let s = utf8(i)
    let n = min(s.count, key.count)
    if n > 0, let a = s.baseAddress, let b = key.baseAddress {
      let c = memcmp(a, b, n)
      if c != 0 { return Int(c) }
    }
    return s.count - key.count
  }

  /// Where string `i` sorts against the strings starting with `key`:
  /// negative before them, 0 if it is one of them, positive after; for a
  /// string known to start with the first `known` bytes of `key`, so only
  /// the bytes after them are compared, in place (keys are a few bytes; a
  /// `memcmp` call costs more).
  @inline(__always)
  func comparePrefix(_ i: Int, _ key: UnsafeRawBufferPointer, after known: Int) -> Int {
    let s = utf8(i)
    let n = min(s.count, key.count)
    var k = known
    while k < n {
      let (a, b) = (s[k], key[k])
      if a != b { return a < b ? -1 : 1 }
      k += 1
    }
    return s.count >= key.count ? 0 : -1
  }

  /// The indices in `range` of the strings that start with `key`, for
  /// strings sorted bytewise; by bisection. Every string of `range` must
  /// start with the first `known` bytes of `key` (a range this function
  /// returned for them), which are then not compared again.
  ///
  /// - Complexity: O(log *n*) comparisons for the *n* strings of `range`.
  func prefixRange(_ key: UnsafeRawBufferPointer, in range: Range<Int>, known: Int = 0) -> Range<Int> {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
      let mid = (low + high) >> 1
      if comparePrefix(mid, key, after: known) < 0 { low = mid + 1 } else { high = mid }
    }
    let lower = low
    high = range.upperBound
    while low < high {
      let mid = (low + high) >> 1
      if comparePrefix(mid, key, after: known) <= 0 { low = mid + 1 } else { high = mid }
    }
    return lower..<low
  }

  /// The index `k` in `range` with `strings[order[k]] == key`, for
  /// `order` (or the identity) sorting the strings; by bisection.
  func find(
    _ key: UnsafeRawBufferPointer, in range: Range<Int>, order: LexiconWords? = nil
  ) -> Int? {
    var low = range.lowerBound
    var high = range.upperBound
    while low < high {
      let mid = (low + high) >> 1
      let index = order.map { Int($0[mid]) } ?? mid
      let c = compare(index, key)
      if c == 0 { return mid }
      if c < 0 { low = mid + 1 } else { high = mid }
    }
    return nil
  }
}

/// The arrays of a lexicon's binary form, in the order
/// `scripts/build-lexicon.py` writes them (its doc comment is the format's
/// specification), located without reading them.
struct LexiconTables: Sendable {
  static let magic: [UInt8] = Array("ALXB".utf8)
  static let version: UInt32 = 1

  let storage: LexiconBytes
  /// English stems, in id order; `stemOrder` sorts them.
  let stems: LexiconStrings
  let stemOrder: LexiconWords
  /// Gloss words as written, sorted, and the id of each one's stem.
  let raw: LexiconStrings
  let rawStem: LexiconWords
  /// Headwords, sorted, and the entry (line) of each.
  let heads: LexiconStrings
  let headGroup: LexiconWords
  /// Entry *e*'s stem ids are `glossIDs[groupStart[e]..<groupStart[e + 1]]`.
  let groupStart: LexiconWords
  let glossIDs: LexiconWords
  /// Per first scalar (sorted): the longest headword starting with it.
  let firstScalar: LexiconWords
  let firstLongest: LexiconWords

  /// Locates the arrays in `storage`.
  ///
  /// - Throws: `LexiconFileProblem.damaged` (with `path`) when the magic,
  ///   version or an array's extent is wrong, or arrays that go together
  ///   differ in length.
  /// - Complexity: O(1).
  init(_ storage: LexiconBytes, path: String) throws(LexiconFileProblem) {
    self.storage = storage
    let all = storage.bytes
    func damaged(_ reason: String) -> LexiconFileProblem { .damaged(path: path, reason: reason) }
    guard all.count >= 8, Array(all[0..<4]) == Self.magic else { throw damaged("no ALXB header") }
    var offset = 4
    func word() throws(LexiconFileProblem) -> UInt32 {
      guard offset + 4 <= all.count, let base = all.baseAddress else { throw damaged("cut short") }
      let value = UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
      offset += 4
      return value
    }
    guard try word() == Self.version else { throw damaged("unknown version") }
    func words() throws(LexiconFileProblem) -> LexiconWords {
      let count = Int(try word())
      guard count <= (all.count - offset) / 4, let base = all.baseAddress else {
        throw damaged("an array runs past the end")
      }
      defer { offset += count * 4 }
      return LexiconWords(base: base + offset, count: count)
    }
    func strings() throws(LexiconFileProblem) -> LexiconStrings {
      let offsets = try words()
      let count = Int(try word())
      guard count <= all.count - offset, let base = all.baseAddress, offsets.count >= 1 else {
        throw damaged("a string table runs past the end")
      }
      defer { offset += (count + 3) & ~3 }
      return LexiconStrings(offsets: offsets, bytes: UnsafeRawBufferPointer(start: base + offset, count: count))
    }
    stems = try strings()
    stemOrder = try words()
    raw = try strings()
    rawStem = try words()
    heads = try strings()
    headGroup = try words()
    groupStart = try words()
    glossIDs = try words()
    firstScalar = try words()
    firstLongest = try words()
    guard stemOrder.count == stems.count, rawStem.count == raw.count,
      headGroup.count == heads.count, firstLongest.count == firstScalar.count,
      groupStart.count >= 1
    else { throw damaged("arrays of different lengths") }
  }

  /// A lexicon without entries (over `storage`, which it keeps alive).
  init(empty storage: LexiconBytes) {
    self.storage = storage
    let none = LexiconWords(base: nil, count: 0)
    let noStrings = LexiconStrings(offsets: none, bytes: UnsafeRawBufferPointer(start: nil, count: 0))
    stems = noStrings
    stemOrder = none
    raw = noStrings
    rawStem = none
    heads = noStrings
    headGroup = none
    groupStart = none
    glossIDs = none
    firstScalar = none
    firstLongest = none
  }

  /// The stem ids of entry `group` (empty for an inconsistent table).
  func glosses(ofGroup group: Int) -> Range<Int> {
    let start = Int(groupStart[group])
    let end = Int(groupStart[group + 1])
    guard group + 1 < groupStart.count, start <= end, end <= glossIDs.count else { return 0..<0 }
    return start..<end
  }
}
