import Foundation
import Testing

/// Runs the built binary with chosen standard streams (a device, a pipe
/// whose reader is gone, a working directory) and reports how it ended.
struct RawRun {
  var reason: Process.TerminationReason
  var status: Int32
  var stderr: String

  init(
    _ arguments: [String], stdout: FileHandle? = nil, directory: URL? = nil,
    whileRunning: ((Process) throws -> Void)? = nil
  ) throws {
    let process = Process()
    if arguments.first == "perl" {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/perl")
      process.arguments = Array(arguments.dropFirst())
    } else {
      process.executableURL = AlignRun.binary
      process.arguments = arguments
    }
    if let directory { process.currentDirectoryURL = directory }
    let err = Pipe()
    process.standardError = err
    process.standardOutput = stdout ?? FileHandle(forWritingAtPath: "/dev/null")
    try process.run()
    try whileRunning?(process)
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    reason = process.terminationReason
    status = process.terminationStatus
    stderr = String(decoding: errData, as: UTF8.self)
  }
}

/// Files for the output tests: two small revisions in a fresh directory.
struct Workspace {
  let directory: URL
  let old: String
  let new: String

  init() throws {
    directory = try Paths.temporaryDirectory()
    old = directory.appendingPathComponent("old.txt").path
    new = directory.appendingPathComponent("new.txt").path
    try "1. The Council decides to act.\n2. It remains seized of the matter.\n".write(
      toFile: old, atomically: false, encoding: .utf8)
    try "1. The Council decides to act now.\n2. It remains seized of the matter.\n".write(
      toFile: new, atomically: false, encoding: .utf8)
  }

  func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

  /// Names in the directory that look like leftover temporary outputs.
  func temporaryFiles() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(".") }
  }
}

/// Findings of the reliability review (issue 9), each reproduced on the
/// built binary.
@Suite("hardening")
struct HardeningTests {
  // MARK: 1. Numbers too large for a label

  @Test(arguments: [
    "第99999999999999999999条 x", "第" + String(repeating: "九", count: 20) + "条 x",
    "第" + String(repeating: "９", count: 20) + "条 x", "（" + String(repeating: "九", count: 20) + "）x",
    String(repeating: "九", count: 20) + "、x",
  ])
  func hugeLabelNumbersDoNotTrap(_ line: String) throws {
    let workspace = try Workspace()
    let file = workspace.path("c.txt")
    try (line + "\n").write(toFile: file, atomically: false, encoding: .utf8)
    for arguments in [
      ["parse", file], ["diff", file, file], ["report", file, file], ["pair", file, file], ["check", file, file],
    ] {
      let run = try RawRun(arguments)
      #expect(run.reason == .exit, "\(arguments[0]) trapped")
      #expect(run.status == 0, "\(arguments[0]): \(run.stderr)")
    }
  }

  // MARK: 2. The temporary file cannot be planted

  @Test func plantedSymlinkAtTheOldTemporaryNameIsNotFollowed() throws {
    let workspace = try Workspace()
    let victim = workspace.path("victim")
    try "precious\n".write(toFile: victim, atomically: false, encoding: .utf8)
    let script =
      "ln -s '\(victim)' .out.html.$$.tmp; exec '\(AlignRun.binary.path)' report '\(workspace.old)' '\(workspace.new)' -o out.html"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script]
    process.currentDirectoryURL = workspace.directory
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "precious\n")
    #expect(try String(contentsOfFile: workspace.path("out.html"), encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
  }

  /// A one-letter output name in the working directory: `NSString`'s
  /// `deletingLastPathComponent`, which found the temporary file's
  /// directory before, stopped the process on "a" (signal 4).
  @Test func aOneLetterOutputNameIsWritten() throws {
    let workspace = try Workspace()
    let run = try RawRun(["diff", workspace.old, workspace.new, "--output", "a"], directory: workspace.directory)
    #expect(run.reason == .exit)
    #expect(run.status == 1)
    #expect(run.stderr.isEmpty)
    #expect(try String(contentsOfFile: workspace.path("a"), encoding: .utf8).contains("modified"))
  }

  // MARK: 3. Devices, FIFOs and symlinks as outputs

  @Test func aFIFOOutputIsWrittenNotReplaced() throws {
    let workspace = try Workspace()
    let fifo = workspace.path("out.fifo")
    #expect(mkfifo(fifo, 0o600) == 0)
    // Read-write, so the command's open does not wait for a reader.
    let reader = open(fifo, O_RDWR | O_NONBLOCK)
    try #require(reader >= 0)
    defer { close(reader) }
    let run = try RawRun(["diff", workspace.old, workspace.new, "--format", "json", "-o", fifo])
    #expect(run.status == 1, "\(run.stderr)")
    var status = stat()
    #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
    var buffer = [UInt8](repeating: 0, count: 65536)
    let count = read(reader, &buffer, buffer.count)
    #expect(count > 0 && String(decoding: buffer[..<max(count, 0)], as: UTF8.self).contains("\"schema\""))
  }

  @Test func aDeviceOutputIsWrittenNotReplaced() throws {
    let workspace = try Workspace()
    let run = try RawRun(["diff", workspace.old, workspace.new, "-o", "/dev/null"])
    #expect(run.status == 1)
    var status = stat()
    #expect(lstat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    let full = try RawRun(["diff", workspace.old, workspace.new, "-o", "/dev/full"])
    #expect(full.status == 2)
    #expect(full.stderr == "align: /dev/full: cannot be written (No space left on device)\n")
    #expect(lstat("/dev/full", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
  }

  @Test func aSymlinkedOutputIsWrittenThroughToItsTarget() throws {
    let workspace = try Workspace()
    let target = workspace.path("real.md")
    try "old\n".write(toFile: target, atomically: false, encoding: .utf8)
    let link = workspace.path("link.md")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.md")
    let dangling = workspace.path("dangling.md")
    try FileManager.default.createSymbolicLink(atPath: dangling, withDestinationPath: "created.md")
    for output in [link, dangling] {
      let run = try RawRun(["diff", workspace.old, workspace.new, "--format", "markdown", "-o", output])
      #expect(run.status == 1, "\(run.stderr)")
    }
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.md")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dangling) == "created.md")
    #expect(try String(contentsOfFile: target, encoding: .utf8).contains("now"))
    #expect(try String(contentsOfFile: workspace.path("created.md"), encoding: .utf8).contains("now"))
    #expect(try workspace.temporaryFiles().isEmpty)
  }

  // MARK: 4. Standard output that cannot be written

  @Test func aFullStandardOutputIsOneLineAndExit2() throws {
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    for arguments in [
      ["parse", Paths.seed], ["parse", Paths.seed, "--format", "json"], ["report", Paths.seed, Paths.seed],
    ] {
      let run = try RawRun(arguments, stdout: full)
      #expect(run.reason == .exit)
      #expect(run.status == 2)
      #expect(run.stderr == "align: standard output: cannot be written (No space left on device)\n")
    }
  }

  @Test func aClosedPipeEndsTheProcessAsSIGPIPEWould() throws {
    let pipe = Pipe()
    try pipe.fileHandleForReading.close()
    let run = try RawRun(["parse", Paths.seed, "--format", "json"], stdout: pipe.fileHandleForWriting)
    #expect(run.reason == .uncaughtSignal)
    #expect(run.status == SIGPIPE)
    #expect(run.stderr.isEmpty)
  }

  // MARK: 5. An output that is an input

  @Test func anOutputThatIsAnInputIsRefused() throws {
    let workspace = try Workspace()
    let original = try String(contentsOfFile: workspace.old, encoding: .utf8)
    let hardLink = workspace.path("hard.txt")
    try FileManager.default.linkItem(atPath: workspace.old, toPath: hardLink)
    let symlink = workspace.path("soft.txt")
    try FileManager.default.createSymbolicLink(atPath: symlink, withDestinationPath: workspace.old)
    for output in [workspace.old, hardLink, symlink] {
      let run = try RawRun(["report", workspace.old, workspace.new, "-o", output])
      #expect(run.status == 2)
      #expect(run.stderr.hasPrefix("align: \(output): is also an input"))
      #expect(run.stderr.split(separator: "\n").count == 1)
    }
    #expect(try String(contentsOfFile: workspace.old, encoding: .utf8) == original)
    let pair = try RawRun(["pair", workspace.new, workspace.old, "-o", workspace.new])
    #expect(pair.status == 2)
  }

  // MARK: 6. The mode of a replaced file

  @Test func aReplacedFileKeepsItsMode() throws {
    let workspace = try Workspace()
    let output = workspace.path("out.json")
    try "{}\n".write(toFile: output, atomically: false, encoding: .utf8)
    #expect(chmod(output, 0o600) == 0)
    let run = try RawRun(["check", workspace.old, workspace.new, "--format", "json", "-o", output])
    #expect(run.reason == .exit && run.status <= 1, "\(run.stderr)")
    var status = stat()
    #expect(stat(output, &status) == 0)
    #expect(status.st_mode & 0o7777 == 0o600)
    #expect(try String(contentsOfFile: output, encoding: .utf8).contains("\"schema\""))
  }

  @Test func aNewFileGetsTheUmasksMode() throws {
    let workspace = try Workspace()
    let output = workspace.path("new.tsv")
    let mask = umask(0o022)
    umask(mask)
    let run = try RawRun(["pair", workspace.old, workspace.new, "--format", "tsv", "-o", output])
    #expect(run.status == 0, "\(run.stderr)")
    var status = stat()
    #expect(stat(output, &status) == 0)
    #expect(status.st_mode & 0o777 == 0o666 & ~mask)
  }

  // MARK: 7. An interrupted write

  /// Stops the process while its temporary file exists (retrying until the
  /// stop lands inside the write), then terminates it.
  @Test(arguments: [SIGTERM, SIGINT])
  func anInterruptedWriteLeavesNoTemporaryFile(_ signalNumber: Int32) throws {
    let workspace = try Workspace()
    let big = workspace.path("big.txt")
    let sentence = "The Council decides to remain actively seized of the matter and to act promptly."
    try (1...8000).map { "\($0). \(sentence)\n" }.joined().write(toFile: big, atomically: false, encoding: .utf8)
    let output = workspace.path("out.html")
    try "previous\n".write(toFile: output, atomically: false, encoding: .utf8)
    var caught = false
    for _ in 0..<30 where !caught {
      // Through perl, to clear the signal mask that a process spawned from
      // the test runner's thread inherits (SIGTERM would stay pending).
      let command = [
        "perl", "-e", "use POSIX; sigprocmask(SIG_SETMASK, POSIX::SigSet->new); exec @ARGV or die",
        AlignRun.binary.path, "report", big, big, "-o", output,
      ]
      let run = try RawRun(command) { process in
        while process.isRunning {
          guard try !workspace.temporaryFiles().isEmpty else { continue }
          kill(process.processIdentifier, SIGSTOP)
          if try !workspace.temporaryFiles().isEmpty {
            caught = true
            kill(process.processIdentifier, signalNumber)
          }
          kill(process.processIdentifier, SIGCONT)
          return
        }
      }
      if caught {
        #expect(run.reason == .uncaughtSignal)
        #expect(run.status == signalNumber)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "previous\n")
      } else {
        try "previous\n".write(toFile: output, atomically: false, encoding: .utf8)
      }
    }
    #expect(caught, "never stopped the command during its write")
    #expect(try workspace.temporaryFiles().isEmpty)
  }

  // MARK: 8. Arguments that look like options

  @Test func aFileNameStartingWithADashIsAnError() throws {
    let workspace = try Workspace()
    // -hansard.txt was -h to ArgumentParser: help and exit 0.
    for arguments in [
      ["parse", "-x.txt"], ["parse", "-hansard.txt"], ["parse", "--bogus", workspace.old],
      ["diff", "-old.txt", workspace.new],
    ] {
      let run = try RawRun(arguments, directory: workspace.directory)
      #expect(run.status == 2, "\(arguments)")
      #expect(run.stderr.contains("'--'"), "\(arguments): \(run.stderr)")
    }
    try FileManager.default.copyItem(atPath: workspace.old, toPath: workspace.path("-x.txt"))
    let run = try RawRun(["parse", "--", "-x.txt"], directory: workspace.directory)
    #expect(run.status == 0, "\(run.stderr)")
    // An option's value may start with '-'.
    let labels = try RawRun(["report", workspace.old, workspace.new, "--labels=-a,-b", "--context", "2"])
    #expect(labels.status == 0, "\(labels.stderr)")
  }

  // MARK: 9. Control characters in file names

  @Test func controlCharactersInFileNamesAreEscaped() throws {
    let workspace = try Workspace()
    let name = workspace.path("a\nb\u{1B}[31m.txt")
    for arguments in [
      ["parse", name], ["diff", workspace.old, name], ["report", workspace.old, workspace.new, "-o", name + "/x"],
    ] {
      let run = try RawRun(arguments)
      #expect(run.status == 2)
      #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
      #expect(!run.stderr.contains("\u{1B}"))
      #expect(run.stderr.contains("a\\nb\\u{1B}[31m.txt"))
    }
  }

  // MARK: 10. UTF-16 without a byte order mark and UTF-32

  @Test(arguments: ["UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "UTF-32"])
  func wideEncodingsAreRead(_ encoding: String) throws {
    let workspace = try Workspace()
    let text = try String(contentsOfFile: Paths.seed, encoding: .utf8)
    let converted: Data
    switch encoding {
    case "UTF-16LE": converted = try #require(text.data(using: .utf16LittleEndian))
    case "UTF-16BE": converted = try #require(text.data(using: .utf16BigEndian))
    case "UTF-32LE": converted = try #require(text.data(using: .utf32LittleEndian))
    case "UTF-32BE": converted = try #require(text.data(using: .utf32BigEndian))
    default: converted = Data([0xFF, 0xFE, 0, 0]) + (try #require(text.data(using: .utf32LittleEndian)))
    }
    let file = workspace.path("seed.txt")
    try converted.write(to: URL(fileURLWithPath: file))
    let expected = try AlignRun(["parse", Paths.seed])
    let run = try AlignRun(["parse", file])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == expected.stdout)
  }

  // MARK: 11. The output location is checked first

  @Test func aMissingOutputDirectoryFailsBeforeReading() throws {
    let workspace = try Workspace()
    let missing = workspace.path("missing.txt")
    for command in ["pair", "diff", "report", "check"] {
      let run = try AlignRun([command, missing, workspace.new, "-o", "/missing/dir/x"])
      #expect(run.status == 2)
      #expect(run.stderr == "align: /missing/dir/x: the directory /missing/dir does not exist\n", "\(command)")
    }
  }

  // MARK: 12. Bidi controls in the HTML report

  @Test func bidiControlsInTheHTMLReportAreShownNotObeyed() throws {
    let workspace = try Workspace()
    try "1. The Council decides to act.\n2. Pay \u{202E}0001\u{202C} dollars \u{2067}x\u{2069} \u{200F}.\n".write(
      toFile: workspace.new, atomically: false, encoding: .utf8)
    let run = try AlignRun(["report", workspace.old, workspace.new, "--generated", "T"])
    #expect(run.status == 0)
    for control in ["\u{202E}", "\u{202C}", "\u{2067}", "\u{2069}", "\u{200F}"] {
      #expect(!run.stdout.contains(control))
    }
    #expect(run.stdout.contains("Pay [RLO]0001[PDF] dollars [RLI]x[PDI] [RLM]."))
  }
}
