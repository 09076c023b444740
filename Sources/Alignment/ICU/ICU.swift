internal import ICUShim

/// The one place `align` talks to ICU. Every ICU handle is owned by a type in
/// this folder and closed in its `deinit`; no other file imports `ICUShim`.
enum ICU {}

/// An ICU status code that reported failure.
struct ICUError: Error, CustomStringConvertible {
  let code: Int32
  var description: String { String(cString: icu_errorName(code)) }
}

/// An ICU `UErrorCode`, as the shim passes it.
typealias ICUStatus = Int32

extension ICUStatus {
  /// Throws unless the status is a success (or a warning).
  ///
  /// The corresponding ICU macro is `U_SUCCESS`.
  func checkSuccess() throws(ICUError) {
    if icu_success(self) == 0 { throw ICUError(code: self) }
  }

  var isSuccess: Bool { icu_success(self) != 0 }
}
