#!/usr/bin/env bash
# Speed of `align diff` against git's and wdiff's word diffs on a large pair.
#
#   Benchmarks/diff-speed.sh [SIZE_KB]          (default 1000: ~1 MB each)
#   SCRATCH_PATH=.build-bench Benchmarks/diff-speed.sh   (scripts/build-release.sh's)
#
# Builds `align` in release mode, then writes two revisions of a large law
# (python3, deterministic): OLD is the laws of Fixtures/cn_law_versions
# (宪法 2018, 宪法 1982, 商标法 2019 and 2026, 反恐怖主义法, 反洗钱法 2024) one
# after another and repeated until SIZE_KB, articles numbered 第一条… without
# a break, chapters likewise; NEW deletes 1 % of the articles, inserts 1 %
# (text of another article), moves 0.5 % far away, edits 3 % (a number
# replaced, a clause deleted, a clause inserted), and numbers all articles
# again without a break, so every article after the first insertion or
# deletion is renumbered, as a real amendment does. Then times, one after
# another on the same files:
#
#   align diff OLD NEW --format json
#   git diff --no-index --word-diff OLD NEW
#   wdiff OLD NEW
#
# and reports seconds (GNU time, elapsed), peak memory (maximum resident set
# size) and each tool's time as a multiple of align's. A tool that is not
# installed is skipped; install wdiff with `apt-get install -y wdiff` (after
# `apt-get update`), git with `apt-get install -y git`.
set -euo pipefail
cd "$(dirname "$0")/.."
size_kb=${1:-1000}
out=${BENCH_DIR:-bench-out}
mkdir -p "$out"
align=$(scripts/build-release.sh)
old="$out/diff-old-${size_kb}kb.txt"
new="$out/diff-new-${size_kb}kb.txt"
python3 - "$size_kb" "$old" "$new" <<'PY'
import glob, random, re, sys
size = int(sys.argv[1]) * 1000
rng = random.Random(2482)
DIGITS = "零一二三四五六七八九"
def han(n):
    """1..9999 as a legal Chinese numeral: 十五, 一百零一, 一百一十."""
    places = [int(d) for d in str(n)]
    units = ["千", "百", "十", ""][-len(places):]
    out, zero = "", False
    for d, u in zip(places, units):
        if d == 0:
            zero = bool(out)
            continue
        if zero: out += "零"
        zero = False
        out += ("" if (d == 1 and u == "十" and not out) else DIGITS[d]) + u
    return out
laws = sorted(glob.glob("Fixtures/cn_law_versions/*.txt"))
units = []  # ("chapter", title) or ("article", text)
for path in laws:
    text = open(path, encoding="utf-8").read()
    for block in re.split(r"\n\s*\n", text):
        block = block.strip()
        m = re.match(r"^第[零〇一二三四五六七八九十百千]+条[\u3000 ](.*)$", block, re.S)
        if m:
            units.append(("article", m.group(1)))
            continue
        m = re.match(r"^第[零〇一二三四五六七八九十百千]+章 (.*)$", block)
        if m:
            units.append(("chapter", m.group(1)))
old_units, total = [], 0
while total < size:
    for unit in units:
        old_units.append(unit)
        total += len(unit[1].encode()) + 24
        if total >= size: break
def render(units):
    lines, article, chapter = ["中华人民共和国法律汇编", ""], 0, 0
    for kind, text in units:
        if kind == "chapter":
            chapter += 1
            lines += [f"第{han(chapter)}章 {text}", ""]
        else:
            article += 1
            lines += [f"第{han(article)}条\u3000{text}", ""]
    return "\n".join(lines)
def edit(text):
    r = rng.random()
    numbers = list(re.finditer(r"[一二三四五六七八九十百两]+(?=[日月年个人])", text))
    clauses = list(re.finditer(r"(?<=，)[^，。；\n]{3,20}，", text))
    if r < 0.4 and numbers:
        m = rng.choice(numbers)
        return text[:m.start()] + han(rng.randint(2, 60)) + text[m.end():]
    if r < 0.7 and clauses:
        m = rng.choice(clauses)
        return text[:m.start()] + text[m.end():]
    commas = [m.end() for m in re.finditer("，", text)]
    at = rng.choice(commas) if commas else len(text)
    return text[:at] + "依照有关法律、行政法规的规定，" + text[at:]
new_units = list(old_units)
articles = [k for k, u in enumerate(new_units) if u[0] == "article"]
n = len(articles)
for k in rng.sample(articles, n * 3 // 100):
    new_units[k] = ("article", edit(new_units[k][1]))
moves = rng.sample(articles, n // 200)
moved = [new_units[k] for k in moves]
deleted = set(rng.sample(articles, n // 100)) | set(moves)
new_units = [u for k, u in enumerate(new_units) if k not in deleted]
for unit in moved:
    new_units.insert(rng.randrange(len(new_units)), unit)
donors = [u for u in units if u[0] == "article"]
for _ in range(n // 100):
    new_units.insert(rng.randrange(len(new_units)), ("article", edit(rng.choice(donors)[1])))
open(sys.argv[2], "w", encoding="utf-8").write(render(old_units))
open(sys.argv[3], "w", encoding="utf-8").write(render(new_units))
print(f"{n} articles; NEW: {n * 3 // 100} edited, {n // 100} deleted, {n // 200} moved, {n // 100} inserted")
PY
printf 'OLD %s: %s bytes\nNEW %s: %s bytes\n' "$old" "$(stat -c %s "$old")" "$new" "$(stat -c %s "$new")"
# Runs a command, output to a file; diff tools exit 1 when the files differ.
run() {
  local name=$1
  shift
  /usr/bin/time -f "%e %M" -o "$out/time-$name.txt" "$@" > "$out/out-$name.txt" 2> "$out/err-$name.txt" || true
  if [ ! -s "$out/out-$name.txt" ]; then echo "$name produced no output:"; cat "$out/err-$name.txt"; exit 1; fi
  read -r seconds rss < <(tail -n 1 "$out/time-$name.txt")
  echo "$name $seconds $rss $(stat -c %s "$out/out-$name.txt")"
}
results=()
results+=("$(run align "$align" diff "$old" "$new" --format json)")
if command -v git >/dev/null; then
  results+=("$(run git-word-diff git diff --no-index --word-diff "$old" "$new")")
else
  echo "git not installed: skipped (apt-get install -y git)"
fi
if command -v wdiff >/dev/null; then
  results+=("$(run wdiff wdiff "$old" "$new")")
else
  echo "wdiff not installed: skipped (apt-get update && apt-get install -y wdiff)"
fi
align_seconds=$(echo "${results[0]}" | cut -d' ' -f2)
printf '\n%-16s %9s %14s %13s %13s\n' tool seconds "max RSS (MB)" "output (KB)" "time ÷ align"
for line in "${results[@]}"; do
  read -r name seconds rss bytes <<< "$line"
  awk -v n="$name" -v s="$seconds" -v r="$rss" -v b="$bytes" -v a="$align_seconds" \
    'BEGIN { printf "%-16s %9.2f %14.1f %13.0f %13s\n", n, s, r / 1024, b / 1024, (a > 0 ? sprintf("%.2f", s / a) : "—") }'
done
echo
"$align" diff "$old" "$new" --format json | python3 -c 'import json, sys; print("align summary:", json.load(sys.stdin).get("summary"))' || true
