import Diff

/// The wording of the article-level comparison, in the report's language.
struct ArticleStrings: Sendable {
  var renumberingColumn: String
  /// Prefix of an article's old number: 原第十一条 → 第十五条.
  var formerly: String
  var textUnchanged: String
  var index: String
  var previous: String
  var next: String
  var elidedArticles: @Sendable (Int) -> String
  var movedAndEdited: String
  var legend: String

  init(_ strings: ReportStrings) {
    switch strings.tag {
    case "zh-Hans":
      self = .init(
        renumberingColumn: "序号变更", formerly: "原", textUnchanged: "条文未修改", index: "修改索引",
        previous: "上一处修改", next: "下一处修改", elidedArticles: { "（省略 \($0) 条未修改条文）" },
        movedAndEdited: "移动并修改",
        legend: "删除的文字以红色删除线标出，新增的文字以蓝色下划线标出，移动的条文以绿色标出并链接其原位置。")
    case "zh-Hant":
      self = .init(
        renumberingColumn: "序號變更", formerly: "原", textUnchanged: "條文未修改", index: "修改索引",
        previous: "上一處修改", next: "下一處修改", elidedArticles: { "（省略 \($0) 條未修改條文）" },
        movedAndEdited: "移動並修改",
        legend: "刪除的文字以紅色刪除線標出，新增的文字以藍色底線標出，移動的條文以綠色標出並連結其原位置。")
    default:
      self = .init(
        renumberingColumn: "Renumbered", formerly: "", textUnchanged: "text unchanged", index: "Index of changes",
        previous: "previous change", next: "next change",
        elidedArticles: { $0 == 1 ? "1 unchanged article not shown" : "\($0) unchanged articles not shown" },
        movedAndEdited: "moved and edited",
        legend: "Deleted words are struck through in red, inserted words underlined in blue; "
          + "moved text is green, linked from where it left to where it arrived.")
    }
  }

  private init(
    renumberingColumn: String, formerly: String, textUnchanged: String, index: String,
    previous: String, next: String, elidedArticles: @escaping @Sendable (Int) -> String,
    movedAndEdited: String, legend: String
  ) {
    self.renumberingColumn = renumberingColumn
    self.formerly = formerly
    self.textUnchanged = textUnchanged
    self.index = index
    self.previous = previous
    self.next = next
    self.elidedArticles = elidedArticles
    self.movedAndEdited = movedAndEdited
    self.legend = legend
  }
}
