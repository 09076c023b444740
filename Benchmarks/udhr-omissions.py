#!/usr/bin/env python3
"""How well `align pair --segmented` pairs the UDHR's six language versions
when one side lacks paragraphs: the 50 gold units of each language
(Fixtures/udhr_6lang/udhr-gold.tsv, labels removed as in udhr-pairs.py),
one per line, with every 7th unit (from the 4th) dropped from the second
language. Only lengths, numbers and lexical evidence can tell which source
unit has no counterpart; for each of the 15 pairs, the number of gold beads
(1:1 pairs and 1:0 omissions) the output holds exactly.

Usage: Benchmarks/udhr-omissions.py [path/to/align]   (default .build/release/align)
"""
import importlib.util
import itertools
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location(
    "udhr_pairs", os.path.join(ROOT, "Benchmarks", "udhr-pairs.py"))
udhr = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(udhr)


def units(language, rows):
    """The text of each gold unit of `language`, None when not found."""
    path = os.path.join(udhr.FIXTURES, f"udhr_{language}.txt")
    paragraphs = [udhr.ITEM.sub("", p) for p in open(path, encoding="utf-8").read().split("\n\n")
                  if not udhr.HEADING.match(p.strip())]
    found, start = [], 0
    for (_, place), prefix in rows[language]:
        for i in range(start, len(paragraphs)):
            lines = paragraphs[i].split("\n")
            if len(lines) >= place and udhr.collapsed(lines[place - 1]).startswith(prefix):
                found.append(udhr.collapsed(lines[place - 1]))
                start = i
                break
        else:
            found.append(None)
    return found


def beads(text):
    result = set()
    for line in text.splitlines():
        s, t = line.split(":")[:2]
        result.add((tuple(int(x) for x in s.strip("[]").split(",") if x.strip()),
                    tuple(int(x) for x in t.strip("[]").split(",") if x.strip())))
    return result


def main():
    align = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "align")
    rows = udhr.gold()
    text = {language: units(language, rows) for language in udhr.LANGUAGES}
    total = [0, 0]
    print("pair\tcorrect beads")
    with tempfile.TemporaryDirectory() as tmp:
        for a, b in itertools.combinations(udhr.LANGUAGES, 2):
            keep = [k for k in range(len(text[a])) if text[a][k] and text[b][k]]
            dropped = {i for i in range(len(keep)) if i % 7 == 3}
            kept = [i for i in range(len(keep)) if i not in dropped]
            fa, fb = os.path.join(tmp, "a.txt"), os.path.join(tmp, "b.txt")
            with open(fa, "w", encoding="utf-8") as f:
                f.write("\n".join(text[a][k] for k in keep) + "\n")
            with open(fb, "w", encoding="utf-8") as f:
                f.write("\n".join(text[b][keep[i]] for i in kept) + "\n")
            out = subprocess.run([align, "pair", fa, fb, "--segmented", "--format", "beads",
                                  "--lang", a, b], capture_output=True, text=True, check=True).stdout
            gold = {((i,), ()) if i in dropped else ((i,), (kept.index(i),)) for i in range(len(keep))}
            correct = len(gold & beads(out))
            total = [total[0] + correct, total[1] + len(gold)]
            print(f"{a}-{b}\t{correct}/{len(gold)}")
    print(f"all\t{total[0]}/{total[1]}")


if __name__ == "__main__":
    main()
