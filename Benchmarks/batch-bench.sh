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
align=$(scripts/build-release.sh)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 scripts/batch/make-sets.py Fixtures "$work/docs" --unpc $((sets - 9)) >&2
python3 scripts/batch/make-sets.py Fixtures "$work/tiny" --tiny 500 --no-fixtures >&2
head -1 "$work/tiny/manifest.tsv" > "$work/tiny/one.tsv"

run() {  # MANIFEST JOBS -> "wall-seconds cpu-seconds" (cpu: user + system of align)
  python3 - "$align" "$1" "$2" "$work/out-$2.jsonl" <<'PY'
import resource, subprocess, sys, time
align, manifest, jobs, out = sys.argv[1:]
start = time.time()
with open(out, "w") as records:
    status = subprocess.call([align, "batch", manifest, "--jobs", jobs, "--quiet"], stdout=records)
wall = time.time() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
if status > 1:
    sys.exit(f"batch-bench: align batch failed ({status})")
print(f"{wall:.2f} {usage.ru_utime + usage.ru_stime:.2f}")
PY
}

echo "machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
r1=$(run "$work/docs/manifest.tsv" 1); t1=${r1% *}; c1=${r1#* }
r2=$(run "$work/docs/manifest.tsv" 2); t2=${r2% *}; c2=${r2#* }
cmp -s "$work/out-1.jsonl" "$work/out-2.jsonl" || { echo "batch-bench: --jobs 1 and --jobs 2 differ" >&2; exit 1; }
count=$(grep -c . "$work/out-1.jsonl")
failed=$(grep -c '"status":"error"' "$work/out-1.jsonl" || true)
sentences=$(python3 -c "
import json
print(sum(len(json.loads(l).get('sentences') or []) for l in open('$work/out-1.jsonl')))")
python3 -c "
print(f'documents: $count sets ($failed failed), $sentences sentence beads')
print(f'--jobs 1: $t1 s, {$count / $t1:.1f} sets/s (CPU $c1 s)')
print(f'--jobs 2: $t2 s, {$count / $t2:.1f} sets/s (CPU $c2 s: {$c2 / $t2:.2f} cores busy on average)')
print(f'speed-up: {$t1 / $t2:.2f}x (same bytes)')"

one=$(run "$work/tiny/one.tsv" 1); one=${one% *}
many=$(run "$work/tiny/manifest.tsv" 1); many=${many% *}
python3 -c "
print(f'one-paragraph pairs: 1 set {$one} s (start-up), 500 sets {$many} s at --jobs 1')
print(f'overhead per set: {($many - $one) / 499 * 1000:.1f} ms')"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
