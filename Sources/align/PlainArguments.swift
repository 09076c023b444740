/// A command line read without ArgumentParser, for the forms it reads
/// without doubt: options spelled exactly as a table lists them, each given
/// at most once, a value after its option (`--format json`) or after `=`
/// (`--format=json`, long options only), and positional arguments that do
/// not start with `-`. Anything else (`--`, a grouped `-qo`, an option
/// given twice, an empty value or one that starts with `-`, `--help`) makes
/// the line `nil`, and the caller leaves it to ArgumentParser, which
/// reports what is wrong.
///
/// ArgumentParser finds a command's arguments by reflection, about 5 ms of
/// Swift runtime conformance look-ups on every run; a diff of two laws
/// takes about four times that.
struct PlainArguments {
  /// What an option's spelling stands for: the name the caller asks for
  /// (one for `-o` and `--output`), and whether a value follows it.
  struct Option {
    var name: String
    var takesValue: Bool
  }

  /// The positional arguments, in order.
  private(set) var positionals: [String] = []
  /// Each option given, by its name: its value, or `""` for a flag.
  private var given: [String: String] = [:]

  /// The line `arguments`, with `options` by spelling (`"-o"`, `"--output"`).
  ///
  /// - Complexity: O(*n*) in the number of arguments.
  init?(_ arguments: some Sequence<String>, options: [String: Option]) {
    var pending: Option?
    for argument in arguments {
      if let option = pending {
        guard !argument.isEmpty, !argument.hasPrefix("-") else { return nil }
        given[option.name] = argument
        pending = nil
        continue
      }
      guard argument.hasPrefix("-") else {
        positionals.append(argument)
        continue
      }
      var spelling = Substring(argument)
      var attached: Substring?
      if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
        spelling = argument[..<equals]
        attached = argument[argument.index(after: equals)...]
      }
      guard let option = options[String(spelling)], given[option.name] == nil else { return nil }
      switch (option.takesValue, attached) {
      case (false, nil): given[option.name] = ""
      case (false, _?): return nil
      case (true, nil): pending = option
      case (true, let value?):
        guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
        given[option.name] = String(value)
      }
    }
    guard pending == nil else { return nil }
  }

  /// Whether the flag `name` was given.
  func has(_ name: String) -> Bool { given[name] != nil }

  /// The value given for the option `name`, `nil` when it was not given.
  func value(_ name: String) -> String? { given[name] }

  /// The value of the option `name` as `read` reads it, `fallback` when
  /// the option was not given, and `nil` when `read` cannot read it (the
  /// caller then leaves the line to ArgumentParser, which says why).
  func value<T>(_ name: String, or fallback: T, _ read: (String) -> T?) -> T? {
    guard let text = given[name] else { return fallback }
    return read(text)
  }
}
