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
# It builds align, then writes for each pair an HTML report and a PNG
# (1400 px wide):
#   constitution  宪法 1982 against 宪法 2018 (Fixtures/cn_law_versions)
#   seed          S/RES/2482 (2019) zh against a revised copy made here:
#                 "12 个月" → "18 个月", operative paragraph 24 deleted,
#                 15 (a) edited
#   seed-changes  the same pair with --changes-only --context 1
# and docs/report-screenshot.png when run with UPDATE_DOCS=1.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/.build-report/render}
mkdir -p "$out"

need=()
command -v chromium >/dev/null || need+=(chromium)
fc-list 2>/dev/null | grep -q "Noto Sans CJK" || need+=(fonts-noto-cjk)
[ -x /usr/bin/convert ] || need+=(imagemagick)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
fi

cd "$root"
swift build --scratch-path .build-report
align=$root/.build-report/debug/align

laws=Fixtures/cn_law_versions
seed=Fixtures/sres2482_2019_zh_seed/S_RES_2482_2019_zh.txt

# Copies of the inputs next to the reports, so that the reports name them
# by their short file names.
cp "$laws/中华人民共和国宪法_1982-12-04_历史版本.txt" "$laws/中华人民共和国宪法_2018-03-11_现行有效.txt" \
  "$seed" "$out/"

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
)

for name in constitution seed seed-changes; do
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --screenshot="$out/$name.png" --window-size=1400,2000 \
    "file://$out/$name.html" 2>/dev/null
  echo "$out/$name.png"
done

if [ "${UPDATE_DOCS:-0}" = 1 ]; then
  # The top of the changes-only seed report, scaled down, as the docs' picture.
  convert "$out/seed-changes.png" -crop 1400x1500+0+0 +repage -resize 1000x \
    -strip +dither -colors 96 "$root/docs/report-screenshot.png"
  ls -l "$root/docs/report-screenshot.png"
fi
