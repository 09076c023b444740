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

/// Groups byte strings (lines of one text, in place) by their bytes: each
/// distinct byte string gets the next group number, 0, 1, 2…, in the order
/// first seen. For text in which byte equality is the same as `Substring`'s
/// own equality (canonical equivalence), this groups equal lines at a
/// fraction of a `Dictionary<Substring, Int>`'s cost: `Substring` hashes
/// its NFC form, normalising every non-ASCII line, and `Hasher` is seeded
/// per process. The bytes are hashed eight at a time with an unseeded
/// multiplicative hash, into an open-addressing table with linear probing.
///
/// Only valid among texts that are all `isNormalizationInert`: such a text
/// is its own NFC form, so two of them are canonically equivalent exactly
/// when their bytes are equal. The groups point into the bytes they were
/// given, so they are valid only while those bytes are.
struct LineBytesGroups {
  /// The byte string of each group.
  private var keys: [UnsafeBufferPointer<UInt8>] = []
  /// The hash of each group's bytes.
  private var hashes: [UInt64] = []
  /// Group number + 1 of each slot, 0 for an empty slot; the slot count is
  /// a power of two, at least twice the group count.
  private var slots: [Int32]
  /// `64 - log2(slots.count)`: a hash's top bits pick its first slot.
  private var shift: UInt64

  /// The number of groups.
  var count: Int { keys.count }

  /// A table sized for about `expectedGroups` groups before it grows.
  init(expectedGroups: Int = 64) {
    var slotCount = 16
    while slotCount < 2 * expectedGroups { slotCount *= 2 }
    slots = [Int32](repeating: 0, count: slotCount)
    shift = UInt64(64 - slotCount.trailingZeroBitCount)
  }

  /// The group of `bytes`, and whether it is new (`bytes` is the first of
  /// its group).
  ///
  /// - Complexity: O(*n*) in the bytes, amortised (the table doubles when
  ///   half full).
  mutating func group(of bytes: UnsafeBufferPointer<UInt8>) -> (group: Int, isNew: Bool) {
    let hash = Self.hash(bytes)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: hash >> shift)
    while true {
      let stored = Int(slots[slot])
      if stored == 0 { break }
      let group = stored - 1
      if hashes[group] == hash, Self.equal(keys[group], bytes) { return (group, false) }
      slot = (slot + 1) & mask
    }
    let group = keys.count
    keys.append(bytes)
    hashes.append(hash)
    // Slots hold `Int32`s: past that many distinct byte strings (a text of
    // several gigabytes) each new one is a group of its own, never found
    // again.
    guard group < Int(Int32.max) - 1 else { return (group, true) }
    slots[slot] = Int32(group + 1)
    if 2 * keys.count > slots.count { grow() }
    return (group, true)
  }

  /// Doubles the slots and places every group again.
  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    shift -= 1
    let mask = slots.count - 1
    for (group, hash) in hashes.enumerated() where group < Int(Int32.max) - 1 {
      var slot = Int(truncatingIfNeeded: hash >> shift)
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(group + 1)
    }
  }

  /// An unseeded hash of `bytes`, eight at a time: each word is mixed in
  /// by a multiply by 2⁶⁴/φ and a fold of the high half into the low, and
  /// the length last (so that trailing zero bytes count).
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash: UInt64 = 0
    guard let base = bytes.baseAddress else { return 0 }
    let count = bytes.count
    var i = 0
    while i + 8 <= count {
      let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      hash = (hash ^ word) &* multiplier
      hash ^= hash >> 29
      i += 8
    }
    if i < count {
      // The last (up to seven) bytes: the last eight bytes, overlapping the
      // word before, when there are eight; else byte by byte.
      var word: UInt64 = 0
      if count >= 8 {
        word = UnsafeRawPointer(base + count - 8).loadUnaligned(as: UInt64.self)
      } else {
        for k in 0..<count { word |= UInt64(base[k]) << (8 * UInt64(k)) }
      }
      hash = (hash ^ word) &* multiplier
      hash ^= hash >> 29
    }
    hash = (hash ^ UInt64(count)) &* multiplier
    return hash ^ (hash >> 32)
  }

  private static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    guard let x = a.baseAddress, let y = b.baseAddress else { return true }
    return memcmp(x, y, a.count) == 0
  }
}

extension Substring {
  /// Whether every scalar is one that no normalisation changes, alone or
  /// next to another such scalar: U+0000–U+02FF (ASCII and Latin letters,
  /// before the combining marks), the dashes, quotation marks and ellipsis
  /// of U+2010–U+2027, CJK punctuation U+3000–U+3029 and U+3030–U+303F
  /// (not the tone marks between), the Han ideographs of U+3400–U+4DBF and
  /// U+4E00–U+9FFF, and the full-width forms U+FF01–U+FF60. (Checked with
  /// Unicode's data: each is NFC, of combining class 0, and no two of them
  /// compose.)
  ///
  /// - Complexity: O(*n*) in UTF-8 bytes, without scalar decoding tables.
  var isNormalizationInert: Bool { withUTF8Bytes(\.isNormalizationInert) }
}

extension Unicode.Scalar {
  /// Whether this is one of the scalars of `Substring.isNormalizationInert`.
  var isNormalizationInert: Bool {
    switch value {
    case 0x0000...0x02FF, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xFF01...0xFF60:
      true
    default: false
    }
  }
}

extension UnsafeBufferPointer<UInt8> {
  /// Whether these well-formed UTF-8 bytes are `isNormalizationInert` text.
  ///
  /// - Complexity: O(*n*), eight bytes at a time over ASCII.
  var isNormalizationInert: Bool {
    guard let base = baseAddress else { return true }
    var i = 0
    while i < count {
      if i + 8 <= count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        i += 8
        continue
      }
      let lead = base[i]
      if lead < 0x80 {
        i += 1
        continue
      }
      if lead >= 0xC2 && lead <= 0xCB {  // U+0080…U+02FF
        i += 2
        continue
      }
      guard lead >= 0xE0 && lead < 0xF0, i + 2 < count else { return false }
      if lead >= 0xE5 && lead <= 0xE9 {  // U+5000…U+9FFF, all ideographs
        i += 3
        continue
      }
      let value = UInt32(lead & 0x0F) << 12 | UInt32(base[i + 1] & 0x3F) << 6 | UInt32(base[i + 2] & 0x3F)
      switch value {
      case 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60:
        i += 3
      default:
        return false
      }
    }
    return true
  }
}
