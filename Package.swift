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
    .target(
      name: "Diff",
      dependencies: ["Alignment"],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "align",
      dependencies: [
        "Alignment",
        "Diff",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "AlignmentTests",
      dependencies: ["Alignment"],
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
