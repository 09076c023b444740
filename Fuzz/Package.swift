// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for `align`, in their own package so that `swift test`
// in the main package never builds them (they only link with
// `-sanitize=fuzzer`). Build and run them with `scripts/fuzz.sh`.
let package = Package(
  name: "align-fuzz",
  dependencies: [
    .package(name: "align", path: ".."),
  ],
  targets: [
    // Declares libFuzzer's `LLVMFuzzerRunDriver` for Swift.
    .target(name: "FuzzDriver"),
    // The driver loop and the input helpers shared by the targets.
    .target(name: "FuzzSupport", dependencies: ["FuzzDriver"]),
    // Bytes → `Document` through the format sniffer and every front end.
    .executableTarget(
      name: "fuzz-reader",
      dependencies: ["FuzzSupport", .product(name: "Alignment", package: "align")]),
    // Two texts → word edits that satisfy `WordDiff.invariantViolations`.
    .executableTarget(
      name: "fuzz-word-diff",
      dependencies: [
        "FuzzSupport", .product(name: "Alignment", package: "align"),
        .product(name: "Diff", package: "align"),
      ]),
    // Two documents → beads that satisfy `Bead.checkInvariants`, and a
    // document diff that satisfies its invariants.
    .executableTarget(
      name: "fuzz-aligner",
      dependencies: [
        "FuzzSupport", .product(name: "Alignment", package: "align"),
        .product(name: "Diff", package: "align"),
      ]),
  ],
  swiftLanguageModes: [.v6]
)
