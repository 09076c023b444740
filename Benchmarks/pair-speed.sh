#!/usr/bin/env bash
# Time and peak memory of `align pair` (paragraph and sentence level) on
# generated zh/en resolution pairs of growing size (Benchmarks/make-pair-bench.py:
# real UNPC dev-set text shaped as a run of resolutions, each numbered from 1), and
# of a one-paragraph pair, whose time is start-up and lexicon loading: the
# aligner's own time is the difference.
#
#   Benchmarks/pair-speed.sh                 # sizes 1 MB, 2 MB, 5 MB, 10 MB
#   SIZES="1000000" Benchmarks/pair-speed.sh
#   ALIGN=path/to/align Benchmarks/pair-speed.sh
#   CHECK=1 Benchmarks/pair-speed.sh         # also check each pair's beads against the gold
#
# Prints one line per run: level, size, wall s, user+sys CPU s, max RSS MB.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${ALIGN:-}" ]; then
  ALIGN=$(scripts/build-release.sh)
fi
out=${BENCH_DIR:-bench-out}/pair-speed
mkdir -p "$out"
sizes=${SIZES:-"1000000 2000000 5000000 10000000"}
levels=${LEVELS:-"paragraph sentence"}

measure() {
  local label=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$out/time" "$ALIGN" "$@" > /dev/null
  read -r wall user sys rss < "$out/time"
  printf '%-28s wall %6.2f s  cpu %6.2f s  rss %5.0f MB\n' "$label" "$wall" \
    "$(echo "$user + $sys" | bc)" "$(echo "$rss / 1024" | bc)"
}

printf '1. Decides to remain seized of the matter.\n' > "$out/one.en.txt"
printf '1. 决定继续处理此案。\n' > "$out/one.zh.txt"
measure "start-up (1 paragraph)" pair "$out/one.en.txt" "$out/one.zh.txt"
for size in $sizes; do
  # Regenerated when the generator is newer than the files.
  [ "$out/pair-$size.en.txt" -nt Benchmarks/make-pair-bench.py ] || Benchmarks/make-pair-bench.py "$size" "$out"
  for level in $levels; do
    measure "$level $size B" pair --level "$level" "$out/pair-$size.en.txt" "$out/pair-$size.zh.txt"
  done
  if [ -n "${CHECK:-}" ]; then
    "$ALIGN" pair "$out/pair-$size.en.txt" "$out/pair-$size.zh.txt" --format json > "$out/pair-$size.json"
    Benchmarks/make-pair-bench.py --check "$size" "$out/pair-$size.json" || echo "pair-$size: beads differ from the gold"
  fi
done
