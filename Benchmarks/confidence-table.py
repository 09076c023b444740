#!/usr/bin/env python3
"""What `Bead.confidence` reads on real document pairs in Fixtures/, right
and wrong: for each pair, `align pair --format json` (paragraph level, and
sentence level where given), the mean confidence of the beads that pair units,
the share of those at 0.5 or more and below 0.2, and the warnings.
Guides/SegmentAlignment.md quotes its output.

    Benchmarks/confidence-table.py [path/to/align]   (default .build/release/align)
"""
import itertools
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
F = os.path.join(ROOT, "Fixtures")
U = os.path.join(F, "udhr_6lang")

PAIRS = [
    ("S/RES/2446 zh-en", "sres2446_zh_en_complete/S_RES_2446_2018_zh.txt",
     "sres2446_zh_en_complete/S_RES_2446_2018_en.txt"),
    ("Charter ch. 1 zh-en", "un_charter_ch1-3_zh_es_en/chapter1_zh.txt",
     "un_charter_ch1-3_zh_es_en/chapter1_en.txt"),
    ("Charter ch. 1 zh-es", "un_charter_ch1-3_zh_es_en/chapter1_zh.txt",
     "un_charter_ch1-3_zh_es_en/chapter1_es.txt"),
    ("Charter ch. 1 en-es", "un_charter_ch1-3_zh_es_en/chapter1_en.txt",
     "un_charter_ch1-3_zh_es_en/chapter1_es.txt"),
] + [
    (f"UDHR {a}-{b}", f"udhr_6lang/udhr_{a}.txt", f"udhr_6lang/udhr_{b}.txt")
    for a, b in itertools.combinations(["ar", "zh", "en", "fr", "ru", "es"], 2)
] + [
    ("wrong: S/RES/2482 zh - UDHR ru", "sres2482_2019_zh_seed/S_RES_2482_2019_zh.txt",
     "udhr_6lang/udhr_ru.txt"),
    ("wrong: S/RES/2482 zh - UDHR en", "sres2482_2019_zh_seed/S_RES_2482_2019_zh.txt",
     "udhr_6lang/udhr_en.txt"),
    ("wrong: Charter ch. 1 zh - UDHR es", "un_charter_ch1-3_zh_es_en/chapter1_zh.txt",
     "udhr_6lang/udhr_es.txt"),
    ("wrong: Charter ch. 2 en - ch. 1 es", "un_charter_ch1-3_zh_es_en/chapter2_en.txt",
     "un_charter_ch1-3_zh_es_en/chapter1_es.txt"),
]


def summary(align, a, b, level):
    out = subprocess.run([align, "pair", "--level", level, "--format", "json",
                          os.path.join(F, a), os.path.join(F, b)],
                         capture_output=True, text=True, check=True).stdout
    d = json.loads(out)
    paired = [bead["confidence"] for bead in d["beads"] if all(bead["units"])]
    warnings = ",".join(w["kind"] for w in d.get("warnings", [])) or "-"
    if not paired:
        return f"0 paired | - | - | - | {warnings}"
    mean = sum(paired) / len(paired)
    high = sum(1 for c in paired if c >= 0.5) / len(paired)
    low = sum(1 for c in paired if c < 0.2) / len(paired)
    return f"{len(paired)} | {mean:.2f} | {high:.0%} | {low:.0%} | {warnings}"


def main():
    align = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "release", "align")
    print("| pair | level | paired beads | mean confidence | ≥ 0.5 | < 0.2 | warnings |")
    print("|------|-------|--------------|-----------------|-------|-------|----------|")
    for name, a, b in PAIRS:
        for level in ("paragraph", "sentence"):
            if name.startswith("UDHR") and level == "sentence" and not name.endswith(("zh-en", "en-es")):
                continue
            print(f"| {name} | {level} | {summary(align, a, b, level)} |")


if __name__ == "__main__":
    main()
