#!/usr/bin/env bash
# `align diff` and `align parse` side by side with other tools, on the same
# inputs, in one run, alternating the commands.
#
#   Benchmarks/compare.sh [REPEATS] [SIZES]      (default 3 and "1 2 4 8 16")
#   ALIGN=path/to/align Benchmarks/compare.sh    (skip the build)
#
# Inputs: OLD is 宪法 1982 + 商标法 2019 + 反洗钱法 2024, NEW is 宪法 2018 +
# 商标法 2026 + 反洗钱法 2024 + 反恐怖主义法 2018 + 刑法修正案（十一）, all from
# Fixtures/cn_law_versions, each concatenated ×k (×1: 111 KB and 193 KB,
# ×8: 0.89 MB and 1.54 MB). For every size and repeat, each command runs
# once in turn; the table gives medians of elapsed seconds (measured around
# the process to the millisecond), of CPU seconds (user + system) and of
# peak RSS (`/usr/bin/time -f "%e %U %S %M"`), and align's elapsed time as a
# multiple of each command's ("align ÷ it", as in issue 10: below 1 means
# align is faster). On a busy machine the CPU column is the steadier one.
#
# Diff peers: `git diff --no-index --word-diff` (whole Chinese lines as
# words), `git diff --no-index --word-diff-regex=.` (every character a word),
# wdiff, dwdiff, Python difflib (lines, then characters inside replaced
# blocks) and diff-match-patch (Python, default 1 s timeout, then
# cleanupSemantic). A peer that is not installed is skipped:
# `apt-get install -y git wdiff dwdiff`, `pip install diff-match-patch`.
# Also: `align diff OLD OLD` (identical inputs) against `align parse OLD`,
# the diff's own time (align diff less the parses of both inputs), and the
# floor of reading: cat, iconv to UTF-16, wc -m. `Benchmarks/report-speed.sh`
# does the same for `align report` on a 10 MB pair.
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=${1:-3}
sizes=${2:-1 2 4 8 16}
out=${BENCH_DIR:-bench-out}/compare
mkdir -p "$out"
if [ -z "${ALIGN:-}" ]; then
  ALIGN=$(scripts/build-release.sh)
fi
L=Fixtures/cn_law_versions/中华人民共和国
old_parts=("$L宪法_1982-12-04_历史版本.txt" "$L商标法_2019-04-23_历史版本.txt" "$L反洗钱法_2024-11-08_现行有效.txt")
new_parts=("$L宪法_2018-03-11_现行有效.txt" "$L商标法_2026-06-26_现行有效.txt" "$L反洗钱法_2024-11-08_现行有效.txt"
  "$L反恐怖主义法_2018-04-27_现行有效.txt" "$L刑法修正案（十一）_2020-12-26_现行有效.txt")
for k in $sizes; do
  : > "$out/old-x$k.txt"
  : > "$out/new-x$k.txt"
  for _ in $(seq "$k"); do
    cat "${old_parts[@]}" >> "$out/old-x$k.txt"
    cat "${new_parts[@]}" >> "$out/new-x$k.txt"
  done
done
cat > "$out/difflib_diff.py" <<'PY'
import difflib, sys
a = open(sys.argv[1], encoding="utf-8").read().splitlines(keepends=True)
b = open(sys.argv[2], encoding="utf-8").read().splitlines(keepends=True)
out = []
for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
    if op == "equal":
        continue
    if op == "replace":
        x, y = "".join(a[i1:i2]), "".join(b[j1:j2])
        for cop, k1, k2, l1, l2 in difflib.SequenceMatcher(None, x, y, autojunk=False).get_opcodes():
            if cop != "equal":
                out.append(f"{cop} [-{x[k1:k2]}-]{{+{y[l1:l2]}+}}")
    else:
        out.append(f"{op} [-{''.join(a[i1:i2])}-]{{+{''.join(b[j1:j2])}+}}")
sys.stdout.write("\n".join(out))
PY
cat > "$out/dmp_diff.py" <<'PY'
import sys
from diff_match_patch import diff_match_patch
a = open(sys.argv[1], encoding="utf-8").read()
b = open(sys.argv[2], encoding="utf-8").read()
dmp = diff_match_patch()
diffs = dmp.diff_main(a, b)
dmp.diff_cleanupSemantic(diffs)
sys.stdout.write("".join(f"{op}\t{text}\n" for op, text in diffs if op != 0))
PY
python3 - "$ALIGN" "$out" "$repeats" $sizes <<'PY'
import os, shutil, statistics, subprocess, sys, time
align, out, repeats, sizes = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
def have(module):
    return subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True).returncode == 0
def commands(o, n):
    c = [("align diff", [align, "diff", o, n, "--color", "never"])]
    if shutil.which("git"):
        c.append(("git --word-diff", ["git", "diff", "--no-index", "--word-diff", o, n]))
        c.append(("git --word-diff-regex=.", ["git", "diff", "--no-index", "--word-diff-regex=.", o, n]))
    for tool in ("wdiff", "dwdiff"):
        if shutil.which(tool):
            c.append((tool, [tool, o, n]))
    c.append(("difflib", [sys.executable, f"{out}/difflib_diff.py", o, n]))
    if have("diff_match_patch"):
        c.append(("diff-match-patch", [sys.executable, f"{out}/dmp_diff.py", o, n]))
    c.append(("align diff OLD OLD", [align, "diff", o, o, "--color", "never"]))
    c.append(("align parse OLD", [align, "parse", o]))
    c.append(("align parse NEW", [align, "parse", n]))
    c.append(("align parse --format json NEW", [align, "parse", n, "--format", "json"]))
    c.append(("cat NEW", ["cat", n]))
    c.append(("iconv NEW to UTF-16", ["iconv", "-f", "UTF-8", "-t", "UTF-16", n]))
    c.append(("wc -m NEW", ["wc", "-m", n]))
    return c
def timed(argv):
    with open(f"{out}/stdout", "wb") as sink:
        start = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", *argv], stdout=sink, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - start
    if p.returncode not in (0, 1):
        raise SystemExit(f"{argv[0]} failed ({p.returncode}): {p.stderr.decode()[-400:]}")
    _, user, system, kb = p.stderr.decode().strip().splitlines()[-1].split()
    return seconds, float(user) + float(system), int(kb)
for k in sizes:
    o, n = f"{out}/old-x{k}.txt", f"{out}/new-x{k}.txt"
    cmds = commands(o, n)
    runs = {name: [] for name, _ in cmds}
    for _ in range(repeats):
        for name, argv in cmds:
            runs[name].append(timed(argv))
    med = {name: tuple(statistics.median(x[i] for x in r) for i in range(3)) for name, r in runs.items()}
    a = med["align diff"][0]
    print(f"\n×{k}: OLD {os.path.getsize(o) / 1e6:.2f} MB, NEW {os.path.getsize(n) / 1e6:.2f} MB, median of {repeats}")
    print(f"{'command':32} {'seconds':>8} {'CPU s':>7} {'peak MB':>8} {'align ÷ it':>11}")
    for name, _ in cmds:
        s, c, m = med[name]
        ratio = f"{a / s:.2f}" if s > 0 else "—"
        print(f"{name:32} {s:8.3f} {c:7.2f} {m / 1024:8.1f} {ratio:>11}")
    p = med["align parse OLD"][0]
    if p > 0:
        print(f"identical inputs: align diff OLD OLD ÷ align parse OLD = {med['align diff OLD OLD'][0] / p:.2f}")
    # The diff's own share: what parsing both inputs does not explain.
    own = [med["align diff"][i] - med["align parse OLD"][i] - med["align parse NEW"][i] for i in (0, 1)]
    print(f"align diff without parsing (diff − parse OLD − parse NEW): {own[0]:.3f} s, CPU {own[1]:.2f} s")
PY
