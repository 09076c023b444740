#!/usr/bin/env bash
# PDF reading speed: `align parse` on the 234-page 民法典 PDF against
# `pdftotext -bbox-layout` alone on it (the work align's PDF front end
# starts with). Target: align at most 2x pdftotext.
#
#   Benchmarks/pdf-speed.sh [RUNS]    (default 5; the best run of each counts)
#
# Reads ../shared/corpus/prc_law_pdf_docx/ (the shared corpus next to the
# package); skips when it is absent.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
pdf=${PDF_SPEED_INPUT:-../shared/corpus/prc_law_pdf_docx/中华人民共和国民法典.pdf}
if [ ! -f "$pdf" ]; then
  echo "skipped: $pdf not found"
  exit 0
fi
command -v pdftotext >/dev/null || { echo "skipped: pdftotext (poppler-utils) not installed"; exit 0; }
binary=$(scripts/build-release.sh)

# Best wall time in seconds of RUNS runs of a command.
best() {
  local best_time=""
  for _ in $(seq "$runs"); do
    local start end elapsed
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    elapsed=$(echo "$end - $start" | bc)
    if [ -z "$best_time" ] || [ "$(echo "$elapsed < $best_time" | bc)" = 1 ]; then best_time=$elapsed; fi
  done
  echo "$best_time"
}

plain=$(best pdftotext -enc UTF-8 "$pdf" -)
bbox=$(best pdftotext -bbox-layout -enc UTF-8 "$pdf" -)
align=$(best "$binary" parse "$pdf")
printf 'input: %s (%s bytes)\n' "$pdf" "$(stat -c %s "$pdf")"
printf 'pdftotext (plain text):  %.3f s\n' "$plain"
printf 'pdftotext -bbox-layout:  %.3f s\n' "$bbox"
printf 'align parse:             %.3f s  (%.2fx pdftotext, %.2fx pdftotext -bbox-layout)\n' \
  "$align" "$(echo "$align / $plain" | bc -l)" "$(echo "$align / $bbox" | bc -l)"
