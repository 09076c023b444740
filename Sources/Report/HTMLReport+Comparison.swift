import Alignment
import Diff

/// The comparison table (修订前后对照表): one row per article or numbered
/// paragraph, its 款 and items inside the row, each with its word edits.
extension HTMLWriter {
  var columnCount: Int { input.translation == nil ? 4 : 5 }

  mutating func writeComparison() {
    out += "<section id=\"comparison\">\n<h2>"
    out.appendEscaped(strings.comparison)
    out += "</h2>\n<input type=\"checkbox\" id=\"hide-unchanged\" class=\"toggle\"/>"
    out += "<label for=\"hide-unchanged\" class=\"toggle\">"
    out.appendEscaped(strings.hideUnchanged)
    out += "</label>\n<table class=\"comparison\(input.translation == nil ? "" : " three-way")\">\n"
    let translation = input.translation
    out += "<colgroup><col class=\"number\"/><col class=\"renumbering\"/><col class=\"side\"/><col class=\"side\"/>"
    if translation != nil { out += "<col class=\"side\"/>" }
    out += "</colgroup>\n"
    out += "<thead><tr><th scope=\"col\" class=\"number\">"
    out.appendEscaped(strings.numberColumn)
    out += "</th><th scope=\"col\" class=\"renumbering\">"
    out.appendEscaped(words.renumberingColumn)
    out += "</th><th scope=\"col\" class=\"old\">"
    out.appendEscaped(input.columns.old)
    out += "</th><th scope=\"col\" class=\"new\">"
    out.appendEscaped(input.columns.new)
    if let translation {
      out += "</th><th scope=\"col\" class=\"translation\">"
      out.appendEscaped(translationHeading(translation))
    }
    out += "</th></tr></thead>\n<tbody>\n"
    let stepped = steppedArticles
    // Where each stepped article stands among them (a search of `stepped`
    // per row would make the table quadratic).
    var positions: [Int: Int] = [:]
    for (position, k) in stepped.enumerated() where positions[k] == nil { positions[k] = position }
    for row in articles.rows {
      switch row {
      case .article(let k):
        let position = positions[k]
        writeArticleRow(
          k, previous: position.flatMap { $0 > 0 ? stepped[$0 - 1] : nil },
          next: position.flatMap { $0 + 1 < stepped.count ? stepped[$0 + 1] : nil })
        for n in articles.articles[k].movedAway { writeMovedAwayRow(n) }
      case .renumberedOnly(let k): writeRenumberedOnlyRow(k)
      case .elided(let count): writeElidedRow(count)
      }
      flush()
    }
    out += "</tbody>\n</table>\n</section>\n"
  }

  func translationHeading(_ translation: TranslationColumn) -> String {
    "\(input.columns.new) · \(translation.language.rawValue)"
  }

  /// The changed articles shown in full, in order: the stops of the
  /// previous/next links.
  var steppedArticles: [Int] {
    articles.rows.compactMap {
      if case .article(let k) = $0, articles.articles[k].changed { return k }
      return nil
    }
  }

  /// The citation of a change's first paragraph on one side.
  func citation(_ change: Change, old: Bool) -> String? {
    if old { return change.old.first.flatMap { oldCitations[$0] } }
    return change.new.first.flatMap { newCitations[$0] }
  }

  /// How an article is named: its new citation, or its old one when
  /// deleted.
  func name(of article: ArticleLayout.Article) -> String? {
    guard let head = article.changes.first else { return nil }
    let change = input.diff.changes[head]
    return citation(change, old: false) ?? citation(change, old: true)
  }

  /// "原第十一条 → 第十五条" for each renumbered part of the article: the
  /// article itself when its number changed, else its renumbered items.
  func renumberings(of article: ArticleLayout.Article) -> [String] {
    var result: [String] = []
    for n in article.changes {
      let change = input.diff.changes[n]
      let before = change.old.compactMap { oldCitations[$0] }.joined(separator: " + ")
      let after = change.new.compactMap { newCitations[$0] }.joined(separator: " + ")
      guard change.renumbered, !before.isEmpty, !after.isEmpty, before != after else { continue }
      result.append(words.formerly + before + " → " + after)
      if n == article.changes.first { break }
    }
    return result
  }

  /// The kinds of change in an article, in the summary's order.
  func kinds(of article: ArticleLayout.Article) -> [String] {
    var ops = Set<String>()
    for n in article.changes {
      let change = input.diff.changes[n]
      if change.op != .unchanged { ops.insert(change.op.rawValue) }
      if change.moved { ops.insert("moved") }
      if change.renumbered { ops.insert("renumbered") }
    }
    return Self.summaryKeys.filter(ops.contains)
  }

  mutating func writeArticleRow(_ k: Int, previous: Int?, next: Int?) {
    let article = articles.articles[k]
    guard let head = article.changes.first else { return }
    let kinds = kinds(of: article)
    var classes = "article"
    if article.changed { classes += " changed" } else { classes += " quiet" }
    if article.renumbered { classes += " renumbered" }
    if input.diff.changes[head].op == .inserted
      && article.changes.allSatisfy({ input.diff.changes[$0].op == .inserted })
    {
      classes += " inserted"
    }
    out += "<tr id=\"a\(k)\" class=\"\(classes)\" data-kinds=\"\(kinds.joined(separator: " "))\">"
    out += "<td class=\"number\">"
    if let name = name(of: article) {
      out += "<a class=\"label\" href=\"#r\(head)\">"
      out.appendEscaped(name)
      out += "</a>"
    }
    for kind in kinds where kind != "renumbered" { writeBadge(kind, summaryName(kind)) }
    if article.changed {
      out += "<span class=\"step\">"
      if let previous {
        out += "<a href=\"#a\(previous)\" rel=\"prev\" title=\"\(String.htmlEscaped(words.previous))\">↑</a>"
      }
      if let next {
        out += "<a href=\"#a\(next)\" rel=\"next\" title=\"\(String.htmlEscaped(words.next))\">↓</a>"
      }
      out += "</span>"
    }
    out += "</td><td class=\"renumbering\">"
    out.appendEscaped(renumberings(of: article).joined(separator: "\n"), lineBreaks: true)
    out += "</td>"
    for old in [true, false] {
      let document = old ? input.old : input.new
      out +=
        "<td class=\"\(old ? "old" : "new")\" data-label=\"\(String.htmlEscaped(old ? input.columns.old : input.columns.new))\""
      out += "\(Self.languageAttributes(document.language))>"
      for n in article.changes { writePart(n, old: old, head: n == head) }
      out += "</td>"
    }
    if let translation = input.translation {
      out += "<td class=\"translation\" data-label=\"\(String.htmlEscaped(translationHeading(translation)))\""
      out += "\(Self.languageAttributes(translation.language))>"
      var texts: [String] = []
      var flags = Set<TranslationCell.Flag>()
      for n in article.changes {
        let cell = input.translationCell(input.diff.changes[n], translation)
        if let text = cell.text { texts.append(text) }
        if let flag = cell.flag { flags.insert(flag) }
      }
      for flag in [TranslationCell.Flag.needsRevision, .translationOnly] where flags.contains(flag) {
        writeBadge(flag.rawValue, input.name(of: flag))
      }
      out.appendEscaped(texts.joined(separator: "\n"), lineBreaks: true)
      out += "</td>"
    }
    out += "</tr>\n"
  }

  /// One change inside an article's cell: the old side shows kept and
  /// deleted words, the new side kept and inserted words. The part
  /// carries the change's id on the new side (the old side for a
  /// deletion).
  mutating func writePart(_ n: Int, old: Bool, head: Bool) {
    let change = input.diff.changes[n]
    let indices = old ? change.old : change.new
    guard !indices.isEmpty else { return }
    let document = old ? input.old : input.new
    let paragraph = document.paragraphs[indices[0]]
    var classes = "part " + change.op.rawValue
    if change.moved { classes += " moved" }
    if paragraph.kind == .heading { classes += " heading" }
    out += "<div class=\"\(classes)\" data-op=\"\(change.op.rawValue)\""
    if !old || change.new.isEmpty { out += " id=\"c\(n)\"" }
    out += ">"
    if !head, paragraph.kind == .subparagraph, let label = paragraph.label {
      out += "<span class=\"item\">"
      out.appendEscaped(label)
      out += "</span> "
    }
    writeEdits(change, old: old)
    if change.moved && !old {
      out += "<a class=\"moved-link\" href=\"#from-c\(n)\">↑ "
      out.appendEscaped(change.op == .unchanged ? strings.movedFrom : words.movedAndEdited + " · " + strings.movedFrom)
      if let before = citation(change, old: true) {
        out += " "
        out.appendEscaped(before)
      }
      out += "</a>"
    }
    out += "</div>"
  }

  /// The text of one side of a change with its word edits marked.
  mutating func writeEdits(_ change: Change, old: Bool) {
    switch change.op {
    case .unchanged:
      out.appendEscaped(old ? input.oldText(of: change) : input.newText(of: change), lineBreaks: true)
    case .inserted:
      if !old { wrap("ins", input.newText(of: change)) }
    case .deleted:
      if old { wrap("del", input.oldText(of: change)) }
    case .modified, .split, .merged:
      if change.edits.isEmpty {
        // No word edits (a diff made elsewhere): show both texts whole.
        wrap(old ? "del" : "ins", old ? input.oldText(of: change) : input.newText(of: change))
      }
      for edit in change.edits {
        switch edit.op {
        case .equal: out.appendEscaped(old ? edit.oldText : edit.newText, lineBreaks: true)
        case .delete: if old { wrap("del", edit.oldText) }
        case .insert: if !old { wrap("ins", edit.newText) }
        }
      }
    }
  }

  /// An article whose text is unchanged but whose number changed, on one
  /// line: "原第一百二十三条 → 第一百二十八条 · 条文未修改".
  mutating func writeRenumberedOnlyRow(_ k: Int) {
    let article = articles.articles[k]
    out += "<tr id=\"a\(k)\" class=\"article renumbered-only quiet\" data-kinds=\"renumbered\">"
    out += "<td class=\"number\">"
    if let name = name(of: article), let head = article.changes.first {
      out += "<a class=\"label\" href=\"#r\(head)\">"
      out.appendEscaped(name)
      out += "</a>"
    }
    out += "</td><td class=\"renumbering\">"
    out.appendEscaped(renumberings(of: article).joined(separator: "\n"), lineBreaks: true)
    out += "</td><td class=\"unchanged-note\" colspan=\"\(columnCount - 2)\">"
    out.appendEscaped(words.textUnchanged)
    out += "</td></tr>\n"
  }

  mutating func writeElidedRow(_ count: Int) {
    out += "<tr class=\"elided\"><td colspan=\"\(columnCount)\">⋯ "
    out.appendEscaped(words.elidedArticles(count))
    out += " ⋯</td></tr>\n"
  }

  /// Where a moved paragraph used to be, linked to where it went.
  mutating func writeMovedAwayRow(_ n: Int) {
    let change = input.diff.changes[n]
    out += "<tr id=\"from-c\(n)\" class=\"moved-away\"><td class=\"number\">"
    out.appendEscaped(citation(change, old: true) ?? "")
    out += "</td><td class=\"renumbering\"></td><td class=\"old\"\(Self.languageAttributes(input.old.language))>"
    out += "<a href=\"#c\(n)\">↓ "
    out.appendEscaped(strings.movedTo)
    if let after = citation(change, old: false) {
      out += " "
      out.appendEscaped(after)
    }
    out += "</a></td><td class=\"new\"></td>"
    if input.translation != nil { out += "<td class=\"translation\"></td>" }
    out += "</tr>\n"
  }
}
