#!/usr/bin/env bash
# Speed and memory of `align report` on a large pair, in every format.
#
#   Benchmarks/report-speed.sh [REPEATS] [COPIES]   (default 3 and 33)
#   ALIGN=path/to/align Benchmarks/report-speed.sh  (skip the build)
#
# Inputs are compare.sh's, concatenated COPIES times: OLD is 宪法 1982 +
# 商标法 2019 + 反洗钱法 2024, NEW is 宪法 2018 + 商标法 2026 + 反洗钱法 2024 +
# 反恐怖主义法 2018 + 刑法修正案（十一）, all from Fixtures/cn_law_versions
# (×33: OLD 3.66 MB + NEW 6.37 MB = 10.0 MB of input). For each format
# (html, markdown, json, docx) and for `align diff` and `align parse` of
# both inputs, the median of REPEATS runs of elapsed seconds, CPU seconds
# (user + system), peak RSS (`/usr/bin/time -f "%e %U %S %M"`) and the
# output's size, with peak RSS as a multiple of the input (OLD + NEW).
# Then the same at a quarter of COPIES, to show how time grows with size.
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-3}
copies=${2:-33}
out=${BENCH_DIR:-bench-out}/report
mkdir -p "$out"
if [ -z "${ALIGN:-}" ]; then
  ALIGN=$(scripts/build-release.sh)
fi
L=Fixtures/cn_law_versions/中华人民共和国
old_parts=("$L宪法_1982-12-04_历史版本.txt" "$L商标法_2019-04-23_历史版本.txt" "$L反洗钱法_2024-11-08_现行有效.txt")
new_parts=("$L宪法_2018-03-11_现行有效.txt" "$L商标法_2026-06-26_现行有效.txt" "$L反洗钱法_2024-11-08_现行有效.txt"
  "$L反恐怖主义法_2018-04-27_现行有效.txt" "$L刑法修正案（十一）_2020-12-26_现行有效.txt")
quarter=$(((copies + 3) / 4))
for k in "$quarter" "$copies"; do
  : > "$out/old-x$k.txt"
  : > "$out/new-x$k.txt"
  for _ in $(seq "$k"); do
    cat "${old_parts[@]}" >> "$out/old-x$k.txt"
    cat "${new_parts[@]}" >> "$out/new-x$k.txt"
  done
done
export SOURCE_DATE_EPOCH=1700000000
python3 - "$ALIGN" "$out" "$repeats" "$quarter" "$copies" <<'PY'
import os, statistics, subprocess, sys, time
align, out, repeats, sizes = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
def timed(argv, sink_path):
    with open(sink_path, "wb") as sink:
        start = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", *argv], stdout=sink, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - start
    if p.returncode not in (0, 1):
        raise SystemExit(f"{argv} failed ({p.returncode}): {p.stderr.decode()[-400:]}")
    _, user, system, kb = p.stderr.decode().strip().splitlines()[-1].split()
    return seconds, float(user) + float(system), int(kb), os.path.getsize(sink_path)
for k in sizes:
    o, n = f"{out}/old-x{k}.txt", f"{out}/new-x{k}.txt"
    size = os.path.getsize(o) + os.path.getsize(n)
    cmds = [(f"report --format {f}", [align, "report", o, n, "--format", f]) for f in ("html", "markdown", "json", "docx")]
    cmds += [("diff", [align, "diff", o, n, "--color", "never"]),
             ("diff --format json", [align, "diff", o, n, "--format", "json"]),
             ("parse OLD", [align, "parse", o]), ("parse NEW", [align, "parse", n])]
    runs = {name: [] for name, _ in cmds}
    for _ in range(repeats):
        for name, argv in cmds:
            runs[name].append(timed(argv, f"{out}/stdout-{name.replace(' ', '_')}"))
    print(f"\n×{k}: OLD {os.path.getsize(o) / 1e6:.2f} MB + NEW {os.path.getsize(n) / 1e6:.2f} MB = {size / 1e6:.2f} MB, median of {repeats}")
    print(f"{'align …':24} {'seconds':>8} {'CPU s':>7} {'peak MB':>8} {'RSS ÷ input':>12} {'output MB':>10}")
    for name, _ in cmds:
        s, c, m, b = (statistics.median(x[i] for x in runs[name]) for i in range(4))
        print(f"{name:24} {s:8.3f} {c:7.2f} {m / 1024:8.1f} {m * 1024 / size:12.2f} {b / 1e6:10.2f}")
PY
