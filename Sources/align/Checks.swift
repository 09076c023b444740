import Alignment

/// Fails with one line when ICU data or the bundled lexicon the run needs
/// is missing, instead of letting the library fall back silently.
func checkTextServices(languages: Set<Language>, foldsScript: Bool = false, lexicon: Bool = false) throws {
  do {
    try TextServices.check(.init(languages: languages, foldsScript: foldsScript, lexicon: lexicon))
  } catch {
    throw CommandFailure(description: error.description)
  }
}

/// Runs an alignment, turning its typed error into a one-line failure.
func aligningOrFailing(_ align: () throws(ParallelText.AligningError) -> ParallelText) throws -> ParallelText {
  do {
    return try align()
  } catch {
    throw CommandFailure(description: error.description)
  }
}
