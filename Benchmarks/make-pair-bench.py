#!/usr/bin/env python3
"""Builds a large zh/en document pair shaped like a run of Security Council
resolutions, from real parallel text in Fixtures/, for timing `align pair`,
and checks `align pair`'s alignment of it against the gold it knows.

    Benchmarks/make-pair-bench.py SIZE OUT_DIR          # SIZE in bytes, e.g. 1000000
    Benchmarks/make-pair-bench.py --check SIZE PAIR.json

The first form writes OUT_DIR/pair-SIZE.en.txt and OUT_DIR/pair-SIZE.zh.txt:
blank-line separated paragraphs, the English file about SIZE bytes, the two
files paragraph for paragraph translations of each other. They are a
sequence of resolutions as the Security Council publishes them (see
Fixtures/sres2446_zh_en_complete): each its own heading "Resolution 2446
(2018)" / "第2446(2018)号决议" (numbers continued: 2446, 2447, ...), its
adoption line, "The Security Council," / "安全理事会,", two to four
unnumbered preamble paragraphs, then operative paragraphs numbered from 1
(restarting in every resolution, as real resolutions do), some of them with
lettered subparagraphs (a), (b), ..., the last one "Decides to remain actively seized of
the matter." / "决定继续积极处理此案。". The preamble, operative and
subparagraph texts are the line-aligned pairs of the UN Parallel Corpus v1.0
zh-en development set (Fixtures/unpc_v1_devset_zh_en), less the lines the
reader would rightly read otherwise than as one paragraph of running text
(see `source_pairs`), one to three lines per paragraph, cycled in a new
order each time round so that no paragraph repeats. Deterministic: the
same SIZE gives the same files.

The second form reads `align pair --format json` of those two files (English
first) and checks it against the gold: both versions have as many units as
there are generated paragraphs, unit k being paragraph k (its label and text
as generated), every bead pairs the same paragraphs on both sides (1:1, or
a coarser 2:2 of two right pairs), the beads cover every paragraph, and
there is no warning. It prints the counts and exits 1 on a mismatch.
"""
import json
import math
import os
import re
import sys


def source_pairs() -> list[tuple[str, str]]:
    """The UNPC dev-set pairs usable as paragraph texts."""
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
    # So are lines that open with a bullet or hold a footnote mark ("*",
    # which the reader takes off or takes for a note), and lines that open as a resolution's author
    # ("The Security Council, in its resolution 2133 (2014), ..."), which
    # the reader rightly cuts after the author, and lines that end as a
    # preamble clause does (with a comma, a semicolon or a colon), after
    # which the reader cuts a run-on paragraph: none would be the paragraph
    # generated.
    clause_end = re.compile(r"[,;:，；：、]$")
    # Inside a line, what the reader takes for the start of a run-on
    # paragraph (`FlattenedText`): a capitalised word after a comma (the
    # preambular "Recalling", "Deeply concerned"), a Chinese opener after
    # "，" (回顾, 强调, 谨 ...), a lettered or numbered paragraph.
    run_on = re.compile(r"[,;،] +[A-Z]|\([a-z]\) |\d\. [A-Z]")
    run_on_zh = re.compile(r"[，,](回|重|欢|表|深|严|关|注|认|根|强|确|承|申|铭|决|赞|谴|遵|意|坚|考|满|遗|又|还|再|指|鼓|欣|震|念|并|痛|鉴|忆|谨)|[（(][a-z][)）]")
    sentence_end = re.compile(r"[.。]$")
    marked = re.compile(r"^[*•·\-–—]")
    author = re.compile(r"^(The (Security Council|General Assembly),|安全理事会,|安全理事会，|大会,|大会，)")
    return [
        (e, z) for e, z in zip(en_lines, zh_lines)
        if e and z and not numbered.match(e) and not numbered.match(z)
        and not numbered_zh.match(z) and not marked.search(e) and not marked.search(z)
        and not author.match(e) and not author.match(z)
        and not clause_end.search(e) and not clause_end.search(z)
        and sentence_end.search(e) and sentence_end.search(z)
        and not run_on.search(e) and not run_on_zh.search(z)
    ]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(n: int) -> str:
    """8401st, 8402nd, 8403rd, 8404th, 8411th ..."""
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def generate(size: int) -> tuple[list[tuple[str | None, str]], list[tuple[str | None, str]]]:
    """The English and Chinese paragraphs, each as (label, text): label is
    the numbering ("3.", "(b)") or None for an unnumbered paragraph."""
    pairs = source_pairs()
    en: list[tuple[str | None, str]] = []
    zh: list[tuple[str | None, str]] = []
    en_bytes = 0
    k = 0  # next UNPC pair
    resolution = 2446
    letters = "abcdefghijklmnopqrstuvwxyz"

    # The lines are cycled, in another order each time round (every
    # `stride`-th line, a stride prime to the count), and a paragraph has
    # two lines at least after the first round: a paragraph repeated word
    # for word looks like a running header to the reader, which drops it.
    strides = [s for s in range(1, 10 * len(pairs)) if math.gcd(s, len(pairs)) == 1]

    def take(count: int) -> tuple[str, str]:
        nonlocal k
        if k >= len(pairs):
            count = max(count, 2)
        chunk = []
        for i in range(k, k + count):
            stride = strides[(i // len(pairs)) % len(strides)]
            chunk.append(pairs[(i % len(pairs)) * stride % len(pairs)])
        k += count
        return " ".join(e for e, _ in chunk), "".join(z for _, z in chunk)

    while en_bytes < size:
        r = resolution - 2446  # the resolution's place, for its shape
        meeting = 8401 + r
        month, day = 1 + r // 28 % 12, 1 + r % 28
        block_en: list[tuple[str | None, str]] = [
            (None, f"Resolution {resolution} (2018)"),
            (None, f"Adopted by the Security Council at its {ordinal(meeting)} meeting, on {day} {MONTHS[month - 1]} 2018"),
            (None, "The Security Council,"),
        ]
        block_zh: list[tuple[str | None, str]] = [
            (None, f"第{resolution}(2018)号决议"),
            (None, f"2018年{month}月{day}日安全理事会第{meeting}次会议通过"),
            (None, "安全理事会,"),
        ]
        for _ in range(2 + r % 3):
            e, z = take(2)
            block_en.append((None, e))
            block_zh.append((None, z))
        operative = 4 + r % 9  # 4 to 12 operative paragraphs
        for p in range(1, operative):
            e, z = take(1 + p % 3)
            block_en.append((f"{p}.", e))
            block_zh.append((f"{p}.", z))
            # Every fourth operative paragraph has two to four subparagraphs.
            if (p + r) % 4 == 0:
                for s in range(2 + (p + r) % 3):
                    e, z = take(1)
                    block_en.append((f"({letters[s]})", e))
                    block_zh.append((f"({letters[s]})", z))
        block_en.append((f"{operative}.", "Decides to remain actively seized of the matter."))
        block_zh.append((f"{operative}.", "决定继续积极处理此案。"))
        en += block_en
        zh += block_zh
        en_bytes += sum(len(text(p).encode("utf-8")) + 2 for p in block_en)
        resolution += 1
    return en, zh


def text(paragraph: tuple[str | None, str]) -> str:
    label, body = paragraph
    return body if label is None else f"{label} {body}"


def check(size: int, result: str) -> None:
    en, zh = generate(size)
    with open(result, encoding="utf-8") as f:
        alignment = json.load(f)
    versions = alignment["versions"]
    for version, gold in zip(versions, (en, zh)):
        units = version["units"]
        if len(units) != len(gold):
            sys.exit(f"{version['source']}: {len(units)} units, {len(gold)} paragraphs generated")
        for k, (unit, paragraph) in enumerate(zip(units, gold)):
            shown = unit["text"] if unit.get("label") is None else f"{unit['label']} {unit['text']}"
            if shown != text(paragraph):
                sys.exit(f"{version['source']}: unit {k} is {shown[:60]!r}, paragraph {k} {text(paragraph)[:60]!r}")
    beads = alignment["beads"]
    # A bead is right when it pairs the same paragraphs on both sides; a
    # 2:2 bead of two right pairs is right but coarse.
    wrong = [b["units"] for b in beads if b["units"][0] != b["units"][1]]
    one_to_one = sum(1 for b in beads if len(b["units"][0]) == 1 and b["units"][0] == b["units"][1])
    covered = sorted(u for b in beads for u in b["units"][0])
    warnings = [w["message"] for w in alignment.get("warnings", [])]
    numbered = sum(1 for label, _ in en if label is not None)
    print(f"{len(en)} paragraphs ({numbered} numbered), {len(beads)} beads: {one_to_one} 1:1 as generated, "
          f"{len(beads) - one_to_one - len(wrong)} coarser but right, {len(wrong)} wrong; "
          f"{len(warnings)} warnings")
    if wrong or covered != list(range(len(en))) or warnings:
        sys.exit(f"wrong beads {wrong[:5]}, warnings {warnings[:2]}")


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--check":
        check(int(sys.argv[2]), sys.argv[3])
        return
    if len(sys.argv) != 3:
        sys.exit("usage: make-pair-bench.py SIZE OUT_DIR | --check SIZE PAIR.json")
    size = int(sys.argv[1])
    out = sys.argv[2]
    en, zh = generate(size)
    os.makedirs(out, exist_ok=True)
    for lang, paragraphs in (("en", en), ("zh", zh)):
        with open(os.path.join(out, f"pair-{size}.{lang}.txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(text(p) for p in paragraphs) + "\n")


if __name__ == "__main__":
    main()
