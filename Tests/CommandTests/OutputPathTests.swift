import Foundation
import Testing

@testable import align

/// The directory and last component of an output path, which decide where
/// the temporary file goes, are those `NSString` gave before the executable
/// did without Foundation.
@Suite struct OutputPathTests {
  static let paths = [
    "out.txt", "dir/out.txt", "/abs/dir/out.txt", "/out.txt", "dir/sub/", "dir//out.txt", "./out.txt",
    "../out.txt", "/", "//a", "中文/报告.html", "dir/.hidden",
  ]

  @Test func directoriesAreNSStrings() {
    for path in Self.paths {
      let foundation = (path as NSString).deletingLastPathComponent
      #expect(OutputFile.directory(of: path) == (foundation.isEmpty ? "." : foundation), "\(path)")
    }
  }

  @Test func lastComponentsAreNSStrings() {
    for path in Self.paths {
      #expect(OutputFile.lastComponent(of: path) == (path as NSString).lastPathComponent, "\(path)")
    }
  }

  /// Where `NSString` went wrong: "//" had an empty directory and last
  /// component, and "a//" and "a" stopped the process in
  /// `deletingLastPathComponent` (swift-corelibs-foundation of Swift 6.3).
  @Test func slashesOnly() {
    #expect(OutputFile.directory(of: "//") == "/")
    #expect(OutputFile.lastComponent(of: "//") == "/")
    #expect(OutputFile.directory(of: "a//") == ".")
    #expect(OutputFile.lastComponent(of: "a//") == "a")
    #expect(OutputFile.directory(of: "a") == ".")
    #expect(OutputFile.lastComponent(of: "a") == "a")
  }
}
