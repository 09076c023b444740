/// Finds page furniture by position: rows in the top or bottom band of a
/// page that are page numbers, UN job numbers or bar codes, or whose text
/// (digits aside) recurs in the same band on many pages (running headers
/// and footers such as "S/2024/400" or a law's title).
///
/// On the first page the top band is the document's own masthead, so a
/// header repeated later ("S/2024/400") stays there as front matter.
struct PDFRunningFurniture {
  enum Band: Hashable { case top, bottom }

  /// Indices of furniture rows, per page.
  private(set) var furniture: [Set<Int>]

  /// - Parameter pages: Each page's rows, in reading order.
  /// - Complexity: O(*n* log *n*) in the number of rows.
  init(pages: [[PDFRow]], heights: [Double], options: PDFLayoutOptions) {
    var candidates: [[(index: Int, band: Band, key: String)]] = []
    var pagesWithKey: [Band: [String: Set<Int>]] = [.top: [:], .bottom: [:]]
    for (pageIndex, rows) in pages.enumerated() {
      let height = pageIndex < heights.count ? heights[pageIndex] : 0
      let byY = rows.indices.sorted { rows[$0].box.yMin < rows[$1].box.yMin }
      var found: [(index: Int, band: Band, key: String)] = []
      for index in byY.prefix(options.furnitureRows)
      where rows[index].box.yMax <= height * options.furnitureBand {
        found.append((index, .top, Self.key(rows[index].text)))
      }
      for index in byY.suffix(options.furnitureRows)
      where rows[index].box.yMin >= height * (1 - options.furnitureBand)
        && !found.contains(where: { $0.index == index })
      {
        found.append((index, .bottom, Self.key(rows[index].text)))
      }
      for candidate in found {
        pagesWithKey[candidate.band, default: [:]][candidate.key, default: []].insert(pageIndex)
      }
      candidates.append(found)
    }
    let needed = max(2, Int((options.repeatedShare * Double(pages.count)).rounded(.up)))
    furniture = []
    for (pageIndex, found) in candidates.enumerated() {
      var set: Set<Int> = []
      for candidate in found {
        let text = Substring(pages[pageIndex][candidate.index].text)
        if PageFurniture.isPageNumber(text) || PageFurniture.isJobNumber(text) {
          set.insert(candidate.index)
          continue
        }
        if pageIndex == 0, candidate.band == .top { continue }
        if (pagesWithKey[candidate.band]?[candidate.key]?.count ?? 0) >= needed {
          set.insert(candidate.index)
        }
      }
      furniture.append(set)
    }
  }

  /// The text with spaces dropped and every digit replaced by `#`, so that
  /// "2/6" and "3/6", "- 7 -" and "- 8 -" share a key.
  static func key(_ text: String) -> String {
    String(
      text.unicodeScalars.compactMap { scalar -> Character? in
        if scalar.isSpace { return nil }
        if ("0"..."9").contains(scalar) { return "#" }
        return Character(scalar)
      })
  }

  func isFurniture(page: Int, row: Int) -> Bool {
    page < furniture.count && furniture[page].contains(row)
  }
}
