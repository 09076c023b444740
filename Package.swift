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
    .library(name: "Alignment", targets: ["Alignment", "LexiconResources"]),
    .library(name: "Diff", targets: ["Diff"]),
    .executable(name: "align", targets: ["align"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    // ICU's C API, wrapped in prefixed `static inline` functions (ICU renames
    // every entry point by macro, which Swift cannot see through).
    .systemLibrary(
      name: "ICUShim",
      pkgConfig: "icu-i18n",
      providers: [.apt(["libicu-dev", "pkg-config"])]
    ),
    .target(
      name: "Alignment",
      dependencies: ["ICUShim"],
      swiftSettings: swiftSettings
    ),
    // The CC-CEDICT-derived lexicon (CC BY-SA 4.0, built by
    // scripts/build-lexicon.py) as `Lexicon.cedict`. A target of its own:
    // SwiftPM's resource accessor imports Foundation, whose bundled ICU
    // headers clash with the system ICU that `Alignment` imports (ICUShim),
    // so Foundation may be imported by clients of `Alignment` but not by
    // `Alignment` or anything it depends on.
    .target(
      name: "LexiconResources",
      dependencies: ["Alignment"],
      resources: [
        .copy("Resources/cedict-lexicon.tsv"),
        .copy("Resources/CEDICT-LICENSE.txt"),
      ],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "Diff",
      dependencies: ["Alignment"],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "align",
      dependencies: [
        "Alignment",
        "LexiconResources",
        "Diff",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings
    ),
    // Sentence-alignment evaluation (strict/lax F1 on Fixtures/) and speed
    // benchmark; see Benchmarks/README.md.
    .executableTarget(
      name: "align-eval",
      dependencies: ["Alignment", "LexiconResources"],
      path: "Benchmarks/align-eval",
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "AlignmentTests",
      dependencies: ["Alignment", "LexiconResources"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "DiffTests",
      dependencies: ["Diff"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "alignTests",
      dependencies: ["align"],
      swiftSettings: swiftSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
