import Alignment
import Testing

@Suite("Lexicon")
struct LexiconTests {
  @Test func readsTheBuildScriptsFormat() {
    let lexicon = Lexicon(tsv: "国家 國家\tcountry nation state\n和平\tpeace\n")
    #expect(lexicon.count == 3)
    #expect(lexicon.contains("國家"))
    #expect(lexicon.translations(of: "国家") == ["country", "nat", "stat"])  // stems
    #expect(!lexicon.contains("国"))
  }

  @Test func shipsCCCEDICTWithSimplifiedAndTraditionalHeadwords() throws {
    let lexicon = try #require(Lexicon.cedict)
    #expect(lexicon.count > 150_000)
    #expect(lexicon.translations(of: "安理会").contains("council"))
    #expect(lexicon.translations(of: "聯合國") == ["nat", "unit"])
  }
}
