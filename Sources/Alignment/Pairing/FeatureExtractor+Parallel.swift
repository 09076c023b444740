#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension FeatureExtractor {
  /// `features(source:sourceIsChinese:target:targetIsChinese:)` with the
  /// target's units found on a second thread while this one finds the
  /// source's, then both sides' features made at once: the same features,
  /// bit for bit, and the extractor left in the same state (the same ids,
  /// names and cached words).
  ///
  /// The second thread starts from a copy of this extractor, so it gives
  /// every word this one knew before the call the same id and name; the
  /// ids and names it makes up for new words are then renumbered into this
  /// extractor in the order the target first met them, which is the order
  /// in which the sequential pass would have made them up (`id(of:)` and
  /// `nameID(of:)` run here on the renumbered words, reusing what the
  /// source found). A lexicon whose glosses fall among the new ids (a
  /// damaged file) would make its glosses indistinguishable from
  /// renumbered words, so then the target is done again here, sequentially.
  ///
  /// - Complexity: as `features(source:sourceIsChinese:target:targetIsChinese:)`,
  ///   in the time of the longer side, plus O(the new words of the target).
  mutating func featuresOnTwoThreads(
    source: [String], sourceIsChinese: Bool, target: [String], targetIsChinese: Bool
  ) -> (source: SegmentFeatures, target: SegmentFeatures) {
    var other = self
    // ICU transliterators are not shared between threads.
    if cognates != nil { other.cognates = CognateEvidence() }
    let (found, sourceUnits) = TwoThreads.run(
      Handoff(other),
      elsewhere: { handoff in
        var extractor = handoff.value
        let units = extractor.units(of: target, chinese: targetIsChinese)
        return Handoff((extractor, units))
      },
      here: { units(of: source, chinese: sourceIsChinese) })
    var (extractor, targetUnits) = found.value
    if let renumbered = adopt(extractor, startingFrom: other, units: targetUnits) {
      targetUnits = renumbered
    } else {
      targetUnits = units(of: target, chinese: targetIsChinese)
    }
    let keyCount = keyTableSize(sourceUnits, targetUnits)
    let sourceOffered = sourceUnits.offeredKeys(count: keyCount)
    let targetOffered = targetUnits.offeredKeys(count: keyCount)
    let (sourceFeatures, targetFeatures) = TwoThreads.run(
      Handoff((self, source, sourceUnits, targetOffered)),
      elsewhere: { handoff in
        let (extractor, source, units, offered) = handoff.value
        return Handoff(extractor.features(of: source, units: units, otherSide: offered))
      },
      here: { features(of: target, units: targetUnits, otherSide: sourceOffered) })
    return (sourceFeatures.value, targetFeatures)
  }

  /// Takes over the words, numbers and headwords that `later` (which
  /// started as `start`, a copy of this extractor) met, giving them the
  /// ids and names this extractor would have given them, and returns
  /// `units` (found by `later`) under those ids and names; `nil`, changing
  /// nothing, when a gloss of `later`'s lexicon lies among its new ids.
  mutating func adopt(
    _ later: FeatureExtractor, startingFrom start: FeatureExtractor, units: LexicalUnits
  ) -> LexicalUnits? {
    let firstID = start.nextID
    let newIDs = firstID..<later.nextID
    if later.glossPool.contains(where: { newIDs.contains($0) }) { return nil }
    // The words behind `later`'s new ids and names, by id and name.
    var wordOfID = [String](repeating: "", count: newIDs.count)
    for (word, id) in later.wordIDs where id >= firstID { wordOfID[Int(id - firstID)] = word }
    let firstName = start.nextName
    enum Origin {
      case word(String)
      case headword(head: Int32, entry: Headword)
    }
    var origin = [Origin?](repeating: nil, count: Int(later.nextName - firstName))
    for (word, name) in later.nameIDs where name >= firstName {
      origin[Int(name - firstName)] = .word(word)
    }
    for (head, index) in later.headwordOfHead where index >= Int32(start.headwords.count) {
      let entry = later.headwords[Int(index)]
      origin[Int(entry.name - firstName)] = .headword(head: head, entry: entry)
    }
    // Renumbered in the order `later` made them up.
    var idOf = [Int32](repeating: 0, count: newIDs.count)
    for k in wordOfID.indices { idOf[k] = id(of: wordOfID[k]) }
    var nameOf = [Int32](repeating: 0, count: origin.count)
    for k in origin.indices {
      switch origin[k] {
      case .word(let word):
        nameOf[k] = nameID(of: word)
      case .headword(let head, let entry):
        if let known = headwordOfHead[head] {
          nameOf[k] = headwords[Int(known)].name
        } else {
          let glosses = glossPool.count..<(glossPool.count + entry.glosses.count)
          glossPool.append(contentsOf: later.glossPool[entry.glosses])
          headwordOfHead[head] = Int32(headwords.count)
          headwords.append(Headword(glosses: glosses, name: nextName, isUsed: entry.isUsed))
          nameOf[k] = nextName
          nextName += 1
        }
      case nil:
        // Every new name is a word's or a headword's.
        nameOf[k] = nextName
        nextName += 1
      }
    }
    @inline(__always) func key(_ k: Int32) -> Int32 {
      newIDs.contains(k) ? idOf[Int(k - firstID)] : k
    }
    @inline(__always) func name(_ n: Int32) -> Int32 {
      n >= firstName ? nameOf[Int(n - firstName)] : n
    }
    for (word, cached) in later.wordCache where wordCache[word] == nil {
      wordCache[word] = CachedWord(
        name: cached.name == CachedWord.dropped ? cached.name : name(cached.name),
        key: cached.key == CachedWord.noKey ? cached.key : key(cached.key),
        cognate: cached.cognate == CachedWord.noKey ? cached.cognate : key(cached.cognate))
    }
    for (digits, number) in later.numberCache where numberCache[digits] == nil {
      numberCache[digits] = (name(number.name), key(number.key))
    }
    var renumbered = units
    for k in renumbered.kindName.indices { renumbered.kindName[k] = name(renumbered.kindName[k]) }
    for k in renumbered.keys.indices { renumbered.keys[k] = key(renumbered.keys[k]) }
    return renumbered
  }
}
