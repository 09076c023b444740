import Diff

extension HTMLReport {
  /// The page's style sheet, inlined so the report needs nothing else.
  ///
  /// Font stacks name fonts found on common systems (Noto and Source Han on
  /// Linux, PingFang on Apple systems, Microsoft YaHei and SimSun on
  /// Windows). Text cells break CJK lines between any characters but never
  /// before closing punctuation (`line-break: strict`) and break long
  /// symbols such as `S/RES/2482(2019)` anywhere rather than overflow.
  /// Deletions and insertions differ by decoration as well as colour, so
  /// they survive black-and-white printing. The colours follow the legal
  /// convention: deletions red struck through, insertions blue underlined,
  /// moved text green. Printing is on A4 with a running header (set by the
  /// page's second style element) and page numbers; table heads repeat.
  /// Below 40rem the comparison's cells stack, each with its column's name.
  static let style = """
    :root {
      --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; --band: #f6f8fa;
      --del-ink: #a40e26; --del-bg: #ffebe9; --ins-ink: #0550ae; --ins-bg: #ddf4ff;
      --moved: #116329; --moved-bg: #dafbe1; --renumbered: #9a6700;
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0 auto; padding: 1.5rem 2rem 3rem; max-width: 110rem;
      color: var(--ink); background: #fff; line-height: 1.6; font-size: 15px;
      font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Helvetica Neue", Arial,
        "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
    }
    :lang(zh-Hans), :lang(zh) {
      font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Source Han Sans CN", "PingFang SC",
        "Hiragino Sans GB", "Microsoft YaHei", "SimSun", sans-serif;
    }
    :lang(zh-Hant) {
      font-family: "Noto Sans CJK TC", "Source Han Sans TC", "Source Han Sans TW", "PingFang TC",
        "Microsoft JhengHei", "PMingLiU", sans-serif;
    }
    :lang(ar) {
      font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Geeza Pro", "Segoe UI", "Arial", sans-serif;
    }
    h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
    h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--rule); }
    a { color: #0550ae; }
    .subject { font-size: 1.15rem; margin: 0 0 .25rem; }
    .generated, .legend { color: var(--muted); margin: .25rem 0; }
    nav { margin: .5rem 0 0; }
    table { border-collapse: collapse; }
    th, td { border: 1px solid var(--rule); padding: .35rem .6rem; vertical-align: top; text-align: start; }
    thead th { background: var(--band); }
    table.documents { margin: 1rem 0; max-width: 100%; }
    table.documents td { overflow-wrap: anywhere; }
    table.documents th[scope="row"] { background: var(--band); font-weight: 600; white-space: nowrap; }
    table.summary { margin: 1rem 0; }
    table.summary caption { text-align: start; font-weight: 600; padding-bottom: .25rem; }
    table.summary td { text-align: center; font-variant-numeric: tabular-nums; font-size: 1.15rem; min-width: 4.5rem; }
    table.summary th { font-weight: 600; font-size: .85rem; }
    table.summary th.modified, table.summary th.renumbered { color: var(--renumbered); }
    table.summary th.inserted { color: var(--ins-ink); }
    table.summary th.deleted { color: var(--del-ink); }
    table.summary th.moved, table.summary th.split, table.summary th.merged { color: var(--moved); }
    table.comparison { width: 100%; table-layout: fixed; }
    table.comparison col.number { width: 9rem; }
    table.comparison col.renumbering { width: 8rem; }
    table.comparison col.side { width: calc((100% - 17rem) / 2); }
    th.renumbering { font-size: .8rem; overflow-wrap: anywhere; }
    td.renumbering { font-size: .85rem; color: var(--renumbered); word-break: keep-all; overflow-wrap: anywhere; }
    .part + .part { margin-top: .45rem; }
    .part .item { font-weight: 600; }
    .part.heading { font-weight: 700; }
    .part.moved { background: var(--moved-bg); box-shadow: inset 3px 0 0 var(--moved); padding-inline-start: .5rem; }
    .part.moved, .part.moved a.moved-link { color: var(--moved); }
    td.unchanged-note { color: var(--muted); font-style: italic; }
    tr.renumbered-only td { padding-top: .15rem; padding-bottom: .15rem; font-size: .9rem; }
    .step { display: block; margin-top: .3rem; }
    .step a { text-decoration: none; margin-inline-end: .5rem; font-size: 1rem; }
    dl.index { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; margin: 0; }
    dl.index dt { font-weight: 600; }
    dl.index dd { margin: 0; overflow-wrap: anywhere; }
    dl.index a { white-space: nowrap; }
    table.summary td a { text-decoration: none; }
    .stepper { position: fixed; right: 1rem; bottom: 1rem; display: flex; gap: .4rem; }
    .stepper[hidden] { display: none; }
    .stepper button {
      font: inherit; font-size: .85rem; padding: .3rem .7rem; border: 1px solid var(--rule);
      border-radius: .4rem; background: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.15); cursor: pointer;
    }
    table.comparison td, .redline p {
      word-break: normal; line-break: strict; overflow-wrap: anywhere; hyphens: auto;
    }
    table.comparison td.number { font-size: .85rem; color: var(--muted); word-break: keep-all; }
    table.comparison td.number .label { display: block; word-break: normal; overflow-wrap: break-word; color: var(--ink); font-weight: 600; text-decoration: none; }
    tr.renumbered td.number .label { color: var(--renumbered); }
    td.heading, .redline p.heading { font-weight: 700; }
    tr.quiet td.old, tr.quiet td.new { color: #3d444d; }
    tr.inserted td.new, tr.deleted td.old { background: #fbfdfb; }
    tr.moved-away td { background: #f4fbf6; color: var(--moved); font-size: .9rem; }
    tr.moved-away a { color: var(--moved); }
    tr.elided td, .redline p.elided { text-align: center; color: var(--muted); background: var(--band); font-style: italic; }
    :target { outline: 2px solid #0969da; outline-offset: -2px; }
    .badge {
      display: inline-block; margin: .15rem .25rem 0 0; padding: 0 .4rem; border-radius: 1rem;
      font-size: .75rem; line-height: 1.5; border: 1px solid currentColor; white-space: nowrap;
    }
    .badge.modified, .badge.renumbered { color: var(--renumbered); }
    .badge.inserted { color: var(--ins-ink); }
    .badge.deleted { color: var(--del-ink); }
    .badge.moved, .badge.split, .badge.merged { color: var(--moved); }
    .badge.needs-revision { color: var(--del-ink); font-weight: 600; }
    .badge.translation-only { color: var(--moved); font-weight: 600; }
    td.translation { color: #3d444d; }
    td.translation .badge { display: block; width: max-content; margin-bottom: .3rem; }
    ul.findings { padding-inline-start: 1.2rem; font-size: .9rem; overflow-wrap: anywhere; }
    a.moved-link { display: block; font-size: .8rem; color: var(--moved); }
    .redline a.moved-link { display: inline; }
    del { color: var(--del-ink); background: var(--del-bg); text-decoration: line-through; text-decoration-thickness: 1px; }
    del + ins, ins + del { margin-inline-start: 1px; }
    ins { color: var(--ins-ink); background: var(--ins-bg); text-decoration: underline; text-underline-offset: 2px; }
    input.toggle { margin: 0 .4rem 0 0; vertical-align: -2px; }
    label.toggle { color: var(--muted); cursor: pointer; display: inline-block; margin-bottom: .75rem; }
    #hide-unchanged:checked ~ table.comparison tr.quiet { display: none; }
    .redline { max-width: 60rem; }
    .redline p { margin: 0 0 .6rem; }
    .redline p .label { font-weight: 600; color: var(--ink); text-decoration: none; margin-inline-end: .4rem; }
    .redline p.quiet { color: #3d444d; }
    [dir="rtl"] { text-align: right; }
    table.comparison.three-way col.side { width: calc((100% - 17rem) / 3); }
    @media (max-width: 60rem) {
      body { padding: 1rem; }
      table.comparison col.number { width: 6rem; }
      table.comparison col.renumbering { width: 5.5rem; }
      table.comparison col.side { width: calc((100% - 11.5rem) / 2); }
      table.comparison.three-way col.side { width: calc((100% - 11.5rem) / 3); }
    }
    @media (max-width: 40rem) {
      body { padding: .75rem; font-size: 14px; }
      table.summary, table.documents { display: block; overflow-x: auto; }
      table.summary th { font-size: .7rem; padding: .2rem .3rem; }
      table.summary td { min-width: 0; font-size: 1rem; padding: .2rem .3rem; }
      table.comparison, table.comparison tbody, table.comparison tr, table.comparison td { display: block; width: auto; }
      table.comparison thead, table.comparison colgroup { display: none; }
      table.comparison tr { border: 1px solid var(--rule); margin-bottom: .6rem; }
      table.comparison td { border: 0; border-top: 1px solid var(--rule); }
      table.comparison td:empty { display: none; }
      table.comparison td.old::before, table.comparison td.new::before, table.comparison td.translation::before {
        content: attr(data-label); display: block; font-size: .75rem; color: var(--muted); font-weight: 600;
      }
      table.comparison td.number { background: var(--band); }
      table.comparison td.number .label, .step { display: inline; margin-inline-end: .5rem; }
      dl.index { grid-template-columns: 1fr; }
    }
    @media print {
      @page {
        size: A4; margin: 16mm 12mm 14mm;
        @top-left { font-size: 8pt; color: #59636e; }
        @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #59636e; }
      }
      body { max-width: none; padding: 0; font-size: 9.5pt; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      nav, input.toggle, label.toggle, .step, .stepper { display: none; }
      a { color: inherit; text-decoration: none; }
      thead { display: table-header-group; }
      table.comparison col.number { width: 7.5rem; }
      table.comparison col.renumbering { width: 5rem; }
      table.comparison col.side { width: calc((100% - 12.5rem) / 2); }
      table.comparison.three-way col.side { width: calc((100% - 12.5rem) / 3); }
      th.renumbering { font-size: 7pt; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      tr.article { break-inside: auto; page-break-inside: auto; }
      h2 { break-after: avoid; page-break-after: avoid; }
      #redline { break-before: page; page-break-before: always; }
      :target { outline: none; }
    }

    """
}
