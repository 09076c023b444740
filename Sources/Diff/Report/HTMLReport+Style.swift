extension HTMLReport {
  /// The page's style sheet, inlined so the report needs nothing else.
  ///
  /// Font stacks name fonts found on common systems (Noto and Source Han on
  /// Linux, PingFang on Apple systems, Microsoft YaHei and SimSun on
  /// Windows). Text cells break CJK lines between any characters but never
  /// before closing punctuation (`line-break: strict`) and break long
  /// symbols such as `S/RES/2482(2019)` anywhere rather than overflow.
  /// Deletions and insertions differ by decoration as well as colour, so
  /// they survive black-and-white printing.
  static let style = """
    :root {
      --ink: #1f2328; --muted: #59636e; --rule: #d1d9e0; --band: #f6f8fa;
      --del-ink: #a40e26; --del-bg: #ffebe9; --ins-ink: #116329; --ins-bg: #dafbe1;
      --moved: #8250df; --renumbered: #9a6700;
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
    table.comparison col.number { width: 11rem; }
    table.comparison col.side { width: calc((100% - 11rem) / 2); }
    table.comparison td, .redline p {
      word-break: normal; line-break: strict; overflow-wrap: anywhere; hyphens: auto;
    }
    table.comparison td.number { font-size: .85rem; color: var(--muted); word-break: keep-all; }
    table.comparison td.number .label { display: block; color: var(--ink); font-weight: 600; text-decoration: none; }
    tr.renumbered td.number .label { color: var(--renumbered); }
    td.heading, .redline p.heading { font-weight: 700; }
    tr.quiet td.old, tr.quiet td.new { color: #3d444d; }
    tr.inserted td.new, tr.deleted td.old { background: #fbfdfb; }
    tr.moved td.number { border-left: 4px solid var(--moved); }
    tr.moved-away td { background: #faf7ff; color: var(--moved); font-size: .9rem; }
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
    table.comparison.three-way col.side { width: calc((100% - 9rem) / 3); }
    @media (max-width: 50rem) {
      body { padding: 1rem; }
      table.comparison col.number { width: 6rem; }
      table.comparison col.side { width: calc((100% - 6rem) / 2); }
    }
    @media print {
      @page { margin: 1.5cm 1.2cm; }
      body { max-width: none; padding: 0; font-size: 10pt; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      nav, input.toggle, label.toggle { display: none; }
      a { color: inherit; text-decoration: none; }
      thead { display: table-header-group; }
      table.comparison col.number { width: 7rem; }
      table.comparison col.side { width: calc((100% - 7rem) / 2); }
      table.comparison.three-way col.side { width: calc((100% - 7rem) / 3); }
      tr { break-inside: avoid; page-break-inside: avoid; }
      h2 { break-after: avoid; page-break-after: avoid; }
      #redline { break-before: page; page-break-before: always; }
      :target { outline: none; }
    }

    """
}
