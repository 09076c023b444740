import Alignment
import Diff

/// The index of changes (each kind, each article that has it, linked), the
/// redline walked article by article, the previous/next buttons and the
/// print header.
extension HTMLWriter {
  /// The articles having each kind of change, for the index and the
  /// summary's links.
  func articlesByKind() -> [String: [Int]] {
    var result: [String: [Int]] = [:]
    for row in articles.rows {
      switch row {
      case .article(let k), .renumberedOnly(let k):
        for kind in kinds(of: articles.articles[k]) { result[kind, default: []].append(k) }
      case .elided: break
      }
    }
    return result
  }

  mutating func writeIndex() {
    let byKind = articlesByKind()
    guard !byKind.isEmpty else { return }
    out += "<section id=\"index\">\n<h2>"
    out.appendEscaped(words.index)
    out += "</h2>\n<dl class=\"index\">\n"
    for key in Self.summaryKeys {
      guard let ks = byKind[key], !ks.isEmpty else { continue }
      out += "<dt id=\"index-\(key)\" class=\"\(key)\">"
      out.appendEscaped(summaryName(key))
      out += " (\(ks.count))</dt><dd>"
      var first = true
      for k in ks {
        if !first { out += " · " }
        first = false
        out += "<a href=\"#a\(k)\">"
        out.appendEscaped(name(of: articles.articles[k]) ?? "#\(k + 1)")
        out += "</a>"
        flush()
      }
      out += "</dd>\n"
    }
    out += "</dl>\n</section>\n"
  }

  // MARK: Redline

  mutating func writeRedline() {
    out += "<section id=\"redline\">\n<h2>"
    out.appendEscaped(strings.redline)
    out += "</h2>\n<div class=\"redline\"\(Self.languageAttributes(input.new.language))>\n"
    for row in articles.rows {
      switch row {
      case .article(let k):
        for n in articles.articles[k].changes { writeRedlineParagraph(n, article: k) }
      case .renumberedOnly(let k):
        let article = articles.articles[k]
        guard let head = article.changes.first else { continue }
        out += "<p id=\"r\(head)\" class=\"renumbered-only\"><a class=\"label\" href=\"#a\(k)\">"
        out.appendEscaped(renumberings(of: article).joined(separator: ", "))
        out += "</a> "
        out.appendEscaped(words.textUnchanged)
        out += "</p>\n"
      case .elided(let count):
        out += "<p class=\"elided\">⋯ "
        out.appendEscaped(words.elidedArticles(count))
        out += " ⋯</p>\n"
      }
      flush()
    }
    out += "</div>\n</section>\n"
  }

  mutating func writeRedlineParagraph(_ n: Int, article k: Int) {
    let change = input.diff.changes[n]
    var classes = HTMLWriter.classes(of: change)
    let newParagraphs = input.paragraphs(change.new, in: input.new)
    let oldParagraphs = input.paragraphs(change.old, in: input.old)
    if newParagraphs.first?.kind == .heading || (newParagraphs.isEmpty && oldParagraphs.first?.kind == .heading) {
      classes += " heading"
    }
    out += "<p id=\"r\(n)\" class=\"\(classes)\">"
    // The number: old struck and new inserted when renumbered.
    let before = citation(change, old: true)
    let after = citation(change, old: false)
    if before != nil || after != nil {
      out += "<a class=\"label\" href=\"#a\(k)\">"
      switch change.op {
      case .inserted: wrap("ins", after ?? "")
      case .deleted: wrap("del", before ?? "")
      default:
        if change.renumbered, let before, let after, before != after {
          wrap("del", before)
          wrap("ins", after)
        } else {
          out.appendEscaped(after ?? before ?? "")
        }
      }
      out += "</a> "
    }
    switch change.op {
    case .unchanged: out.appendEscaped(input.newText(of: change), lineBreaks: true)
    case .inserted: wrap("ins", input.newText(of: change))
    case .deleted: wrap("del", input.oldText(of: change))
    case .modified, .split, .merged:
      if change.edits.isEmpty {
        wrap("del", input.oldText(of: change))
        wrap("ins", input.newText(of: change))
      }
      for edit in change.edits {
        switch edit.op {
        case .equal: out.appendEscaped(edit.newText, lineBreaks: true)
        case .delete: wrap("del", edit.oldText)
        case .insert: wrap("ins", edit.newText)
        }
      }
    }
    out += "</p>\n"
  }

  // MARK: Navigation and print

  /// Previous/next buttons, hidden until the script shows them: the report
  /// reads the same without JavaScript (each changed row links to the
  /// previous and next one).
  mutating func writeStepper() {
    guard !steppedArticles.isEmpty else { return }
    out += "<div id=\"stepper\" class=\"stepper\" hidden=\"hidden\">"
    out += "<button type=\"button\" data-step=\"-1\">↑ "
    out.appendEscaped(words.previous)
    out += "</button><button type=\"button\" data-step=\"1\">↓ "
    out.appendEscaped(words.next)
    out += "</button></div>\n<script>//<![CDATA[\n"
    out += HTMLReport.stepperScript
    out += "//]]></script>\n"
  }

  /// The running header of printed pages, naming the documents.
  mutating func writePageStyle() {
    let title = "\(strings.title): \(input.options.oldName) → \(input.options.newName)"
    out += "<style>@page { @top-left { content: \""
    out += Self.cssString(title)
    out += "\"; } }</style>\n"
  }

  /// Text for a CSS string inside an HTML `<style>` element (whose content
  /// is not unescaped): quotes, backslashes, line breaks and the characters
  /// XML would read as markup become CSS escapes.
  static func cssString(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"", "\\", "<", ">", "&", "\n", "\r":
        result += "\\" + String(scalar.value, radix: 16) + " "
      case "\u{0}"..."\u{1F}": result += " "
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

extension HTMLReport {
  /// Moves between changed rows with the buttons or the keys n / p (j / k).
  /// It avoids `<` and `&` so the page stays well-formed XML; public so
  /// tests can tell it from document text.
  public static let stepperScript = """
    (function () {
      var rows = Array.prototype.slice.call(document.querySelectorAll("tr.changed"));
      var bar = document.getElementById("stepper");
      if (!bar || rows.length === 0) return;
      bar.hidden = false;
      function go(step) {
        var target = null;
        if (step > 0) {
          target = rows.find(function (row) { return row.getBoundingClientRect().top > 12; });
        } else {
          target = rows.filter(function (row) { return -row.getBoundingClientRect().top > 12; }).pop();
        }
        if (target) { target.scrollIntoView({ block: "start" }); history.replaceState(null, "", "#" + target.id); }
      }
      bar.addEventListener("click", function (event) {
        var step = event.target.getAttribute("data-step");
        if (step) go(Number(step));
      });
      document.addEventListener("keydown", function (event) {
        if (event.altKey || event.ctrlKey || event.metaKey || /input|textarea/i.test(event.target.tagName)) return;
        if (event.key === "n" || event.key === "j") go(1);
        if (event.key === "p" || event.key === "k") go(-1);
      });
    })();

    """
}
