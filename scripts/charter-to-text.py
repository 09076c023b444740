#!/usr/bin/env python3
"""Converts the UN Charter chapters of Fixtures/un_charter_ch1-3_zh_es_en
(Jekyll markdown: YAML front matter with title / title-zh-cn / body-zh-cn /
title-es / body-es blocks, the English body after the front matter) into one
plain-text file per chapter and language: chapterN_zh.txt, chapterN_es.txt,
chapterN_en.txt.

Format conversion only: the chapter title becomes the first line, the
block's two-space YAML indentation is removed, and markdown setext
underlines ("-----" under "Article 1") are dropped. Words are not changed.

Usage: python3 scripts/charter-to-text.py [Fixtures/un_charter_ch1-3_zh_es_en]
"""
import pathlib
import re
import sys

folder = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "Fixtures/un_charter_ch1-3_zh_es_en")


def blocks(front: str) -> dict:
    """The YAML front matter's `key: |-` blocks and plain `key: value` pairs."""
    result = {}
    key = None
    for line in front.split("\n"):
        m = re.match(r"^([A-Za-z-]+):\s*(\|-)?\s*(.*)$", line)
        if m and not line.startswith(" "):
            key = m.group(1)
            result[key] = [] if m.group(2) else [m.group(3)]
            if not m.group(2):
                key = None
        elif key is not None:
            result[key].append(line[2:] if line.startswith("  ") else line)
    return {k: "\n".join(v).strip("\n") for k, v in result.items()}


def plain(title: str, body: str) -> str:
    lines = [title.strip(), ""]
    for line in body.split("\n"):
        if re.fullmatch(r"\s*-{3,}\s*", line):
            continue  # setext underline of the heading above
        lines.append(line.rstrip())
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


for md in sorted(folder.glob("chapter*.md")):
    text = md.read_text(encoding="utf-8")
    # The front matter lies between the first two lines that are exactly
    # "---" (the zh/es setext underlines are indented, so they do not count).
    _, front, english = re.split(r"^---$\n", text, maxsplit=2, flags=re.M)
    b = blocks(front)
    outputs = {
        "zh": plain(b["title-zh-cn"], b["body-zh-cn"]),
        "es": plain(b["title-es"], b["body-es"]),
        "en": plain(b["title"], english),
    }
    for language, content in outputs.items():
        out = md.with_name(f"{md.stem}_{language}.txt")
        out.write_text(content, encoding="utf-8")
        print(out)
