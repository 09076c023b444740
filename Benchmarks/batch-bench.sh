#!/bin/sh
# align batch throughput: 1,000 document sets built from real texts (the
# fixtures' resolution, UN Charter chapters and Hong Kong ordinances, and the
# UN Parallel Corpus dev set cut into documents of 10-30 sentences; see
# scripts/batch/make-sets.py), aligned at paragraph and sentence level at
# --jobs 1 and --jobs 2; then the per-set overhead, from batches of
# one-paragraph pairs.
#
#   Benchmarks/batch-bench.sh [SETS]     (default 1000)
#
# Prints sets/s for each job count, the speed-up, and the overhead per
# one-paragraph set (the time a set costs beyond start-up, which includes
# loading the CC-CEDICT lexicon once per process). Other processes on the
# machine skew the speed-up: the load average is printed with the figures.
set -eu
cd "$(dirname "$0")/.."
sets=${1:-1000}
swift build -c release --static-swift-stdlib >&2
align="$(swift build -c release --static-swift-stdlib --show-bin-path)/align"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 scripts/batch/make-sets.py Fixtures "$work/docs" --unpc $((sets - 9)) >&2
python3 scripts/batch/make-sets.py Fixtures "$work/tiny" --tiny 500 --no-fixtures >&2
head -1 "$work/tiny/manifest.tsv" > "$work/tiny/one.tsv"

now() { python3 -c 'import time; print(time.time())'; }
seconds() { python3 -c "print(f'{$2 - $1:.2f}')"; }

run() {  # MANIFEST JOBS -> seconds
  start=$(now)
  status=0
  "$align" batch "$1" --jobs "$2" --quiet > "$work/out-$2.jsonl" || status=$?
  [ "$status" -le 1 ] || { echo "batch-bench: align batch failed ($status)" >&2; exit 1; }
  seconds "$start" "$(now)"
}

echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
t1=$(run "$work/docs/manifest.tsv" 1)
t2=$(run "$work/docs/manifest.tsv" 2)
cmp -s "$work/out-1.jsonl" "$work/out-2.jsonl" || { echo "batch-bench: --jobs 1 and --jobs 2 differ" >&2; exit 1; }
count=$(grep -c . "$work/out-1.jsonl")
failed=$(grep -c '"status":"error"' "$work/out-1.jsonl" || true)
sentences=$(python3 -c "
import json
print(sum(len(json.loads(l).get('sentences') or []) for l in open('$work/out-1.jsonl')))")
python3 -c "
print(f'documents: $count sets ($failed failed), $sentences sentence beads')
print(f'--jobs 1: $t1 s, {$count / $t1:.1f} sets/s')
print(f'--jobs 2: $t2 s, {$count / $t2:.1f} sets/s')
print(f'speed-up: {$t1 / $t2:.2f}x (same bytes)')"

one=$(run "$work/tiny/one.tsv" 1)
many=$(run "$work/tiny/manifest.tsv" 1)
python3 -c "
print(f'one-paragraph pairs: 1 set {$one} s (start-up), 500 sets {$many} s at --jobs 1')
print(f'overhead per set: {($many - $one) / 499 * 1000:.1f} ms')"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
