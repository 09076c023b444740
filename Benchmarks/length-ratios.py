#!/usr/bin/env python3
"""Estimates the Gale-Church length model (c, s^2) for every pair of the six
UN languages from the parallel text in Fixtures/, and prints the table that
Sources/Alignment/Pairing/LengthModel.swift holds (`LengthModel.table`).

    Benchmarks/length-ratios.py            # a table to read
    Benchmarks/length-ratios.py --swift    # the Swift table entries

Length is the aligner's one measure: Unicode scalars that are not whitespace
(Swift's `Unicode.Scalar.Properties.isWhitespace`; Python's str.isspace()
agrees on every character of these texts). For a pair (L1, L2), over its
aligned units with l1 > 0 (l1, l2 their lengths):

    c  = sum(l2) / sum(l1)                     (L2 characters per L1 character)
    s2 = mean((l2 - c * l1)^2 / l1)            (variance per L1 character)

as Gale & Church (1993) estimate them, and as the zh-en entry of the aligner
has been measured since it was introduced.

Sources of aligned units:
  - zh-en: the 4,000 line-aligned pairs of the UN Parallel Corpus v1.0
    development set (Fixtures/unpc_v1_devset_zh_en); the largest and the
    evaluation's own domain, so it alone gives zh-en.
  - every other pair: the paragraphs and list items of the Universal
    Declaration of Human Rights in ar, zh, en, fr, ru and es
    (Fixtures/udhr_6lang), paired through udhr-gold.tsv (article, line,
    prefix of the line in each language), without their item markers; for zh-es, en-es (and zh-en, not
    used) also the lines of the UN Charter chapters 1-3
    (Fixtures/un_charter_ch1-3_zh_es_en) whose line counts agree in the
    languages (chapters 1 and 2).
"""
import itertools
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures")
LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"]
# List-item markers ("1. ", "㈠"), which the gold's prefixes leave out.
ITEM = re.compile(r"^(\d+\. |[㈠-㈩] ?)")


def length(text):
    return sum(1 for ch in text if not ch.isspace())


def collapsed(s):
    return " ".join(s.split())


def udhr_units():
    """{language: {(article, line): text}} from the UDHR gold."""
    folder = os.path.join(ROOT, "udhr_6lang")
    rows = {}
    with open(os.path.join(folder, "udhr-gold.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            unit, place, language, prefix = line.rstrip("\n").split("\t")
            rows.setdefault(language, []).append(((unit, int(place)), prefix))
    units = {}
    for language, keys in rows.items():
        with open(os.path.join(folder, f"udhr_{language}.txt"), encoding="utf-8") as f:
            lines = [ITEM.sub("", collapsed(l)) for l in f if l.strip()]
        found, start = {}, 0
        for key, prefix in keys:
            for i in range(start, len(lines)):
                if lines[i].startswith(prefix):
                    found[key], start = lines[i], i + 1
                    break
        units[language] = found
    return units


def charter_units():
    """{language: [text]} for the Charter chapters whose zh, es and en line counts agree."""
    folder = os.path.join(ROOT, "un_charter_ch1-3_zh_es_en")
    units = {"zh": [], "es": [], "en": []}
    for chapter in (1, 2, 3):
        lines = {}
        for language in units:
            with open(os.path.join(folder, f"chapter{chapter}_{language}.txt"), encoding="utf-8") as f:
                lines[language] = [l.strip() for l in f if l.strip()]
        if len({len(v) for v in lines.values()}) == 1:
            for language in units:
                units[language] += lines[language]
    return units


def unpc_pairs():
    folder = os.path.join(ROOT, "unpc_v1_devset_zh_en")
    with open(os.path.join(folder, "UNv1.0.devset.zh"), encoding="utf-8") as f:
        zh = [l.rstrip("\n") for l in f]
    with open(os.path.join(folder, "UNv1.0.devset.en"), encoding="utf-8") as f:
        en = [l.rstrip("\n") for l in f]
    return list(zip(zh, en))


def estimate(pairs):
    pairs = [(length(a), length(b)) for a, b in pairs]
    pairs = [(l1, l2) for l1, l2 in pairs if l1 > 0]
    c = sum(l2 for _, l2 in pairs) / sum(l1 for l1, _ in pairs)
    s2 = sum((l2 - c * l1) ** 2 / l1 for l1, l2 in pairs) / len(pairs)
    return c, s2, len(pairs)


def main():
    udhr = udhr_units()
    charter = charter_units()
    table = []
    for a, b in itertools.combinations(LANGUAGES, 2):
        if (a, b) == ("zh", "en"):
            pairs = unpc_pairs()
            source = "UNPC v1.0 dev set"
        else:
            keys = [k for k in udhr[a] if k in udhr[b]]
            pairs = [(udhr[a][k], udhr[b][k]) for k in keys]
            source = "UDHR"
            if a in charter and b in charter:
                pairs += list(zip(charter[a], charter[b]))
                source = "UDHR + UN Charter ch. 1-2"
        c, s2, n = estimate(pairs)
        table.append((a, b, c, s2, n, source))
    if "--swift" in sys.argv:
        names = {"ar": "arabic", "zh": "chinese", "en": "english", "fr": "french",
                 "ru": "russian", "es": "spanish"}
        for a, b, c, s2, n, source in table:
            print(f"    Entry(.{names[a]}, .{names[b]}, c: {c:.3f}, s2: {s2:.2f}),  // {n} units, {source}")
    else:
        print("L1\tL2\tc\ts2\tunits\tsource")
        for a, b, c, s2, n, source in table:
            print(f"{a}\t{b}\t{c:.3f}\t{s2:.2f}\t{n}\t{source}")


if __name__ == "__main__":
    main()
