#!/usr/bin/env bash
# Renders `align report` pages in a real browser and saves screenshots, to
# check by eye that the HTML reads well: nothing overflows, Chinese wraps,
# deletions and insertions are legible.
#
# NOT part of CI: it installs Chromium, Noto CJK fonts and ImageMagick from
# Debian's packages (apt-get, as root) and takes a minute or two.
#
# Usage: scripts/render-report.sh [OUTPUT_DIR]   (default: .build-report/render)
#
# It builds align, then writes for each pair an HTML report, PNGs at
# 1400 px and 420 px wide, and an A4 PDF (Chromium's print) with its pages
# as PNGs (pdftoppm):
#   constitution  宪法 1982 against 宪法 2018 (Fixtures/cn_law_versions)
#   trademark     商标法 2019 against 2026, --changes-only
#   ga            the General Assembly's draft against the adopted text
#                 (Fixtures/ga_right_to_development_2001_draft_vs_adopted_en)
#   seed          S/RES/2482 (2019) zh against a revised copy made here:
#                 "12 个月" → "18 个月", operative paragraph 24 deleted,
#                 15 (a) edited
#   seed-changes  the same pair with --changes-only --context 1
# and the Word redline of 商标法 2019 → 2026 converted by LibreOffice (first
# page as PNG) and checked by scripts/check-docx.py (python-docx); with
# UPDATE_DOCS=1, docs/report-screenshot.png and docs/redline-screenshot.png.
# ALIGN=.build/debug/align uses an existing build.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/.build-report/render}
mkdir -p "$out"

need=()
command -v chromium >/dev/null || need+=(chromium)
fc-list 2>/dev/null | grep -q "Noto Sans CJK" || need+=(fonts-noto-cjk)
[ -x /usr/bin/convert ] || need+=(imagemagick)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
command -v soffice >/dev/null || need+=(libreoffice-writer)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
fi

cd "$root"
# ALIGN=path/to/align skips the build.
if [ -z "${ALIGN:-}" ]; then
  swift build --scratch-path .build-report
  align=$root/.build-report/debug/align
else
  align=$(cd "$(dirname "$ALIGN")" && pwd)/$(basename "$ALIGN")
fi

laws=Fixtures/cn_law_versions
seed=Fixtures/sres2482_2019_zh_seed/S_RES_2482_2019_zh.txt

# Copies of the inputs next to the reports, so that the reports name them
# by their short file names.
ga=Fixtures/ga_right_to_development_2001_draft_vs_adopted_en
cp "$laws/中华人民共和国宪法_1982-12-04_历史版本.txt" "$laws/中华人民共和国宪法_2018-03-11_现行有效.txt" \
  "$laws/中华人民共和国商标法_2019-04-23_历史版本.txt" "$laws/中华人民共和国商标法_2026-06-26_现行有效.txt" \
  "$ga"/*.txt "$seed" "$out/"

# The revised copy of the seed.
python3 - "$seed" "$out/S_RES_2482_2019_zh_revised.txt" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
text = text.replace("12 个月", "18 个月")
# Delete operative paragraph 24 (from " 24. " to just before " 25. ").
text = re.sub(r"(?ms)^ 24\. .*?(?=^ 25\. )", "", text)
# Edit 15 (a): 加强边境管理 → 加强陆地、海上和空中边境管理.
text = text.replace("(a) 加强边境管理", "(a) 加强陆地、海上和空中边境管理", 1)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY

generated="2026-01-01 00:00 UTC"
(
  cd "$out"
  "$align" report 中华人民共和国宪法_1982-12-04_历史版本.txt 中华人民共和国宪法_2018-03-11_现行有效.txt \
    --generated "$generated" -o constitution.html
  "$align" report S_RES_2482_2019_zh.txt S_RES_2482_2019_zh_revised.txt \
    --generated "$generated" -o seed.html
  "$align" report S_RES_2482_2019_zh.txt S_RES_2482_2019_zh_revised.txt \
    --changes-only --context 1 --generated "$generated" -o seed-changes.html
  "$align" report 中华人民共和国商标法_2019-04-23_历史版本.txt 中华人民共和国商标法_2026-06-26_现行有效.txt \
    --changes-only --context 0 --generated "$generated" -o trademark.html
  "$align" report undl_453500_draft_resolution_en.txt A_RES_56_150_page3_partial_en.txt --labels "Draft,Adopted" \
    --generated "$generated" -o ga.html
)

for name in constitution seed seed-changes trademark ga; do
  for width in 1400 420; do
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
      --screenshot="$out/$name-$width.png" --window-size=$width,2400 \
      "file://$out/$name.html" 2>/dev/null
    echo "$out/$name-$width.png"
  done
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$out/$name.pdf" "file://$out/$name.html" 2>/dev/null
  pdftoppm -png -r 60 -f 1 -l 3 "$out/$name.pdf" "$out/$name-a4"
  echo "$out/$name.pdf ($(pdfinfo "$out/$name.pdf" | grep -E 'Pages|Page size' | tr -s ' ' | tr '\n' ' '))"
done

# The Word redline of 商标法 2019 → 2026, opened by LibreOffice (tracked
# changes shown), its first page as a PNG; then python-docx's check that
# accepting all changes gives the new text and rejecting them the old.
(
  cd "$out"
  "$align" report 中华人民共和国商标法_2019-04-23_历史版本.txt 中华人民共和国商标法_2026-06-26_现行有效.txt \
    --format docx --generated "2026-06-26T00:00:00Z" -o trademark-redline.docx
  soffice --headless --convert-to pdf trademark-redline.docx >/dev/null 2>&1
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile trademark-redline.pdf trademark-redline
  echo "$out/trademark-redline.docx ($(pdfinfo trademark-redline.pdf | grep -E 'Pages' | tr -s ' '))"
)
if python3 -c "import docx" 2>/dev/null; then
  python3 "$root/scripts/check-docx.py" "$align" "$out/中华人民共和国商标法_2019-04-23_历史版本.txt" \
    "$out/中华人民共和国商标法_2026-06-26_现行有效.txt" "$out/trademark-redline.docx"
fi

if [ "${UPDATE_DOCS:-0}" = 1 ]; then
  convert "$out"/trademark-redline.png -crop 100%x60%+0+0 +repage -resize 800x -strip +dither -colors 64 \
    "$root/docs/redline-screenshot.png"
  ls -l "$root/docs/redline-screenshot.png"
  # The top of the changes-only 商标法 report, scaled down, as the docs' picture.
  convert "$out/trademark-1400.png" -crop 1400x2300+0+0 +repage -resize 1000x \
    -strip +dither -colors 96 "$root/docs/report-screenshot.png"
  ls -l "$root/docs/report-screenshot.png"
fi
