#!/usr/bin/env python3
"""Builds a large zh/en document pair shaped like a run of Security Council
resolutions, from real parallel text in Fixtures/, for timing `align pair`.

    Benchmarks/make-pair-bench.py SIZE OUT_DIR     # SIZE in bytes, e.g. 1000000

Writes OUT_DIR/pair-SIZE.en.txt and OUT_DIR/pair-SIZE.zh.txt: blank-line
separated paragraphs, the English file about SIZE bytes. Each resolution is
the heading of S/RES/2446 (2018) (Fixtures/sres2446_zh_en_complete) with its
number continued (2446, 2447, ...), "The Security Council," and two
unnumbered preamble paragraphs, then operative paragraphs numbered on from the
previous resolution (1., 2., ... never restarting, so every number is unique,
as "numbering continued" in the issue asks). The preamble and operative texts
are the line-aligned pairs of the UN Parallel Corpus v1.0 zh-en development
set (Fixtures/unpc_v1_devset_zh_en), less the lines that open with their own
numbering (Latin or Chinese), taken in order and cycled, one to three
lines per paragraph. Deterministic: the same SIZE gives the same files.
"""
import os
import re
import sys


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: make-pair-bench.py SIZE OUT_DIR")
    size = int(sys.argv[1])
    out = sys.argv[2]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures")
    unpc = os.path.join(root, "unpc_v1_devset_zh_en")
    with open(os.path.join(unpc, "UNv1.0.devset.en"), encoding="utf-8") as f:
        en_lines = [l.strip() for l in f]
    with open(os.path.join(unpc, "UNv1.0.devset.zh"), encoding="utf-8") as f:
        zh_lines = [l.strip() for l in f]
    # Lines that open with their own numbering ("10. The Committee ...",
    # "(a) ...", and in Chinese "第59条", "（一）", "一、") are left out, so
    # that the only numbers are the generator's: a paragraph opening with
    # 第59条 reads as an article heading and turns the resolution into a law.
    numbered = re.compile(r"^\(?[0-9A-Za-z]{1,4}[.)]\s")
    numbered_zh = re.compile(
        r"^(第[0-9０-９一二三四五六七八九十百千零〇]+[条條章节節款编編]"
        r"|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)")
    pairs = [
        (e, z) for e, z in zip(en_lines, zh_lines)
        if e and z and not numbered.match(e) and not numbered.match(z)
        and not numbered_zh.match(z)
    ]
    en, zh = [], []
    en_bytes = 0
    k = 0  # next UNPC pair
    number = 1  # next operative paragraph number
    resolution = 2446

    def take(count: int) -> tuple[str, str]:
        nonlocal k
        chunk = [pairs[(k + i) % len(pairs)] for i in range(count)]
        k += count
        return " ".join(e for e, _ in chunk), "".join(z for _, z in chunk)

    while en_bytes < size:
        block_en = [
            f"Resolution {resolution} (2018)",
            "Adopted by the Security Council at its 8401st meeting, on 15 November 2018",
            "The Security Council,",
        ]
        block_zh = [
            f"第{resolution}(2018)号决议",
            "2018年11月15日安全理事会第8401次会议通过",
            "安全理事会,",
        ]
        for _ in range(2):
            e, z = take(2)
            block_en.append(e)
            block_zh.append(z)
        for p in range(8):
            e, z = take(1 + p % 3)
            block_en.append(f"{number}. {e}")
            block_zh.append(f"{number}. {z}")
            number += 1
        en += block_en
        zh += block_zh
        en_bytes += sum(len(p.encode("utf-8")) + 2 for p in block_en)
        resolution += 1
    os.makedirs(out, exist_ok=True)
    for lang, paragraphs in (("en", en), ("zh", zh)):
        with open(os.path.join(out, f"pair-{size}.{lang}.txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(paragraphs) + "\n")


if __name__ == "__main__":
    main()
