/// The path of a file under the package's `Fixtures/` folder.
func fixturePath(_ relative: String, file: StaticString = #filePath) -> String {
  var components = "\(file)".split(separator: "/", omittingEmptySubsequences: false)
  // .../Tests/AlignmentTests/<this file> → package root
  components.removeLast(3)
  return components.joined(separator: "/") + "/Fixtures/" + relative
}
