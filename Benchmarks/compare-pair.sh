#!/usr/bin/env bash
# Sentence alignment against a peer: `align pair --segmented` and the
# `galechurch` package (PyPI; a Rust implementation of Gale & Church's
# length-only dynamic program over the full table), on the same inputs.
#
#   Benchmarks/compare-pair.sh [SIZES]     (default "5000 20000 50000")
#
# Inputs: the Bible en–zh gold set (5,000 × 6,301 sentences, real gold), then,
# for each SIZE, the first SIZE lines of the UN Parallel Corpus dev set
# (Fixtures/unpc_v1_devset_zh_en, 4,000 en–zh pairs) repeated, whose gold is
# the diagonal. For each: elapsed and CPU seconds, peak RSS, and strict F1
# (vecalign's metric, by align-eval score). galechurch runs with its default
# parameters: given any other mean_xy (0.31, the ratio of Chinese to English
# characters, or 3.19 with the sides swapped) galechurch 0.1.0 returns no
# beads at all on these texts, silently. It refuses a table of more than its
# max_block_size cells (50 M by default); that is raised to SIZE² here. A run
# that fails or takes longer than GC_TIMEOUT seconds (default 600; the table
# is SIZE² cells) is reported as such.
#
# Needs: python3 with `pip install galechurch`; GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${1:-"5000 20000 50000"}
align=$(scripts/build-release.sh)
swift build -c release --static-swift-stdlib --product align-eval >/dev/null
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)
python3 -c "import galechurch" 2>/dev/null || { echo "compare-pair: pip install galechurch" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/gc.py" <<'PY'
import sys, galechurch
source, target, out = sys.argv[1:4]
read = lambda p: open(p, encoding="utf-8").read().splitlines()
s, t = read(source), read(target)
result = galechurch.align(s, t, max_block_size=max(50_000_000, len(s) * len(t) + 1))
with open(out, "w") as f:
    f.write("\n".join(result.to_pharaoh_lines()) + "\n")
PY

# measure NAME OUT COMMAND...: "elapsed cpu rss-MB" or "failed"
measure() {
  local out=$1; shift
  if /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" >/dev/null 2>"$work/err"; then
    read -r e u s m < "$work/time"
    python3 -c "print(f'{$e:.2f} s, CPU {$u + $s:.2f} s, {$m / 1024:.0f} MB')"
  else
    echo "failed ($(tail -1 "$work/err" | cut -c1-80))"
  fi
}

score() {  # GOLD TEST [VERSES...]
  [ -s "$2" ] && "$bin/align-eval" score "$@" | sed 's/^/F1 /' || echo "-"
}

row() {  # LABEL EN ZH GOLD [VERSES...]
  local label=$1 en=$2 zh=$3 gold=$4; shift 4
  local a g
  a=$(measure "$work/align.beads" "$align" pair --segmented --format beads "$en" "$zh" -o "$work/align.beads")
  g=$(measure "$work/gc.beads" timeout "${GC_TIMEOUT:-600}" python3 "$work/gc.py" "$en" "$zh" "$work/gc.beads")
  echo "$label"
  echo "  align pair --segmented: $a; $(score "$gold" "$work/align.beads" "$@")"
  echo "  galechurch:             $g; $(score "$gold" "$work/gc.beads" "$@")"
  rm -f "$work/align.beads" "$work/gc.beads"
}

echo "machine: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
bible=Fixtures/bible_en_zh_verse_gold
row "Bible en–zh, 5,000 × 6,301 (verse-merged F1)" "$bible/en/001" "$bible/zh/001" "$bible/gold/001.align" \
  "$bible/en.verse" "$bible/zh.verse"
for n in $sizes; do
  python3 - "$n" "$work" <<'PY'
import sys
n, work = int(sys.argv[1]), sys.argv[2]
folder = "Fixtures/unpc_v1_devset_zh_en/UNv1.0.devset."
for lang in ("en", "zh"):
    lines = open(folder + lang, encoding="utf-8").read().splitlines()
    with open(f"{work}/{lang}", "w", encoding="utf-8") as f:
        f.write("".join(lines[k % len(lines)] + "\n" for k in range(n)))
with open(f"{work}/gold", "w") as f:
    f.write("".join(f"[{k}]:[{k}]\n" for k in range(n)))
PY
  row "UN dev set repeated, $n × $n (diagonal gold)" "$work/en" "$work/zh" "$work/gold"
done
