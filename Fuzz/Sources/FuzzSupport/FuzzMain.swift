import FuzzDriver

/// The fuzz target's body, set once by `fuzzMain` before libFuzzer starts.
nonisolated(unsafe) private var fuzzBody: (([UInt8]) -> Void)?

/// Runs libFuzzer's driver with `body` as the target: the `fuzz_main` that
/// SwiftPM needs, since a Swift executable has its own `main` and links
/// libFuzzer's `LLVMFuzzerRunDriver` instead of libFuzzer's `main`.
///
/// A broken invariant in `body` should trap (`preconditionFailure`), which
/// libFuzzer reports as a crash with the input saved.
public func fuzzMain(_ body: @escaping ([UInt8]) -> Void) -> Never {
  fuzzBody = body
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
    let bytes = size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size))
    fuzzBody?(bytes)
    return 0
  }
  exit(status)
}

@_silgen_name("exit")
private func exit(_ status: Int32) -> Never

/// Splits one fuzz input into two: at the first NUL byte, or in the middle
/// when there is none (the seed corpus joins two fixtures with a NUL).
public func splitInTwo(_ bytes: [UInt8]) -> ([UInt8], [UInt8]) {
  if let nul = bytes.firstIndex(of: 0) {
    return (Array(bytes[..<nul]), Array(bytes[(nul + 1)...]))
  }
  let middle = bytes.count / 2
  return (Array(bytes[..<middle]), Array(bytes[middle...]))
}
