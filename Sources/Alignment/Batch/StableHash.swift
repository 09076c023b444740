/// The 64-bit FNV-1a hash (Fowler, Noll & Vo): a small, stable hash of
/// bytes, the same on every machine and in every run, unlike `Hasher`.
///
/// `align batch` uses it for the content hashes that decide whether a set
/// must be redone on `--resume` and for `--shard K/N`. It is not a
/// cryptographic hash: it detects changed files, not forged ones.
public struct StableHash: Sendable, Hashable {
  /// The FNV-1a 64 offset basis.
  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  /// The FNV-1a 64 prime.
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// The hash of everything combined so far.
  public private(set) var value: UInt64 = Self.offsetBasis

  public init() {}

  /// Folds `bytes` into the hash: for each byte, xor then multiply.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  public mutating func combine(_ bytes: some Sequence<UInt8>) {
    var h = value
    for byte in bytes {
      h ^= UInt64(byte)
      h = h &* Self.prime
    }
    value = h
  }

  /// Folds a string's UTF-8 bytes into the hash, then a 0 byte, so that
  /// ("ab", "c") and ("a", "bc") hash differently.
  public mutating func combine(_ string: String) {
    combine(string.utf8)
    combine(CollectionOfOne(UInt8(0)))
  }

  /// The hash as 16 lowercase hexadecimal digits.
  public var hex: String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  /// The hash of `bytes`.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  public static func of(_ bytes: some Sequence<UInt8>) -> StableHash {
    var hash = StableHash()
    hash.combine(bytes)
    return hash
  }
}
