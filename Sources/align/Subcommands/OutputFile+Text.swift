#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension OutputFile {
  /// Writes a text as UTF-8 straight from the string's storage, without
  /// copying it into a `Data` first (a report can be tens of megabytes).
  ///
  /// - Complexity: O(*n*) in the size of the text.
  func write(text: String) throws {
    var text = text
    try text.withUTF8 { bytes in
      guard let base = bytes.baseAddress, !bytes.isEmpty else { return try write(Data()) }
      // The bytes are only read while the closure runs: `write` is synchronous.
      try write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none))
    }
  }
}

extension OutputFile {
  /// Writes bytes without copying them into a `Data` first.
  ///
  /// - Complexity: O(*n*) in the number of bytes.
  func write(bytes: [UInt8]) throws {
    try bytes.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress, !buffer.isEmpty else { return try write(Data()) }
      // The bytes are only read while the closure runs: `write` is synchronous.
      try write(Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none))
    }
  }
}
