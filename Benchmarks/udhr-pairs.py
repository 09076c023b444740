#!/usr/bin/env python3
"""How well `align pair` pairs the UDHR's six language versions, against the
gold of Fixtures/udhr_6lang/udhr-gold.tsv (every paragraph of every article
and every list item): for each of the 15 pairs, the share of gold units whose
bead holds exactly the unit and its counterpart.

Two runs: the texts as they are (numbering labels "Article 3", "3." give
anchors), and with every label removed ("Article 3" lines dropped, "1." and
"㈠" item markers cut), so that only numbers, dates, lexicons and lengths
pair them: the evidence a translation without shared numbering has.

Usage: Benchmarks/udhr-pairs.py [path/to/align]   (default .build/release/align)
"""
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXTURES = os.path.join(ROOT, "Fixtures", "udhr_6lang")
LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"]
HEADING = re.compile(r"^(Article \d+|Article premier|Artículo \d+|Статья \d+|المادة \d+|第[一二三四五六七八九十]+条)$")
ITEM = re.compile(r"^(\d+\. |[㈠-㈩] ?)")


def gold():
    rows = {}
    with open(os.path.join(FIXTURES, "udhr-gold.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            unit, place, language, prefix = line.rstrip("\n").split("\t")
            rows.setdefault(language, []).append(((unit, int(place)), prefix))
    return rows


def unlabelled(path, out):
    paragraphs = open(path, encoding="utf-8").read().split("\n\n")
    kept = [ITEM.sub("", p) for p in paragraphs if not HEADING.match(p.strip())]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n\n".join(kept))


def collapsed(s):
    return " ".join(s.split())


def score(align, a, b, files, gold_rows):
    d = json.loads(subprocess.run([align, "pair", files[a], files[b], "--format", "json"],
                                  capture_output=True, text=True, check=True).stdout)
    located = []
    for version, language in zip(d["versions"], (a, b)):
        where, start = {}, 0
        units = version["units"]
        for key, prefix in gold_rows[language]:
            unit, place = key
            for i in range(start, len(units)):
                lines = units[i]["text"].split("\n")
                if len(lines) >= place and collapsed(lines[place - 1]).startswith(prefix):
                    where[key], start = units[i]["id"], i
                    break
        located.append(where)
    beads = {}
    for bead in d["beads"]:
        beads[tuple(bead["units"][0])] = tuple(bead["units"][1])
    correct = sum(1 for key, ua in located[0].items()
                  if key in located[1] and beads.get((ua,)) == (located[1][key],))
    return correct, len(gold_rows[a])


def main():
    align = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "align")
    rows = gold()
    labelled = {l: os.path.join(FIXTURES, f"udhr_{l}.txt") for l in LANGUAGES}
    with tempfile.TemporaryDirectory() as tmp:
        bare = {}
        for l in LANGUAGES:
            bare[l] = os.path.join(tmp, f"udhr_{l}.txt")
            unlabelled(labelled[l], bare[l])
        print("pair\tlabelled\twithout labels")
        totals = [0, 0, 0]
        for a, b in itertools.combinations(LANGUAGES, 2):
            c1, n = score(align, a, b, labelled, rows)
            c2, _ = score(align, a, b, bare, rows)
            totals = [totals[0] + c1, totals[1] + c2, totals[2] + n]
            print(f"{a}-{b}\t{c1}/{n}\t{c2}/{n}")
        print(f"all\t{totals[0]}/{totals[2]}\t{totals[1]}/{totals[2]}")


if __name__ == "__main__":
    main()
