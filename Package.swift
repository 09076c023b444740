// swift-tools-version: 6.0
import PackageDescription

/// Settings applied to every Swift target.
let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "align",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "Alignment", targets: ["Alignment"]),
    .library(name: "Diff", targets: ["Diff"]),
    .library(name: "Report", targets: ["Report"]),
    .executable(name: "align", targets: ["align"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    // Tests only: an independent zip reader and writer (DiffTests).
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // Debian's ICU, found with pkg-config; only ICUShim's C file includes it.
    .systemLibrary(
      name: "CICU",
      pkgConfig: "icu-i18n",
      providers: [.apt(["libicu-dev", "pkg-config"])]
    ),
    // ICU's C API as plain C functions, so Swift never sees ICU's renaming
    // macros nor its headers (which clash with Foundation's bundled ICU).
    .target(name: "ICUShim", dependencies: ["CICU"]),
    // Debian's libxml2, for the HTML, Word and PDF front ends; only XMLShim's
    // C file includes it.
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"])]
    ),
    .target(name: "XMLShim", dependencies: ["CLibXML2"]),
    // zlib's raw inflate, bounded in input and output, for .docx entries,
    // and its raw deflate and CRC-32 for the zip of the Word redline.
    .target(name: "ZlibShim", linkerSettings: [.linkedLibrary("z")]),
    // glibc's malloc_trim and mallopt, which Swift's Glibc module leaves out.
    .target(name: "MallocShim"),
    // The CC-CEDICT-derived zh-en lexicon (CC BY-SA 4.0, binary form built by
    // scripts/build-lexicon.py) behind `Lexicon.cedict`: a C target's
    // resources, so that SwiftPM generates no Foundation `Bundle.module`
    // (see LexiconData.h).
    .target(
      name: "LexiconData",
      resources: [
        .copy("cedict-lexicon.bin"),
        .copy("CEDICT-LICENSE.txt"),
      ]
    ),
    .target(
      name: "Alignment",
      dependencies: [
        "ICUShim",
        "LexiconData",
        "MallocShim",
        "XMLShim",
        "ZlibShim",
      ],
      swiftSettings: swiftSettings
    ),
    .target(name: "Diff", dependencies: ["Alignment"], swiftSettings: swiftSettings),
    // Change reports (HTML, Markdown, JSON, the Word redline) over a diff,
    // and the three-way report's translation column, which aligns and
    // checks the translation.
    .target(
      name: "Report",
      dependencies: [
        "Alignment",
        "Diff",
        // zlib's deflate, for the Word redline (`report --format docx`).
        "ZlibShim",
      ],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "align",
      dependencies: [
        "Alignment",
        "Diff",
        "Report",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings,
      // Linked by lld with packed relative relocations (RELR, glibc 2.36+):
      // the position-independent executable's 1.9 MB table of relative
      // relocations, which the loader reads (and keeps resident) at every
      // start, becomes a table of 15 KB.
      linkerSettings: [
        .unsafeFlags(["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"], .when(platforms: [.linux]))
      ]
    ),
    // Sentence-alignment evaluation (strict/lax F1 on Fixtures/) and speed
    // benchmark; see Benchmarks/README.md.
    // A seeded generator shared by the tests and the benchmarks.
    .target(name: "TestSupport", path: "Sources/TestSupport", swiftSettings: swiftSettings),
    .executableTarget(
      name: "align-eval",
      dependencies: ["Alignment", "TestSupport"],
      path: "Benchmarks/align-eval",
      swiftSettings: swiftSettings
    ),
    // Diff mutation benchmark: precision and recall per kind of change on
    // real texts with known edits; see docs/diff.md.
    .executableTarget(
      name: "diff-bench",
      dependencies: ["Alignment", "Diff", "TestSupport"],
      path: "Benchmarks/diff-bench",
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "AlignmentTests",
      dependencies: ["Alignment", "TestSupport"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "DiffTests",
      // ZIPFoundation, which wrote the Word redline's zip before
      // `ZipWriter`, checks that the bytes are still the same.
      dependencies: ["Diff", "Report", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "alignTests",
      dependencies: ["align", "TestSupport"],
      exclude: ["Snapshots"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "CommandTests",
      dependencies: ["align", "TestSupport"],
      swiftSettings: swiftSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
