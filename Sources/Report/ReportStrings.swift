import Alignment
import Diff

/// The fixed wording of a report, in the documents' language where we have
/// it (Chinese) and in English otherwise.
struct ReportStrings: Sendable {
  /// The BCP 47 tag of the wording, for the page's `lang` attribute.
  var tag: String
  var title: String
  var oldColumn: String
  var newColumn: String
  var numberColumn: String
  var comparison: String
  var redline: String
  var generated: String
  var file: String
  var documentTitle: String
  var symbol: String
  var adoption: String
  var language: String
  var paragraphs: String
  var summary: String
  var hideUnchanged: String
  var movedTo: String
  var movedFrom: String
  var elided: @Sendable (Int) -> String
  var op: @Sendable (Change.Op) -> String
  var moved: String
  var renumbered: String
  var legend: String
  var checkTitle: String
  var noFindings: String
  var translationNotRevised: String
  var translationOnlyRevised: String

  /// Chinese wording when both documents are Chinese, English otherwise.
  ///
  /// The column headings of a Chinese comparison are those of a
  /// 修订前后对照表.
  init(old: Language, new: Language) {
    switch (old, new) {
    case (.chineseTraditional, .chineseTraditional): self = .traditionalChinese
    case (let a, let b) where a.isCJK && b.isCJK: self = .simplifiedChinese
    default: self = .english
    }
  }

  private init(
    tag: String, title: String, oldColumn: String, newColumn: String,
    numberColumn: String, comparison: String, redline: String,
    generated: String, file: String, documentTitle: String, symbol: String, adoption: String,
    language: String, paragraphs: String, summary: String,
    hideUnchanged: String, movedTo: String, movedFrom: String,
    elided: @escaping @Sendable (Int) -> String, op: @escaping @Sendable (Change.Op) -> String,
    moved: String, renumbered: String, legend: String,
    checkTitle: String, noFindings: String, translationNotRevised: String, translationOnlyRevised: String
  ) {
    self.checkTitle = checkTitle
    self.noFindings = noFindings
    self.translationNotRevised = translationNotRevised
    self.translationOnlyRevised = translationOnlyRevised
    self.tag = tag
    self.title = title
    self.oldColumn = oldColumn
    self.newColumn = newColumn
    self.numberColumn = numberColumn
    self.comparison = comparison
    self.redline = redline
    self.generated = generated
    self.file = file
    self.documentTitle = documentTitle
    self.symbol = symbol
    self.adoption = adoption
    self.language = language
    self.paragraphs = paragraphs
    self.summary = summary
    self.hideUnchanged = hideUnchanged
    self.movedTo = movedTo
    self.movedFrom = movedFrom
    self.elided = elided
    self.op = op
    self.moved = moved
    self.renumbered = renumbered
    self.legend = legend
  }

  static let english = ReportStrings(
    tag: "en", title: "Change report", oldColumn: "Old", newColumn: "New",
    numberColumn: "No.", comparison: "Side-by-side comparison",
    redline: "New text with changes marked", generated: "Generated",
    file: "File", documentTitle: "Title", symbol: "Symbol", adoption: "Adopted",
    language: "Language", paragraphs: "Paragraphs", summary: "Summary",
    hideUnchanged: "Hide unchanged rows", movedTo: "moved to",
    movedFrom: "moved from",
    elided: { $0 == 1 ? "1 unchanged paragraph not shown" : "\($0) unchanged paragraphs not shown" },
    op: { $0.rawValue }, moved: "moved", renumbered: "renumbered",
    legend: "Deleted words are struck through in red, inserted words underlined in green.",
    checkTitle: "Consistency of the translation", noFindings: "No numbers, dates, symbols or references disagree.",
    translationNotRevised: "translation not revised", translationOnlyRevised: "revised in translation only"
  )

  static let simplifiedChinese = ReportStrings(
    tag: "zh-Hans", title: "修订对照报告", oldColumn: "修订前", newColumn: "修订后",
    numberColumn: "条目", comparison: "修订前后对照表", redline: "修订后文本（标出修改）",
    generated: "生成时间", file: "文件", documentTitle: "标题", symbol: "文号", adoption: "通过",
    language: "语言", paragraphs: "段落数", summary: "统计",
    hideUnchanged: "隐藏未修改的行", movedTo: "移至", movedFrom: "移自",
    elided: { "（省略 \($0) 个未修改段落）" },
    op: {
      switch $0 {
      case .unchanged: "未修改"
      case .modified: "修改"
      case .inserted: "新增"
      case .deleted: "删除"
      case .split: "拆分"
      case .merged: "合并"
      }
    }, moved: "移动", renumbered: "序号变更",
    legend: "删除的文字以红色删除线标出，新增的文字以绿色下划线标出。",
    checkTitle: "译文一致性检查", noFindings: "数字、日期、文号和援引均一致。",
    translationNotRevised: "译文未修订", translationOnlyRevised: "仅译文修订"
  )

  static let traditionalChinese = ReportStrings(
    tag: "zh-Hant", title: "修訂對照報告", oldColumn: "修訂前", newColumn: "修訂後",
    numberColumn: "條目", comparison: "修訂前後對照表", redline: "修訂後文本（標出修改）",
    generated: "生成時間", file: "檔案", documentTitle: "標題", symbol: "文號", adoption: "通過",
    language: "語言", paragraphs: "段落數", summary: "統計",
    hideUnchanged: "隱藏未修改的列", movedTo: "移至", movedFrom: "移自",
    elided: { "（省略 \($0) 個未修改段落）" },
    op: {
      switch $0 {
      case .unchanged: "未修改"
      case .modified: "修改"
      case .inserted: "新增"
      case .deleted: "刪除"
      case .split: "拆分"
      case .merged: "合併"
      }
    }, moved: "移動", renumbered: "序號變更",
    legend: "刪除的文字以紅色刪除線標出，新增的文字以綠色底線標出。",
    checkTitle: "譯文一致性檢查", noFindings: "數字、日期、文號和援引均一致。",
    translationNotRevised: "譯文未修訂", translationOnlyRevised: "僅譯文修訂"
  )
}
