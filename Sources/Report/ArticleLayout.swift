import Alignment
import Diff

/// The rows of an article-level comparison (a 修订前后对照表): one per
/// article or numbered paragraph, holding the changes of its 款 and items;
/// markers where moved paragraphs used to be; and, with `changesOnly`,
/// one-line rows for articles only renumbered and markers where unchanged
/// articles are left out.
struct ArticleLayout: Sendable {
  /// One article (or heading, or unnumbered paragraph) and its changes.
  struct Article: Sendable, Hashable {
    /// Indices into `DocumentDiff.changes`, in reading order; the first is
    /// the article's own paragraph.
    var changes: [Int]
    /// Moved changes whose old place lies in this article.
    var movedAway: [Int] = []
    /// Some text of the article changed or moved.
    var changed = false
    /// Some paragraph of it changed number.
    var renumbered = false
  }

  enum Row: Hashable, Sendable {
    /// The article at this index of `articles`, in full.
    case article(Int)
    /// The article at this index, only renumbered: one line.
    case renumberedOnly(Int)
    /// This many articles left out, none changed.
    case elided(Int)
  }

  var articles: [Article]
  var rows: [Row]

  /// Groups the changes of `input` into articles and lays them out.
  ///
  /// A change starts a new article unless it is an item or a further 款
  /// (a sub-paragraph, or an unnumbered paragraph carrying a number path)
  /// of the article before it, judged on its new side (its old side when
  /// deleted).
  ///
  /// - Complexity: O(*n* + *p*) for *n* changes and *p* paragraphs.
  init(_ input: ReportInput) {
    let diff = input.diff
    let full = ReportLayout(diff: diff, oldCount: input.old.paragraphs.count, changesOnly: false, context: 0)
    var articles: [Article] = []
    // The article number of the current article, on each side.
    var current: (old: String?, new: String?) = (nil, nil)
    for row in full.rows {
      switch row {
      case .change(let n):
        let change = diff.changes[n]
        let side =
          change.new.first.map { input.new.paragraphs[$0] }
          ?? change.old.first.map { input.old.paragraphs[$0] }
        let onNew = !change.new.isEmpty
        let number = onNew ? current.new : current.old
        if let p = side, p.kind == .subparagraph || p.kind == .unnumbered, let first = p.path.first,
          first == number, !articles.isEmpty
        {
          articles[articles.count - 1].changes.append(n)
        } else {
          articles.append(Article(changes: [n]))
          let oldHead = change.old.first.map { input.old.paragraphs[$0] }
          let newHead = change.new.first.map { input.new.paragraphs[$0] }
          current = (
            oldHead?.kind == .numbered ? oldHead?.path.first : nil,
            newHead?.kind == .numbered ? newHead?.path.first : nil
          )
        }
        let k = articles.count - 1
        if change.op != .unchanged || change.moved { articles[k].changed = true }
        if change.renumbered { articles[k].renumbered = true }
      case .movedAway(let n):
        if articles.isEmpty { articles.append(Article(changes: [])) }
        articles[articles.count - 1].movedAway.append(n)
      case .elided: break
      }
    }
    self.articles = articles

    var rows: [Row] = []
    if !input.options.changesOnly {
      rows = articles.indices.map(Row.article)
    } else {
      // Changed articles with `context` articles around them; articles
      // holding a moved-away marker count as changed.
      let context = max(input.options.context, 0)
      var shown = [Bool](repeating: false, count: articles.count)
      for (k, article) in articles.enumerated() where article.changed || !article.movedAway.isEmpty {
        for j in max(0, k - context)...min(articles.count - 1, k + context) { shown[j] = true }
      }
      var skipped = 0
      for (k, article) in articles.enumerated() {
        if shown[k] || article.renumbered {
          if skipped > 0 { rows.append(.elided(skipped)) }
          skipped = 0
          rows.append(
            !article.changed && article.movedAway.isEmpty && article.renumbered ? .renumberedOnly(k) : .article(k))
        } else {
          skipped += 1
        }
      }
      if skipped > 0 { rows.append(.elided(skipped)) }
    }
    self.rows = rows
  }
}
