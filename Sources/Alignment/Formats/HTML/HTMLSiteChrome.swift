/// Which elements of a page are the site around the document, by
/// structure alone: decided before any text is measured.
///
/// An element is chrome, and its whole subtree is kept out of the body, if
/// - its tag is one that never holds a document's text (`script`, `style`,
///   `noscript`, `template`, `nav`, `aside`, `form`, `button`, `select`,
///   `iframe`, …), or `header` / `footer` outside an `article` or `main`;
/// - it is hidden (`hidden`, `aria-hidden="true"`, an inline
///   `display: none` or `visibility: hidden`), as a browser would not show
///   it;
/// - its ARIA `role` is a landmark of the site (`navigation`, `banner`,
///   `contentinfo`, `complementary`, `search`, `menu`, …);
/// - a word of its `id` or `class` (split at punctuation and camel case:
///   `BreadcrumbNav` → breadcrumb, nav) starts with one of
///   `chromeWords` (nav, menu, breadcrumb, share, cookie, banner, footer,
///   sidebar, toolbar, …). `html`, `body`, `main` and `article` are never
///   chrome by their class, so `<body class="has-sidebar">` keeps its text.
enum HTMLSiteChrome {
  /// Tags whose content a browser never shows as text: skipped without a
  /// trace (not even in `discarded`).
  static let neverRendered: Set<String> = [
    "script", "style", "noscript", "template", "head", "title", "svg", "canvas", "object", "embed",
    "audio", "video", "map",
  ]

  /// Tags whose content is never document text.
  static let chromeTags: Set<String> = [
    "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select",
    "iframe", "head", "title", "svg", "canvas", "object", "embed", "input", "textarea", "option",
    "datalist", "menu", "dialog", "audio", "video", "map",
  ]

  /// Tags that are chrome unless they sit inside an `article` or `main`
  /// (where they head or close the document itself).
  static let pageLevelTags: Set<String> = ["header", "footer"]

  /// ARIA roles of site landmarks and widgets.
  static let chromeRoles: Set<String> = [
    "navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar",
    "toolbar", "dialog", "alertdialog", "tablist",
  ]

  /// Prefixes of `id` / `class` words that name site chrome.
  static let chromeWords: [String] = [
    "nav", "menu", "breadcrumb", "crumb", "share", "sharing", "social", "cookie", "consent", "gdpr",
    "banner", "footer", "sidebar", "toolbar", "topbar", "masthead", "skiplink", "pagination",
  ]

  /// Tags never removed for their `id` or `class`.
  static let protectedTags: Set<String> = ["html", "body", "main", "article"]

  /// Why an element is chrome, or `nil` if it is not.
  ///
  /// - Parameters:
  ///   - name: The element's tag name, lower case.
  ///   - attribute: Looks up one of the element's attributes.
  ///   - insideArticle: Whether an `article` or `main` encloses it.
  static func isChrome(name: String, attribute: (String) -> String?, insideArticle: Bool) -> Bool {
    if chromeTags.contains(name) { return true }
    if pageLevelTags.contains(name) && !insideArticle { return true }
    if attribute("hidden") != nil { return true }
    if attribute("aria-hidden")?.lowercased() == "true" { return true }
    if let style = attribute("style"), isHiddenByStyle(style) { return true }
    if let role = attribute("role")?.lowercased(), chromeRoles.contains(role) { return true }
    if protectedTags.contains(name) { return false }
    for key in ["id", "class"] {
      guard let value = attribute(key) else { continue }
      for word in words(of: value) where chromeWords.contains(where: { word.hasPrefix($0) }) {
        return true
      }
    }
    return false
  }

  /// An inline style that hides the element.
  static func isHiddenByStyle(_ style: String) -> Bool {
    let compact = style.lowercased().filter { $0 != " " && $0 != "\t" && $0 != "\n" }
    return compact.contains("display:none") || compact.contains("visibility:hidden")
  }

  /// The lower-cased words of an `id` or `class` value, split at anything
  /// but letters and digits and before an upper-case letter that follows a
  /// lower-case one.
  static func words(of value: String) -> [String] {
    var words: [String] = []
    var current = ""
    var previousWasLower = false
    for character in value {
      guard character.isLetter || character.isNumber, character.isASCII else {
        if !current.isEmpty { words.append(current) }
        current = ""
        previousWasLower = false
        continue
      }
      if character.isUppercase && previousWasLower && !current.isEmpty {
        words.append(current)
        current = ""
      }
      previousWasLower = character.isLowercase
      current.append(contentsOf: character.lowercased())
    }
    if !current.isEmpty { words.append(current) }
    return words
  }
}
