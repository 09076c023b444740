#!/usr/bin/env bash
# Parse throughput on a large generated input.
#
#   Benchmarks/parse-throughput.sh [SIZE_MB]    (default 100)
#
# Builds `align` in release mode, writes a SIZE_MB document made of the seed
# resolution (a PDF extraction, double-spaced, indented) whose operative part
# repeats with its numbers continuing, so the reader sees one long
# well-formed document; then times `align parse --format json` and reports
# MB/s and peak memory (GNU time's maximum resident set size).
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-100}
out=${BENCH_DIR:-bench-out}
mkdir -p "$out"
swift build -c release --product align >/dev/null
input="$out/large-${size_mb}mb.txt"
if [ ! -f "$input" ]; then
  python3 - "$size_mb" "$input" <<'PY'
import re, sys
size = int(sys.argv[1]) * 1_000_000
seed = open("Fixtures/sres2482_2019_zh_seed/S_RES_2482_2019_zh.txt", encoding="utf-8").read()
head, body = seed[: seed.index(" 1. ")], seed[seed.index(" 1. "):]
operative = 0
def renumber(match):
    global operative
    operative += 1
    return f"{match.group(1)}{operative}. "
written = 0
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write(head)
    while written < size:
        chunk = re.sub(r"(?m)^( +)\d+\. ", renumber, body)
        f.write(chunk)
        written += len(chunk.encode())
PY
fi
bytes=$(stat -c %s "$input")
echo "input: $input ($bytes bytes)"
/usr/bin/time -f "%e s elapsed, %M KB max RSS" ./.build/release/align parse "$input" --format json > "$out/large.json" 2> "$out/time.txt" || { cat "$out/time.txt"; exit 1; }
cat "$out/time.txt"
python3 -c "import sys; b=int(sys.argv[1]); t=float(open(sys.argv[2]).read().split()[0]); print(f'throughput: {b/1e6/t:.1f} MB/s')" "$bytes" "$out/time.txt"
