#!/usr/bin/env bash
# Parse throughput and memory on a large generated input.
#
#   Benchmarks/parse-throughput.sh [SIZE_MB]    (default 100)
#
# Builds `align` in release mode (ALIGN=path uses that binary instead),
# writes a SIZE_MB document made of the seed resolution (a PDF extraction,
# double-spaced, indented) whose operative part repeats with its numbers
# continuing, so the reader sees one long well-formed document; then runs
# `align parse` with text and with JSON output, each to a file, and reports
# for each: MB/s of elapsed time, MB/s of CPU time (user + system, steadier
# on a loaded machine), and peak memory (GNU time's maximum resident set
# size) as a multiple of the input.
#
# Start-up: also times `align parse` of a one-line file (elapsed and CPU
# milliseconds, median of 30), which must not load anything pairing needs.
set -euo pipefail
cd "$(dirname "$0")/.."
size_mb=${1:-100}
out=${BENCH_DIR:-bench-out}
mkdir -p "$out"
if [ -z "${ALIGN:-}" ]; then
  ALIGN=$(scripts/build-release.sh)
fi
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
for format in text json; do
  /usr/bin/time -f "%e %U %S %M" "$ALIGN" parse "$input" --format "$format" > "$out/large.$format" 2> "$out/time.$format" \
    || { cat "$out/time.$format"; exit 1; }
  python3 - "$format" "$bytes" "$out/time.$format" <<'PY'
import sys
fmt, size = sys.argv[1], int(sys.argv[2])
elapsed, user, system, rss_kb = open(sys.argv[3]).read().split()[-4:]
elapsed, cpu = float(elapsed), float(user) + float(system)
mb = size / 1e6
print(f"{fmt:4}: {elapsed:.2f} s elapsed ({mb / elapsed:.1f} MB/s), {cpu:.2f} s CPU "
      f"({user} user + {system} sys, {mb / cpu:.1f} MB/s), peak RSS {int(rss_kb) / 1024:.0f} MB "
      f"({int(rss_kb) * 1024 / size:.2f}x the input)")
PY
done
# Start-up: a one-line file, median of 30 runs, measured in-process to the
# microsecond (GNU time counts in 10 ms steps): elapsed around the process,
# CPU from the child's rusage.
printf '1. Decides to remain seized of the matter.\n' > "$out/one-line.txt"
python3 - "$ALIGN" "$out/one-line.txt" <<'PY'
import os, resource, statistics, subprocess, sys, time
elapsed, cpu = [], []
for _ in range(30):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.argv[1], "parse", sys.argv[2]], stdout=subprocess.DEVNULL, check=True)
    elapsed.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
print(f"start-up (one-line file, median of 30): {statistics.median(elapsed) * 1000:.1f} ms elapsed, "
      f"{statistics.median(cpu) * 1000:.1f} ms CPU")
PY
