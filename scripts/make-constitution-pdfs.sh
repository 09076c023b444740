#!/bin/sh
# Makes Fixtures/cn_law_versions_pdf/*.pdf: the 1982 and 2018 Constitution
# texts of Fixtures/cn_law_versions/ typeset as PDF by LibreOffice Writer
# (Debian: libreoffice-writer, fonts-noto-cjk). Each text line becomes a
# paragraph with a two-character first-line indent, chapter and section
# headings are centred; Writer wraps the lines and breaks the pages. The
# tests only read the committed PDFs.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/Fixtures/cn_law_versions_pdf"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for version in 1982-12-04_历史版本 2018-03-11_现行有效; do
  name="中华人民共和国宪法_$version"
  python3 - "$root/Fixtures/cn_law_versions/$name.txt" "$work/$name.html" <<'PY'
import html, re, sys
source, target = sys.argv[1], sys.argv[2]
heading = re.compile(r"^第[一二三四五六七八九十百]+[章节]")
parts = ['<html><head><meta charset="utf-8"><style>'
         'body{font-family:"Noto Serif CJK SC";font-size:12pt}'
         'p{margin-top:0;margin-bottom:0;text-indent:24pt;text-align:left}'
         'p.h{text-indent:0;text-align:center;margin-top:6pt;margin-bottom:6pt}</style></head><body>']
for line in open(source, encoding="utf-8").read().split("\n"):
    line = line.strip()
    if not line:
        continue
    centred = heading.match(line) or line == "中华人民共和国宪法"
    parts.append('<p class="h">%s</p>' % html.escape(line) if centred else "<p>%s</p>" % html.escape(line))
parts.append("</body></html>")
open(target, "w", encoding="utf-8").write("\n".join(parts))
PY
  soffice --headless --convert-to pdf:writer_web_pdf_Export --outdir "$work" "$work/$name.html" >/dev/null
  cp "$work/$name.pdf" "$out/$name.pdf"
done
