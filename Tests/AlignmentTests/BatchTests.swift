import Foundation
import TestSupport
import Testing

@testable import Alignment

@Suite("Batch: stable hash")
struct StableHashTests {
  /// The published FNV-1a 64 test vectors.
  @Test(arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
  func publishedVectors(input: String, expected: String) {
    #expect(StableHash.of(input.utf8).hex == expected)
  }

  @Test func stringsAreSeparated() {
    var ab = StableHash()
    ab.combine("ab")
    ab.combine("c")
    var a = StableHash()
    a.combine("a")
    a.combine("bc")
    #expect(ab != a)
  }
}

@Suite("Batch: manifest")
struct BatchManifestTests {
  @Test func tsvJSONAndSpacesMix() throws {
    let text = """
      # a comment
      S/RES/2482(2019)\tzh=un/2482_zh.pdf\ten=un/2482 en.pdf

      CH1 zh=c/1_zh.txt es=c/1_es.txt en=c/1_en.txt
      {"id": "law", "files": [{"role": "old", "path": "a.txt"}, {"role": "new", "path": "b.txt"}]}
      {"id": "x", "files": [{"lang": "en", "path": "x_en.txt"}, {"lang": "zh", "path": "x_zh.txt"}]}\r

      """
    let sets = try BatchManifest.parse(text)
    #expect(sets.map(\.id) == ["S/RES/2482(2019)", "CH1", "law", "x"])
    #expect(sets[0].files == [.init(role: "zh", path: "un/2482_zh.pdf"), .init(role: "en", path: "un/2482 en.pdf")])
    #expect(sets[1].files.map(\.role) == ["zh", "es", "en"])
    #expect(sets[2].file("new")?.path == "b.txt")
    #expect(sets[3].files.map(\.role) == ["en", "zh"])
  }

  @Test(arguments: [
    ("a\tzh=x\nb\ten=y\na\ten=z", "manifest line 3: the id 'a' was already used on line 1"),
    ("a\tzh", "manifest line 1: 'zh' is not role=path (such as zh=docs/a_zh.txt)"),
    ("a", "manifest line 1: the set 'a' has no files"),
    ("a zh=x zh=y", "manifest line 1: the role 'zh' is given twice in 'a'"),
    ("{\"id\": 3}", "manifest line 1: not a set of the form {\"id\": …, \"files\": [{\"lang\": …, \"path\": …}]}"),
    ("a zh=", "manifest line 1: an empty path for zh"),
  ])
  func problemsNameTheLine(text: String, message: String) {
    #expect(throws: BatchManifest.Problem(message)) { try BatchManifest.parse(text) }
  }

  @Test func directoryAndPattern() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("batch-dir-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    for name in [
      "S_RES_2446_zh.txt", "S_RES_2446_en.txt", "A_56_150_en.pdf", "A_56_150_zh.docx", "README", "law_old.md",
    ] {
      FileManager.default.createFile(atPath: directory + "/" + name, contents: Data("x".utf8))
    }
    let sets = try BatchManifest.sets(inDirectory: directory, pattern: "{symbol}_{lang}.{ext}")
    #expect(sets.map(\.id) == ["A_56_150", "S_RES_2446", "law"])
    #expect(sets[1].files.map(\.role) == ["en", "zh"])
    #expect(sets[1].files[1].path == directory + "/S_RES_2446_zh.txt")
    #expect(sets[2].files.map(\.role) == ["old"])
    #expect(throws: BatchManifest.Problem("the pattern '{symbol}.txt' needs {symbol} and {lang}")) {
      try BatchManifest.sets(inDirectory: directory, pattern: "{symbol}.txt")
    }
  }
}

@Suite("Batch: shards")
struct BatchShardTests {
  @Test(arguments: [1, 2, 3, 7])
  func shardsPartitionTheSets(count: Int) throws {
    let ids = (0..<500).map { "S/RES/\($0)(2019)" }
    var owners = [Int](repeating: 0, count: ids.count)
    for k in 0..<count {
      let shard = try #require(BatchShard(parsing: "\(k)/\(count)"))
      for (i, id) in ids.enumerated() where shard.contains(id: id) { owners[i] += 1 }
    }
    #expect(owners.allSatisfy { $0 == 1 })
  }

  @Test func everyShardGetsSome() throws {
    let ids = (0..<400).map { "UNPC-\($0)" }
    for k in 0..<4 {
      let shard = try #require(BatchShard(parsing: "\(k)/4"))
      #expect(ids.filter(shard.contains(id:)).count > 50)
    }
  }

  @Test(arguments: ["4/4", "-1/4", "0/0", "1", "a/b", "1/2/3"])
  func badShards(text: String) {
    #expect(BatchShard(parsing: text) == nil)
  }
}

@Suite("Batch: ordered parallel map")
struct OrderedParallelMapTests {
  /// Items finish out of order (later items are faster), yet come out in
  /// order, each once, for any number of jobs.
  @Test(arguments: [1, 2, 8])
  func resultsComeOutInOrder(jobs: Int) throws {
    var seen: [Int] = []
    try OrderedParallelMap(jobs: jobs).run(
      count: 60,
      work: { index in
        usleep(UInt32((60 - index) % 7) * 300)
        return index * index
      },
      emit: { index, square in
        #expect(square == index * index)
        seen.append(index)
      })
    #expect(seen == Array(0..<60))
  }

  struct Stop: Error {}

  @Test func aThrowingEmitStopsTheMap() {
    let started = Counter()
    #expect(throws: Stop.self) {
      try OrderedParallelMap(jobs: 2, window: 2).run(
        count: 1000,
        work: { index in
          started.increment()
          return index
        },
        emit: { index, _ in if index == 3 { throw Stop() } })
    }
    // At most the window past the failing item was started.
    #expect(started.value <= 3 + 1 + 2 + 2)
  }

  final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() {
      lock.lock()
      count += 1
      lock.unlock()
    }
    var value: Int {
      lock.lock()
      defer { lock.unlock() }
      return count
    }
  }
}

@Suite("Batch: journal")
struct BatchJournalTests {
  @Test func aLineCutShortIsDropped() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    do {
      let journal = try BatchJournal(path: path, keeping: false)
      try journal.append(key: "0123456789abcdef", record: "{\"id\":\"a\"}")
      try journal.append(key: "fedcba9876543210", record: "{\"id\":\"b\"}")
    }
    // A killed writer leaves half a line.
    let handle = try #require(FileHandle(forWritingAtPath: path))
    handle.seekToEndOfFile()
    handle.write(Data("00000000000000ff\t{\"id\":\"c\",\"sta".utf8))
    try handle.close()
    let entries = BatchJournal.entries(at: path)
    #expect(entries == ["0123456789abcdef": "{\"id\":\"a\"}", "fedcba9876543210": "{\"id\":\"b\"}"])
    // Reopened for keeping, the journal goes on after the good lines.
    try BatchJournal.rewrite(at: path, entries: [("0123456789abcdef", "{\"id\":\"a\"}")])
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text == BatchJournal.header + "\n0123456789abcdef\t{\"id\":\"a\"}\n")
  }

  @Test func noJournalNoEntries() {
    #expect(BatchJournal.entries(at: "/nonexistent/journal").isEmpty)
  }
}

@Suite("Batch: inputs and keys")
struct BatchInputTests {
  @Test func keyFollowsContentsAndSalt() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("batch-key-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    FileManager.default.createFile(atPath: directory + "/a.txt", contents: Data("one".utf8))
    let set = BatchSet(id: "a", files: [.init(role: "en", path: "a.txt"), .init(role: "zh", path: "missing.txt")])
    let first = BatchInput(set, root: directory)
    #expect(first.files[0].hash == StableHash.of("one".utf8))
    guard case .failure(let error) = first.files[1].contents else {
      Issue.record("a missing file was read")
      return
    }
    #expect(error.description == "missing.txt: no such file")
    #expect(first.key(salt: "s") == BatchInput(set, root: directory).key(salt: "s"))
    #expect(first.key(salt: "s") != first.key(salt: "t"))
    FileManager.default.createFile(atPath: directory + "/a.txt", contents: Data("two".utf8))
    #expect(first.key(salt: "s") != BatchInput(set, root: directory).key(salt: "s"))
  }
}

@Suite("Batch: progress line")
struct BatchProgressTests {
  @Test func line() {
    var progress = BatchProgress(total: 1000)
    progress.done = 412
    progress.failed = 2
    #expect(progress.line(elapsed: 10) == "412/1000 sets · 41.2 sets/s · 0:14 left · 2 failed")
    progress.resumed = 400
    #expect(progress.line(elapsed: 2) == "412/1000 sets · 6.0 sets/s · 1:38 left · 400 resumed · 2 failed")
    #expect(BatchProgress(total: 3).line(elapsed: 0) == "0/3 sets · 0 failed")
    #expect(BatchProgress.duration(3725) == "1:02:05")
  }
}

@Suite("Batch: sentences refined from paragraphs")
struct RefinedSentenceTests {
  @Test func sameAsAligningSentences() throws {
    let zh = try DocumentReader.read(contentsOf: FixtureFiles.path("sres2446_zh_en_complete/S_RES_2446_2018_zh.txt"))
    let en = try DocumentReader.read(contentsOf: FixtureFiles.path("sres2446_zh_en_complete/S_RES_2446_2018_en.txt"))
    let documents = [(name: "zh", document: zh), (name: "en", document: en)]
    let direct = try ParallelText.aligning(documents, level: .sentence, lexicon: .cedict)
    let refined = try ParallelText.aligning(documents, level: .paragraph, lexicon: .cedict).refinedToSentences(
      lexicon: .cedict)
    #expect(refined.level == .sentence)
    #expect(refined.beads == direct.beads)
    #expect(refined.versions.map { $0.units.map(\.text) } == direct.versions.map { $0.units.map(\.text) })
    #expect(refined.beads[0].count >= 10)
  }
}
